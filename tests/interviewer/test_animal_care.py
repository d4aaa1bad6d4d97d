"""Jobs caring for animals are asked about animals and their owners, not patients and
relatives. Invented adverts from fields the development set does not hold: veterinary
nursing, dog grooming, kennel work at a rescue, a cattery, a zoo."""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.plan import PlanItem
from interview_core.language.profile import analyse_job

VET_NURSE_JOB = """Brookfield Vets is a busy small-animal practice in Ludlow.

Responsibilities
- Monitor anaesthesia and recovery in theatre
- Run nurse clinics for weight checks and vaccinations
- Triage patients at reception and advise owners on post-operative care

Requirements
- RCVS registered veterinary nurse
- Clear communication with owners
"""
GROOMER_JOB = """Responsibilities
- Bath, dry, clip and hand-strip dogs of all breeds
- Check coats and skin for lumps and parasites and tell the owner
Requirements
- City & Guilds Level 3 in dog grooming
- Confident handling anxious dogs
"""
RESCUE_JOB = """Oakridge is an animal welfare charity rehoming 400 dogs and cats a year.

Responsibilities
- Feed, exercise and clean the dogs in our care
- Give medication as directed by the vet and record it
- Help prospective adopters meet dogs and answer their questions
"""
CV = """Sam Reed

Experience
Kennel Assistant, Happy Tails Boarding – York | 2019 – present
- Cared for up to 30 dogs a day
- Gave medication and kept records
"""


@pytest.mark.parametrize(
    ("title", "job"),
    [
        ("Registered Veterinary Nurse", VET_NURSE_JOB),
        ("Dog Groomer", GROOMER_JOB),
        ("Cattery Assistant", "Responsibilities\n- Clean pens and feed cats\n"),
        # No animal word in the title: the advert's animals and owners decide.
        ("Nurse", VET_NURSE_JOB),
        ("Animal Care Assistant", RESCUE_JOB),
        ("Assistant", RESCUE_JOB),
    ],
)
def test_a_job_caring_for_animals_is_animal_care(title: str, job: str) -> None:
    assert analyse_job(title, "Acme", job).family == "animal_care"


@pytest.mark.parametrize(
    ("title", "job", "family"),
    [
        ("Staff Nurse", "Responsibilities\n- Care for patients on a busy ward\n", "healthcare"),
        ("Midwife", "Responsibilities\n- Support women and families in labour\n", "healthcare"),
        # Selling to pet owners is sales work; a PET scanner is no pet.
        (
            "Sales Executive",
            "Responsibilities\n- Sell our dog and cat food to pet shops and their owners\n",
            "sales",
        ),
        (
            "Radiographer",
            "Responsibilities\n- Perform PET-CT and MRI scans for adult patients\n",
            "general",
        ),
    ],
)
def test_other_jobs_keep_their_family(title: str, job: str, family: str) -> None:
    assert analyse_job(title, "Acme", job).family == family


def _questions(title: str, company: str, job: str) -> list[str]:
    interviewer = interviewer_for(InterviewContext(title, company, CV, job))
    out: list[str] = []
    for item in interviewer.plan:
        out += interviewer.render.planned(item, interviewer.ordinal[item.key])
    return out


@pytest.mark.parametrize(
    ("title", "company", "job"),
    [
        ("Registered Veterinary Nurse", "Brookfield Vets", VET_NURSE_JOB),
        ("Dog Groomer", "Fluff & Fold", GROOMER_JOB),
        ("Kennel Assistant", "Oakridge Rescue", RESCUE_JOB),
    ],
)
def test_animal_care_questions_speak_of_owners_not_relatives(
    title: str, company: str, job: str
) -> None:
    text = " ".join(_questions(title, company, job)).lower()
    assert "relative" not in text
    assert "patient or their family" not in text


def test_the_animal_care_scene_names_the_animal_and_its_owner() -> None:
    interviewer = interviewer_for(InterviewContext("Dog Groomer", "Fluff & Fold", CV, GROOMER_JOB))
    scenes = interviewer.render._role(PlanItem("role", "role"))
    assert scenes and all("owner" in s and "animal" in s for s in scenes)
    assert not any("by Friday" in s or "relative" in s for s in scenes)
