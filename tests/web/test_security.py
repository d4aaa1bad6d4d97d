"""Identity by signed cookie, the CSRF token for pages, the origin rule for everyone."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from interview_core.web.errors import MSG_CSRF
from interview_core.web.security import MSG_CROSS_ORIGIN
from tests.helpers.web import (
    FORBIDDEN,
    as_caller,
    assert_error,
    create_session_via_api,
    csrf_token,
    started_session,
)

CREATE = {"job_title": "Engineer", "company_name": "Initech"}


def _count(client: FlaskClient) -> int:
    return len(as_caller(client, "json").get("/").get_json()["sessions"])


def test_html_form_without_token_is_refused(client: FlaskClient) -> None:
    response = client.post("/session/create", data=CREATE)
    assert response.status_code == 400
    assert MSG_CSRF.replace("'", "&#39;") in response.get_data(as_text=True)
    assert _count(client) == 0


def test_html_form_with_a_token_of_another_browser_is_refused(
    client: FlaskClient, other_client: FlaskClient
) -> None:
    response = client.post(
        "/session/create", data={**CREATE, "csrf_token": csrf_token(other_client)}
    )
    assert response.status_code == 400
    assert _count(client) == 0


def test_htmx_without_token_header_is_refused(client: FlaskClient) -> None:
    session_id = started_session(client)
    response = client.post(
        f"/session/{session_id}/message", data={"answer": "Hi"}, headers={"HX-Request": "true"}
    )
    assert_error(response, "htmx", 400, MSG_CSRF)


def test_htmx_token_comes_from_the_page(client: FlaskClient) -> None:
    session_id = started_session(client)
    page = client.get(f"/session/{session_id}/interview").get_data(as_text=True)
    # Tokens carry a timestamp, so take the page's own token rather than a fresh one.
    match = re.search(r"hx-headers='\{\"X-CSRFToken\": \"([^\"]+)\"\}'", page)
    assert match, "the page hands htmx its CSRF token"
    token = match.group(1)
    response = client.post(
        f"/session/{session_id}/message",
        data={"answer": "Hi"},
        headers={"HX-Request": "true", "X-CSRFToken": token},
    )
    assert response.status_code == 200


def test_json_clients_need_no_token(client: FlaskClient) -> None:
    response = client.post("/session/create", data=CREATE, headers={"Accept": "application/json"})
    assert response.status_code == 201


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site", "Origin": "http://localhost"},
    ],
    ids=["other-origin", "null-origin", "cross-site", "same-site"],
)
@pytest.mark.parametrize("accept", ["application/json", "text/html"])
def test_cross_origin_posts_are_refused(
    client: FlaskClient, headers: dict[str, str], accept: str
) -> None:
    data = {**CREATE, "csrf_token": csrf_token(client)}
    response = client.post("/session/create", data=data, headers={"Accept": accept, **headers})
    assert response.status_code == 403
    if accept == "application/json":
        assert response.get_json() == {"error": True, "message": MSG_CROSS_ORIGIN}
    assert _count(client) == 0


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "http://localhost"}, {"Sec-Fetch-Site": "same-origin"}, {"Sec-Fetch-Site": "none"}],
)
def test_same_origin_json_posts_are_accepted(client: FlaskClient, headers: dict[str, str]) -> None:
    response = client.post(
        "/session/create", data=CREATE, headers={"Accept": "application/json", **headers}
    )
    assert response.status_code == 201


def test_cross_origin_gets_are_not_blocked(client: FlaskClient) -> None:
    # Reading is harmless to allow (the browser keeps the answer from the other site).
    response = client.get("/", headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 200


def test_identity_lives_in_the_signed_cookie(
    app: Flask, client: FlaskClient, other_client: FlaskClient
) -> None:
    session_id = create_session_via_api(client)
    cookie = client.get_cookie("interview_studio")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax"

    # The same cookie in another client is the same browser.
    other_client.set_cookie("interview_studio", cookie.value)
    assert as_caller(other_client, "json").get(f"/session/{session_id}/upload").status_code == 200

    # A forged cookie is not: its signature fails, so it is a new anonymous browser.
    forger = app.test_client()
    forger.set_cookie("interview_studio", cookie.value[:-3] + "abc")
    response = as_caller(forger, "json").get(f"/session/{session_id}/upload")
    assert_error(response, "json", 403, FORBIDDEN)


def test_secret_key_is_generated_once_under_the_data_dir(app: Flask, settings) -> None:  # type: ignore[no-untyped-def]
    key_file = settings.data_dir / "secret_key"
    assert key_file.exists()
    assert app.config["SECRET_KEY"] == key_file.read_text().strip()
    assert len(app.config["SECRET_KEY"]) >= 32


def test_security_headers(client: FlaskClient) -> None:
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert {"Accept", "HX-Request"} <= set(response.vary)
