"""At most two follow-ups in a row on one question's topic, then a duty not yet asked; the
CV's hobbies are no words of the working world; the redirect after a hobby is neutral; the
oldest job's line is not the evidence of a deep question. Invented fields the repository has
no pair of: a beekeeping inspector and a piano technician."""

from __future__ import annotations

from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
from interview_core.interviewer.answers import read, working_world
from interview_core.interviewer.engine import PROBES, interviewer_for
from interview_core.language.answers import without_leisure

JOB = """Senior Bee Inspector | Animal and Plant Health Agency

Responsibilities
- Lead statutory inspections of apiaries for notifiable brood diseases
- Plan and coordinate the seasonal inspection programme for a team of six inspectors
- Train beekeepers and local associations in disease recognition
- Investigate suspected exotic pest incursions, including Asian hornet sightings
- Keep inspection records up to date in BeeBase

Requirements
- Experience of apiary inspection or commercial beekeeping
"""
CV = """Ruth Ellery
Experience
Seasonal Bee Inspector, Animal and Plant Health Agency | 2020 – present
- Inspected 450 apiaries a season; found and contained 12 outbreaks of European foulbrood
- Ran 14 disease recognition workshops for beekeeping associations
Commercial Beekeeper, Heather Hills Honey | 2015 – 2020
- Managed 300 colonies across moorland sites
Dairy Herdsperson, Fell Farm | 2009 – 2015
- Kept records of brood and stock for the farm, and treated disease in the herd

Hobbies: orienteering, amateur astronomy, bell-ringing
"""
STRONG = (
    "Last June I found European foulbrood in a 40-colony apiary. I confirmed it with a lateral "
    "flow kit, put the site on standstill, traced the two apiaries the beekeeper had moved "
    "frames to, and shook-swarmed the lightly affected colonies. No further cases appeared on "
    "the follow-up inspection six weeks later."
)
NO_OUTCOME = (
    "I plan the season around the risk map and the beekeepers' own calendars, and I check "
    "that every inspector has a fair spread of sites and travel."
)
RAMBLING = (
    "So, well, planning is a big thing really, because there's the office side and the field "
    "side, and I think at the honey farm we did it very differently, you'd be out on the moor "
    "all day and the weather decides a lot, and I remember one August when the heather was "
    "late and we moved everything twice, and that was a whole thing, and I suppose what I "
    "learned was to be flexible, and then at the agency it's much bigger, with so many more "
    "sites, and you have to think of the whole region not just your patch, which is a "
    "different way of thinking, and I think I've grown into it, although some weeks are "
    "harder than others obviously, and the paperwork is a lot."
)
HOBBY = (
    "Outside work I'm really into orienteering, I compete most weekends in the Pennines, and I "
    "do amateur astronomy when the skies are clear. I've been trying to photograph the "
    "Andromeda galaxy this year."
)


def _play(answers: list[str]) -> list[tuple[str, object]]:
    turns: list[Turn] = []
    out = []
    for answer in answers:
        ctx = InterviewContext("Senior Bee Inspector", "APHA", CV, JOB, tuple(turns))
        decision = interviewer_for(ctx).next_decision(ctx.turns, MAX_QUESTIONS)
        out.append((decision.text, decision.asked))
        turns.append(Turn(decision.text, answer))
    return out


def test_no_more_than_two_followups_in_a_row_then_a_new_duty() -> None:
    # A no-outcome answer, a rambling answer to the probe, a hobby to the request to focus:
    # the third weak answer is not followed up a third time; a duty not yet asked comes next.
    answers = [STRONG, STRONG, STRONG, NO_OUTCOME, RAMBLING, HOBBY, STRONG, STRONG]
    run = _play(answers)
    runs, longest = 0, 0
    for _, asked in run:
        runs = runs + 1 if asked.followup is not None else 0
        longest = max(longest, runs)
    assert longest <= 2
    followed = [n for n, (_, a) in enumerate(run) if a.followup in PROBES]
    last_probe = max(followed)
    after = run[last_probe + 1][1]
    assert after.followup is None
    if after.kind != "closing":
        assert after.kind in ("duty", "story", "gap", "deep", "role")


def test_a_weak_answer_to_a_planned_question_is_still_probed() -> None:
    run = _play([STRONG, NO_OUTCOME, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG])
    assert run[2][1].followup in PROBES


def test_the_cv_hobbies_are_no_words_of_the_working_world() -> None:
    assert "orienteering" not in working_world(CV, JOB)
    assert "astronomy" not in working_world(CV, JOB)
    assert "foulbrood" in working_world(CV, JOB)
    # A section of its own, up to the next heading; "Research interests" are work.
    cv = "INTERESTS\nFell walking, choir\n\nSKILLS\nCTG interpretation\nResearch interests: soil carbon"
    kept = without_leisure(cv)
    assert "choir" not in kept and "CTG" in kept and "soil carbon" in kept


def test_a_hobby_the_cv_lists_is_still_off_the_question() -> None:
    question = "Walk me through one outbreak you contained: what did you decide, and why?"
    context = working_world(CV, JOB)
    assert read(question, HOBBY, context).kind == "off_topic"
    # A piano technician's, another field: the hobby listed on the CV is no answer either.
    cv = "Piano Technician, Steinway Hall | 2018 – now\n- Regulated 200 grands a year\nInterests: sailing, falconry"
    answer = (
        "In my spare time I do falconry. I fly a Harris hawk most Sundays on the downs, and "
        "I've been training a young one since the spring."
    )
    ctx = working_world(cv, "Lead Piano Technician. Tune and regulate concert instruments.")
    assert read("Tell me about a concert grand you regulated.", answer, ctx).kind == "off_topic"


def test_the_redirect_after_a_hobby_is_neutral() -> None:
    answers = [STRONG, HOBBY, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG]
    run = _play(answers)
    text, asked = run[2]
    assert asked.followup == "redirect"
    assert "matters to you" not in text


def test_the_oldest_job_is_not_the_evidence_of_a_deep_question() -> None:
    ctx = InterviewContext("Senior Bee Inspector", "APHA", CV, JOB, ())
    iv = interviewer_for(ctx)
    for item in iv.plan:
        if item.kind == "deep" and item.cv is not None:
            assert item.cv.employer != "Fell Farm"
