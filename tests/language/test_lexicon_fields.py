"""The lexicon's further fields (`data/skills_fields.json`): veterinary nursing, air traffic
control, aircraft maintenance, sign-language interpreting, commercial diving, events,
podiatry, town planning, geotechnical engineering, floristry, radiography, wine service
and actuarial work.

Each field's core skills are read from the words its CVs use; its ambiguous short words
("BSL", "GP", "buttonholes", "decanting", "Dutch auction") only beside that field's words.
The invented CVs of tests/data/unseen_skills measure it (`python bench/eval_skills.py`).
"""

from __future__ import annotations

import pytest

from bench.eval_skills import load_cases, skill_metrics
from interview_core.language.profile import analyse_cv
from interview_core.language.skills import (
    extract_skills,
    implied_skills,
    lexicon_entries,
    merged_entries,
    skill_named,
)
from tests.helpers.reading import skill_names as _names

_VET_NURSE = """Jane Smith
Registered Veterinary Nurse

Experience
RVN, Oakfield Veterinary Hospital, 2020 - present
- Monitor anaesthesia for 15 procedures a week
- Run nurse clinics for weight management
- Assisted in theatre and kennels
"""


def test_a_veterinary_nurse_told_in_bullets_has_skills() -> None:
    profile = analyse_cv(_VET_NURSE, this_year=2026)
    named = {s.name for s in profile.skills}
    assert {
        "Anaesthetic Monitoring",
        "Nurse-Led Clinics",
        "Weight Management",
        "Theatre Practice",
        "Kennel Management",
        "RCVS Registration",
    } <= named
    implied = {s.name for s in profile.implied}
    assert "Veterinary Nursing" in implied
    # A veterinary nurse is no registered nurse of people.
    assert "Nursing" not in implied


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # veterinary nursing
        ("Anaesthetic monitoring and recovery of feline patients", "Anaesthetic Monitoring"),
        (
            "Induction and maintenance of anaesthesia, monitoring capnography",
            "Anaesthetic Monitoring",
        ),
        ("Took and processed radiographs of dogs and rabbits", "Radiography"),
        ("Dental scale and polish for canine patients under GA", "Veterinary Dentistry"),
        ("Handled fractious cats and restraint of animals for bloods", "Animal Handling"),
        ("Schedule 3 procedures: wound suturing and catheter placement", "Schedule 3 Procedures"),
        ("Calculated fluid rates for hospitalised patients", "Fluid Therapy"),
        ("Urinalysis and blood smears in the in-house lab", "Laboratory Diagnostics"),
        ("Ran the autoclave and prepared instrument packs", "Instrument Decontamination"),
        # air traffic control
        ("Radar controller at a busy terminal control centre", "Approach Control"),
        ("Valid ADI rating at a regional aerodrome", "Aerodrome Control"),
        ("Fluent RT phraseology; FRTOL holder", "Radiotelephony"),
        ("Qualified OJTI, training five student controllers", "OJTI"),
        ("Sequencing arrivals onto a single runway", "Traffic Sequencing"),
        # aircraft maintenance
        ("Line maintenance on Boeing 737 fleet overnight", "Aircraft Maintenance"),
        ("Issued CRS after scheduled checks on B1 aircraft", "Certifying Release to Service"),
        ("Worked to the AMM and IPC on every task card", "Aircraft Maintenance Manuals"),
        ("Deferred items under the MEL and rectified defects", "Minimum Equipment List"),
        ("UK Part-66 B1.1 licence holder", "Part-66 Licence"),
        # interpreting
        ("Freelance interpreter in hospital and GP settings", "Medical Interpreting"),
        ("Interpreted police interviews and custody bookings", "Legal Interpreting"),
        ("Fluent in BSL and Makaton", "British Sign Language"),
        ("Registered with the NRCPD since 2015", "NRCPD Registration"),
        # diving
        ("Surface supplied diving on offshore wind monopiles", "Commercial Diving"),
        ("Underwater inspection of dock gates with CCTV", "Underwater Inspection"),
        ("Thermic lance and Broco cutting of redundant piles", "Underwater Cutting"),
        ("Operated the decompression chamber on dive spreads", "Hyperbaric Chamber Operation"),
        ("Slinger signaller for crane lifts from the vessel", "Rigging and Lifting"),
        # events
        ("Delivered 30 conferences a year for pharma clients", "Event Management"),
        ("Venue finding and contract negotiation for incentive trips", "Venue Sourcing"),
        ("Wrote the run of show and called the show on the night", "Run of Show"),
        ("Crowd management plans to the Purple Guide", "Event Safety"),
        # podiatry
        ("Annual foot checks for people with diabetes", "Diabetic Foot Care"),
        ("Hand-held Doppler and ABPI before compression", "Vascular Assessment"),
        ("Partial nail avulsion with phenolisation", "Nail Surgery"),
        ("Gait analysis and custom insoles for runners", "Biomechanical Assessment"),
        ("Gait analysis and custom insoles for runners", "Orthotics"),
        # town planning
        ("Determined householder applications under delegated powers", "Planning Applications"),
        ("Negotiated S106 agreements on affordable housing", "Section 106 Agreements"),
        ("Drafted Local Plan policies on housing allocations", "Planning Policy"),
        ("Prepared proofs of evidence for planning appeals", "Planning Appeals"),
        ("Heritage impact assessments for listed building consent", "Heritage Conservation"),
        # geotechnical
        ("Logged boreholes and trial pits during the GI", "Ground Investigation"),
        ("Pile design to Eurocode 7 for a viaduct", "Geotechnical Design"),
        ("Slope stability checks of cuttings in Slide2", "Slope Stability Analysis"),
        ("Phase 2 land contamination assessments (GQRA)", "Contaminated Land"),
        # floristry
        ("Designed bridal bouquets and buttonholes for weddings", "Wedding Floristry"),
        ("Made funeral wreaths and coffin sprays", "Funeral Tributes"),
        ("Conditioning stems as soon as the flowers arrive", "Flower Conditioning"),
        ("Hand-tied bouquets and shop arrangements", "Floristry"),
        # radiography
        ("Mobile imaging and theatre work with the C-arm", "Fluoroscopy"),
        ("CT head scans for stroke calls", "CT Scanning"),
        ("Preliminary clinical evaluation of trauma images", "Image Interpretation"),
        ("Operator duties under IR(ME)R", "Radiation Protection"),
        # wine and hospitality
        ("Decanting older vintages at the table", "Wine Service"),
        ("Kept a 70% GP on the wine list", "Gross Profit Management"),
        ("Monthly stock take of the wine cellar", "Cellar Management"),
        # actuarial
        ("Triennial valuations for DB pension schemes", "Actuarial Valuations"),
        ("IAS 19 disclosures for corporate sponsors", "Pensions Accounting"),
        ("SCR calculations and QRTs under Solvency II", "Solvency II"),
        ("Claims reserving with chain ladder and IBNR", "Reserving"),
        ("Prophet model runs for annuity liabilities", "Prophet"),
    ],
)
def test_a_fields_core_skills_are_read(text: str, skill: str) -> None:
    assert skill in _names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Worked in a BSL-2 laboratory handling cell lines", "British Sign Language"),
        ("Priced a Dutch auction for the bond issue", "Stock Buying"),
        ("Hand-finished buttonholes on bespoke suits", "Wedding Floristry"),
        ("Decanting solvents in the fume cupboard", "Wine Service"),
        ("Referred patients for GI investigations and endoscopy", "Ground Investigation"),
        ("Reserving tables and greeting guests", "Reserving"),
        ("User experience analysis for the checkout", "Reserving"),
        ("Rented a desk at a co-working space in Shoreditch", "Co-working"),
        ("Managed GP referrals for food allergy clinics", "Gross Profit Management"),
        ("Sold shoes, insoles and socks on the shop floor", "Orthotics"),
        ("Prepared maps for public consultation", "Public Consultation"),
        ("The sequence of tasks for aircraft cleaning", "Traffic Sequencing"),
        ("Approved Driving Instructor (ADI) with a 90% pass rating", "Aerodrome Control"),
        ("Tower crane erection and dismantling", "Aerodrome Control"),
        ("Completed a desk study of the literature on sleep", "Ground Investigation"),
        ("Date oak timbers from listed buildings", "Heritage Conservation"),
        ("Worked on the A320 type rating course as a first officer", "Part-66 Licence"),
        ("Monitored patients under local anaesthetic in day surgery", "Anaesthetic Monitoring"),
        ("Cleaning schedules for kitchen equipment", "Veterinary Dentistry"),
    ],
)
def test_a_fields_ambiguous_words_need_that_field(text: str, absent: str) -> None:
    assert absent not in _names(text)


