"""Streamlit resources shared by every page: settings, the engine, the AI chain, who is asking."""

from __future__ import annotations

import streamlit as st

from .ai.service import AIService
from .auth import LOCAL_OWNER, Actor, Role
from .config import Settings, load_settings
from .db import Database


def get_settings() -> Settings:
    """Settings as the environment and secrets file say now (cheap to re-read)."""
    return load_settings()


@st.cache_resource(show_spinner=False)
def _database(url: str) -> Database:
    return Database.from_url(url)


@st.cache_resource(show_spinner=False)
def _ai_service(settings: Settings) -> AIService:
    return AIService.from_settings(settings)


def get_database() -> Database:
    """The one Database (engine + pool) per URL, shared by every session of the app."""
    return _database(get_settings().database_url)


def get_ai_service() -> AIService:
    """The provider chain for the current settings, built once."""
    return _ai_service(get_settings())


def get_actor() -> Actor:
    """Without accounts the app is one coach's desk; it may also read every session's analytics."""
    return Actor(LOCAL_OWNER, Role.ADMIN)
