"""The coach's focus checks: a good answer on a neighbouring matter is not taken as an answer,
advice does not ask for what the answer already has, and scale is not read as a result.

Examples come from a trade the development set does not hold (a heating engineer), so the
rules are checked on an unseen field.
"""

from __future__ import annotations

from interview_core.language.skills import extract_skills
from interview_core.scorer import assess_answer
from interview_core.scorer.answer import result_figures
from interview_core.scorer.focus import cover, question_focus, read_focus
from interview_core.scorer.outline import (
    fitting_achievement,
    new_to_candidate,
    stronger_answer,
)
from interview_core.scorer.questions import question_type, read_question
from interview_core.scorer.rules import (
    advice_for,
    applies,
    beside_focus,
    scene_set,
    verdict,
)

JD = (
    "Heating Engineer, Warmstead Services. Service, repair and install domestic gas boilers; "
    "diagnose faults and leaks in central heating systems; train apprentices; keep Gas Safe "
    "records and customer paperwork accurate; work safely with customers in their homes."
)
CV = (
    "Heating Engineer, Brookside Plumbing and Heating, 2018-2025.\n"
    "- Trained two apprentices through their NVQ Level 3, both now qualified engineers.\n"
    "- Traced intermittent pressure loss in 40 homes to failed expansion vessels and joints.\n"
    "- Serviced about 600 boilers a year with a first-time fix rate of 92%.\n"
)
LEAK_Q = (
    "Tell me about a time you had to diagnose a recurring leak in a customer's heating system. "
    "What did you do, and how did it turn out?"
)
# A strong story with figures, about training apprentices: the neighbouring matter.
NEIGHBOUR = (
    "Training apprentices is the part of the job I enjoy most. In 2022 I took on two apprentices "
    "with no trade experience. I gave each a weekly plan, had them shadow me on services, then "
    "let them lead jobs while I watched and gave feedback at the van afterwards. Both passed "
    "their NVQ Level 3 first time within 18 months, and one now runs his own service round."
)
# A concise answer to the question itself, in its own words.
ON_TOPIC = (
    "A family in a 1930s semi kept losing boiler pressure every few days, and two other "
    "engineers had topped it up and left. I pressure-tested each circuit, found the leak under "
    "the kitchen floor at a corroded joint, and replaced that run of pipe. The pressure has held "
    "for a year and the customer has had no callouts since."
)


def test_a_story_on_a_neighbouring_matter_is_beside_the_focus() -> None:
    a = assess_answer(LEAK_Q, NEIGHBOUR, JD, CV)
    assert beside_focus(a)
    assert "measurable result" not in verdict(a)
    assert not verdict(a).startswith("Strong")
    assert applies("drifting", a)


def test_a_concise_answer_on_the_question_is_not_beside_the_focus() -> None:
    a = assess_answer(LEAK_Q, ON_TOPIC, JD, CV)
    assert not beside_focus(a)
    assert not applies("drifting", a)


def test_words_the_whole_field_uses_weigh_less_in_a_question_focus() -> None:
    focus = question_focus(LEAK_Q, JD, CV)
    # "heating" fills the job and the CV; "recurring" is what this question is about.
    assert focus.terms["recurring"] > focus.terms["heating"]


def test_a_redirect_is_no_part_of_a_question_focus() -> None:
    redirect = (
        "Fair enough, though that takes us away from what I asked. Let's return to my question: "
        "one example of diagnosing a recurring leak, what you did and what came of it?"
    )
    terms = question_focus(redirect, JD, CV).terms
    assert {"fair", "enough", "though", "takes", "away", "return"}.isdisjoint(terms)
    assert "recurring" in terms


def test_a_skill_the_question_points_back_to_is_its_focus() -> None:
    question = "You mentioned Excel. What role did it play there, and why did you choose it?"
    focus = question_focus(question, JD, CV)
    assert "skill:Excel" in focus.terms
    story = (
        "I kept our service schedule in an Excel workbook with a tab per customer, and I set up "
        "reminders so no annual service was missed; missed services fell from 30 to 4 a year."
    )
    assert read_focus(question, story, JD, CV).cover > 0.5


def test_a_scene_set_in_the_first_sentence_is_not_asked_for_again() -> None:
    answer = (
        "Our service contracts hadn't been properly priced for three years, and several looked "
        "profitable when they weren't. I rebuilt the price list from the parts and labour each "
        "contract used, and I agreed new rates with the manager. Margins rose from 8% to 15% "
        "within a year."
    )
    question = "Tell me about a time you improved how the business made money."
    a = assess_answer(question, answer, JD, CV)
    assert scene_set(a)
    assert not applies("no_context", a)
    # Without the scene sentence, the advice to set the scene stands.
    bare = answer.split(". ", 1)[1]
    assert applies("no_context", assess_answer(question, bare, JD, CV))


