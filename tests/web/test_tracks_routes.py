"""The shim's practice tracks: practise again, the track page, rename and delete."""

from __future__ import annotations

from flask.testing import FlaskClient

from interview_core.feedback_schema import DIMENSION_LABELS
from tests.helpers.openapi import assert_documented
from tests.helpers.web import as_caller, ready_session

STRONG = (
    "At Acme Corp I owned the order pipeline. I measured lag per Kafka partition, rebuilt "
    "the consumers in Python with idempotent writes and added alerts; lost events fell from "
    "300 a day to zero in two months."
)


def finish(client: FlaskClient, session_id: int, answer: str = STRONG) -> None:
    api = as_caller(client, "json")
    assert api.get(f"/session/{session_id}/interview").status_code == 200
    for n in range(8):
        reply = api.post(f"/session/{session_id}/message", {"answer": f"{answer} ({n})"})
        assert reply.status_code == 200, reply.get_data(as_text=True)
    assert api.post(f"/session/{session_id}/complete").status_code == 200


def test_practise_again_as_html_goes_to_the_new_interview(client: FlaskClient) -> None:
    first = ready_session(client)
    page = as_caller(client, "html")
    response = page.post(f"/session/{first}/practise-again")
    assert response.status_code == 303
    new_id = int(response.headers["Location"].rstrip("/").split("/")[-2])
    assert response.headers["Location"].endswith(f"/session/{new_id}/interview")
    interview = page.get(f"/session/{new_id}/interview")
    assert interview.status_code == 200
    listing = as_caller(client, "json").get("/").get_json()["sessions"]
    by_id = {s["id"]: s for s in listing}
    assert by_id[new_id]["attempt"] == 2 and by_id[new_id]["track_id"] == first
    assert by_id[new_id]["progress"]["question_count"] == 1


def test_practise_again_as_json_and_the_track(
    client: FlaskClient, other_client: FlaskClient
) -> None:
    api = as_caller(client, "json")
    first = ready_session(client)
    finish(client, first, "I did some stuff with it and it went fine.")
    created = api.post(f"/session/{first}/practise-again")
    assert_documented(created, "post", "/session/{session_id}/practise-again")
    second = created.get_json()["id"]
    assert created.get_json() == {"id": second, "track_id": first, "attempt": 2}
    finish(client, second)
    track = api.get(f"/track/{first}")
    assert_documented(track, "get", "/track/{track_id}")
    body = track.get_json()
    assert [a["attempt"] for a in body["attempts"]] == [1, 2]
    assert all(a["overall_score"] is not None for a in body["attempts"])
    assert api.get(f"/track/{second}").get_json() == body  # any attempt names the track
    html = as_caller(client, "html").get(f"/track/{first}").get_data(as_text=True)
    assert "<svg" in html and "Attempt 2" in html and "Scores by attempt" in html
    # Every series is labelled as the feedback page labels it (one map of labels).
    assert all(f">{label}</text>" in html for label in ["Overall", *DIMENSION_LABELS.values()])
    feedback_page = as_caller(client, "html").get(f"/session/{second}/feedback")
    assert "Practise again" in feedback_page.get_data(as_text=True)
    stranger = as_caller(other_client, "json")
    assert_documented(stranger.get(f"/track/{first}"), "get", "/track/{track_id}")  # 403
    assert stranger.get(f"/track/{first}").status_code == 403
    assert stranger.post(f"/session/{first}/practise-again").status_code == 403
    assert api.get("/track/424242").status_code == 404
    assert_documented(api.get("/"), "get", "/")


def test_practise_again_needs_both_documents(client: FlaskClient) -> None:
    api = as_caller(client, "json")
    sid = api.post("/session/create", {"job_title": "Chef", "company_name": "Bistro"}).get_json()[
        "id"
    ]
    response = api.post(f"/session/{sid}/practise-again")
    assert response.status_code == 409
    assert (
        response.get_json()["message"] == "Add a CV and a job description before practising again."
    )


def test_rename_and_delete(client: FlaskClient, other_client: FlaskClient) -> None:
    api = as_caller(client, "json")
    kept, doomed = ready_session(client), ready_session(client)
    renamed = api.post(f"/session/{kept}/rename", {"label": " mock  with Sam "})
    assert_documented(renamed, "post", "/session/{session_id}/rename")
    assert renamed.get_json() == {"id": kept, "label": "mock with Sam"}
    assert as_caller(other_client, "json").post(f"/session/{kept}/delete").status_code == 403
    deleted = api.post(f"/session/{doomed}/delete")
    assert_documented(deleted, "post", "/session/{session_id}/delete")
    assert api.get(f"/session/{doomed}/upload").status_code == 404
    html = as_caller(client, "html")
    page = html.get("/").get_data(as_text=True)
    assert "mock with Sam" in page and "Practise again" in page
    assert html.post(f"/session/{kept}/delete").status_code == 303
    assert api.get("/").get_json() == {"sessions": []}
