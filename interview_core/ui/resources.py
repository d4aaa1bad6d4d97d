"""Streamlit resources shared by every page: settings, the engine, the AI chain, who is asking."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

import streamlit as st

from .. import auth
from ..ai.service import AIService
from ..auth import Actor
from ..config import Settings, host_allowed, load_settings
from ..db import Database
from ..private_files import private_dir

# Session-state key of the signed-in account's token (see `auth.sign_in_token`).
SIGNED_IN_KEY = "signed_in_token"


def get_settings() -> Settings:
    """Settings as the environment and secrets file say now (cheap to re-read)."""
    return load_settings()


@st.cache_resource(show_spinner=False)
def _database(url: str, data_dir: Path) -> Database:
    private_dir(data_dir)  # the data folder is the owner's alone (0700)
    return Database.from_url(url)


@st.cache_resource(show_spinner=False)
def _ai_service(settings: Settings) -> AIService:
    return AIService.from_settings(settings)


def get_database() -> Database:
    """The one Database (engine + pool) per URL, shared by every session of the app."""
    settings = get_settings()
    return _database(settings.database_url, settings.data_dir)


def get_ai_service() -> AIService:
    """The provider chain for the current settings, built once."""
    return _ai_service(get_settings())


def accounts_required() -> bool:
    """True once an account exists: then every page needs a signed-in account."""
    return auth.has_accounts(get_database(), max_age=auth.ACCOUNTS_CHECK_TTL_S)


def oidc_configured() -> bool:
    """Whether an `[auth]` section in secrets.toml turns on Streamlit's `st.login` (OIDC)."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, KeyError):
        return False


def signed_in_actor() -> Actor | None:
    """The account signed in in this browser tab (password or OIDC), with its current role."""
    db = get_database()
    token = st.session_state.get(SIGNED_IN_KEY)
    if isinstance(token, str):
        actor = auth.actor_for_token(db, token)
        if actor is not None:
            return actor
        # Password changed or account removed: that sign-in is over.
        st.session_state.pop(SIGNED_IN_KEY, None)
    if oidc_configured() and st.user.is_logged_in:
        # An identity provider vouches for the e-mail; the account with that username is it.
        email = st.user.get("email")
        if isinstance(email, str) and st.user.get("email_verified", True):
            return auth.account_by_username(db, email)
    return None


def get_actor(*, in_fragment: bool = False) -> Actor:
    """Who is asking: the local desk without accounts, else the signed-in account.

    The entry point shows only the sign-in page until someone signs in, so a page never
    runs signed out; the stop below is a second lock, not the gate. A fragment rerun skips
    the entry point, so `in_fragment` reruns the whole app instead, which shows the form.
    """
    if not accounts_required():
        return Actor.local()
    actor = signed_in_actor()
    if actor is None:
        if in_fragment:
            st.rerun(scope="app")
        st.stop()
    return actor


def sign_in(username: str, password: str) -> Actor:
    """Check the password (rate-limited) and start a fresh signed-in state for this tab."""
    actor = auth.sign_in(get_database(), username, password, st.context.ip_address)
    token = auth.sign_in_token(get_database(), actor)
    # Nothing from before sign-in carries over: the tab's state starts afresh.
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.session_state[SIGNED_IN_KEY] = token
    return actor


def sign_out() -> None:
    """End the account's sign-ins and forget everything this tab kept."""
    actor = signed_in_actor()
    if actor is not None and actor.is_account:
        auth.end_sign_ins(get_database(), actor)
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    if oidc_configured() and st.user.is_logged_in:
        st.logout()


def request_headers() -> Mapping[str, str]:
    """The headers of the browser's connection (`st.context.headers`; empty in AppTest)."""
    return st.context.headers


def request_host_allowed() -> bool:
    """Whether the browser reached the app under an allowed host name (Host and Origin).

    Requests without headers (the test harness) pass; a browser always sends `Host`.
    """
    headers = request_headers()
    host = headers.get("Host")
    if host is None:
        return True
    allowed = get_settings().allowed_hosts
    origin = headers.get("Origin")
    if origin and not host_allowed(urlsplit(origin).netloc, allowed):
        return False
    return host_allowed(host, allowed)
