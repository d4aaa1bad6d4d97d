"""Question-aware judgement: a story told in the field's own words is not flagged as beside
the question, a story on a neighbouring matter is not praised as on it, and a story about life
outside work is off-topic.

Every example is invented in a field the development set does not hold (a midwife, a sound
engineer, a hotel concierge, a customs officer, a dog groomer), so the rules are checked on
unseen work.
"""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.dimensions import OFF_TOPIC_CAP
from interview_core.scorer.focus import question_focus
from interview_core.scorer.rules import applies, beside_focus, on_focus

MIDWIFE_JD = (
    "Community Midwife, Eskdale Maternity. Provide care to women in labour on the MLU and at "
    "home births; run antenatal clinics; escalate concerns to the delivery suite; support "
    "student midwives."
)
MIDWIFE_CV = (
    "Midwife, Carnbrae Hospital, 2017-2025.\n"
    "- Cared for women labouring on the MLU and in the birth pool.\n"
    "- Ran two antenatal clinics a week.\n"
)
MIDWIFE_Q = (
    "This role involves providing second-line cover to the MLU. Walk me through how you approach "
    "that in your work, and then tell me about one case that didn't go to plan: what did you do, "
    "and how did it turn out?"
)
# On the question, in the field's own words: the MLU, the pool, the on-call midwife.
MIDWIFE_STORY = (
    "On a night shift last winter I was the second midwife on call when the MLU rang: a woman in "
    "the pool had a prolonged second stage and the heart rate was dipping. I went over, took over "
    "the CTG review with the midwife in charge, and we agreed she needed to come out of the pool. "
    "I called the delivery suite coordinator myself and we transferred her within twelve minutes. "
    "She had an assisted birth and the baby was fine, and afterwards we rewrote the MLU escalation "
    "card so the on-call midwife is phoned at the first dip."
)


def test_an_acronym_of_the_field_is_a_focal_term_not_a_name() -> None:
    focus = question_focus(MIDWIFE_Q, MIDWIFE_JD, MIDWIFE_CV)
    assert "mlu" in focus.terms


def test_an_acronym_no_job_or_cv_uses_stays_a_name() -> None:
    focus = question_focus(MIDWIFE_Q.replace("MLU", "RVI"), MIDWIFE_JD, MIDWIFE_CV)
    assert "rvi" not in focus.terms


def test_didnt_go_to_plan_is_framing_not_a_focal_term() -> None:
    assert "plan" not in question_focus(MIDWIFE_Q, MIDWIFE_JD, MIDWIFE_CV).terms
    # The word alone still names a topic.
    birth_plan_q = "How do you go through a birth plan with a woman who is anxious?"
    assert "plan" in question_focus(birth_plan_q, MIDWIFE_JD, MIDWIFE_CV).terms


def test_a_story_in_the_fields_own_words_is_not_flagged() -> None:
    a = assess_answer(MIDWIFE_Q, MIDWIFE_STORY, MIDWIFE_JD, MIDWIFE_CV)
    assert not beside_focus(a)
    assert not applies("drifting", a)


SOUND_JD = (
    "Sound Engineer, Larkfield Touring. Mix FOH for touring bands in 500-2,000 capacity venues; "
    "rig and tune PA systems; run line checks and soundchecks; look after the touring desk and "
    "radio mics."
)
SOUND_CV = (
    "Freelance Sound Engineer, 2015-2025.\n"
    "- Mixed FOH on 300 shows across UK club and theatre tours.\n"
    "- Tuned PA systems with Smaart in venues up to 2,500 capacity.\n"
)
SOUND_Q = (
    "Can you give me one example of mixing FOH for a touring band: what you did, and how it "
    "turned out?"
)
SOUND_STORY = (
    "On a theatre tour in 2023 the FOH position at one venue was under the balcony, so the mix "
    "I heard was nothing like the stalls. I walked the room during line check with a tablet, "
    "rebalanced the delays and pulled the low end down four dB, then mixed the show from the "
    "tablet for the first three songs before settling back at the desk. The promoter said it was "
    "the best the room had sounded that year, and the band kept the setup for the other dates."
)


def test_a_sound_engineers_story_at_front_of_house_is_on_the_question() -> None:
    a = assess_answer(SOUND_Q, SOUND_STORY, SOUND_JD, SOUND_CV)
    assert not beside_focus(a)
    assert not applies("drifting", a)


