"""Skill coverage on invented fields: a requirement phrase partly met by its head skill, a
credential's acronym against its full name, a long requirement cut to its head, a skill done
as a prefixed verb and its object, a credential that is someone else's, and the motivation
talking point never counted from a plan."""

from __future__ import annotations

from interview_core.context import InterviewContext
from interview_core.language.field_skills import field_skills
from interview_core.scorer.deeds import describes_another, does_work, unprefixed, verb_object_span
from interview_core.scorer.signals import job_profile
from interview_core.scorer.summary import _reasons_not_plans, skill_coverage


def _coverage(job: str, cv: str, answers: list[str], title: str = "Supervisor") -> dict:
    ctx = InterviewContext(job_title=title, company_name="Acme", cv_text=cv, job_description=job)
    stories = frozenset(range(len(answers)))
    return {c.skill: c for c in skill_coverage(ctx, answers, stories=stories)}


def test_a_phrase_whose_head_is_shown_and_qualifier_held_is_not_missing() -> None:
    # Beekeeping: "Supervision of hive inspection teams" with supervision shown in one answer
    # and the inspection teams told in another.
    job = """Responsibilities
- Supervise seasonal staff and sign off hive inspections

Requirements
- Supervision of hive inspection teams
"""
    cv = "Kit Marsh\nBee Farmer\n\nExperience\nBee Farmer — Heathside Honey  2018 – Present\n- Managed 120 hives across four moorland sites\n"
    answers = [
        "I supervised three seasonal helpers each summer and checked every hive record, and we cut colony losses from nine to two.",
        "Our hive inspection teams come on Saturdays, so I planned the rounds around them and honey yield rose by a fifth.",
    ]
    found = _coverage(job, cv, answers)
    assert found["Supervision"].status == "demonstrated"
    item = found["Supervision of hive inspection teams"]
    assert item.status == "undemonstrated"
    assert item.evidence and "supervised" in item.evidence


def test_a_head_with_its_qualifier_nowhere_stays_missing() -> None:
    job = "Responsibilities\n- Supervise seasonal staff\n\nRequirements\n- Supervision of hive inspection teams\n"
    cv = "Kit Marsh\nBee Farmer\n\nExperience\nBee Farmer — Heathside Honey  2018 – Present\n- Managed 120 hives\n"
    answers = [
        "I supervised three seasonal helpers each summer and we cut colony losses from nine to two."
    ]
    assert _coverage(job, cv, answers)["Supervision of hive inspection teams"].status == "missing"


def test_an_acronym_meets_its_spelled_out_credential_both_ways() -> None:
    # Farriery: "ACiHC" for "Advanced Certificate in Hoof Care", small word's letter kept.
    full = "Requirements\n- Advanced Certificate in Hoof Care\n"
    short = "Requirements\n- ACiHC or equivalent\n"
    cv_short = "Jo Bell\nFarrier\n\nQualifications\nACiHC, 2021\n"
    cv_full = "Jo Bell\nFarrier\n\nQualifications\nAdvanced Certificate in Hoof Care, 2019\n"
    answers = ["I shoe about forty horses a week."]
    assert (
        _coverage(full, cv_short, answers, "Farrier")["Advanced Certificate in Hoof Care"].status
        == "undemonstrated"
    )
    assert _coverage(short, cv_full, answers, "Farrier")["ACiHC"].status == "undemonstrated"
    # Initials that disagree meet nothing.
    cv_other = "Jo Bell\nFarrier\n\nQualifications\nACiEM, 2021\n"
    assert (
        _coverage(full, cv_other, answers, "Farrier")["Advanced Certificate in Hoof Care"].status
        == "missing"
    )


def test_a_long_requirement_is_cut_to_its_skill_head() -> None:
    job = job_profile(
        "Ropes Technician",
        "Acme",
        "Requirements\n- Hands-on knowledge of zip line braking systems for adventure parks\n",
    )
    names = [f.name for f in field_skills(job)]
    assert "zip line braking systems" in names


def test_prefixed_verbs_are_deeds() -> None:
    assert does_work("We re-planned the night rota")
    assert does_work("I co-wrote the grooming guide")
    assert unprefixed("replanned") == "planned"
    assert unprefixed("reported") == "reported"  # a verb as written keeps its letters


def test_a_noun_phrase_skill_is_shown_by_its_verb_and_object() -> None:
    names = ("Kennel Rota Planning", "rota planning", "feed allocation")
    assert verb_object_span("we re-planned the kennel rota after two staff left", names)
    assert verb_object_span("I allocated the feed by weight band", names)
    assert verb_object_span("the rota was planned by head office", names) is None
    # A dog-boarding job: "we re-planned the weekend rota" shows Rota Planning.
    job = "Requirements\n- Rota planning\n"
    cv = "Ali Rahman\nKennel Supervisor\n\nExperience\nKennel Supervisor — Barkley Lodge  2020 – Present\n- Ran daily care for 60 dogs\n"
    answers = [
        "When two kennel hands left in August, we re-planned the weekend rota so feeds and walks were covered, and no booking was turned away."
    ]
    assert _coverage(job, cv, answers, "Kennel Supervisor")["Rota Planning"].status == (
        "demonstrated"
    )


def test_someone_elses_credential_is_not_the_candidates() -> None:
    sentence = "I asked the HCPC registered podiatrist on shift to check the wound."
    at = sentence.find("HCPC")
    assert describes_another(sentence, at, at + len("HCPC registered"))
    own = "I am HCPC registered and ran the clinic."
    assert not describes_another(own, own.find("HCPC"), own.find("HCPC") + 15)
    job = "Requirements\n- NMC registration\n- Current HCPC registration\n"
    cv = "Rae Lund\nCare Coordinator\n\nExperience\nCare Coordinator — Fernside Hospice  2019 – Present\n- Coordinated 40 home visits a week\n"
    answers = [
        "I escalated it to the HCPC registered clinical lead and we cut waits by a week.",
        "I asked the NMC registered nurse on shift to check the dose, and the error rate fell to zero.",
    ]
    found = _coverage(job, cv, answers, "Care Coordinator")
    assert all(c.status != "demonstrated" for c in found.values())


def test_a_plan_is_no_motivation_unless_it_gives_a_reason() -> None:
    plan = "in the first month i'd be keen to finish my kiln safety ticket with you. i'd want to learn your glaze recipes."
    assert "keen" not in _reasons_not_plans(plan)
    reason = "i'd love to stay on because your studio fires with wood, which is what i enjoy."
    assert "love" in _reasons_not_plans(reason)
