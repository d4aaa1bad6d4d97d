"""The coach reads what an answer is about and what it already has: a skill named by its
initials is taken up, the employer's or the post's name is not what a question asks about,
an outcome told in plain words is a result, and "our" sets a scene without hiding who acted.

Examples come from fields the development set does not hold (a railway signaller, a craft
bakery, a freelance translator), so the rules are checked on unseen work.
"""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.answer import outcome_in_words
from interview_core.scorer.focus import matched_terms, question_focus, without_names
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.questions import question_type
from interview_core.scorer.rules import advice_for, applies, beside_topic, tells_result

SIGNAL_JD = (
    "Railway Signaller, Northline Rail. Operate the signal box safely; apply the Rule Book and "
    "manage possessions and track worker safety; log every incident accurately; work shifts."
)
SIGNAL_CV = (
    "Signaller, Eastmoor Junction box, 2017-2025.\n"
    "- Ran 24 possessions a year for track renewals without a safety incident.\n"
    "- Trained three new signallers to their competence assessment.\n"
)


def test_a_skill_named_by_its_initials_is_taken_up() -> None:
    # "Public Law Outline" is a lexicon skill; a translator's answer naming it "the PLO"
    # takes it up as much as one spelling it out.
    q = "Can you give me one example of your work with Public Law Outline: what you did?"
    focus = question_focus(q)
    assert "skill:Public Law Outline" in focus.terms
    told = "I translated the PLO letter for a Polish mother the day before her meeting."
    assert "skill:Public Law Outline" in matched_terms(focus, told)
    assert not matched_terms(focus, "I translated a tenancy agreement for a Polish family.")


def test_the_employers_and_the_posts_names_are_not_what_is_asked() -> None:
    q = (
        "Imagine you've joined Harbour Logistics as a Signaller – Safeguarding Team and two "
        "people each ask you for something urgent by Friday. What would you do?"
    )
    assert "Harbour Logistics" not in without_names(q)
    assert "Safeguarding" not in without_names(q)
    terms = question_focus(q).terms
    assert not any(t.startswith("skill:") for t in terms)
    assert "urgent" in terms


def test_a_story_that_takes_up_a_clear_focus_is_not_drifting() -> None:
    # The answer names the skill asked about in its own words ("the PLO meeting") but
    # repeats few of the question's other words: it answers the question.
    q = (
        "I hear you, but let me bring us back to my question. Can you give me one example of "
        "your work with Public Law Outline at Calderbrook Council: what you did, and how it "
        "turned out?"
    )
    answer = (
        "For a Polish family in pre-proceedings, the PLO meeting was two days away and the "
        "mother had never seen the letter in her own language. I translated the letter and the "
        "written agreement overnight, checked the legal terms with the social worker, and sat "
        "in the meeting to interpret. The mother signed the agreement knowing what it asked of "
        "her, and the council now books me for every Polish-speaking family in pre-proceedings."
    )
    a = assess_answer(q, answer)
    assert not applies("drifting", a)
    assert not beside_topic(a)


def test_an_outcome_in_plain_words_is_a_result() -> None:
    sentences = [
        "On the first Saturday of the new ovens, the sourdough kept coming out flat.",
        "I moved the final prove to the walk-in overnight and baked at six instead of four.",
        "The loaves sold out by ten, and the café next door took a standing order from us.",
    ]
    assert outcome_in_words(sentences) == sentences[-1]
    # Steps of the candidate's or the team's own are no outcome, nor is what would happen.
    assert outcome_in_words([*sentences[:2], "We checked the dough every hour."]) is None
    assert outcome_in_words([*sentences[:2], "I also rang the flour mill."]) is None
    assert outcome_in_words([*sentences[:2], "I'd bake earlier next time."]) is None


BAKERY_Q = (
    "Tell me about a time a bake went wrong just before a big order. What was at stake, what "
    "did you do yourself, and how did it turn out?"
)
BAKERY_STORY = (
    "The bake went wrong on the first Saturday after the new ovens went in: the sourdough kept "
    "coming out flat, with two hundred loaves on order for the market. I checked the dough temperatures against "
    "our log and found the proving room was four degrees warmer than before. I moved the final "
    "prove to the walk-in overnight, baked at six instead of four, and rewrote the proving "
    "sheet for the weekend team. The loaves sold out by ten, and the café next door took a "
    "standing order from us."
)


