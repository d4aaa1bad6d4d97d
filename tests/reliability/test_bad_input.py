"""Bad input never gives a 5xx: NUL bytes, invalid UTF-8, invisible text, huge values, odd names.

Targeted cases first (the ones that once gave `500 Something went wrong`), in the core (so
Streamlit gets the same sentence) and over HTTP; then hypothesis fuzzing over every form and
JSON field of the web shim. The fuzzing is derandomised (the same examples every run), so a
failure in CI replays locally with the same command.
"""

from __future__ import annotations

import io
import json
from typing import Any
from urllib.parse import quote_from_bytes

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given
from hypothesis import settings as fuzz_settings
from hypothesis import strategies as st

from interview_core import interview
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.db import Database
from interview_core.errors import ValidationFailed
from interview_core.web import create_app
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.fakes import ScriptedProvider
from tests.reliability import figures

JSON = {"Accept": "application/json"}
EXAMPLES = 60

NASTY = [
    "\x00",
    "Senior\x00Engineer",
    "\u200b\u200c\u200d\u2060\ufeff",
    "\u200b" * 50,
    " \t\n ",
    "x" * 100_000,
    "\ud800",
    "a\udfffb",
    "🙂" * 300,
    "\u202eevil",
    "%00",
    "<script>alert(1)</script>",
]


# --- targeted: the core ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Backend\x00Engineer", "Job title contains a NUL character"),
        ("\u200b\u200b\u2060", "Job title is required."),
        ("Backend\ud800", "Job title contains characters that are not valid text"),
    ],
)
def test_core_refuses_unstorable_titles_with_a_sentence(
    db: Database, actor: Actor, title: str, message: str
) -> None:
    with pytest.raises(ValidationFailed, match=message):
        interview.create_session(db, actor, title, "Initech")
    with pytest.raises(ValidationFailed):
        interview.create_session(db, actor, "Engineer", title)


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("I did\x00it", "Answer contains a NUL character"),
        ("\u200b\u200d\ufeff", "Answer cannot be empty."),
        ("\ud83d", "Answer contains characters that are not valid text"),
    ],
)
def test_core_refuses_unstorable_answers_with_a_sentence(
    db: Database, actor: Actor, answer: str, message: str
) -> None:
    sid = _ready_core(db, actor)
    ai = AIService([ScriptedProvider()])
    interview.start_interview(db, actor, sid, ai)
    with pytest.raises(ValidationFailed, match=message):
        interview.submit_answer(db, actor, sid, answer, 1)
    assert [m.role for m in interview.conversation(db, actor, sid)] == ["assistant"]


@pytest.mark.parametrize(
    "filename",
    ["c\x00v.md", "a" * 300 + ".md", "\u200bcv\u202e.md", "C:\\Users\\jane\\" + "b" * 400 + ".md"],
)
def test_core_stores_odd_file_names_cleaned_and_shortened(
    db: Database, actor: Actor, filename: str
) -> None:
    summary = interview.create_session(db, actor, "Engineer", "Initech")
    stored = interview.attach_cv(db, actor, summary.id, filename, SAMPLE_CV.encode())
    assert stored.cv_filename is not None
    assert stored.cv_filename.endswith(".md") and len(stored.cv_filename) <= 120
    assert "\x00" not in stored.cv_filename and "\u200b" not in stored.cv_filename


def _ready_core(db: Database, actor: Actor) -> int:
    summary = interview.create_session(db, actor, "Engineer", "Initech")
    interview.attach_cv(db, actor, summary.id, "cv.md", SAMPLE_CV.encode())
    interview.attach_job_description(db, actor, summary.id, SAMPLE_JD)
    return summary.id


# --- over HTTP ------------------------------------------------------------------------


def _client(db: Database, app_settings: Any) -> FlaskClient:
    app = create_app(
        {
            "SETTINGS": app_settings,
            "DATABASE": db,
            "AI_SERVICE": AIService([ScriptedProvider()]),
            "TESTING": True,
            "WTF_CSRF_ENABLED": False,
        }
    )
    return app.test_client()


def _ready_http(client: FlaskClient) -> int:
    sid = client.post(
        "/session/create", data={"job_title": "Engineer", "company_name": "Initech"}, headers=JSON
    ).get_json()["id"]
    client.post(
        f"/session/{sid}/upload-cv",
        data={"cv_file": (io.BytesIO(SAMPLE_CV.encode()), "cv.md")},
        headers=JSON,
    )
    client.post(f"/session/{sid}/upload-job", data={"job_description": SAMPLE_JD}, headers=JSON)
    client.get(f"/session/{sid}/interview", headers=JSON)
    return sid


def _form_bytes(fields: dict[str, bytes]) -> bytes:
    """A urlencoded body from raw bytes, so invalid UTF-8 reaches the server as sent."""
    return b"&".join(
        quote_from_bytes(k.encode()).encode() + b"=" + quote_from_bytes(v).encode()
        for k, v in fields.items()
    )


