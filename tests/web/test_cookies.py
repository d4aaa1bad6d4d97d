"""The session cookie is sent when it changes and re-signed once a day, not on every response."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask.testing import FlaskClient

from interview_core.web import cookies
from tests.helpers.web import create_session_via_api

JSON = {"Accept": "application/json"}


def test_an_unchanged_cookie_is_not_sent_again_until_a_day_has_passed(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = create_session_via_api(client)  # the browser's owner key: a new cookie
    again = client.get(f"/session/{sid}/upload", headers=JSON)
    assert again.status_code == 200
    assert "Set-Cookie" not in again.headers
    monkeypatch.setattr(cookies, "REFRESH_AFTER", timedelta(0))
    refreshed = client.get(f"/session/{sid}/upload", headers=JSON)
    assert refreshed.status_code == 200
    assert "interview_studio=" in refreshed.headers["Set-Cookie"]
    assert "Expires=" in refreshed.headers["Set-Cookie"]  # the lifetime slides


def test_a_forged_cookie_opens_a_new_session(client: FlaskClient) -> None:
    sid = create_session_via_api(client)
    client.set_cookie("interview_studio", "forged.value.sig")
    assert client.get(f"/session/{sid}/upload", headers=JSON).status_code == 403
