"""The interview's flow over what the answers already told: work told in full is not asked
again, a story that stops before its ending is asked how it ended, an experience requirement
the CV's positions meet is no gap, a credential is never "your work with" it, and a
follow-up names the story the answer told, not the question's topic.

All documents and answers are invented, from fields not in the development set (a brewery
technician, a railway signaller, a water treatment operator, a bakery supervisor)."""

from __future__ import annotations

from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import is_fluent
from interview_core.interviewer.plan import Asked, names_credential
from interview_core.interviewer.requirements import candidates, meets_by_positions
from interview_core.interviewer.told import about_line, common_pairs, tells_line, tells_skill
from interview_core.language.answers import read_answer
from interview_core.language.skills import skill_named
from tests.helpers.interviews import play_questions

BREWERY_CV = """Sam Okafor
Brewery Technician

Experience
Brewery Technician, Hopfield Brewing Co, Leeds — March 2021 to present
- Run CIP cleaning of fermenters and brite tanks on a 30 hl brewhouse
- Propagate yeast for six core beers and log cell counts
- Cut beer losses at packaging from 4% to 2.5% by resetting the filler
Cellar Operative, Northgate Inns, Leeds — 2017 to 2021
- Kept cellars for four pubs; line cleaning and stock rotation

Skills
CIP, yeast propagation, forklift (counterbalance), HACCP
"""

BREWERY_JOB = """Responsibilities
- Run CIP cleaning of fermenters, brite tanks and transfer lines
- Manage yeast propagation and harvesting for all core beers
- Carry out quality checks on every batch: gravity, pH, dissolved oxygen
- Maintain packaging equipment and fix faults on the canning line
- Keep batch records and HACCP documentation up to date

Requirements
- Two years' experience in a brewery or a similar production role
"""

# A full account of CIP work, told unasked in answer to the opening question.
CIP_STORY = (
    "Last year our fermenters kept failing micro swabs after CIP. I stripped down the spray "
    "balls on each tank, found two were blocked with hop debris, and I rewrote the CIP cycle "
    "to add a pre-rinse at a higher flow. I trained the other two technicians on the new "
    "cycle. Since then every swab has passed and we have not had to dump a batch."
)


def test_work_told_unasked_is_never_asked_again() -> None:
    asked = play_questions(
        "Senior Brewery Technician",
        "Kettle & Cask",
        BREWERY_CV,
        BREWERY_JOB,
        [CIP_STORY, "Fine.", "Fine.", "Fine.", "Fine.", "Fine.", "Fine."],
    )
    # The CIP story was told with its steps and result: no later question asks about CIP.
    assert not any("cip" in q.lower() for q in asked[1:]), asked
    assert all(is_fluent(q) for q in asked)


def test_a_told_line_is_matched_in_its_words_either_way_round() -> None:
    duties = BREWERY_JOB.splitlines()[1:6]
    common = common_pairs("Senior Brewery Technician", duties)
    told = (
        "When a new strain arrived I ran the yeast propagation myself: I built it up over four "
        "days, checked the cell counts twice a day and pitched it at the right rate. The first "
        "batch fermented out in five days instead of eight."
    )
    assert tells_line("Manage yeast propagation and harvesting for all core beers", told, common)
    # "rated Good" says what "a Good rating" does, in the other order.
    rated = (
        "When I took over the packaging hall we had just failed our audit. I rewrote the "
        "cleaning schedules, retrained both shifts and ran a mock audit every month. At the "
        "next visit the hall was rated Good by the auditors."
    )
    assert tells_line("Keep the packaging hall at a Good rating with the auditors", rated)
    # Named in passing, with nobody's steps, it is not told.
    passing = "Yeast propagation is a big part of brewing, and our beers are very consistent."
    assert not tells_line("Manage yeast propagation and harvesting", passing, common)


def test_a_duty_of_many_parts_is_told_by_a_story_of_one() -> None:
    duty = (
        "Keep trains moving safely: route setting, possession handover, fault reporting and "
        "liaison with control"
    )
    story = (
        "One night the engineers ran late handing back a possession on the main line. I "
        "checked the possession handover forms with the engineering supervisor, confirmed "
        "every worksite was closed and reported the overrun to control. The first train ran "
        "only four minutes late and nobody was put at risk."
    )
    assert tells_line(duty, story, frozenset())
    other = (
        "I swapped shifts with a colleague and covered his nights. I drove in early and we "
        "had a quiet week, which was fine."
    )
    assert not tells_line(duty, other, frozenset())