def test_http_nul_and_long_names_are_400_or_shortened_never_500(
    db: Database, settings: Any
) -> None:
    client = _client(db, settings)
    created = client.post(
        "/session/create", data={"job_title": "A\x00B", "company_name": "Initech"}, headers=JSON
    )
    assert created.status_code == 400 and "NUL" in created.get_json()["message"]
    sid = _ready_http(client)
    for name in ("c\x00v.md", "n" * 300 + ".md"):
        upload = client.post(
            f"/session/{sid}/upload-cv",
            data={"cv_file": (io.BytesIO(SAMPLE_CV.encode()), name)},
            headers=JSON,
        )
        # The interview has started, so the CV is fixed: a 409, but never a 500.
        assert upload.status_code in (200, 409), upload.get_data(as_text=True)
    fresh = client.post(
        "/session/create", data={"job_title": "Engineer", "company_name": "Initech"}, headers=JSON
    ).get_json()["id"]
    upload = client.post(
        f"/session/{fresh}/upload-cv",
        data={"cv_file": (io.BytesIO(SAMPLE_CV.encode()), "n" * 300 + ".md")},
        headers=JSON,
    )
    assert upload.status_code == 200
    assert len(upload.get_json()["documents"]["cv_filename"]) <= 120
    answer = client.post(
        f"/session/{sid}/message", data={"answer": "I\x00did", "question_index": "1"}, headers=JSON
    )
    assert answer.status_code == 400 and "NUL" in answer.get_json()["message"]
    invalid_utf8 = client.post(
        f"/session/{sid}/message",
        data=_form_bytes({"answer": b"\xff\xfe\xfd", "question_index": b"1"}),
        headers={**JSON, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert invalid_utf8.status_code < 500


# --- fuzzing --------------------------------------------------------------------------

text_values = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=60),
)
raw_values = st.one_of(
    st.binary(max_size=300), text_values.map(lambda t: t.encode("utf-8", "surrogatepass"))
)
json_values = st.one_of(
    text_values,
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
FUZZ = fuzz_settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ("/session/create", ("job_title", "company_name")),
        ("/session/{sid}/upload-job", ("job_description",)),
        ("/session/{sid}/message", ("answer", "question_index")),
        ("/session/{sid}/complete", ("regenerate",)),
    ],
)
def test_fuzzed_form_fields_never_give_a_5xx(
    db: Database, settings: Any, path: str, fields: tuple[str, ...]
) -> None:
    client = _client(db, settings)
    sid = _ready_http(client)
    url = path.format(sid=sid)
    sent = 0

    @FUZZ
    @given(values=st.tuples(*[raw_values] * len(fields)), as_json=st.booleans())
    def run(values: tuple[bytes, ...], as_json: bool) -> None:
        nonlocal sent
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if as_json:
            headers.update(JSON)
        response = client.post(
            url, data=_form_bytes(dict(zip(fields, values, strict=True))), headers=headers
        )
        assert response.status_code < 500, (values, response.get_data(as_text=True)[:300])
        sent += 1

    run()
    figures.add(f"fuzzed requests without a 5xx ({db.dialect})", sent)


def test_fuzzed_json_bodies_never_give_a_5xx(db: Database, settings: Any) -> None:
    client = _client(db, settings)
    sid = _ready_http(client)
    sent = 0

    @FUZZ
    @given(answer=json_values, question_index=json_values)
    def run(answer: Any, question_index: Any) -> None:
        nonlocal sent
        body = json.dumps({"answer": answer, "question_index": question_index})
        response = client.post(
            f"/session/{sid}/message",
            data=body,
            headers={**JSON, "Content-Type": "application/json"},
        )
        assert response.status_code < 500, (answer, question_index, response.get_json())
        sent += 1

    run()
    figures.add(f"fuzzed requests without a 5xx ({db.dialect})", sent)


@pytest.mark.parametrize("ext", [".md", ".pdf", ".docx", ".txt", ""])
def test_fuzzed_file_names_and_contents_never_give_a_5xx(
    db: Database, settings: Any, ext: str
) -> None:
    client = _client(db, settings)
    sent = 0

    @fuzz_settings(
        max_examples=EXAMPLES // 3,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(
        name=text_values, content=st.one_of(st.binary(max_size=2000), st.just(SAMPLE_CV.encode()))
    )
    def run(name: str, content: bytes) -> None:
        nonlocal sent
        sid = client.post(
            "/session/create",
            data={"job_title": "Engineer", "company_name": "Initech"},
            headers=JSON,
        ).get_json()["id"]
        filename = name.encode("utf-8", "replace").decode("utf-8") + ext
        response = client.post(
            f"/session/{sid}/upload-cv",
            data={"cv_file": (io.BytesIO(content), filename)},
            headers=JSON,
        )
        assert response.status_code < 500, (filename, response.get_data(as_text=True)[:300])
        sent += 1

    run()
    figures.add(f"fuzzed uploads without a 5xx ({db.dialect})", sent)
