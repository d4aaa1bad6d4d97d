"""Documents: the upload page, the CV upload and the job description."""

from __future__ import annotations

from flask import Blueprint, Response, flash, jsonify, render_template, request, url_for

from .. import interview
from ..errors import ValidationFailed
from ..interview import SessionSummary
from .context import SESSION_ID, current_actor, get_db, wants_json
from .payloads import upload_status
from .responses import see_other, set_error_view

bp = Blueprint("documents", __name__)

MSG_NO_CV_FILE = "Choose a CV file to upload (PDF, DOCX, TXT or MD)."


def _render_upload(session_id: int, error: str | None = None, draft: str | None = None) -> str:
    db, actor = get_db(), current_actor()
    summary = interview.get_session(db, actor, session_id)
    cv_text, job_description = interview.get_documents(db, actor, session_id)
    return render_template(
        "upload.html",
        summary=summary,
        cv_text=cv_text,
        job_description=job_description if draft is None else draft,
        error=error,
    )


def _after_upload(summary: SessionSummary, notice: str) -> Response:
    if wants_json():
        return jsonify(upload_status(summary))
    flash(notice, "success")
    return see_other(url_for(".upload_page", session_id=summary.id))


@bp.get(f"/session/{SESSION_ID}/upload")
def upload_page(session_id: int) -> Response | str:
    """The upload page: which documents are in, forms for the missing ones."""
    if wants_json():
        return jsonify(upload_status(interview.get_session(get_db(), current_actor(), session_id)))
    return _render_upload(session_id)


@bp.post(f"/session/{SESSION_ID}/upload-cv")
def upload_cv(session_id: int) -> Response:
    """Store the CV from multipart file field `cv_file`."""
    set_error_view(lambda message: _render_upload(session_id, error=message))
    upload = request.files.get("cv_file")
    if upload is None or not upload.filename:
        raise ValidationFailed(MSG_NO_CV_FILE)
    summary = interview.attach_cv(
        get_db(), current_actor(), session_id, upload.filename, upload.read()
    )
    message = f"CV received: {summary.cv_filename}."
    return _after_upload(summary, f"{message} {summary.notice}" if summary.notice else message)


@bp.post(f"/session/{SESSION_ID}/upload-job")
def upload_job(session_id: int) -> Response:
    """Store the job description from form field `job_description` (or file `job_file`)."""
    text = request.form.get("job_description", "")
    set_error_view(lambda message: _render_upload(session_id, error=message, draft=text))
    db, actor = get_db(), current_actor()
    upload = request.files.get("job_file")
    # A chosen file is a deliberate act; the text box may just hold the previous version.
    if upload is not None and upload.filename:
        summary = interview.attach_job_description_file(
            db, actor, session_id, upload.filename, upload.read()
        )
    else:
        summary = interview.attach_job_description(db, actor, session_id, text)
    return _after_upload(summary, "Job description saved.")
