"""Claims, slot grammar and follow-up wording, on invented cases from fields not in the
repository (an audiologist, an orthoptist, a sign-language interpreter service, a florist,
an air ambulance dispatcher, a kennel team, an archive team).

- An absence is claimed only when neither the CV nor the answers hold a word telling of the
  thing ("reviewed 18 months of referrals" tells of audit, "cut repeat tests by 18%" of
  quality improvement); a skill sharing only a word of setting ("clinical") is no near one.
- A requirement of experience in a setting is met by a position's own lines ("Adult
  audiology clinics" under a post) whatever grade the advert puts on it ("post-graduate").
- A duty or a CV bullet pasted into a template reads as English: "answering 999 calls", "you
  manage a caseload of 40 clients", never "involves answer …" or "of 1" cut from "1,800".
- A follow-up speaks of "the scenario" only after a question that set one; one thank-you a
  turn; the opener's years count a line of work at every grade it was done.
"""

from __future__ import annotations

import re

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.phrases import as_candidate_clause, as_duty, sure_gerund
from interview_core.interviewer.plan import (
    Asked,
    _list_items,
    is_certainly_missing,
    related_cv_skill,
)
from interview_core.interviewer.render import sets_scene
from interview_core.interviewer.requirements import (
    candidates,
    kin_found,
    telling_shown,
    telling_words,
)
from interview_core.interviewer.wording import templates
from interview_core.language.cv import analyse_cv
from interview_core.language.skills import skill_named

ABSENCE = re.compile(r"couldn't find|don't see|doesn't mention|doesn't come up", re.IGNORECASE)

AUDIOLOGY_CV = """Maya Lindqvist
Audiologist · HCPC registered · Norwich

Experience

2021-present   Audiologist, Norfolk Community Health
               Adult audiology clinics and domiciliary visits
               • Caseload of 40 adults a week with hearing loss and tinnitus
               • Rewrote the hearing aid follow-up letter, cutting missed reviews by 18%
               • Supervise 2 assistant practitioners

2018-2021      Associate Audiologist, Ipswich Hospital
               • Fitted 600 hearing aids a year

Skills
Real-ear measurement, tinnitus counselling, Clinical Nutrition awareness
"""

AUDIOLOGY_JOB = """Highly Specialist Audiologist - Adult Rehabilitation
Key responsibilities
- Manage a complex caseload of adults with hearing loss and tinnitus
- Provide clinical leadership to Band 5 and Band 6 audiologists
- Lead service development and train GP practice staff
Person specification
- HCPC registration (essential)
- Post-graduate experience in adult audiology (essential)
- Experience of audit or quality improvement (essential)
"""


def _docs(cv: str, job: str, title: str = "Highly Specialist Audiologist"):
    return interviewer_for(InterviewContext(title, "Broadland Hearing NHS Trust", cv, job)).docs


def test_the_telling_word_of_a_practice_is_its_head_or_what_a_generic_head_names() -> None:
    assert telling_words("Clinical Audit") == ["audit"]
    assert telling_words("Quality Improvement") == ["improvement"]
    assert telling_words("Project Management") == ["project"]
    assert telling_words("Complaint Handling") == ["complaint"]


def test_kin_of_a_practice_tells_of_it_in_other_words() -> None:
    assert kin_found(["audit"], ["I reviewed 18 months of referrals"])
    assert kin_found(["improvement"], ["Cut missed reviews by 18%"])
    assert not kin_found(["audit"], ["Fitted 600 hearing aids a year"])
    assert telling_shown("Clinical Audit", ["Audited ear-mould remakes on two sites"])
    assert not telling_shown("Clinical Audit", ["Tinnitus counselling for adults"])


def test_audit_or_improvement_shown_in_other_words_is_never_claimed_missing() -> None:
    docs = _docs(AUDIOLOGY_CV, AUDIOLOGY_JOB)
    audit = skill_named("Clinical Audit")
    assert audit is not None
    # The CV's "cutting missed reviews by 18%" is the improvement the line allows for.
    assert not is_certainly_missing(docs, audit)
    # …and an answer reviewing a year of referrals tells of audit, whatever the CV says.
    bare = AUDIOLOGY_CV.replace(", cutting missed reviews by 18%", "")
    docs = _docs(bare, AUDIOLOGY_JOB.replace(" or quality improvement", ""))
    said = "I reviewed a year of referrals and found most delays came from one clinic."
    assert not is_certainly_missing(docs, audit, [said])


