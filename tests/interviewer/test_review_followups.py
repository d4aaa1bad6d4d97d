"""Rules found by a reviewer's reading of six invented interviews (piano technician, wind
turbine supervisor, court legal adviser, sommelier, optometrist, production manager), each
tested here on invented text from other fields (farrier, bookbinder, glazier, dog groomer,
cartographer, sound engineer).

Each test fails without the rule it names (see the comment on the rule in the package).
"""

from __future__ import annotations

from collections.abc import Sequence

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.answers import is_run_on, read
from interview_core.interviewer.engine import (
    Decision,
    Interviewer,
    ending,
    interviewer_for,
    quotes_result,
)
from interview_core.interviewer.plan import PlanItem, cv_term, skill_kind
from interview_core.interviewer.render import result_part
from interview_core.interviewer.wording import templates
from interview_core.language.denials import denies_term
from interview_core.language.skills import Skill, skill_named

FARRIER_CV = """Tamsin Oduya
Farrier

Experience
Lead Farrier — Hollins Equine Practice, Malton
April 2020 – present
- Shoe and trim around 40 horses a week across racing and leisure yards.
- Cut repeat lameness call-outs on the racing yard from 14 to 5 a season by introducing a six-week trimming cycle.
- Supervise an apprentice farrier through the apprenticeship.

Farrier — Dales Forge, Skipton
June 2015 – March 2020
- Forged remedial shoes for laminitic ponies with the practice vets.

Skills
Hot and cold shoeing, remedial shoeing, hoof trimming, forge work, staff training, PLC programming
"""

FARRIER_JOB = """About the role
Northfield Equine Hospital is looking for a Senior Farrier to join the podiatry team.
Responsibilities
- Provide remedial and therapeutic farriery for hospital patients, working with the veterinary surgeons.
- Maintain accurate clinical records of every shoeing and trim.
- Manage the forge budget and stock of shoes, nails and pads.
- Train and supervise apprentice farriers.
Requirements
- Registered with the Farriers Registration Council.
- Experience of remedial farriery with veterinary referral cases.
"""

# A run-on answer: one sentence, clause after clause, nothing measured.
RUN_ON = (
    "So with the records, well, it depends on the yard, because some yards want everything "
    "written down and some don't, and the vets have their own system, and then there's the "
    "tablet, and sometimes the signal on the yard is bad so I write it on paper and type it up "
    "later, and the owners ask for copies, and the insurers sometimes want them too, and it's a "
    "lot to keep on top of really, but I manage it somehow most weeks."
)


def _interviewer() -> tuple[Interviewer, InterviewContext]:
    ctx = InterviewContext("Senior Farrier", "Northfield Equine Hospital", FARRIER_CV, FARRIER_JOB)
    return interviewer_for(ctx), ctx


def _play(answers: Sequence[str]) -> list[Decision]:
    """The interviewer's decisions over `answers`, one question each."""
    interviewer, ctx = _interviewer()
    turns: list[Turn] = []
    out: list[Decision] = []
    for answer in answers:
        decision = interviewer.next_decision(turns, 8)
        out.append(decision)
        turns.append(Turn(decision.text, answer))
    out.append(interviewer.next_decision(turns, 8))
    return out


OPENER = (
    "I've been shoeing for ten years, the last five as lead farrier at Hollins, where I do "
    "racing and leisure yards and a lot of remedial work with the vets."
)
STRONG = (
    "Last spring a hunter came in lame after a shoe was cast on the gallops. I took the x-rays "
    "with the vet, fitted a heart-bar shoe and reset it every four weeks; he was back in full "
    "work within two months and sound at his six-month check."
)


# --- a run-on answer is rambling, however short ---------------------------------------------


def test_a_run_on_answer_is_read_as_rambling() -> None:
    assert is_run_on(RUN_ON)
    assert read("How do you keep clinical records?", RUN_ON).kind == "rambling"


def test_a_story_told_in_sentences_is_no_run_on() -> None:
    story = (
        "In March a customer's stained-glass panel cracked during fitting. I stopped the job, "
        "photographed the damage and rang the studio that made it. We agreed I would re-lead "
        "the two broken sections on site. I cut new quarries from the offcuts, soldered the "
        "joints and cemented the panel overnight, and it went back in the next morning, "
        "two days before the church's anniversary service, without a charge to the customer."
    )
    assert not is_run_on(story)


# --- a rambling answer is always stopped -----------------------------------------------------


def test_a_rambling_answer_to_a_probe_is_still_stopped() -> None:
    vague = "I try to be careful with every horse and do what the vet says."
    decisions = _play([OPENER, STRONG, vague, RUN_ON])
    # Q3 asked, its vague answer probed at Q4, whose rambling answer is stopped at Q5.
    assert decisions[3].asked.followup == "example"
    assert decisions[4].asked.followup == "focus"
    assert "stop you there" in decisions[4].text.lower() or "focus" in decisions[4].text.lower()


def test_a_rambling_answer_to_question_seven_gets_one_closing_question() -> None:
    # The close is one question: no request to sum up glued to the first 90 days.
    answers = [OPENER, *[STRONG] * 5, RUN_ON]
    decisions = _play(answers)
    close = decisions[7]
    assert close.asked.kind == "closing" and close.asked.followup is None
    assert "90 days" in close.text and close.text.count("?") == 1


# --- a platitude after a duty question: the duty is probed -----------------------------------


def test_a_platitude_after_a_duty_question_is_not_taken_up() -> None:
    platitude = "I try to be careful with every horse. Good communication is key, really."
    decisions = _play([OPENER, STRONG, platitude])
    probe = decisions[3]
    assert decisions[2].asked.duty  # the question asked about a duty of the job
    assert probe.asked.followup == "example"
    assert "communication" not in probe.text.lower()


