"""The strongest answer is the example that best shows the candidate can do the job, and the
figures strength counts every answer on the work backed by a measured result of one's own.
Invented interviews from fields outside the development set (clock restorer, saddler)."""

from __future__ import annotations

import re

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import assess_answer, score_interview
from interview_core.scorer.summary import result_evidence, shows_the_work

CLOCK_JD = """Clock Restorer | Keyworth Clocks
Keyworth Clocks restores and services antique clocks for auction houses, museums and homes.
Responsibilities
- Clean, repair and regulate longcase, bracket and carriage clocks
- Lead the workshop team of three restorers
- Prepare clocks for every auction sale on time
Requirements
- At least five years as a clock restorer
- Experience of movement overhaul and escapement repair"""
CLOCK_CV = """Tom Ashdown
Clock Restorer, Harmony Time, Norwich  2018 - Present
- Overhaul around 6 clock movements a week for dealers and homes
- Restore longcase clock movements in the workshop
"""

STORY = (
    "Tell me about a time a clock went wrong just before an auction sale: what "
    "did you do, and how did it end?",
    "Last March a longcase clock stopped two days before it went to auction. I took "
    "the movement out, found that a worn pivot had let the escape wheel drop, rebushed the "
    "pivot hole and checked the depthing of every wheel. I set the beat and ran it on the "
    "test stand for a day. It sold in full working order for £4,200 against an estimate of "
    "£2,500, and the auction house asked for me by name for their next two sales.",
)
MOTIVATION = (
    "What made you apply for the Clock Restorer role at Keyworth Clocks?",
    "I've spent seven years overhauling clock movements at Harmony Time and I restore "
    "longcase clocks in the workshop. Keyworth appeals because of your auction work and the "
    "chance to lead a workshop team, which is the step I want to take next.",
)
CLOSING = (
    "What would success look like for you after your first 90 days at Keyworth Clocks?",
    "After ninety days I'd want to know every clock in for restoration and its history, to have "
    "met each restorer in the workshop and agreed how we plan our week, and to have a "
    "workshop schedule for the auction clocks. I'd spend the first month in the workshop and "
    "the sale rooms, then agree priorities with the owner, and by three months I'd hope to have "
    "the schedule running. From the team I'd need honest feedback and time with the owner.",
)


def _ctx(*turns: tuple[str, str]) -> InterviewContext:
    return InterviewContext(
        "Clock Restorer", "Keyworth Clocks", CLOCK_CV, CLOCK_JD, tuple(Turn(q, a) for q, a in turns)
    )


def _strongest(report_strengths: list[str]) -> int | None:
    for item in report_strengths:
        m = re.search(r"[Qq]uestion (\d+) was (?:your|the) strongest", item)
        if m:
            return int(m.group(1))
    return None


def test_an_example_with_its_steps_and_result_is_the_strongest_over_a_plan() -> None:
    report = score_interview(_ctx(MOTIVATION, STORY, CLOSING))
    assert _strongest(report.strengths) == 2
    by_number = {q.number: q.score for q in report.questions}
    item = next(s for s in report.strengths if "strongest" in s)
    # When a plan or the reasons scored higher, the item says it speaks of the examples.
    if max(by_number.values()) > by_number[2]:
        assert item.startswith("Of the examples you gave")


def test_a_plan_is_the_strongest_only_when_no_example_is_told() -> None:
    report = score_interview(_ctx(MOTIVATION, CLOSING))
    number = _strongest(report.strengths)
    assert number in (None, 1, 2)
    assert not any(s.startswith("Of the examples") for s in report.strengths)


def test_reasons_and_plans_are_no_example_of_the_work() -> None:
    assert shows_the_work(assess_answer(*STORY, CLOCK_JD, CLOCK_CV))
    assert not shows_the_work(assess_answer(*MOTIVATION, CLOCK_JD, CLOCK_CV))
    assert not shows_the_work(assess_answer(*CLOSING, CLOCK_JD, CLOCK_CV))


SADDLERY_JD = """Workshop Supervisor | Clearline Saddlery
You will lead two saddlery benches making and fitting saddles and bridles, plan orders,
check quality and keep the workshop safe.
Requirements: saddlery experience; team leadership; safe use of cutting tools."""
SADDLERY_CV = """Dana Mills
Senior Saddler, Brightside Saddlery, Leicester  2017 - Present
- Make and fit saddles and bridles for riding schools and owners
"""


def test_a_measured_example_beside_its_question_still_counts_as_backed() -> None:
    turns = (
        Turn(
            "Tell me about a time you dealt with a quality problem in the workshop.",
            "Our bridle leather kept arriving with flaws in the grain. I "
            "photographed every delivery, sat down with the tannery and agreed a new "
            "grading spec for each hide. Rejected hides fell from 14% to 2% over the "
            "next three deliveries.",
        ),
        Turn(
            "Tell me about a time you had to persuade a rider to change a saddle design.",
            "When our van fleet was costing too much I compared fuel cards, moved us to a "
            "new supplier and planned routes so crews shared vans. Fuel costs fell by 18% "
            "in the first year.",
        ),
        Turn(
            "Tell me about a time you kept a team safe with cutting tools.",
            "On Sunday we went sailing on the lake with the kids and had a picnic after, the "
            "weather was lovely and we stayed until 6.",
        ),
    )
    ctx = InterviewContext(
        "Workshop Supervisor", "Clearline Saddlery", SADDLERY_CV, SADDLERY_JD, turns
    )
    report = score_interview(ctx)
    item = next(s for s in report.strengths if "with a measured result" in s)
    # The van story fits its question loosely, yet its 18% is the candidate's own measured
    # result; the sailing story is off the topic and backs nothing.
    assert item.startswith("You backed 2 of 3 answers")


def test_the_size_of_a_change_after_by_is_a_result() -> None:
    found = result_evidence(
        assess_answer(
            "Tell me about a time you improved how a clock kept time.",
            "A museum's bracket clock drifted badly every winter. I fitted a new suspension "
            "spring and checked it monthly. Over the season its daily error fell by 4 seconds "
            "and our call-outs dropped by about 30 visits.",
            CLOCK_JD,
            CLOCK_CV,
        )
    )
    assert any("4 seconds" in f for f in found)