def test_a_story_ending_on_a_plain_outcome_is_not_told_it_has_none() -> None:
    a = assess_answer(BAKERY_Q, BAKERY_STORY)
    assert tells_result(a)
    assert not applies("no_result", a)
    lines = stronger_answer(a, "", [])
    assert not beside_topic(a)
    assert any("The loaves sold out by ten" in line for line in lines)
    assert not any(
        line.startswith(("End with what changed", "Close with the outcome")) for line in lines
    )


def test_our_sets_the_scene_without_hiding_who_acted() -> None:
    # "our" and "us" six times, "we" never: the candidate's own part is plain.
    ours = (
        "Our new ovens ran hot and our sourdough came out flat before our biggest market day. "
        "I checked our proving log, moved the final prove to the walk-in and rewrote our "
        "proving sheet. The loaves sold out by ten and the café took a standing order from us."
    )
    a = assess_answer(BAKERY_Q, ours)
    assert a.signals.we_count > a.signals.i_count
    assert not applies("we_over_i", a)
    team = (
        "We had two hundred loaves ordered for the market and the sourdough was flat. We "
        "checked the temperatures, we moved the final prove to the walk-in and we baked at six. "
        "I rang the market to warn them. We sold out by ten and we kept the new times."
    )
    assert applies("we_over_i", assess_answer(BAKERY_Q, team))


def test_we_over_i_is_no_advice_on_a_story_beside_the_question() -> None:
    q = (
        "Tell me about a time you had to hand a possession back to traffic late. What was at "
        "stake, what did you do yourself, and how did it turn out?"
    )
    answer = (
        "We had a bakery stall at the county show and we sold out of pies by noon. We "
        "rang the kitchen, we drove back for more trays and we were serving again by two. I "
        "counted the takings that night. We made three times what we had planned for the day."
    )
    a = assess_answer(q, answer, SIGNAL_JD, SIGNAL_CV)
    rules = [item.rule for item in advice_for(a)]
    assert "we_over_i" not in rules


def test_past_questions_asking_what_was_decided_are_story_questions() -> None:
    assert (
        question_type(
            "Walk me through one piece of that glossary work in detail: what problem were you "
            "solving, what did you decide, and why?"
        )
        == "behavioural"
    )
    assert (
        question_type("How exactly did you use the CAT tool, and what would you change next time?")
        == "behavioural"
    )
    assert question_type("How would you plan a rush translation for a new client?") == "situational"


def test_a_verb_with_its_object_ends_the_asked_phrase() -> None:
    from interview_core.scorer.topics import asked_about, noun_phrases

    q = (
        "In this role you'd check the work of junior translators and coach them through their "
        "exams. Talk me through one example of that: what was your part, and how did it go?"
    )
    assert "junior translators and coach" not in noun_phrases(q)
    assert asked_about(question_focus(q), q) == "junior translators"


def test_a_count_from_the_cv_is_not_part_of_the_asked_topic() -> None:
    from interview_core.scorer.topics import asked_about

    q = (
        "In this role you'd check the work of junior translators. Your CV says you check the "
        "work of three translators. Talk me through one example of that: what was your part, "
        "and how did it go?"
    )
    assert asked_about(question_focus(q), q) == "translators"


def test_steps_that_end_on_the_outcome_are_not_hard_to_follow() -> None:
    q = (
        "Tell me about a time you refused an unsafe request from a client. What was at stake, "
        "what did you do yourself, and how did it turn out?"
    )
    answer = (
        "A client's agent wanted me to sign off a sworn translation of a contract before the "
        "annexes had arrived. I refused, because a certified translation must cover the whole "
        "document. I explained the risk, offered to work through the night once the annexes "
        "came, and agreed a new deadline with the notary. The annexes arrived at six, the "
        "translation was certified the next morning, and the agent has sent me four contracts "
        "since."
    )
    a = assess_answer(q, answer)
    assert not applies("hard_to_follow", a)


