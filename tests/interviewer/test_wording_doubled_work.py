"""A term that already names work ("work at height", "court work") gets no "work" appended
by a template, and the fluency check flags "work … work" said twice in one phrase, but not a
second "work" that is a verb. Invented fields: arborist, stonemason, lighthouse keeper.
"""

from __future__ import annotations

import re

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import problems
from interview_core.interviewer.render import Renderer

DOUBLED = "'work' said twice in one phrase"


def test_work_said_twice_in_one_phrase_is_flagged() -> None:
    assert DOUBLED in problems("Tell me about a piece of work at sea work you did yourself?")
    assert DOUBLED in problems("What was the most demanding lime work work you did there?")
    assert DOUBLED in problems("Tell me about canopy work in winter work you led?")


def test_a_second_work_that_is_a_verb_or_far_off_is_fine() -> None:
    assert DOUBLED not in problems("How did the work you did on the lantern work out?")
    assert DOUBLED not in problems(
        "What work on the lighthouse did you do, and how did the work go in the end?"
    )
    assert DOUBLED not in problems("Tell me about fieldwork you led on the quarry face?")


ARB_CV = """Megan Tolley
Tree Surgeon

PROFILE
Arborist with six years of crown reductions, felling and storm clearance. Rope and harness
climbing, work at height, and chipper operation.

EXPERIENCE
Climbing Arborist, Oakline Tree Care Ltd, Shrewsbury, 2020 - present
- Climb and dismantle mature trees over roads and glasshouses
- Lead a crew of two groundworkers on council contracts
"""
ARB_JOB = """Senior Arborist | Greenbough Trees
Responsibilities
- Manage working at height safely: rescue plans, rigging checks, LOLER inspections.
- Lead a climbing crew on highway and garden contracts.
Requirements
- NPTC CS38 and CS39, proven work at height experience.
"""


def test_a_term_that_names_work_gets_no_work_appended() -> None:
    iv = interviewer_for(InterviewContext("Senior Arborist", "Greenbough Trees", ARB_CV, ARB_JOB))
    turns: list[Turn] = []
    for _ in range(6):
        question = iv.next_question(turns, 8)
        assert DOUBLED not in problems(question), question
        assert not re.search(r"\bwork at height work\b", question, re.I), question
        turns.append(Turn(question, "I climbed the tree, rigged the limbs down and we cleared it."))


class _Templates:
    """The part of a renderer `_endings` reads: the deep templates, filled with the term."""

    def _render(self, key: str, salt: str, term: str) -> list[str]:
        return [
            f"Tell me about a piece of {term} work you did yourself: how did it turn out?",
            f"What was the most demanding {term} work you did in that role?",
        ]


def test_endings_leave_out_work_after_a_term_holding_it() -> None:
    for term, said in [
        ("work at sea", "a piece of work at sea you did"),
        ("lime mortar work", "a piece of lime mortar work you did"),
        ("canopy rigging", "a piece of canopy rigging work you did"),
    ]:
        endings = Renderer._endings(_Templates(), "deep.listed", "salt", term)  # type: ignore[arg-type]
        assert said in endings[0], endings
        assert all(DOUBLED not in problems(e) for e in endings), endings
