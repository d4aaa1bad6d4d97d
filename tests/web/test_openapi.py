"""docs/openapi.yaml stays true: same routes as the app, real responses match, fuzzing finds no 5xx."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings
from jsonschema import Draft202012Validator
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from interview_core.ai.service import AIService
from interview_core.config import load_settings
from interview_core.db import Database
from interview_core.web import create_app
from tests.helpers.documents import SAMPLE_JD
from tests.helpers.fakes import InterviewerScript
from tests.helpers.openapi import BASE, DOC, OPENAPI_PATH, REGISTRY, assert_documented
from tests.helpers.web import as_caller, create_session_via_api, cv_upload, ready_session

_METHODS = ("get", "post", "put", "patch", "delete")


def _template(rule: str) -> str:
    """Flask rule `/session/<int(max=...):session_id>/x` as OpenAPI `/session/{session_id}/x`."""
    return re.sub(r"<(?:[^<>:]+:)?([^<>:]+)>", r"{\1}", rule)


def _routes(app: Flask) -> set[tuple[str, str]]:
    return {
        (method.lower(), _template(rule.rule))
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static"
        for method in rule.methods or ()
        if method.lower() in _METHODS
    }


def _documented() -> set[tuple[str, str]]:
    return {
        (method, path)
        for path, item in DOC["paths"].items()
        for method in item
        if method in _METHODS
    }


def test_document_is_openapi_3_1_with_resolvable_refs() -> None:
    assert DOC["openapi"].startswith("3.1.")
    text = OPENAPI_PATH.read_text(encoding="utf-8")
    for ref in set(re.findall(r'\$ref: "(#[^"]+)"', text)):
        assert REGISTRY.resolver(BASE).lookup(BASE + ref).contents, ref
    for schema in DOC["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


def test_every_route_is_documented_and_every_documented_route_exists(app: Flask) -> None:
    # A new route (e.g. the feedback blueprint) must be described here as it lands.
    assert _routes(app) == _documented()


def test_real_responses_match_the_document(client: FlaskClient, other_client: FlaskClient) -> None:
    api = as_caller(client, "json")
    assert_documented(api.get("/"), "get", "/")
    assert_documented(client.get("/healthz"), "get", "/healthz")
    created = api.post("/session/create", {"job_title": "Dev", "company_name": "Initech"})
    assert_documented(created, "post", "/session/create")
    assert_documented(api.post("/session/create", {"job_title": ""}), "post", "/session/create")

    sid = created.get_json()["id"]
    upload = f"/session/{sid}/upload"
    interview = f"/session/{sid}/interview"
    message = f"/session/{sid}/message"
    ops = {
        "upload": "/session/{session_id}/upload",
        "cv": "/session/{session_id}/upload-cv",
        "job": "/session/{session_id}/upload-job",
        "interview": "/session/{session_id}/interview",
        "message": "/session/{session_id}/message",
    }
    assert_documented(api.get(upload), "get", ops["upload"])
    assert_documented(api.get(interview), "get", ops["interview"])  # 409: not ready
    assert_documented(api.post(f"/session/{sid}/upload-cv", {}), "post", ops["cv"])  # 400
    assert_documented(api.post(f"/session/{sid}/upload-cv", cv_upload()), "post", ops["cv"])
    big = {"cv_file": (io.BytesIO(b" " * (6 * 2**20)), "cv.txt")}
    assert_documented(api.post(f"/session/{sid}/upload-cv", big), "post", ops["cv"])  # 413
    job = {"job_description": SAMPLE_JD}
    assert_documented(api.post(f"/session/{sid}/upload-job", job), "post", ops["job"])
    assert_documented(api.post(message, {"answer": "Early"}), "post", ops["message"])  # 409
    assert_documented(api.get(interview), "get", ops["interview"])
    assert_documented(api.post(message, {"answer": ""}), "post", ops["message"])  # 400
    for n in range(8):
        assert_documented(api.post(message, {"answer": f"Answer {n}"}), "post", ops["message"])
    assert_documented(api.post(message, {"answer": "Late"}), "post", ops["message"])  # 409
    assert_documented(api.get(interview), "get", ops["interview"])
    assert_documented(api.get(upload), "get", ops["upload"])
    assert_documented(api.get("/"), "get", "/")

    stranger = as_caller(other_client, "json")
    assert_documented(stranger.get(interview), "get", ops["interview"])  # 403
    assert_documented(api.get("/session/424242/upload"), "get", ops["upload"])  # 404


# --- schemathesis: generated requests against the running app, in-process ---------------

SCHEMA = schemathesis.openapi.from_path(OPENAPI_PATH)
CHECKS = [
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_data_rejection,
]


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Flask, FlaskClient]]:
    """One app for all generated cases, and a browser owning session 1 (started) and 2 (new)."""
    tmp = tmp_path_factory.mktemp("fuzz")
    db = Database.from_url(f"sqlite:///{tmp / 'fuzz.db'}")
    app = create_app(
        {
            "SETTINGS": load_settings(env={"INTERVIEW_DATA_DIR": str(tmp)}, secrets_path=tmp / "x"),
            "DATABASE": db,
            "AI_SERVICE": AIService([InterviewerScript()]),
            "TESTING": True,
        }
    )
    owner = app.test_client()
    first = ready_session(owner)
    assert as_caller(owner, "json").get(f"/session/{first}/interview").status_code == 200
    assert create_session_via_api(owner) == first + 1
    yield app, owner
    db.dispose()


@SCHEMA.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_generated_requests_stay_within_the_document(
    case: schemathesis.Case, fuzz_target: tuple[Flask, FlaskClient]
) -> None:
    app, owner = fuzz_target
    response = case.call(app=app, session=owner, headers={"Accept": "application/json"})
    assert response.status_code < 500, response.text[:500]
    case.validate_response(response, checks=CHECKS)
