"""docs/openapi.yaml as the tests read it: the document, its schema registry, a response check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from werkzeug.test import TestResponse

OPENAPI_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"
DOC: dict[str, Any] = yaml.safe_load(OPENAPI_PATH.read_text(encoding="utf-8"))
BASE = "urn:mock-interview-studio:openapi"
REGISTRY = Registry().with_resource(
    BASE, Resource.from_contents(DOC, default_specification=DRAFT202012)
)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = REGISTRY.resolver(BASE).lookup(BASE + node["$ref"]).contents
    return node


def assert_documented(response: TestResponse, method: str, path: str) -> None:
    """`response` has a documented status, and its JSON body matches the documented schema."""
    operation = DOC["paths"][path][method]
    status = str(response.status_code)
    assert status in operation["responses"], f"{method.upper()} {path} -> undocumented {status}"
    documented = _resolve(operation["responses"][status])
    schema = documented["content"]["application/json"]["schema"]
    assert response.mimetype == "application/json"
    validator = Draft202012Validator(
        {"$ref": BASE + schema["$ref"]} if "$ref" in schema else schema, registry=REGISTRY
    )
    errors = [e.message for e in validator.iter_errors(response.get_json())]
    assert not errors, f"{method.upper()} {path} {status}: {errors}"