CONCIERGE_JD = (
    "Head Concierge, The Harcourt Hotel. Drive upselling of room upgrades and experiences at "
    "arrival; handle guest requests and complaints; manage the concierge desk rota; keep the "
    "room and guest records accurate."
)
CONCIERGE_CV = (
    "Concierge, The Avonmere, 2019-2025.\n"
    "- Handled 80 guest requests a day at the concierge desk.\n"
    "- Rebuilt the room key and luggage records.\n"
)
UPSELL_Q = (
    "In this role you'd look after upselling at arrival, with the room and guest records. "
    "Tell me about a time you did that: what did you do, and how did it turn out?"
)
# A good story at the desk, with rooms and records, but no upselling: a neighbouring matter.
LUGGAGE_STORY = (
    "At the Avonmere the luggage room was chaos on Saturdays: guests waited at the desk while "
    "we searched for bags. I looked at the room and the records and set up numbered shelves by "
    "checkout time, with a tag system the porters filled in on arrival. Lost-bag complaints went "
    "from about eight a month to one, and the morning wait at the desk halved."
)


def test_shared_setting_words_without_the_skill_asked_are_not_on_the_question() -> None:
    a = assess_answer(UPSELL_Q, LUGGAGE_STORY, CONCIERGE_JD, CONCIERGE_CV)
    assert not on_focus(a)
    assert beside_focus(a)


CUSTOMS_JD = (
    "Border Force Officer, Port of Felsham. Search freight and passengers for prohibited goods; "
    "question travellers; seize goods and prepare evidence for prosecution; work shifts with "
    "a team of officers."
)
CUSTOMS_CV = (
    "Customs Officer, Port of Ardley, 2018-2025.\n"
    "- Searched about 40 freight vehicles a shift.\n"
    "- Prepared seizure evidence for 25 prosecutions.\n"
)
SEARCH_Q = (
    "Tell me about a time you searched a freight vehicle and found prohibited goods: what did "
    "you do, and how did it turn out?"
)
# Life outside work, with "colleagues" and "after work" placing it: off-topic.
CLIMBING_STORY = (
    "I've recently got into sea kayaking, which I'd recommend to anyone who works shifts. I "
    "started going with colleagues after work in the spring, and at first I could barely keep "
    "the boat straight. Now I paddle three mornings a week and I've just done my first crossing "
    "to the island. The people at the club are really friendly, and it's the only time I stop "
    "thinking about anything."
)


def test_a_story_about_life_outside_work_is_off_topic_even_with_work_words() -> None:
    a = assess_answer(SEARCH_Q, CLIMBING_STORY, CUSTOMS_JD, CUSTOMS_CV)
    assert a.off_topic
    assert a.score <= OFF_TOPIC_CAP


GROOMER_JD = (
    "Senior Dog Groomer, Tailwag Salon. Groom dogs of all breeds, including hand stripping and "
    "breed-standard trims; handle nervous and reactive dogs safely; advise owners on coat care."
)
GROOMER_CV = (
    "Dog Groomer, Fluff & Fold, 2019-2025.\n"
    "- Groomed about 25 dogs a week, including hand stripping terriers.\n"
    "- Calmed nervous dogs with short first visits.\n"
)
NERVOUS_Q = (
    "Tell me about a time you handled a nervous or reactive dog in the salon: what did you do, "
    "and how did it turn out?"
)
# A work story with figures, beside the question, is not off-topic: it is judged as drifting.
STRIPPING_STORY = (
    "A border terrier came in with a coat that had been clipped for years and had gone soft. "
    "I explained to the owner that hand stripping would take three or four sessions to bring the "
    "wire coat back, and booked them every six weeks. By the fourth visit the coat was harsh "
    "again and the owner booked the next year of appointments."
)


def test_a_work_story_beside_the_question_is_not_off_topic() -> None:
    a = assess_answer(NERVOUS_Q, STRIPPING_STORY, GROOMER_JD, GROOMER_CV)
    assert not a.off_topic


GLAZIER_JD = (
    "Site Glazier, Clearline Facades. Install curtain walling and glazed units on commercial "
    "sites; work from MEWPs; keep the site safe for other trades."
)
GLAZIER_CV = (
    "Glazier, Brightpane Ltd, 2016-2025.\n- Fitted about 300 glazed units a year on city sites.\n"
)
# A scenario question answered with a past story on another matter.
SCENARIO_Q = (
    "Imagine a unit arrives on site cracked and the crane is booked for one more hour. What would "
    "you do first, and how would you decide?"
)
VAN_STORY = (
    "Last year I took over ordering gaskets, beads and silicone for our glazing gang. I set up a "
    "stock sheet with minimum levels, checked it every Friday and ordered from two suppliers, so "
    "we stopped running out mid-job and cut emergency deliveries by about half over six months."
)


def test_a_scenario_answered_beside_it_is_told_to_answer_the_situation() -> None:
    from interview_core.scorer.rules import advice_for

    a = assess_answer(SCENARIO_Q, VAN_STORY, GLAZIER_JD, GLAZIER_CV)
    drift = [f for f in advice_for(a) if f.rule == "drifting"]
    assert drift, [f.rule for f in advice_for(a)]
    assert drift[0].advice.startswith("Answer the situation the question sets")
