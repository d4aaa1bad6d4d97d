"""Coverage with implications, examples and qualification lines, on fields the repository
holds no pair of (stage lighting, kennels, rail track, conservation, farriery)."""

from __future__ import annotations

from interview_core.context import InterviewContext
from interview_core.scorer.summary import skill_coverage


def _coverage(cv: str, job: str, answers: tuple[str, ...] = ()) -> dict:
    ctx = InterviewContext("Role", "Acme", cv, job)
    return {c.skill: c for c in skill_coverage(ctx, list(answers))}


LIGHTING_JOB = (
    "Lighting Designer\n\nRequirements\n"
    "- CAD software (such as AutoCAD or Vectorworks) for lighting plots\n"
    "- Experience using a lighting console\n"
)
LIGHTING_CV = (
    "Mia Lund\nmia.lund@example.org\n\nExperience\n"
    "Lighting Designer, Northern Stage, 2019 - present\n"
    "- Drew lighting plots for 30 productions in Vectorworks\n"
    "- Programmed an ETC Eos lighting console for touring shows\n"
)


def test_an_advert_example_on_the_cv_shows_the_requirement() -> None:
    found = _coverage(LIGHTING_CV, LIGHTING_JOB)
    assert found["CAD"].status == "undemonstrated"
    assert "Vectorworks" in (found["CAD"].evidence or "")
    # AutoCAD is only an example of the CAD software asked for: no gap of its own.
    assert "AutoCAD" not in found


def test_an_advert_example_in_an_answer_demonstrates_the_requirement() -> None:
    cv = "Mia Lund\n\nExperience\nLighting Designer, Northern Stage, 2019 - present\n"
    answer = (
        "For our Macbeth I drew the whole rig in Vectorworks and cut the focus call by an hour."
    )
    found = _coverage(cv, LIGHTING_JOB, (answer,))
    assert found["CAD"].status == "demonstrated"
    assert found["CAD"].question == 1


def test_an_example_of_a_system_the_lexicon_does_not_know() -> None:
    job = (
        "Kennel Supervisor\n\nRequirements\n"
        "- Experience using a booking or kennel management system (e.g. PetLedger)\n"
    )
    cv = (
        "Ria Shah\n\nExperience\nKennel Assistant, Paws Lodge, 2020 - present\n"
        "- Took bookings for 60 kennels in PetLedger and cut double bookings to none\n"
    )
    found = _coverage(cv, job)
    assert found["kennel management system"].status == "undemonstrated"
    assert "PetLedger" in (found["kennel management system"].evidence or "")


def test_no_example_on_the_cv_leaves_the_requirement_missing() -> None:
    cv = "Mia Lund\n\nExperience\nLighting Designer, Northern Stage, 2019 - present\n- Drew plots by hand\n"
    found = _coverage(cv, LIGHTING_JOB)
    assert found["CAD"].status == "missing"
    assert "AutoCAD" not in found  # the requirement carries the gap, not each example


RIGGING_JOB = "Event Rigging Supervisor\n\nRequirements\n- Site safety and RAMS\n"


def test_risk_assessments_and_method_statements_show_site_safety_and_rams() -> None:
    cv = (
        "Joe Bell\n\nExperience\nHead Rigger, Arena Events, 2018 - present\n"
        "- Wrote risk assessments and method statements for 40 arena load-ins\n"
    )
    found = _coverage(cv, RIGGING_JOB)
    assert found["RAMS"].status == "undemonstrated"
    assert found["Site Safety"].status == "undemonstrated"


def test_a_site_supervisor_safety_card_shows_site_safety() -> None:
    cv = "Joe Bell\n\nQualifications\nSSSTS, 2021\n"
    found = _coverage(cv, RIGGING_JOB)
    assert found["Site Safety"].status == "undemonstrated"


def test_risk_assessments_alone_do_not_show_site_safety() -> None:
    # A care worker's risk assessments are no site's safety, nor method statements.
    cv = (
        "Amy Cole\n\nExperience\nSenior Carer, Oak House, 2019 - present\n"
        "- Completed falls risk assessments for 24 residents every month\n"
    )
    found = _coverage(cv, RIGGING_JOB)
    assert found["Site Safety"].status == "missing"
    assert found["RAMS"].status == "missing"


def test_a_word_of_the_skills_own_name_is_no_term_that_shows_it() -> None:
    # "Safety" of "Site safety" is not a name: "Personal Track Safety" is another thing.
    cv = "Sam Okafor\n\nQualifications\nPersonal Track Safety (PTS), 2017\n"
    found = _coverage(cv, RIGGING_JOB)
    assert found["Site Safety"].status == "missing"


CONSERVATION_JOB = (
    "Paper Conservator\n\nRequirements\n- Master's degree in Conservation\n- Studio experience\n"
)


def test_a_qualification_is_shown_by_the_education_line() -> None:
    cv = (
        "Lena Fox\n\nExperience\nConservator, City Archive, 2019 - present\n"
        "- Ran conservation-grade surveys of 4,000 maps for the archive's move\n\n"
        "Education\nMA Conservation, Camberwell College of Arts, 2018\n"
    )
    found = _coverage(cv, CONSERVATION_JOB)
    item = found["Master's degree in Conservation"]
    # A qualification held is shown by holding it, with the education line as evidence.
    assert item.status == "demonstrated"
    assert item.question is None
    assert item.evidence.startswith("MA Conservation")


def test_a_job_title_in_the_subject_is_no_degree() -> None:
    cv = (
        "Lena Fox\n\nExperience\nConservator, City Archive, 2019 - present\n"
        "- Ran conservation surveys of 4,000 maps\n"
    )
    found = _coverage(cv, CONSERVATION_JOB)
    assert found["Master's degree in Conservation"].status == "missing"


def test_a_closer_name_in_brackets_shows_the_thing_it_names() -> None:
    job = "Farrier\n\nRequirements\n- Experience of hoof care (remedial shoeing)\n"
    cv = (
        "Tom Hale\n\nExperience\nFarrier, Hale Forge, 2015 - present\n"
        "- Carried out remedial shoeing for 30 laminitic ponies a year\n"
    )
    found = _coverage(cv, job)
    assert found["hoof care"].status == "undemonstrated"
    assert "remedial shoeing" in found["hoof care"].evidence


def test_evidence_from_a_long_skills_list_shows_the_skill() -> None:
    job = "Stage Electrician\n\nRequirements\n- Experience using a lighting console\n- CAD software (e.g. Vectorworks)\n"
    listed = (
        "Rigging, cable runs, PAT testing, DMX networks, follow spots, hazers, truss, "
        "chain hoists, patching, dimmer racks, fault finding, gobo cutting, colour "
        "correction, Vectorworks, pyrotechnics, haze control"
    )
    cv = f"Ben Ash\n\nSkills\n{listed}\n"
    found = _coverage(cv, job)
    evidence = found["CAD"].evidence or ""
    assert "Vectorworks" in evidence
    assert len(evidence) <= 141
    assert evidence.startswith("…")
