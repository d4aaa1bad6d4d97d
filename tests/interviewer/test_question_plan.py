"""The plan and wording of the eight questions, tested on invented CVs and jobs from fields the
interviewer has no pair for (floristry, railway signalling, tax advice, translation).

- a role-level scene is built from the job's own duties, in its words, with the general
  "two people each ask you for something by Friday" scene only as a last resort;
- each duty of the job is asked about in one question at most;
- titles are said in their short form, and the current role is no "time" that is over.
"""

from __future__ import annotations

import re

import pytest

from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import is_fluent
from interview_core.interviewer.plan import restates, scene_phrase
from interview_core.interviewer.render import spoken_title

FLORIST_CV = """Imogen Thwaite
Florist · Harrogate · imogen.thwaite@example.com

Experience

Senior Florist (Weddings & Events) – Grade 3, Bloom & Bramble Ltd, Harrogate
March 2021 – present
- Designed and built wedding flowers for 40 weddings a year, from consultation to installation.
- Ordered stock from the Dutch auction twice a week and cut wastage from 18% to 9%.
- Trained two apprentices to Level 2 in floristry.

Florist, Petal Lane, York
June 2017 – February 2021
- Made up hand-tied bouquets, sympathy tributes and shop displays.
- Served walk-in customers and took phone and web orders.

Education
- Level 3 Diploma in Floristry, Askham Bryan College, 2017
"""

FLORIST_JOB = """Head Florist (Events) – Band B
Hollyhock Flowers

About the role
Hollyhock Flowers is a busy studio serving hotels, venues and private clients.

Responsibilities
- Design and make arrangements for weddings, funerals and corporate events
- Order flowers and sundries from wholesalers each week, keeping wastage low
- Install and strike event flowers at venues across North Yorkshire
- Price quotes for clients and prepare mood boards after consultations
- Manage the shop's web and phone orders on busy days such as Valentine's Day
- Train and supervise junior florists and apprentices
- Comply with health and safety rules for ladders, tools and vehicles

Requirements
- Level 3 qualification in floristry or equivalent experience
- A full UK driving licence
"""

ANSWER = (
    "At Bloom & Bramble I planned the flowers for a wedding of 120 guests: I met the couple, "
    "priced the designs, ordered the stock from the auction and built the arch on the day. "
    "The couple wrote a five-star review and booked us for their sister's wedding."
)


def _interview(cv: str, job: str, title: str, company: str) -> list[str]:
    ctx = InterviewContext(title, company, cv, job)
    questions: list[str] = []
    for _ in range(MAX_QUESTIONS):
        question = interviewer_for(ctx).next_question(ctx.turns, MAX_QUESTIONS)
        questions.append(question)
        turns = (*ctx.turns, Turn(question, ANSWER))
        ctx = InterviewContext(title, company, cv, job, turns)
    return questions


def _florist_questions() -> list[str]:
    return _interview(
        FLORIST_CV, FLORIST_JOB, "Head Florist (Events) – Band B", "Hollyhock Flowers"
    )


# --- titles ---------------------------------------------------------------------------------


def test_no_question_pastes_a_long_title_with_its_notes() -> None:
    for question in _florist_questions():
        assert "Band B" not in question and "(Events)" not in question, question
        assert "Grade 3" not in question and "(Weddings" not in question, question


def test_the_short_title_is_said() -> None:
    assert spoken_title("Senior Railway Signaller (Grade 5) – Western Route") == (
        "Senior Railway Signaller"
    )
    assert spoken_title("Head Florist (Events) – Band B") == "Head Florist"


def test_the_opener_does_not_speak_of_the_current_role_as_over() -> None:
    ctx = InterviewContext("Head Florist", "Hollyhock Flowers", FLORIST_CV, FLORIST_JOB)
    openers = interviewer_for(ctx).render.opener()
    assert not any("your time as" in o for o in openers)
    assert any("your current role as" in o for o in openers)


# --- the role-level scene -------------------------------------------------------------------


def test_the_scene_is_built_from_the_jobs_own_duties() -> None:
    questions = _florist_questions()
    assert not any("two people each ask you" in q for q in questions)
    ctx = InterviewContext("Head Florist", "Hollyhock Flowers", FLORIST_CV, FLORIST_JOB)
    interviewer = interviewer_for(ctx)
    role = next(i for i in interviewer.plan if i.kind == "role")
    assert role.scene, "a job with seven duties has duties for a scene"
    scene = next(o for o in interviewer.render.role(role) if is_fluent(o))
    assert re.match(r"(?:Imagine|Suppose|Picture)\b", scene), scene
    phrases = [scene_phrase(line)[1] for line in role.scene]
    assert all(p and p in scene for p in phrases), scene
    assert "train and supervise junior florists and apprentices" in phrases