def test_a_cv_line_of_several_pieces_is_told_by_one_piece() -> None:
    line = (
        "Led the move to a new dosing system; chlorine residual complaints fell from 12 a year to 2"
    )
    story = (
        "Customers kept ringing about the taste of chlorine. I logged each chlorine residual "
        "complaint against the dosing readings, found the residual spiked after every filter "
        "backwash and changed the dosing set points. Complaints fell to two the next year."
    )
    assert tells_line(line, story, frozenset())


def test_a_skill_told_by_another_of_its_names_is_told() -> None:
    skill = skill_named("Food Safety")
    assert skill is not None
    story = (
        "An environmental health visit found our HACCP plan out of date. I rewrote the "
        "critical control points with the head baker and retrained the night shift on "
        "probe checks. We were rated five stars on the revisit."
    )
    assert tells_skill(skill, story)
    assert not tells_skill(skill, "HACCP is something every bakery has to keep on top of.")


def test_a_reply_still_to_try_is_no_outcome() -> None:
    pending = (
        "The level crossing barriers kept failing to lower on the night shift. I logged each "
        "failure, sent the event logs to the signalling maintainer, and they came back with "
        "a reset procedure to try."
    )
    assert not read_answer(pending).has_outcome
    replied = (
        "The supplier kept shorting our malt order. I rang their account manager, sent him "
        "the delivery notes, and he got back to us with a revised schedule to look at."
    )
    assert not read_answer(replied).has_outcome
    # Someone coming back is still a result ("the customer came back and reordered").
    back = "I rang her and offered a tasting; she came back the next week and reordered."
    assert read_answer(back).has_outcome


SIGNAL_CV = """Dana Whitlock
Signaller

Experience
Signaller, Network Rail, York ROC — April 2019 to present
- Signal trains across a 40-mile section of the East Coast Main Line
- Cut average signalling delay minutes from 310 to 190 a period in 2023 by re-planning the order of regulating decisions with control
- Manage possessions and line blockages for engineering work
Station Assistant, Northern Trains, Leeds — 2015 to 2019
- Helped passengers at the ticket barriers and on the platforms

Skills
Rules of the Route, TOPS, possession management
"""

SIGNAL_JOB = """Responsibilities
- Signal trains safely and punctually on a busy two-track section
- Manage possessions, line blockages and engineering handbacks
- Respond to faults, failures and emergencies and keep control informed
- Regulate trains to keep delay minutes low

Requirements
- Minimum 3 years' experience as a signaller or in a similar safety-critical role
- Experience of front-line customer service or a similar public-facing role
- Minimum 6 years' supervisory signalling experience
"""


def test_an_unended_story_after_a_redirect_is_asked_how_it_ended() -> None:
    title, company = "Senior Signaller", "Ridings Rail"
    opener = (
        "I've signalled the York section for five years. In 2023 I re-planned our regulating "
        "decisions with control and we cut delay minutes from 310 to 190 a period."
    )
    away = "At weekends I mostly go fell running with my partner, and I cook a lot."
    story = (
        "One morning a track circuit failed at the junction. I stopped trains at the "
        "protecting signals, told control and the fault team, and I started passing trains "
        "by the failed circuit under caution while the technician traced the fault."
    )
    turns: list[Turn] = []
    asked = []
    for answer in [opener, away, story, ""]:
        ctx = InterviewContext(title, company, SIGNAL_CV, SIGNAL_JOB, tuple(turns))
        decision = interviewer_for(ctx).next_decision(ctx.turns, MAX_QUESTIONS)
        asked.append(decision.asked)
        turns.append(Turn(decision.text, answer))
    # The personal answer is brought back; the story told then stops before its ending, and
    # is asked how it ended before the interview moves on to another duty.
    assert asked[2].followup == "redirect", [a.text for a in asked]
    assert asked[3].followup == "outcome", [a.text for a in asked]


def test_a_quoted_result_does_not_stand_for_another_story() -> None:
    line = (
        "Cut average signalling delay minutes from 310 to 190 a period in 2023 by re-planning "
        "the order of regulating decisions with control"
    )
    other = (
        "Last winter we had a points failure in the snow and two of the night team off sick. "
        "I took over the second panel, asked control for a relief signaller and warned the "
        "freight operator their train would be held."
    )
    assert not about_line(line, other)
    how = (
        "I looked at which regulating decisions cost us most delay minutes and re-planned the "
        "order with control, so the stopping services went first at the junction."
    )
    assert about_line(line, how)


