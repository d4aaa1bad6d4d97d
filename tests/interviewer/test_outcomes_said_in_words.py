"""Results told in plain words are heard as results, so the interviewer does not ask for them
again; plans and actions are not mistaken for results."""

from __future__ import annotations

import pytest

from interview_core.interviewer.answers import read_answer


@pytest.mark.parametrize(
    "answer",
    [
        "We stopped on the runway and went back to stand. It turned out to be a sensor fault, "
        "and no one was hurt.",
        "I rewrote the induction pack and ran it with each new starter. Two other depots have "
        "since adopted it.",
        "I prepared the evidence folders and walked the assessor through them. We were rated "
        "Outstanding at the next visit.",
        "I rang the family and the district nurse the same day. He was back home by Friday.",
        "I rebuilt the rota and covered the gaps myself. Every shift was covered over Christmas.",
        "I tightened the checking routine. The auditor raised only four queries, against "
        "thirty the year before.",
        "I referred the case the same morning and it went to conference within ten working days.",
        "I made him test his own circuits. After two months his boards were passing first time.",
        "I planned the shutdown for a Saturday. It cost one early start, but nobody lost power.",
        "I set up weekly calls with his key worker. He attended every appointment for six months.",
    ],
)
def test_a_result_said_in_plain_words_is_a_result(answer: str) -> None:
    assert read_answer(answer).has_outcome


@pytest.mark.parametrize(
    "answer",
    [
        "I'd want to make sure no one was left out, so I'd hold a team meeting first.",
        "When I arrived the loading bay was chaos and several pallets were found damaged. I "
        "walked the bay with the shift lead and changed the stacking plan.",
        "I met each guest myself at the desk and explained the change.",
    ],
)
def test_plans_situations_and_actions_are_not_results(answer: str) -> None:
    assert not read_answer(answer).has_outcome