def test_a_duty_that_is_upheld_is_no_scene() -> None:
    # Rules kept at all times are never weighed against other work.
    assert scene_phrase("Comply with health and safety rules for ladders, tools and vehicles") == (
        "",
        "",
    )
    assert (
        scene_phrase("Safeguard vulnerable passengers in line with the railway's policy")[1] == ""
    )
    assert scene_phrase("Take part in projects, e.g. the move to digital signalling")[1] == ""
    assert scene_phrase("Act as a mentor to newly qualified translators")[1] == ""


def test_a_scene_takes_one_coherent_part_of_a_duty() -> None:
    form, phrase = scene_phrase(
        "Translate contracts and court papers from German into English (up to 4,000 words a "
        "day), including certified translations for the Home Office"
    )
    assert form == "base"
    assert phrase == "translate contracts and court papers from German into English"
    # Half a list is no part of it.
    assert scene_phrase(
        "Install point machines, track circuits, axle counters and signal heads on "
        "renewals and enhancement schemes across the Western route"
    ) == ("", "")


def test_the_general_scene_is_the_last_resort() -> None:
    job = "Tax Adviser\nLedgerline Accountants\n\nWe are a friendly practice in Norwich.\n"
    cv = "Priya Nair\n\nExperience\nTax Assistant, Beck & Co, Norwich\n2021 – present\n"
    ctx = InterviewContext("Tax Adviser", "Ledgerline Accountants", cv, job)
    role = next(i for i in interviewer_for(ctx).plan if i.kind == "role")
    assert not role.scene
    options = interviewer_for(ctx).render.role(role)
    assert options and all(is_fluent(o) for o in options[:1])


# --- each duty once -------------------------------------------------------------------------


def test_a_duty_in_the_scene_is_not_also_asked_on_its_own() -> None:
    ctx = InterviewContext("Head Florist", "Hollyhock Flowers", FLORIST_CV, FLORIST_JOB)
    plan = interviewer_for(ctx).plan
    role = next(i for i in plan if i.kind == "role")
    asked_alone = {i.payload for i in plan if i.kind in ("duty", "story")}
    assert not set(role.scene) & asked_alone


def test_no_duty_is_the_topic_of_two_planned_questions() -> None:
    ctx = InterviewContext("Head Florist", "Hollyhock Flowers", FLORIST_CV, FLORIST_JOB)
    plan = interviewer_for(ctx).plan
    lines = [i.payload for i in plan if i.kind in ("duty", "story")]
    lines += [i.jd_line for i in plan if i.jd_line]
    lines += [line for i in plan for line in i.scene]
    for index, line in enumerate(lines):
        assert not restates(line, lines[index + 1 :]), line


def test_a_heading_that_is_a_duty_is_said_as_the_duty() -> None:
    from interview_core.interviewer.phrases import as_duty

    assert as_duty("Check signals: points, track circuits and level crossings", duty=True) == (
        "base",
        "check signals",
    )
    # A heading of nouns still gives way to the duty after it.
    assert as_duty("Client care: answer enquiries and chase late returns", duty=True) == (
        "base",
        "answer enquiries and chase late returns",
    )


def test_a_requirement_restating_a_duty_restates_it() -> None:
    duty = "Translate and proofread legal documents from German into English"
    assert restates("Experience translating and proofreading legal documents", [duty])
    assert not restates("A full UK driving licence", [duty])


# --- the current role first -----------------------------------------------------------------


def test_a_probe_does_not_tie_the_example_to_an_old_employer() -> None:
    from interview_core.interviewer.plan import Asked
    from interview_core.language.skills import skill_named

    ctx = InterviewContext("Head Florist", "Hollyhock Flowers", FLORIST_CV, FLORIST_JOB)
    render = interviewer_for(ctx).render
    skill = skill_named("Customer Service")
    assert skill is not None
    old = Asked("deep:Customer Service", "deep", skill, where="Petal Lane")
    assert not any("Petal Lane" in o for o in render.example_followup(old, hypothetical=False))
    now = Asked("deep:Customer Service", "deep", skill, where="Bloom & Bramble Ltd")
    assert any("Bloom & Bramble" in o for o in render.example_followup(now, hypothetical=False))


def test_the_first_deep_dive_prefers_the_current_roles_work() -> None:
    cv = """Tomas Reyes

Experience

Finance Analyst, Harbour Mills Ltd, Leeds
May 2022 – present
- Built 12 Power BI reports for the operations directors.

Assistant Accountant, Fenwick & Rye, Bradford
2018 – 2022
- Rebuilt 30 Excel budget models for the property team.
"""
    job = """Finance Analyst
Greystone Housing

Responsibilities
- Maintain Excel budget models for each housing scheme
- Build Power BI reports for the operations team
- Prepare the monthly management accounts
- Support the annual audit
"""
    ctx = InterviewContext("Finance Analyst", "Greystone Housing", cv, job)
    deep = [i for i in interviewer_for(ctx).plan if i.kind == "deep"]
    assert deep and deep[0].cv is not None
    assert deep[0].cv.employer == "Harbour Mills Ltd", [(i.key, i.cv) for i in deep]


