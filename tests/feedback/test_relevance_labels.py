"""Relevance: the coach's on / not-on reading agrees with labelled answers, and an answer
told in the field's own words takes the question up (scorer/focus.py)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from bench.eval_scorer import RELEVANCE_FILE, relevance_agreement, relevance_results
from interview_core.scorer.focus import question_focus, related_credit, takes_up_core

CUES = Path(__file__).parents[2] / "interview_core" / "scorer" / "data" / "relevance_cues.json"
# Agreement with the labels at the time of writing: 184 of 228 (81%) overall, 83 of 99 on
# the invented fields (39 of them, the 12 of the stonemason, ecologist and sommelier, and the
# 24 of the lettings manager, wind-turbine technician, florist, air traffic controller and
# funeral director, added before the relevance rules were tuned on them: the coach agreed
# on 13 of those 24 before, 14 after). A change to relevance must not fall below these.
MIN_AGREEMENT = 0.80
MIN_INVENTED_AGREEMENT = 0.83


@lru_cache(maxsize=1)
def _results() -> list[tuple[dict, str]]:
    return relevance_results()


def test_labels_file_is_well_formed() -> None:
    data = json.loads(RELEVANCE_FILE.read_text(encoding="utf-8"))
    labels = {c["label"] for c in data["cases"]}
    assert labels <= {"on", "neighbour", "off"}
    invented = [c for c in data["cases"] if "job" in c]
    assert len(invented) >= 60
    assert all(c["job"] in data["jobs"] for c in invented)


def test_reading_agrees_with_labels() -> None:
    right, n = relevance_agreement(_results())
    assert right / n >= MIN_AGREEMENT, f"{right}/{n}"


def test_reading_agrees_on_invented_fields() -> None:
    part = [(c, r) for c, r in _results() if "job" in c]
    right, n = relevance_agreement(part)
    assert right / n >= MIN_INVENTED_AGREEMENT, f"{right}/{n}"


def test_off_labels_are_never_read_on() -> None:
    assert all(r != "on" for c, r in _results() if c["label"] == "off")


def test_cue_file_lists_asked_and_shown_words() -> None:
    raw = json.loads(CUES.read_text(encoding="utf-8"))["competencies"]
    assert raw and all(c["asked"] and c["shown"] for c in raw.values())


# A glazier's job, invented: no field of the repository.
JOB = (
    "- Lead a team of six glaziers, including rotas, training and quality checks\n"
    "- Survey and measure openings and order glass and frames\n"
    "- Keep the branch's costs and margin on target"
)


def test_leadership_told_in_rotas_and_buddies_takes_up_the_core() -> None:
    question = "Thinking about leadership, tell me about a time you led a team through a change."
    answer = (
        "When two fitters left I rebuilt the rota four weeks ahead, set up a buddy system "
        "for the new starters and briefed the team every Monday; turnover fell by half."
    )
    focus = question_focus(question, JOB, "")
    assert takes_up_core(focus, answer)


def test_one_shared_word_is_no_evidence() -> None:
    question = "Tell me about a time you had to lead a group through a difficult change."
    answer = "I measured a shopfront for a customer who wanted a new rota of deliveries."
    assert not related_credit(question_focus(question, JOB, ""), answer)


def test_a_named_tool_is_not_shown_by_the_words_beside_it() -> None:
    job = "- Build Power BI dashboards of branch margin and costs for the directors"
    question = "Tell me about your work with Power BI."
    answer = (
        "I cut branch costs and lifted margin by reviewing every supplier price for the directors."
    )
    assert "skill:Power BI" not in related_credit(question_focus(question, job, ""), answer)
