"""A story that stops before its ending is told so, not told it is beside the question; and
a story on the question's own duty is not read as another duty's for naming the field's
people. Invented fields: a countryside ranger, a pensions actuary, a lettings manager, a
wind-turbine technician."""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.focus import read_duties
from interview_core.scorer.questions import read_question
from interview_core.scorer.rules import advice_for, applies, praise, result_past_scene

RANGER_JOB = (
    "- Manage footpaths, stiles and signage across the estate\n"
    "- Lead volunteer work parties safely\n"
    "- Deal with visitors, dogs and livestock conflicts\n"
    "- Monitor habitats and record wildlife"
)
RANGER_CV = "Countryside Ranger, Hill Park, 2017-2025\n- Led 40 volunteer work parties a year"
RANGER_Q = (
    "This role involves leading volunteer work parties safely. Tell me about a time a "
    "volunteer task became unsafe: what did you do, and how did it end?"
)
RANGER_STEPS = (
    "We were clearing scrub on a steep bank and two volunteers started using the bowsaws "
    "downhill of each other. I stopped the group, moved everyone off the slope and re-briefed "
    "them on safe working distances, then split the bank into marked sections so nobody "
    "worked below anyone else. I also swapped the bowsaws for loppers on the steepest part."
)
RANGER_ENDED = (
    RANGER_STEPS + " By the end of the morning the whole bank was cleared with no near misses, "
    "and marked sections are now how we run every steep job."
)

ACTUARY_JOB = (
    "- Value the pension scheme's liabilities\n- Explain funding results to trustees\n"
    "- Check data quality in member records\n- Supervise two analysts"
)
ACTUARY_CV = "Actuarial Analyst, Crane & Pike, 2019-2025\n- Ran valuations for 14 schemes"
ACTUARY_Q = (
    "Tell me about a time you had to explain a difficult funding result to trustees: what "
    "did you do, and what was the result?"
)
# The change words ("doubled", "fallen") are the trouble the story opens on, not its end.
ACTUARY_STEPS = (
    "The valuation showed the scheme's deficit had doubled to £40m because gilt yields had "
    "fallen. Before the meeting I rebuilt the slides around one chart showing what had moved "
    "the deficit, the yields, the longer life expectancy and the investment return. In the "
    "meeting I took the trustees through it step by step, avoided the jargon and took "
    "questions on each part before moving on."
)

LETTINGS_JOB = (
    "We manage 420 residential tenancies across the city for private landlords.\n"
    "- Manage a portfolio of tenancies from move-in to check-out, including deposit "
    "registration and deposit disputes\n"
    "- Arrange repairs and planned maintenance with contractors\n"
    "- Handle rent arrears with tenants and landlords, including payment plans and notices\n"
    "- Carry out viewings, reference tenants and negotiate new lets\n"
    "- Keep landlords informed with clear monthly statements and inspection reports"
)
LETTINGS_Q = "Tell me about a time you handled a difficult tenancy deposit dispute."
DEPOSIT_STORY = (
    "The landlord wanted to keep £600 for carpet damage when the tenants left after three "
    "years. I checked the check-in inventory photos against the check-out report and put both "
    "sides' evidence to the scheme adjudicator."
)
ARREARS_STORY = (
    "A tenant fell three months behind on rent after losing his job. I met him, set up a "
    "payment plan of £150 a month and kept the landlord updated; he cleared the arrears."
)

TURBINE_JOB = (
    "- Carry out scheduled servicing and fault finding on turbine electrical, hydraulic and "
    "mechanical systems\n"
    "- Work safely at height and in confined spaces, following permits and rescue plans\n"
    "- Record work orders and inspection findings accurately in the maintenance system\n"
    "- Support blade inspections and gearbox oil sampling\n"
    "- Mentor trainee technicians"
)
TURBINE_CV = "Wind Turbine Technician, Gale Power, 2020-2025\n- Serviced V90 and V112 turbines"
TURBINE_Q = (
    "Tell me about a time you found the cause of a difficult fault: what was the situation, "
    "what did you do, and what was the result?"
)
YAW_STORY = (
    "A turbine at our hill site kept stopping on a yaw error. I read the SCADA history, saw it "
    "happened only in strong gusts, and went up to check the yaw brakes and the hydraulic "
    "pressure. The pressure dropped when the brake callipers closed, so I traced the hoses and "
    "found a weeping fitting behind the accumulator. I replaced the fitting and bled the "
    "system with my supervisor."
)


def test_how_it_ended_is_framing_not_topic() -> None:
    stems = read_question(RANGER_Q).topic_stems
    assert "end" not in stems
    # "the end user" is still a topic.
    assert "end" in read_question("How did that turn out for the end user?").topic_stems


def test_steps_without_an_ending_are_told_to_finish_not_to_change_story() -> None:
    a = assess_answer(RANGER_Q, RANGER_STEPS, RANGER_JOB, RANGER_CV)
    rules = [x.rule for x in advice_for(a)]
    assert rules[0] == "no_result"
    assert "drifting" not in rules
    ended = assess_answer(RANGER_Q, RANGER_ENDED, RANGER_JOB, RANGER_CV)
    assert not applies("no_result", ended)


def test_change_words_in_the_opening_scene_are_no_result() -> None:
    a = assess_answer(ACTUARY_Q, ACTUARY_STEPS, ACTUARY_JOB, ACTUARY_CV)
    assert not result_past_scene(a)
    assert applies("no_result", a)
    assert not applies("drifting", a)
    assert "measurable result" not in praise(a)


def test_a_result_put_first_by_the_candidate_still_counts() -> None:
    answer = (
        "I cut the scheme's data errors from 9% to 1% in one valuation cycle. The member "
        "records came from three payroll systems with different date formats, so I wrote "
        "checks for each feed and agreed fixes with the administrators."
    )
    a = assess_answer(ACTUARY_Q, answer, ACTUARY_JOB, ACTUARY_CV)
    assert result_past_scene(a)


def test_the_fields_people_make_no_rival_duty() -> None:
    deposit = read_duties(LETTINGS_Q, DEPOSIT_STORY, LETTINGS_JOB)
    arrears = read_duties(LETTINGS_Q, ARREARS_STORY, LETTINGS_JOB)
    # "landlords" and "tenants" are named by several duties: the deposit story is on none
    # of the others, the arrears story on its own.
    assert deposit.rival < 0.5
    assert arrears.rival >= 0.75


def test_a_story_on_its_own_duty_alone_is_not_beside_it() -> None:
    a = assess_answer(TURBINE_Q, YAW_STORY, TURBINE_JOB, TURBINE_CV)
    rules = [x.rule for x in advice_for(a)]
    assert "drifting" not in rules
    assert "no_result" in rules