def test_a_skill_sharing_only_a_word_of_setting_is_no_near_one() -> None:
    docs = _docs(AUDIOLOGY_CV, AUDIOLOGY_JOB)
    audit = skill_named("Clinical Audit")
    assert audit is not None
    related = related_cv_skill(docs, audit)
    assert related is None or "audit" in related.name.lower()


def test_experience_in_a_setting_a_position_shows_is_not_asked_as_missing() -> None:
    # "Adult audiology clinics" under the current post: the post-graduate experience in
    # adult audiology the advert asks for, whatever grade it puts on it.
    docs = _docs(AUDIOLOGY_CV, AUDIOLOGY_JOB)
    lines = [n.line for n in candidates(docs, [])]
    assert not any("adult audiology" in line.lower() for line in lines)


@pytest.mark.parametrize(
    ("line", "doing"),
    [
        ("Answer 999 emergency and 101 non-emergency calls, prioritising air ambulance tasking",
         "answering 999 emergency and 101 non-emergency calls"),
        ("Lead 3 kennel teams across two sites", "leading 3 kennel teams across two sites"),
        ("Handle complaints and challenging conversations with bereaved families",
         "handling complaints and challenging conversations with bereaved families"),
        ("Balance competing priorities and escalate deteriorating patients",
         "balancing competing priorities and escalating deteriorating patients"),
    ],
)  # fmt: skip
def test_a_duty_pasted_after_involves_is_a_gerund(line: str, doing: str) -> None:
    found = as_duty(line, duty=True)
    assert found is not None and found[0] == "base"
    assert sure_gerund(found[1]).startswith(doing)


def test_a_name_with_a_number_stays_a_noun() -> None:
    for line in ("Section 47 enquiries and child protection plans", "Level 3 animal nursing"):
        found = as_duty(line, duty=True)
        assert found is not None and found[0] == "noun"


@pytest.mark.parametrize(
    ("bullet", "said"),
    [
        ("Manage caseload of 1,400 interpreting bookings a year",
         "you manage a caseload of 1,400 interpreting bookings a year"),
        ("Oversee fleet of 12 refrigerated vans", "you oversee a fleet of 12 refrigerated vans"),
        ("Led migration of the catalogue to a new archive system",
         "you led the migration of the catalogue to a new archive system"),
        ("Coordinated delivery of 45 wedding installations a year",
         "you coordinated the delivery of 45 wedding installations a year"),
        ("Took charge of rota for 14 interpreters", "you took charge of rota for 14 interpreters"),
        ("Gained knowledge of Deaf community services",
         "you gained knowledge of Deaf community services"),
    ],
)  # fmt: skip
def test_a_note_style_bullet_gets_back_its_article(bullet: str, said: str) -> None:
    assert as_candidate_clause(bullet) == said


def test_a_list_is_never_cut_inside_a_number() -> None:
    items = _list_items("• Manage ledger of 1,800 florist accounts; supervise 3 drivers, 2 packers")
    assert "Manage ledger of 1" not in items
    assert "Manage ledger of 1,800 florist accounts" in items
    assert "supervise 3 drivers" in items


def test_scene_wording_only_after_a_question_that_set_a_scene() -> None:
    assert sets_scene("Imagine a busy night at the control room: two calls come in at once.")
    assert sets_scene("Thank you. Suppose you've joined the kennels and a dog falls ill.")
    assert not sets_scene(
        "That's a fair answer. What from that nearest experience would you build on here, "
        "and what would you most need to learn first?"
    )
    for template in [*templates("followup.redirect_plan"), *templates("followup.focus_plan")]:
        assert "scenario" not in template and "situation" not in template