def test_experience_the_positions_show_is_no_gap() -> None:
    iv = interviewer_for(
        InterviewContext("Senior Signaller", "Ridings Rail", SIGNAL_CV, SIGNAL_JOB)
    )
    docs = iv.docs
    needs = {n.line: n for n in docs.job.asks if n.kind == "requirement"}
    public = needs["Experience of front-line customer service or a similar public-facing role"]
    # A Station Assistant who helped passengers meets "a similar public-facing role".
    assert meets_by_positions(docs, public)
    # Seven years signalling are not six years supervising: that one is still asked about.
    supervising = needs["Minimum 6 years' supervisory signalling experience"]
    assert not meets_by_positions(docs, supervising)
    lines = [n.line for n in candidates(docs, docs.job.responsibilities)]
    assert public.line not in lines
    assert supervising.line in lines


def test_years_of_supervision_shown_by_a_leader_title_are_met() -> None:
    cv = SIGNAL_CV.replace("Signaller, Network Rail", "Signalling Shift Leader, Network Rail")
    job = SIGNAL_JOB.replace("Minimum 6 years'", "Minimum 3 years'")
    iv = interviewer_for(InterviewContext("Signalling Manager", "Ridings Rail", cv, job))
    docs = iv.docs
    need = next(n for n in docs.job.asks if "supervisory" in n.line)
    assert meets_by_positions(docs, need)
    questions = play_questions(
        "Signalling Manager", "Ridings Rail", cv, job, ["Fine."] * MAX_QUESTIONS
    )
    assert not any("supervisory signalling" in q for q in questions), questions[-1]


def test_a_credential_is_never_the_work_asked_about() -> None:
    iv = interviewer_for(
        InterviewContext("Senior Brewery Technician", "Kettle & Cask", BREWERY_CV, BREWERY_JOB)
    )
    docs = iv.docs
    assert names_credential(docs, "IPAF & PASMA")
    assert names_credential(docs, "Level 2 Food Safety")
    assert names_credential(docs, "CSCS card")
    assert not names_credential(docs, "yeast propagation")
    assert not names_credential(docs, "cellar management")


WATER_CV = """Priya Nair
Water Treatment Operator

Experience
Water Treatment Operator, Dalesford Water, Harrogate — 2020 to present
- Run the clarifiers and rapid gravity filters at a 40 Ml/d works
- Take and test samples for turbidity, pH and chlorine residual

Training
Safeguarding Adults Level 2, 2022
Confined Space Entry (Medium Risk), 2021
"""

WATER_JOB = """Responsibilities
- Operate clarifiers, filters and chemical dosing at a 60 Ml/d works
- Identify vulnerable customers during supply interruptions and make safeguarding referrals
- Carry out sampling and respond to water quality alarms
- Carry out planned maintenance on pumps and dosing equipment
"""


def test_a_probe_names_the_work_not_the_certificate() -> None:
    iv = interviewer_for(
        InterviewContext("Water Treatment Technician", "Vale Water", WATER_CV, WATER_JOB)
    )
    skill = skill_named("Safeguarding")
    assert skill is not None
    asked = Asked("deep:Safeguarding", "deep", skill, text="…")
    for text in [
        *iv.render.outcome_followup(asked, False),
        *iv.render.example_followup(asked, False),
        *iv.render.redirect_followup(asked, False),
    ]:
        assert "Level 2" not in text, text


def test_an_outcome_probe_names_the_story_told_not_the_topic_asked() -> None:
    iv = interviewer_for(
        InterviewContext("Senior Brewery Technician", "Kettle & Cask", BREWERY_CV, BREWERY_JOB)
    )
    skill = skill_named("Food Safety")
    assert skill is not None
    asked = Asked("deep:Food Safety", "deep", skill, text="…")
    other = (
        "Before the audit we had a backlog of batch records that had never been signed. I went "
        "through every batch, matched the records to the brew sheets and got the head brewer "
        "to sign the missing ones."
    )
    for text in iv.render.outcome_followup(asked, False, answer=other):
        assert "food safety" not in text.lower() and "haccp" not in text.lower(), text
    on_it = "I rewrote our HACCP plan with the head brewer and retrained the team on it."
    assert any(
        "food safety" in t.lower() or "haccp" in t.lower()
        for t in iv.render.outcome_followup(asked, False, answer=on_it)
    )