# --- a denied label is acknowledged and never pressed ----------------------------------------


def test_declining_a_label_is_a_denial() -> None:
    answer = "Honestly, I wouldn't call myself a PLC programmer; the controls team own the code."
    assert denies_term("PLC programming", answer)
    assert denies_term("map design", "I'm not really a map designer, I survey.")
    assert not denies_term("PLC programming", "I did the PLC programming for the new line.")


def test_a_denial_is_acknowledged_and_the_term_not_asked_again() -> None:
    interviewer, _ = _interviewer()
    opener = interviewer.next_decision([], 8).text
    question = (
        "Your CV lists PLC programming among your skills. Where has it been part of your job?"
    )
    answer = (
        "Honestly, I wouldn't call myself a PLC programmer; the hospital's engineers own that. "
        "What I do have is the forge: in 2023 I rebuilt the gas forge's burner and cut our gas "
        "bill by 20%."
    )
    turns = [Turn(opener, OPENER), Turn(question, answer)]
    decision = interviewer.next_decision(turns, 8)
    acks = [t.format(term="PLC programming") for t in templates("followup.denial_ack")]
    said = next(a for a in acks if decision.text.startswith(a))
    assert "PLC" not in decision.text[len(said) :]


# --- a CV skill is asked about in words that fit its kind, and in the CV's words -------------


def test_the_kind_of_a_skill_picks_its_wording() -> None:
    assert skill_kind(Skill("PLC Programming", "tool")) == "practice"
    assert skill_kind(Skill("Health and Safety", "domain")) == "practice"
    assert skill_kind(Skill("Staff Training", "soft")) == "practice"
    assert skill_kind(Skill("Communication", "soft")) == "quality"
    assert skill_kind(Skill("Attention to Detail", "soft")) == "quality"
    assert skill_kind(Skill("Tableau", "data")) == "tool"
    assert skill_kind(Skill("GCSE", "domain")) == "practice"
    for kind in ("practice", "quality"):
        for text in templates(f"deep.listed_{kind}") + templates(f"deep.quoted_{kind}"):
            assert "hardest decision" not in text and "relied on" not in text
            assert "built it again" not in text and "do differently" not in text


def test_a_cv_skill_is_cited_in_the_cvs_own_words() -> None:
    cv = FARRIER_CV.replace("forge work,", "forge work, rotas, risk assessments,")
    ctx = InterviewContext("Senior Farrier", "Northfield Equine Hospital", cv, FARRIER_JOB)
    interviewer = interviewer_for(ctx)
    # The lexicon's "Risk Management" is the CV's "risk assessments", its "Rota Planning"
    # the CV's "rotas".
    for name, said in (("Risk Management", "risk assessments"), ("Rota Planning", "rotas")):
        skill = skill_named(name)
        assert skill is not None
        assert cv_term(interviewer.docs, skill) == said
    plc = skill_named("PLC Programming")
    assert plc is not None and cv_term(interviewer.docs, plc) == "PLC programming"


# --- a duty line is no result ----------------------------------------------------------------


def test_the_result_part_of_a_cv_line_is_quoted() -> None:
    line = (
        "Rebind around 300 volumes a year for the cathedral library; cut the conservation "
        "backlog from 18 months to 7 with a triage shelf."
    )
    part, has_result = result_part(line)
    assert has_result and part.startswith("cut the conservation backlog")
    assert result_part("Run the bindery's paper store for four binders") == (
        "Run the bindery's paper store for four binders",
        False,
    )


def test_no_result_is_asked_after_when_the_line_holds_none() -> None:
    interviewer, _ = _interviewer()
    item = PlanItem("project:0", "project", payload="Shoe and trim around 40 horses a week")
    for text in interviewer.render.project(item):
        assert "that result" not in text


# --- a result the question quoted is not asked for again -------------------------------------


def test_a_quoted_result_is_not_asked_for_again() -> None:
    interviewer, _ = _interviewer()
    opener = interviewer.next_decision([], 8).text
    question = (
        "Your CV says you cut repeat lameness call-outs from 14 to 5 a season. What was your "
        "own part in that?"
    )
    answer = (
        "I noticed the racing yard's horses were going six or seven weeks between trims, so I "
        "set up a six-week cycle with the yard manager and kept a board of due dates in the "
        "tack room, and I checked each horse's feet with the trainer before fast work."
    )
    assert quotes_result(question)
    turns = [Turn(opener, OPENER), Turn(question, answer)]
    assert interviewer.next_decision(turns, 8).asked.followup != "outcome"


# --- variety: a question does not end as an earlier one did ----------------------------------


def test_a_question_prefers_an_ending_not_heard_yet() -> None:
    interviewer, _ = _interviewer()
    previous = ["In this role you'd cut glass. How do you handle that in your current work?"]
    options = [
        "In this role you'd fit glazing. How do you handle that in your current work?",
        "In this role you'd fit glazing. Tell me about the closest thing you've done to that.",
    ]
    assert interviewer._fresh(options, previous) == options[1]
    assert ending(options[0]) == ending(previous[0])


def test_the_common_templates_have_several_variants() -> None:
    for key, least in (
        ("story.routine_base", 4),
        ("story.routine_noun", 3),
        ("duty.questions", 5),
        ("followup.outcome", 5),
        ("closing.questions", 5),
    ):
        assert len(set(templates(key))) >= least, key


# --- bridges and premises that do not fit ----------------------------------------------------


def test_no_bridge_or_premise_presumes_too_much() -> None:
    for text in templates("followup.redirect"):
        assert "about you" not in text  # after a childhood story, no verdict on the person
    for text in templates("role.manager"):
        assert "other people's work" not in text and "the team" not in text