def test_a_measured_figure_at_the_end_is_a_result() -> None:
    answer = (
        "At Brookside I rewrote how we quoted boiler swaps. I priced the parts from our supplier "
        "list, I added a fixed labour band per boiler type and I sent every quote the same day. "
        "Over the next year that brought in £84k in extra installs."
    )
    a = assess_answer("Tell me about a time you grew the business.", answer, JD, CV)
    assert not applies("no_result", a)


def test_the_scale_of_the_work_is_not_its_result() -> None:
    sentence = "I designed and analysed 24 tests with a team of 12, and the winners held up."
    assert result_figures(sentence) == []
    kept = result_figures("Callbacks fell to 3 jobs a month and the fix rate rose to 96%.")
    assert [f.text for f in kept] == ["3 jobs", "96%"]


def test_past_story_questions_are_behavioural() -> None:
    assert question_type("Walk me through how you handled a complaint about a late repair.") == (
        "behavioural"
    )
    assert question_type("Describe how you dealt with a gas leak on a job.") == "behavioural"
    assert question_type("What was the hardest pricing decision you made there?") == "behavioural"
    assert question_type("Walk me through how you would handle a complaint.") != "behavioural"
    # Asked where it was done, then what would change: the past case comes first.
    relied = (
        "Your CV lists hive records among your skills. In this role you'd keep apiary records. "
        "Where have you relied on hive records most, and what would you do differently here?"
    )
    assert question_type(relied) == "behavioural"


def test_a_cv_line_must_take_up_the_question_focus() -> None:
    # Sharing only the field's words ("heating", "customers") is no example of the question.
    cv = (
        "Heating Engineer, Brookside Plumbing and Heating, 2018-2025.\n"
        "- Installed heating systems for 120 customers across the county.\n"
        "- Trained two apprentices through their NVQ Level 3.\n"
    )
    a = assess_answer(LEAK_Q, NEIGHBOUR, JD, cv)
    assert fitting_achievement(a, cv, (), frozenset()) is None
    fitting = cv + "- Traced recurring leaks in 40 homes to failed joints and fixed them.\n"
    line = fitting_achievement(
        assess_answer(LEAK_Q, NEIGHBOUR, JD, fitting), fitting, (), frozenset()
    )
    assert line is not None and "recurring leaks" in line


def test_occupational_health_is_not_health_and_safety() -> None:
    names = {s.name for s in extract_skills("I work as an occupational health nurse.")}
    assert "Health and Safety" not in names


def test_a_request_for_a_whole_example_is_no_result_follow_up() -> None:
    story = (
        "Let's stay with boilers. Pick one concrete example: what did you do, and what came of it?"
    )
    assert not read_question(story).asks_result
    result = (
        "Let's stay with the callbacks, which you mentioned: what was the result of your work on "
        "it, and how did you measure it?"
    )
    assert read_question(result).asks_result


def test_what_did_you_personally_do_asks_for_a_story() -> None:
    question = (
        "I'd like to hear more about this line on your CV: traced pressure loss in 40 homes. "
        "Where did it start, what did you personally do, and what got in the way?"
    )
    assert question_type(question) == "behavioural"


def test_the_work_on_the_candidates_own_field_is_no_reason_to_want_a_role() -> None:
    cv = "Frontend Developer, Loop. Built user interfaces in React and TypeScript."
    assert new_to_candidate(["React", "Vue.js"], cv) == ["Vue.js"]


def test_a_result_follow_up_on_a_named_topic_can_be_answered_beside_it() -> None:
    question = (
        "Let's stay with Excel, which you mentioned: what was the result of your work on it, "
        "and how did you measure it?"
    )
    assert beside_focus(assess_answer(question, NEIGHBOUR, JD, CV))
    on_topic = (
        "The Excel service schedule was the result I am proudest of. I kept every customer's "
        "annual service date in the workbook, I set reminders a month ahead and I checked it "
        "every Monday with the office. Missed services fell from 30 to 4 a year, and we counted "
        "them from the job sheets."
    )
    assert not beside_focus(assess_answer(question, on_topic, JD, CV))


def test_a_skill_named_inside_a_longer_name_is_taken_up() -> None:
    question = "Could you give me one specific example of your work with React?"
    answer = "I wrote React Testing Library tests for every component I touched on the quote page."
    assert read_focus(question, answer, JD, CV).cover == 1.0