def test_a_fields_entry_adds_to_a_core_entry_of_its_name() -> None:
    core = [{"name": "Event Management", "category": "domain", "aliases": ["event management"]}]
    merged = merged_entries(core, [{"name": "Event Management", "aliases": ["events delivery"]}])
    assert merged == (
        {
            "name": "Event Management",
            "category": "domain",
            "aliases": ["event management", "events delivery"],
        },
    )
    assert core[0]["aliases"] == ["event management"]  # the core list is left as it was
    with pytest.raises(ValueError):
        merged_entries(core, [{"name": "Event Management", "category": "soft"}])
    # and the lexicon reads the added forms
    assert "Event Management" in _names("Events management degree; events delivery lead")


def test_every_skill_has_one_entry_and_its_implications_exist() -> None:
    names = [e["name"] for e in lexicon_entries()]
    assert len(names) == len(set(names))
    for entry in lexicon_entries():
        for name in entry.get("implies", []):
            assert skill_named(name) is not None, (entry["name"], name)


def test_registrations_imply_their_profession() -> None:
    rcvs = skill_named("RCVS Registration")
    assert rcvs is not None
    assert skill_named("Veterinary Nursing") in implied_skills([rcvs])
    assert "Interpreting" in {
        s.name for s in implied_skills(extract_skills("Medical interpreting"))
    }


def test_the_unseen_field_set_is_large_with_a_third_held_out() -> None:
    tune, holdout = load_cases("tune"), load_cases("holdout")
    assert len(tune) + len(holdout) >= 16
    assert len(holdout) * 3 >= len(tune) + len(holdout) - 2


def test_the_tuning_fields_skills_are_read() -> None:
    # Only the tuning split is asserted; the held-out split is reported by the bench.
    metrics = skill_metrics(load_cases("tune"))
    assert metrics["skill_recall"] >= 0.95
    assert metrics["skill_precision"] >= 0.95
