"""The figures strength counts answers that take up their question with a figure measuring a
result or the candidate's own work, and quotes its example from one of them. Invented
interviews from fields outside the development set."""

from __future__ import annotations

import re

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import assess_answer, score_interview
from interview_core.scorer.summary import result_evidence

SIGNAL_JD = """Railway Signaller
You will operate a signal box, manage train movements during disruption, keep the
occurrence log and brief relief signallers.
Requirements: signalling competence; calm handling of degraded working; teamwork."""
SIGNAL_CV = """Ravi Kohli
Signaller, Northern Route, Crewe  2019 - Present
- Operate a 40-lever mechanical box on a mixed freight and passenger line
"""


def _evidence(question: str, answer: str) -> list[str]:
    return result_evidence(assess_answer(question, answer, SIGNAL_JD, SIGNAL_CV))


def test_a_measured_change_counts_and_the_size_of_the_work_does_not() -> None:
    q = "Tell me about a time you improved how your box handled disruption."
    assert _evidence(
        q,
        "Late handovers kept causing missed paths. I rewrote the handover sheet and briefed "
        "each relief signaller. Delay minutes at the junction fell from 310 to 120 a month.",
    )
    assert not _evidence(
        q,
        "The resignalling scheme took two years and covered 400 route miles across three "
        "areas. I was part of the working group that met every week.",
    )


def test_a_code_a_plan_and_a_denial_are_no_result() -> None:
    assert not _evidence(
        "What would you do in your first 90 days?",
        "In my first 90 days I would learn the panel, and by day 60 I'd run 20 shifts alone.",
    )
    assert not _evidence(
        "Tell me about your signalling competence.",
        "I did my SC 2391 renewal last spring. I haven't cut delays by 10% myself yet.",
    )


def test_a_time_or_count_led_by_a_result_counts() -> None:
    found = _evidence(
        "Tell me about a time you cleared a backlog of occurrence reports.",
        "We had a pile of open reports. I set aside an hour each shift and cleared 37 reports "
        "within 3 weeks.",
    )
    assert "37 reports" in found


def _turn(q: str, a: str) -> Turn:
    return Turn(q, a)


BREW_JD = """Head Brewer
You will run the brewhouse, cut beer losses, manage quality checks and lead two brewers.
Requirements: brewing qualification; cellar management; leadership."""
BREW_CV = """Ella Hart
Brewer, Copper Kettle Brewery, Bristol  2018 - Present
- Brew 25 batches a month on a 20-barrel plant
"""
BREW_TURNS = (
    _turn(
        "Tell me about a time you reduced beer losses in the brewhouse.",
        "Our losses at packaging were high. I traced them to a slow filler valve, replaced "
        "it and retrained the packaging team. Losses fell from 6 percent to 2 percent in a "
        "quarter, which saved about £18,000 a year.",
    ),
    _turn(
        "How do you run quality checks on each batch?",
        "I take gravity and pH readings at every stage and taste every batch before "
        "packaging. When a batch drifted, I held it back, and our complaint rate fell to "
        "0.5% of orders last year.",
    ),
    _turn(
        "Tell me about a time you led a brewer through a difficult brew day.",
        "On Saturday I went to a football match with my brother and we had a curry after. "
        "It cost 40 pounds and the weather held up nicely for once.",
    ),
    _turn(
        "What would you want to achieve in your first 90 days?",
        "In my first 90 days I would review every recipe, and by day 60 I'd cut losses by "
        "20 percent and train 2 brewers on the new plant.",
    ),
)


def test_the_count_and_its_example_come_from_answers_on_their_question() -> None:
    ctx = InterviewContext("Head Brewer", "Hop Yard", BREW_CV, BREW_JD, BREW_TURNS)
    report = score_interview(ctx)
    item = next(s for s in report.strengths if "with a measured result" in s)
    assert item.startswith("You backed 2 of 4 answers")
    example = re.search(r"“(.+?)”", item).group(1)
    assert example in BREW_TURNS[0].answer + BREW_TURNS[1].answer