def test_no_figure_advice_for_a_story_beside_the_question() -> None:
    story = (
        "Training apprentices is the part of the job I enjoy most. Last year I took on "
        "apprentices with no trade experience. I gave each a weekly plan, had them shadow me on "
        "services, then let them lead jobs while I watched and gave feedback at the van "
        "afterwards. Both passed their qualification first time, and one now runs his own round."
    )
    a = assess_answer(LEAK_Q, story, JD, CV)
    assert applies("no_figures", a)
    rules = [item.rule for item in advice_for(a)]
    assert "drifting" in rules and "no_figures" not in rules


def test_something_you_had_to_do_asks_for_a_story() -> None:
    question = (
        "Can you tell me about something you had to learn quickly to do your job, walking me "
        "through the situation, your actions and the outcome?"
    )
    assert question_type(question) == "behavioural"
    assert question_type("Tell me about something you would change in our process.") != (
        "behavioural"
    )


def test_work_the_answer_already_shows_is_no_reason_to_want_the_role() -> None:
    question = "What draws you to the Frontend Developer role at Quillpath Learning?"
    answer = (
        "I build user interfaces in Vue.js at Loop and I want to keep doing that, because I "
        "like seeing teachers use what I ship, and Quillpath's reading app is the kind of "
        "product I would be proud to work on every day."
    )
    cv = "Frontend Developer, Loop. Built user interfaces in React and TypeScript."
    a = assess_answer(question, answer, JD, cv)
    lines = stronger_answer(a, cv, ["Vue.js"], "Quillpath Learning")
    assert not any("work on Vue.js" in line for line in lines)


def test_a_story_beside_the_question_lends_it_no_tools() -> None:
    from types import SimpleNamespace

    from interview_core.scorer.summary import _question_skills

    jd = (
        "Frontend Developer. Build features in React and TypeScript; test with Jest and Playwright."
    )
    question = "Tell me about a time you had to make a page load faster on slow school networks."
    story = (
        "Testing was thin when I joined, so I proposed Playwright for the quote journey. I set "
        "up the first three end-to-end tests with a senior engineer, got them running on every "
        "pull request and wrote a short guide for the team. They caught a broken payment step "
        "before release the next month, and the team now adds a test with each feature."
    )
    a = assess_answer(question, story, jd, CV)
    assert beside_focus(a)
    assert _question_skills(a, SimpleNamespace(job_description=jd)) == []


def test_a_passing_mention_weighs_less_than_the_answers_subject() -> None:
    # Only the last sentence touches the question's focus ("recurring leak").
    passing = NEIGHBOUR + " The year before, one of them spotted a recurring leak on a job."
    reading = read_focus(LEAK_Q, passing, JD, CV).cover
    focus = question_focus(LEAK_Q, JD, CV)
    assert reading < cover(focus, passing)
    assert read_focus(LEAK_Q, ON_TOPIC, JD, CV).cover == cover(focus, ON_TOPIC)


def test_the_scale_of_the_work_earns_no_praise_for_a_measured_result() -> None:
    question = (
        "Tell me about a time you changed how your engineers briefed and paired on their jobs."
    )
    scale = (
        "At Brookside I led a team of 12 engineers across 40 postcodes. I rewrote the job "
        "sheets, I moved the morning briefing to the vans and I paired each new engineer with "
        "an experienced one. As a result, callbacks went down and the team was happier."
    )
    a = assess_answer(question, scale, JD, CV)
    assert a.signals.figures and a.signals.star["result"] >= 0.5
    assert "measurable result" not in verdict(a)


def test_every_outcome_follow_up_wording_asks_for_the_ending() -> None:
    # Each way the interviewer asks how a story ended is read as such, so a short exact reply
    # is not told to "say much more".
    for question in (
        "Where did the hive inspection leave things in the end, and how could you tell?",
        "What difference did your part in the stall repair make in the end, and how did you know?",
        "Which result from that experience would you point to first, and how do you know it made "
        "a difference?",
    ):
        assert read_question(question).asks_result, question


def test_steps_told_after_i_are_no_unclear_part() -> None:
    from interview_core.scorer import assess_answer
    from interview_core.scorer.rules import applies

    question = (
        "Tell me about a time you had to bring several departments behind a late change: what "
        "did you do, and what came of it?"
    )
    answer = (
        "At the glassworks in 2022 the client changed the window design two weeks before "
        "fitting, which hit cutting, tempering and the fitting crews at once. I got the three "
        "supervisors together that afternoon, agreed with each what the change meant for their "
        "shifts, costed it with the estimator and showed it would run 6% over, so we agreed a "
        "simpler frame with the client. Every team signed it off within two days and the job "
        "finished on the original date."
    )
    a = assess_answer(question, answer, "", "")
    assert not applies("unclear_actions", a)
