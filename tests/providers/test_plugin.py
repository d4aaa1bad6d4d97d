"""Adding a provider is one class plus one registration, shown end to end with a fake one.

The fake provider is installed the way a plugin package is: a module on the path and an
entry point in the ``mock_interview_studio.providers`` group of an installed distribution.
Nothing else names it: configuration accepts it, the settings page lists it, an interview
and its feedback run on it, and people read its label.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from interview_core.ai import registry
from interview_core.ai.base import Provider, ProviderReply
from interview_core.ai.names import provider_name
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.config import ConfigError, load_settings
from interview_core.context import InterviewContext
from interview_core.db import Database
from interview_core.feedback import generate_feedback
from interview_core.interview import answer_question, conversation, start_interview
from tests.helpers.apptest import APP
from tests.helpers.feedback import ANSWERS, model_feedback_dict

MODULE = "echo_provider_plugin"
ECHO_KEY = "echo-test-key-0123456789"

# The whole plugin: one class, and one entry point naming it.
PLUGIN_SOURCE = '''
from interview_core.ai.base import Provider, ProviderReply

QUESTIONS = (
    "What first drew you to backend engineering?",
    "Describe a production incident you handled on call.",
    "How do you decide what to test first?",
    "Tell me about a disagreement with a product manager.",
    "Which design would you choose for an audit log, and why?",
    "When did you last change your mind about a technical choice?",
    "How would you mentor a new graduate joining the team?",
    "What would you aim to achieve in your first ninety days?",
)


class EchoProvider(Provider):
    """A fake model: canned questions, feedback from a factory the test installs."""

    name = "echo"
    label = "Echo"
    model = "echo-1"
    settings_prefix = "ECHO"
    key_required = True
    default_base_url = "https://echo.example/v1"
    feedback_factory = None

    def __init__(self, model=None, api_key=None):
        self.model = model or type(self).model
        self.api_key = api_key

    @classmethod
    def from_settings(cls, conf, settings):
        return cls(model=conf.model, api_key=conf.api_key)

    def stream_question(self, ctx):
        text = QUESTIONS[ctx.question_number - 1]
        return ProviderReply(chunks=_words(text))

    def generate_feedback(self, ctx):
        return type(self).feedback_factory(ctx)


def _words(text):
    words = text.split(" ")
    for i, word in enumerate(words):
        yield word if i == len(words) - 1 else word + " "
'''

ENTRY_POINTS = f"""
[mock_interview_studio.providers]
echo = {MODULE}:EchoProvider
"""


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[type[Provider]]:
    """The Echo provider installed as a plugin (a module and a distribution's entry point)."""
    site = tmp_path / "site"
    dist = site / "echo_provider_plugin-1.0.dist-info"
    dist.mkdir(parents=True)
    (site / f"{MODULE}.py").write_text(textwrap.dedent(PLUGIN_SOURCE), encoding="utf-8")
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: echo-provider-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    registry.provider_classes.cache_clear()
    try:
        cls = registry.provider_class("echo")
        cls.feedback_factory = model_feedback_dict  # type: ignore[attr-defined]
        yield cls
    finally:
        sys.modules.pop(MODULE, None)
        monkeypatch.undo()
        registry.provider_classes.cache_clear()


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        "INTERVIEW_DATA_DIR": str(tmp_path),
        "INTERVIEW_AI_PROVIDER": "echo",
        "INTERVIEW_AI_FALLBACKS": "offline",
        **extra,
    }


def test_the_plugin_is_in_the_catalogue(plugin: type[Provider]) -> None:
    assert plugin.__module__ == MODULE
    assert list(registry.provider_classes())[-1] == "echo"
    assert "echo" not in {cls.name for cls in registry.BUILT_IN}


def test_configuration_accepts_it_and_reads_its_settings(
    plugin: type[Provider], tmp_path: Path
) -> None:
    env = _env(tmp_path, ECHO_API_KEY=ECHO_KEY, ECHO_MODEL="echo-large")
    settings = load_settings(env=env, secrets_path=tmp_path / "none")
    assert settings.provider_chain == ("echo", "offline")
    assert settings.provider("echo").model == "echo-large"
    assert ECHO_KEY not in repr(settings)
    [echo, _] = AIService.from_settings(settings).providers
    assert isinstance(echo, plugin) and echo.model == "echo-large"


