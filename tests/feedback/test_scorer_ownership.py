"""The report never praises consistent ownership next to an answer told mostly as "we"."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import score_interview

CV = "Site Supervisor, Brook Build, Leeds (2019 - now)\n- Ran a 40-plot housing site.\n"
JOB = "Site Manager. You'll run the site, lead subcontractors and keep it safe."
I_STORY = (
    "I took over a site that was six weeks behind programme. I re-sequenced the trades, I held a "
    "fifteen-minute briefing every morning and I chased the roofers myself. We handed over "
    "the last plots two weeks early."
)
WE_STORY = (
    "We had a near miss with a telehandler. We stopped the site and walked the haul road with "
    "the subcontractors, and we changed the route for the rest of the job."
)
QUESTIONS = (
    "Tell me about a time you ran a site that was behind programme.",
    "Tell me about a time you brought a late job back on programme on site.",
    "Tell me about a time you kept a site safe after a near miss.",
)


def test_no_consistent_ownership_praise_next_to_a_we_story() -> None:
    turns = tuple(Turn(q, a) for q, a in zip(QUESTIONS, (I_STORY, I_STORY, WE_STORY), strict=True))
    report = score_interview(InterviewContext("Site Manager", "Calder", CV, JOB, turns))
    assert not any("consistently described your own actions" in s for s in report.strengths)


def test_ownership_is_praised_when_every_answer_is_told_as_i() -> None:
    turns = tuple(Turn(QUESTIONS[0], I_STORY) for _ in QUESTIONS)
    report = score_interview(InterviewContext("Site Manager", "Calder", CV, JOB, turns))
    assert any("consistently described your own actions" in s for s in report.strengths)
