"""Upload errors over HTTP: wrong type, empty, missing, too large (413), bad job descriptions."""

from __future__ import annotations

import io

import pytest
from flask.testing import FlaskClient
from markupsafe import escape

from interview_core import documents
from interview_core.documents import MAX_FILE_BYTES
from interview_core.errors import TooLarge, ValidationFailed
from interview_core.web.documents_routes import MSG_NO_CV_FILE
from interview_core.web.errors import MSG_TOO_LARGE
from interview_core.web.factory import MAX_CONTENT_LENGTH
from tests.helpers.documents import SAMPLE_CV
from tests.helpers.web import MODES, as_caller, assert_error, create_session_via_api


def _state(client: FlaskClient, session_id: int) -> dict:
    return as_caller(client, "json").get(f"/session/{session_id}/upload").get_json()


BAD_CVS: dict[str, tuple[str, bytes]] = {
    "wrong-type": ("photo.png", SAMPLE_CV.encode()),
    "no-extension": ("cv", SAMPLE_CV.encode()),
    "empty": ("cv.txt", b""),
    "binary": ("cv.txt", b"\x00\x01\x02" * 100),
    "broken-pdf": ("cv.pdf", b"%PDF-1.7 garbage"),
    "too-short": ("cv.md", b"Too short."),
}


def _core_message(filename: str, data: bytes) -> str:
    # The shim must carry the core's own sentence, whatever its wording is today.
    with pytest.raises(ValidationFailed) as refused:
        documents.extract_cv(filename, data)
    return refused.value.message


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", [*BAD_CVS, "missing"])
def test_bad_cv_is_400(client: FlaskClient, mode: str, case: str) -> None:
    session_id = create_session_via_api(client)
    if case == "missing":
        upload: dict = {}
        message = MSG_NO_CV_FILE
    else:
        filename, data = BAD_CVS[case]
        upload = {"cv_file": (io.BytesIO(data), filename)}
        message = _core_message(filename, data)

    response = as_caller(client, mode).post(f"/session/{session_id}/upload-cv", upload)

    if mode == "html":
        # The upload page itself comes back with the error on it.
        assert response.status_code == 400
        body = response.get_data(as_text=True)
        assert escape(message) in body
        assert 'name="cv_file"' in body
    else:
        assert_error(response, mode, 400, message)
    assert _state(client, session_id)["documents"]["has_cv"] is False


@pytest.mark.parametrize("mode", MODES)
def test_upload_over_the_request_limit_is_413(client: FlaskClient, mode: str) -> None:
    session_id = create_session_via_api(client)
    big = SAMPLE_CV.encode() + b" " * (MAX_CONTENT_LENGTH + 10)

    response = as_caller(client, mode).post(
        f"/session/{session_id}/upload-cv", {"cv_file": (io.BytesIO(big), "cv.txt")}
    )

    assert_error(response, mode, 413, MSG_TOO_LARGE)
    assert _state(client, session_id)["documents"]["has_cv"] is False


def test_file_just_over_5_mb_is_413_from_the_core(client: FlaskClient) -> None:
    # Inside the request limit but over the file limit: the core's precise sentence.
    session_id = create_session_via_api(client)
    data = SAMPLE_CV.encode() + b" " * (MAX_FILE_BYTES + 1 - len(SAMPLE_CV.encode()))
    assert len(data) < MAX_CONTENT_LENGTH

    response = as_caller(client, "json").post(
        f"/session/{session_id}/upload-cv", {"cv_file": (io.BytesIO(data), "cv.txt")}
    )

    assert response.status_code == 413
    with pytest.raises(TooLarge) as refused:
        documents.extract_cv("cv.txt", data)
    assert response.get_json() == {"error": True, "message": refused.value.message}


@pytest.mark.parametrize(
    "text", ["", "Too short to be a job posting.", "x " * 6000], ids=["empty", "short", "long"]
)
def test_bad_job_description_is_400(client: FlaskClient, text: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        documents.clean_job_description(text)
    message = refused.value.message
    session_id = create_session_via_api(client)
    response = as_caller(client, "json").post(
        f"/session/{session_id}/upload-job", {"job_description": text}
    )
    assert_error(response, "json", 400, message)
    assert _state(client, session_id)["documents"]["has_job_description"] is False


def test_bad_job_description_keeps_the_draft_in_the_page(client: FlaskClient) -> None:
    session_id = create_session_via_api(client)
    response = as_caller(client, "html").post(
        f"/session/{session_id}/upload-job", {"job_description": "Short draft <b>text</b>"}
    )
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert "Short draft &lt;b&gt;text&lt;/b&gt;</textarea>" in body
    with pytest.raises(ValidationFailed) as refused:
        documents.clean_job_description("Short draft <b>text</b>")
    assert escape(refused.value.message) in body


def test_job_description_as_a_file(client: FlaskClient) -> None:
    session_id = create_session_via_api(client)
    text = "Senior Backend Engineer. " * 10
    response = as_caller(client, "json").post(
        f"/session/{session_id}/upload-job",
        {"job_description": "", "job_file": (io.BytesIO(text.encode()), "jd.txt")},
    )
    assert response.status_code == 200
    assert response.get_json()["documents"]["has_job_description"] is True


def test_a_shortened_cv_is_reported_on_the_upload_page(client: FlaskClient) -> None:
    session_id = create_session_via_api(client)
    long_cv = ("Senior engineer at Acme Corp who ships reliable services. " * 500).encode()
    response = as_caller(client, "html").post(
        f"/session/{session_id}/upload-cv", {"cv_file": (io.BytesIO(long_cv), "cv.txt")}
    )
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "CV received: cv.txt." in page and "longer than 20,000 characters" in page
    assert _state(client, session_id)["documents"]["has_cv"] is True