def test_its_key_rule_is_enforced(plugin: type[Provider], tmp_path: Path) -> None:
    settings = load_settings(env=_env(tmp_path), secrets_path=tmp_path / "none")
    with pytest.raises(ConfigError, match="ECHO_API_KEY is not set"):
        AIService.from_settings(settings)


def test_without_the_plugin_the_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Unknown AI provider 'echo'"):
        load_settings(env=_env(tmp_path), secrets_path=tmp_path / "none")


def test_people_read_its_label(plugin: type[Provider]) -> None:
    assert provider_name("echo") == "Echo"
    assert registry.catalogue_label("echo") == "Echo"


def test_an_interview_and_its_feedback_run_on_it(
    plugin: type[Provider], tmp_path: Path, db: Database, actor: Actor, make_ready_session
) -> None:
    env = _env(tmp_path, ECHO_API_KEY=ECHO_KEY)
    ai = AIService.from_settings(load_settings(env=env, secrets_path=tmp_path / "none"))
    session = make_ready_session()
    first = start_interview(db, actor, session.id, ai)
    assert first is not None and first.provider == "echo"
    for answer in ANSWERS:
        answer_question(db, actor, session.id, answer, ai)
    questions = [m for m in conversation(db, actor, session.id) if m.role == "assistant"]
    assert len(questions) == 8
    assert {(m.provider, m.fallback) for m in questions} == {("echo", False)}
    report = generate_feedback(db, actor, session.id, ai)
    assert (report.generated_by.provider, report.generated_by.model) == ("echo", "echo-1")
    assert not report.generated_by.fallback and not report.generated_by.heuristic


def test_the_settings_page_lists_it(
    plugin: type[Provider], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = _env(
        tmp_path,
        ECHO_API_KEY=ECHO_KEY,
        INTERVIEW_DATABASE_URL=f"sqlite:///{tmp_path / 'app.db'}",
    )
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    try:
        at = AppTest.from_file(str(APP), default_timeout=30)
        at.run()
        at = at.switch_page("pages/settings.py").run()
        assert not at.exception, [e.value for e in at.exception]
        [catalogue] = [f.value for f in at.dataframe if "key setting" in f.value.columns]
        echo = catalogue.set_index("name").loc["echo"]
        assert (echo["provider"], echo["key setting"], echo["key"]) == (
            "Echo",
            "ECHO_API_KEY",
            "set",
        )
        assert bool(echo["in the chain"])
        page = "\n".join(str(m.value) for m in at.markdown)
        assert "Active provider: **echo**" in page
        assert all(ECHO_KEY not in f.value.to_string() for f in at.dataframe)
    finally:
        st.cache_resource.clear()


@pytest.fixture
def own_registrations(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Registrations made by the test are forgotten after it."""
    monkeypatch.setattr(registry, "_registered", {})
    registry.provider_classes.cache_clear()
    yield
    monkeypatch.undo()
    registry.provider_classes.cache_clear()


@pytest.mark.usefixtures("own_registrations")
def test_register_adds_a_class_in_one_line(tmp_path: Path) -> None:
    class Shout(Provider):
        name = "shout"
        label = "Shout"

        def stream_question(self, ctx: InterviewContext) -> ProviderReply:
            return ProviderReply(chunks=iter(["WHY THIS ROLE?"]))

    registry.register(Shout)
    settings = load_settings(
        env={"INTERVIEW_DATA_DIR": str(tmp_path), "INTERVIEW_AI_PROVIDER": "shout"},
        secrets_path=tmp_path / "none",
    )
    assert [p.name for p in AIService.from_settings(settings).providers] == ["shout", "offline"]
    assert provider_name("shout") == "Shout"
    with pytest.raises(ValueError, match="already registered"):
        registry.register(type("Other", (Shout,), {}))


@pytest.mark.usefixtures("own_registrations")
def test_a_plugin_cannot_take_a_built_in_name() -> None:
    class Impostor(Provider):
        name = "gemini"

        def stream_question(self, ctx: InterviewContext) -> ProviderReply:
            raise AssertionError("never asked")

    with pytest.raises(ValueError, match="already registered"):
        registry.register(Impostor)
