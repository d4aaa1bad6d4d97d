"""A GET of the interview page writes question 1 only for the owner's own navigation, once."""

from __future__ import annotations

import io
from typing import Any

import pytest
from flask.testing import FlaskClient

from interview_core import interview
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.db import Database
from interview_core.web import create_app
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.fakes import ScriptedProvider

JSON = {"Accept": "application/json"}


def _setup(db: Database, settings: Any) -> tuple[FlaskClient, ScriptedProvider, int]:
    model = ScriptedProvider()
    app = create_app(
        {"SETTINGS": settings, "DATABASE": db, "AI_SERVICE": AIService([model]), "TESTING": True}
    )
    client = app.test_client()
    sid = client.post(
        "/session/create", data={"job_title": "Engineer", "company_name": "Initech"}, headers=JSON
    ).get_json()["id"]
    client.post(
        f"/session/{sid}/upload-cv",
        data={"cv_file": (io.BytesIO(SAMPLE_CV.encode()), "cv.md")},
        headers=JSON,
    )
    client.post(f"/session/{sid}/upload-job", data={"job_description": SAMPLE_JD}, headers=JSON)
    return client, model, sid


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
def test_a_cross_site_get_writes_nothing_and_calls_no_model(
    db: Database, settings: Any, site: str
) -> None:
    client, model, sid = _setup(db, settings)
    page = client.get(f"/session/{sid}/interview", headers={"Sec-Fetch-Site": site})
    assert page.status_code == 200
    assert "has not written the first question yet" in page.get_data(as_text=True)
    assert model.calls == 0
    state = client.get(
        f"/session/{sid}/interview", headers={**JSON, "Sec-Fetch-Site": site}
    ).get_json()
    assert state["conversation"] == [] and model.calls == 0


@pytest.mark.parametrize("site", ["same-origin", "none", None])
def test_the_owners_own_navigation_writes_question_one_once(
    db: Database, settings: Any, site: str | None
) -> None:
    client, model, sid = _setup(db, settings)
    headers = {"Sec-Fetch-Site": site} if site else {}
    for _ in range(3):
        assert client.get(f"/session/{sid}/interview", headers=headers).status_code == 200
    assert model.calls == 1
    owner = Actor(_owner(client))
    questions = [m for m in interview.conversation(db, owner, sid) if m.role == "assistant"]
    assert [q.question_index for q in questions] == [1]


def _owner(client: FlaskClient) -> str:
    with client.session_transaction() as cookie:
        return str(cookie["owner"])


def test_another_browser_gets_403_and_writes_nothing(db: Database, settings: Any) -> None:
    client, model, sid = _setup(db, settings)
    stranger = client.application.test_client()
    response = stranger.get(f"/session/{sid}/interview", headers=JSON)
    assert response.status_code == 403 and model.calls == 0