def test_a_short_clearance_line_and_a_counted_bullet_need_no_figure() -> None:
    from interview_core.scorer.cv import achievements

    cv = (
        "Signaller, Eastmoor Junction box, 2017-2025.\n"
        "- Enhanced DBS on the update service\n"
        "- Trained three new signallers; two now run the box alone\n"
        "- Rewrote the box's possession handover sheet for the night turn\n"
    )
    found = {x.text: x.has_figure for x in achievements(cv)}
    assert "Enhanced DBS on the update service" not in found
    assert found["Trained three new signallers; two now run the box alone"]
    assert not found["Rewrote the box's possession handover sheet for the night turn"]


def test_a_habit_is_not_a_result_for_the_cv() -> None:
    from interview_core.scorer.answer import tells_own_habit

    assert tells_own_habit("Since then I keep every glossary under version control.")
    assert tells_own_habit("I now check each term list with the client before I start.")
    assert not tells_own_habit("I cut the turnaround time from five days to two.")
    assert not tells_own_habit("The client renewed for two years.")


def test_a_plan_for_another_situation_is_pointed_at_the_one_asked() -> None:
    q = (
        "Imagine you've joined Northline Rail as a Signaller and two people each ask you for "
        "something urgent by Friday, and you can't do both. What would you do?"
    )
    answer = (
        "If a points failure hit the junction in the morning peak, I would first protect the "
        "line and tell control, then caution trains over the route with each driver briefed. "
        "I would log every move, ask for the fitters, and rearrange the order of trains with "
        "control so the freight waited rather than the commuters. At Eastmoor I did this during "
        "a failure last winter and we lost only twelve minutes across the peak."
    )
    a = assess_answer(q, answer, SIGNAL_JD, SIGNAL_CV)
    assert applies("drifting", a)
    lines = stronger_answer(a, SIGNAL_CV, [])
    # Not the steps it already gives, nor "an occasion" beside the one it tells: the clash
    # the question sets comes first.
    assert lines[0].startswith("Name the two demands")
    assert not any(line.startswith(("Open with your approach", "Back it with")) for line in lines)


def test_a_tool_named_short_is_known_from_its_full_name() -> None:
    from interview_core.scorer.outline import new_to_candidate

    said = "I built the signal box's logging service in Go on PostgreSQL and Kafka."
    assert new_to_candidate(["Kafka", "Terraform"], said) == ["Terraform"]


def test_the_frame_of_a_question_is_not_its_topic() -> None:
    from interview_core.scorer.questions import read_question

    q = read_question(
        "Think of the most complex piece of work you've owned end to end. If you joined "
        "Hillside Bakery as Head Baker, how would you use what you learned from it to plan "
        "the overnight proving schedule?"
    )
    assert not {"join", "joined", "learn", "learned", "owned"} & set(q.topic_stems)
    assert {"proving", "schedul"} & set(q.topic_stems) or "proving" in " ".join(q.topic_stems)


def test_a_hobby_told_in_family_words_is_off_topic_even_beside_trade_words() -> None:
    question = "How would you plan the overnight proving schedule for the ovens?"
    answer = (
        "I restore vintage vans at the weekends. It started with my granddad's old Bedford, "
        "which had sat in a barn for twenty years, and it took three winters to get it going. "
        "Now my son helps and we drive it to the local rally every August."
    )
    job = "Head Baker. Plan the overnight proving schedule and run the ovens and delivery vans."
    assessed = assess_answer(
        question, answer, job, "Baker. Drove delivery vans.", "Hillside Bakery"
    )
    assert assessed.off_topic


def test_a_short_answer_about_a_holiday_is_off_the_question_not_just_short() -> None:
    q = (
        "This role involves running possessions safely on a busy line. Tell me about a time you "
        "did something similar: what was the situation, what did you do, and what was the result?"
    )
    holiday = (
        "Last summer I went to Tenerife with the family for two weeks, best holiday we've "
        "had, the kids loved the water park."
    )
    assessed = assess_answer(q, holiday, SIGNAL_JD, SIGNAL_CV)
    assert assessed.off_topic
    # Nothing from it is offered back as a result to end on.
    assert not any("Tenerife" in line for line in stronger_answer(assessed, SIGNAL_CV, []))
    # A short answer about the work, or one passing mention of family, is only short.
    work = "I ran the possession, logged every worker in and out, and handed back on time."
    assert not assess_answer(q, work, SIGNAL_JD, SIGNAL_CV).off_topic
    family = "I'd ask my family, honestly, they know me best, and then decide."
    assert not assess_answer(q, family, SIGNAL_JD, SIGNAL_CV).off_topic