def test_a_cv_claim_is_quoted_by_its_head_not_its_list() -> None:
    from interview_core.interviewer.phrases import as_candidate_clause

    clause = as_candidate_clause(
        "Check each certified translation: terminology, dates, names, stamps and the "
        "translator's statement, under ISO 17100"
    )
    assert clause == "you check each certified translation"


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        # A noun or adjective opening a CV line is no present-tense claim.
        ("Safe working at height and permits on station platforms", None),
        ("Full ownership of the wedding diary for two shops", None),
        ("Glossary management in the translation memory", None),
        # A verb that is also a noun is one before a plural, a number word or an adjective.
        (
            "Coach two junior signallers on the new panel",
            "you coach two junior signallers on the new panel",
        ),
        ("Design bridal bouquets and buttonholes", "you design bridal bouquets and buttonholes"),
        ("Plan the weekly rota for 20 florists", "you plan the weekly rota for 20 florists"),
    ],
)
def test_a_cv_line_is_said_as_a_claim_only_when_it_opens_with_a_verb(
    line: str, clause: str | None
) -> None:
    from interview_core.interviewer.phrases import as_candidate_clause

    assert as_candidate_clause(line) == clause


def test_a_question_quotes_one_line_not_the_cv_and_the_job_both() -> None:
    from interview_core.interviewer.fluency import max_quoted_words

    ctx = InterviewContext("Head Florist", "Hollyhock Flowers", FLORIST_CV, FLORIST_JOB)
    interviewer = interviewer_for(ctx)
    item = next(i for i in interviewer.plan if i.kind == "deep" and i.jd_line)
    first = interviewer.render.deep(item)[0]
    cv_line = "ordered stock from the Dutch auction twice a week and cut wastage from 18% to 9%"
    assert len(cv_line.split()) + len(item.jd_line.split()) > max_quoted_words()
    assert cv_line not in first, first
    assert "order flowers and sundries from wholesalers" in first, first
    # The line alone is still there, for when the job's line cannot be said.
    assert any(cv_line in o for o in interviewer.render.deep(item))


def test_a_long_cv_line_is_kept_over_a_requirement() -> None:
    # A requirement ("experience of…") says less than the CV's own line: the line is said.
    cv = FLORIST_CV
    job = FLORIST_JOB.replace(
        "- A full UK driving licence",
        "- Experience of stock control and ordering from the Dutch flower auctions or wholesalers",
    ).replace("- Order flowers and sundries from wholesalers each week, keeping wastage low\n", "")
    ctx = InterviewContext("Head Florist", "Hollyhock Flowers", cv, job)
    interviewer = interviewer_for(ctx)
    item = next(
        (i for i in interviewer.plan if i.kind == "deep" and "stock" in i.jd_line.lower()), None
    )
    if item is None:
        pytest.skip("the reading found no requirement line for stock control")
    first = interviewer.render.deep(item)[0]
    assert "cut wastage from 18% to 9%" in first, first


def test_a_grown_title_is_said_as_the_one_it_grew_into() -> None:
    from interview_core.interviewer.render import spoken_title

    assert (
        spoken_title("Box Office Assistant, later Box Office Supervisor") == "Box Office Supervisor"
    )
    assert spoken_title("Porter, then Signaller") == "Signaller"


def test_a_skill_named_only_in_a_certificate_is_not_said_to_be_among_the_skills() -> None:
    from interview_core.context import InterviewContext, Turn
    from interview_core.interviewer.engine import plan_question

    cv = (
        "Experience\nSenior Youth Worker — Openway Youth Trust, Salford\n2019 to date\n"
        "* Run the Friday detached outreach sessions on two estates.\n"
        "Education and training\nSafeguarding Level 3, renewed 2024\n"
    )
    job = (
        "Youth Work Team Leader\nYou will:\n"
        "• act as safeguarding lead for the team and make referrals to partner agencies\n"
        "• plan and deliver detached youth work sessions\n"
    )
    ctx = InterviewContext("Youth Work Team Leader", "Brightpath", cv, job)
    asked = []
    for _ in range(8):
        question = plan_question(ctx)
        asked.append(question)
        ctx = InterviewContext(
            ctx.job_title, ctx.company_name, cv, job, (*ctx.turns, Turn(question, "I did it."))
        )
    assert not any("among your skills" in q for q in asked)