def test_an_off_topic_answer_to_a_question_without_a_scene_is_not_sent_to_a_scenario() -> None:
    ctx = InterviewContext("Highly Specialist Audiologist", "Broadland Hearing NHS Trust",
                           AUDIOLOGY_CV, AUDIOLOGY_JOB)  # fmt: skip
    render = interviewer_for(ctx).render
    asked = Asked("followup:4", "duty", None, "gap", (), "That's a fair answer. What from that "
                  "nearest experience would you build on here, and what would you most need "
                  "to learn first?")  # fmt: skip
    for text in render.redirect_followup(asked, hypothetical=True, salt="5"):
        assert "scenario" not in text and "situation" not in text
    scene = Asked("role", "role", None, None, (), "Imagine a clinic running an hour late.")
    assert any("scenario" in t or "situation" in t for t in render.redirect_followup(scene, True))


def test_a_plan_given_for_an_occasion_is_not_called_an_approach() -> None:
    for template in templates("followup.example_real"):
        assert "approach" not in template.lower() and "how you would" not in template.lower()


def test_one_thank_you_a_turn() -> None:
    job = AUDIOLOGY_JOB + "- Experience with Noah audiology software (essential)\n"
    ctx = InterviewContext("Highly Specialist Audiologist", "Broadland Hearing NHS Trust",
                           AUDIOLOGY_CV, job)  # fmt: skip
    interviewer = interviewer_for(ctx)
    render = interviewer.render
    before = "I appreciate the honesty. How would that nearest experience help you here?"
    assert render.denial_ack("Noah", salt="1", before=before) == ""
    assert render.denial_ack("Noah", salt="1", before="Tell me about a clinic.")
    # Played through: no turn thanks twice.
    turns: list[Turn] = []
    answers = [
        "I've been an audiologist for five years, mostly adult rehabilitation.",
        "I haven't used Noah, we use Auditbase. The nearest is Auditbase, which I set up.",
        "I haven't led training for GP staff. The nearest is training two assistants.",
        "Last spring I reviewed 200 tinnitus referrals and cut waits from 14 to 6 weeks.",
    ]
    for answer in answers:
        decision = interviewer.next_decision(turns, 8)
        thanks = re.findall(r"\b(?:thank|thanks|appreciate)\b", decision.text, re.IGNORECASE)
        assert len(thanks) <= 1, decision.text
        turns.append(Turn(decision.text, answer))


EVENTS_CV = """PROFILE
Events professional with eight years delivering conferences and festivals.

EXPERIENCE
Senior Events Executive — Harbour Conference Centre, Hull
March 2021 – Present
- Lead delivery of 45 conferences a year

Events Coordinator — Wolds Food Festival
April 2018 – February 2021
- Coordinated 120 exhibitors

Events Assistant — University of Hull Conference Office
September 2016 – March 2018
- Supported 200 academic conferences
"""


def test_the_opener_counts_a_line_of_work_at_every_grade() -> None:
    cv = analyse_cv(EVENTS_CV, 2026)
    assert cv.field_name.lower() == "events"
    assert cv.years_in_field == 8  # the profile's own count, not the five years as executive
    ctx = InterviewContext("Events Manager", "Humber Arts Trust", EVENTS_CV, AUDIOLOGY_JOB)
    said = " ".join(interviewer_for(ctx).render.opener())
    assert "as an events executive" not in said
    assert not re.search(r"\b[1-7] years\b", said)


def test_a_title_holding_the_field_among_others_counts_too() -> None:
    text = (
        "Experience\n"
        "Senior Sales Executive, Loop Florals | 2022 – present\n"
        "Sales Coordinator, Loop Florals | 2019 – 2022\n"
        "Sales and Marketing Assistant, Petal Post | 2016 – 2019\n"
    )
    cv = analyse_cv(text, 2026)
    assert cv.field_name.lower() == "sales"
    assert (cv.years_in_field or 0) >= 10  # from 2016, not the four years as an executive


def test_a_line_of_work_not_said_as_a_field_keeps_its_occupation() -> None:
    # "in store" is no field: the store manager's years are a store manager's.
    cv_text = (
        "Experience\nStore Manager, Aldi | 2020 – present\nStore Assistant, Aldi | 2015 – 2020\n"
    )
    assert analyse_cv(cv_text, 2026).field_name == "Store Manager"
    ctx = InterviewContext("Area Manager", "Lidl", cv_text, AUDIOLOGY_JOB)
    for text in interviewer_for(ctx).render.opener():
        assert "in store," not in text
