"""How the interviewer words what it takes from the CV, the job and the answers: one verb
form through a list, a CV bullet said as a full clause, a claimed quality asked for an
occasion, "both" for two things only, the company's short name after the opening, and no
topic built from a count of incidents. Every text here is invented, from beekeeping,
bookbinding, cartography, translation, dog grooming, glazing and sound engineering."""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import problems
from interview_core.interviewer.phrases import (
    as_candidate_clause,
    as_duty,
    as_general,
    base_form,
    only_in_a_count,
    short_company,
    trait_form,
)
from interview_core.interviewer.plan import Asked, PlanItem

# --- every verb of a coordinated duty takes one form --------------------------------------


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Inspecting hives weekly and keeping the apiary records up to date",
            "inspect hives weekly and keep the apiary records up to date",
        ),
        (
            "Preparing and costing repair quotes and monitoring costs of materials",
            "prepare and cost repair quotes and monitor costs of materials",
        ),
        (
            "Surveying field boundaries, drawing base maps and reporting to the county archivist",
            "survey field boundaries, draw base maps and report to the county archivist",
        ),
        (
            "Grooming dogs of every breed and keeping the salon clean",
            "groom dogs of every breed and keep the salon clean",
        ),
    ],
)
def test_later_gerunds_of_a_duty_take_the_base_form(line: str, said: str) -> None:
    assert base_form(line) == said
    assert as_duty(line, duty=True) == ("base", said)


@pytest.mark.parametrize(
    "line",
    [
        # A gerund after "by" or "including" opens a list of its own.
        "Reducing waste by trimming boards to size and reusing offcuts",
        "Running the studio, including booking sessions and mixing live sets",
    ],
)
def test_a_gerund_of_its_own_keeps_its_list(line: str) -> None:
    said = base_form(line)
    assert said.split()[0] in ("reduce", "run")
    assert "trimming boards to size and reusing" in said or "booking sessions and mixing" in said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Inspect hives, treat varroa, and record colony health and queen status in the "
            "apiary log for every site across the whole county",
            "inspect hives and treat varroa",
        ),
        (
            "Rig the stage, set levels using the desk presets, and mix the live stream for the "
            "venue's online audience every Friday and Saturday night",
            "rig the stage and set levels using the desk presets",
        ),
    ],
)
def test_a_list_cut_short_keeps_its_and(line: str, said: str) -> None:
    assert as_duty(line, duty=True) == ("base", said)


def test_a_second_grade_is_no_headcount() -> None:
    said = as_general("train and assess Level 2 and 3 glazing apprentices")
    assert said == "train and assess Level 2 and 3 glazing apprentices"


@pytest.mark.parametrize(
    ("question", "word"),
    [
        (
            "In this role you'd glaze shopfronts and measuring sites before each fit. Tell me?",
            "measuring",
        ),
        (
            "In this role you'd bind ledgers and keeping the stitching records. Tell me?",
            "keeping",
        ),
    ],
)
def test_the_fluency_check_catches_mixed_verb_forms(question: str, word: str) -> None:
    assert any(word in p for p in problems(question))


def test_the_fluency_check_leaves_a_gerund_of_its_own() -> None:
    question = "In this role you'd cut waste by reusing glass and recycling frames. Tell me?"
    assert problems(question) == []


# --- a CV bullet that says what was done to the candidate ---------------------------------


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Selected as lead binder for the cathedral archive", "you were selected as lead"),
        ("Promoted to Senior Cartographer within 14 months", "you were promoted to Senior"),
        ("Awarded Groomer of the Year 2023 by the regional guild", "you were awarded Groomer"),
        ("Commended by the court for a sworn translation", "you were commended by the court"),
        ("Chosen to survey the new flood plain", "you were chosen to survey"),
        # What the candidate did stays theirs.
        ("Selected suppliers for glass and cut costs by 12%", "you selected suppliers"),
        ("Trained 6 apprentices in hive inspection", "you trained 6 apprentices"),
    ],
)
def test_a_passive_bullet_is_said_as_a_full_clause(line: str, said: str) -> None:
    clause = as_candidate_clause(line)
    assert clause is not None and clause.startswith(said)


# --- a claimed quality is asked for an occasion -------------------------------------------


@pytest.mark.parametrize(
    ("term", "form"),
    [
        ("team player", "person"),
        ("people person", "person"),
        ("attention to detail", "quality"),
        ("work ethic", "quality"),
        ("meticulous", "adjective"),
        ("varroa treatment", ""),
        ("Pro Tools", ""),
        ("legal translation", ""),
    ],
)
def test_traits_are_told_from_work(term: str, form: str) -> None:
    assert trait_form(term) == form


SOUND_CV = """Rafe Okonkwo
Sound Engineer

Experience
Senior Sound Engineer, Lantern Studios (Bristol), 2019 – present
- Mixed live sessions for 140 bands on an SSL desk
- Selected as lead engineer for the BBC Introducing sessions
- Zero Pro Tools data losses in 4 years

Sound Engineer, Quayside Audio, 2015 – 2019
- Recorded and edited audiobooks in Pro Tools for 3 publishers
"""

SOUND_JOB = """Head of Audio | Harbourline Media Group (Echo Rooms)
Responsibilities
- Running the live room, mixing sessions and keeping the equipment log up to date
- Managing a team of four engineers and booking freelancers
- Maintaining Pro Tools and the SSL desk
Requirements
- Experience with Pro Tools and live mixing
"""


def _interviewer() -> object:
    ctx = InterviewContext(
        "Head of Audio", "Harbourline Media Group (Echo Rooms)", SOUND_CV, SOUND_JOB, ()
    )
    return interviewer_for(ctx)


def test_a_trait_probe_asks_for_one_occasion() -> None:
    render = _interviewer().render  # type: ignore[attr-defined]
    asked = Asked("deep:x", "deep")
    for way in (render.example_followup, render.outcome_followup):
        for hypothetical in (False, True):
            options = way(asked, hypothetical, term="team player")
            assert options[0].startswith("You called yourself a team player")
            assert "occasion" in options[0]
            assert not problems(options[0])
    quality = render.example_followup(asked, False, term="attention to detail")[0]
    assert quality.startswith("You mentioned your attention to detail")
    # A topic of work is still taken up as one.
    work = render.example_followup(asked, False, term="Pro Tools")[0]
    assert "Pro Tools" in work and "occasion that shows it" not in work


# --- "both" for two things only ------------------------------------------------------------


def test_two_duties_that_are_lists_are_not_both() -> None:
    render = _interviewer().render  # type: ignore[attr-defined]
    item = PlanItem(
        "role",
        "role",
        scene=(
            "Manage vans, ladders and small budgets",
            "Order glass from the float line supplier",
        ),
    )
    options = render.role(item)
    scenes = [o for o in options if "properly" in o]
    assert scenes and all("do everything properly" in o for o in scenes)
    assert not any(problems(o) for o in scenes)
    plain = PlanItem(
        "role", "role", scene=("Measure shopfront openings", "Order glass from the supplier")
    )
    assert any("do both properly" in o for o in render.role(plain))


def test_the_fluency_check_catches_both_over_a_list() -> None:
    question = (
        "Imagine a week at Clearview when you need to manage vans, ladders and small budgets "
        "and also order glass, and there isn't time to do both properly. What would you do?"
    )
    assert "'both' for more than two things" in problems(question)


# --- the company's full name once, then its short form -------------------------------------


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Harbourline Media Group (Echo Rooms)", "Harbourline Media Group"),
        ("Royal Society for the Protection of Bees (RSPB)", "RSPB"),
        ("Fenwick Holdings Ltd t/a Paws & Bubbles", "Paws & Bubbles"),
        ("Ordnance Survey", "Ordnance Survey"),
        ("Verbatim Translations (UK)", "Verbatim Translations"),
    ],
)
def test_a_company_has_a_short_form(name: str, short: str) -> None:
    assert short_company(name) == short


def test_the_advert_says_which_name_the_company_goes_by() -> None:
    advert = "Paws & Bubbles is a busy grooming salon in Harrogate with six groomers."
    assert short_company("Fenwick Pet Care Ltd (Paws & Bubbles)", advert) == "Paws & Bubbles"
    advert = "Fenwick Pet Care runs three salons; Fenwick Pet Care Ltd is family owned."
    assert short_company("Fenwick Pet Care Ltd (Paws & Bubbles)", advert) == "Fenwick Pet Care Ltd"


@pytest.mark.parametrize(
    ("name", "advert"),
    [
        # a compass word opens a region
        ("Northern Lighthouse Board (East Coast)", "Our East Coast team keeps 40 lights."),
        # the advert writes the bracket as a place, however often it names it
        ("Tayside Ferries Ltd (Dundee)", "Our Dundee office has 20 staff. Dundee is home."),
        ("Crown Glaziers (Fife)", "We fit windows across Fife. Fife homes love us."),
    ],
)
def test_a_bracketed_place_is_where_the_company_is_never_its_name(name: str, advert: str) -> None:
    assert short_company(name, advert) == name.split(" (")[0]


def test_the_full_name_is_said_in_the_opener_only() -> None:
    company = "Harbourline Media Group (Echo Rooms)"
    turns: list[Turn] = []
    asked = []
    for _ in range(8):
        ctx = InterviewContext("Head of Audio", company, SOUND_CV, SOUND_JOB, tuple(turns))
        text = interviewer_for(ctx).next_question(tuple(turns), 8)
        asked.append(text)
        turns.append(Turn(text, "I mixed a live session for a band at Lantern and it went well."))
    assert "(Echo Rooms)" in asked[0]
    assert not any("(Echo Rooms)" in q for q in asked[1:])


# --- a count of incidents is no work done --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "term", "counted"),
    [
        ("Zero Pro Tools data losses in 4 years", "Pro Tools", True),
        ("No HACCP non-conformities at the honey extraction room", "HACCP", True),
        ("Three COSHH-free years in the bindery", "COSHH", True),
        ("Recorded and edited audiobooks in Pro Tools for 3 publishers", "Pro Tools", False),
        ("Wrote COSHH assessments for every glue and solvent", "COSHH", False),
    ],
)
def test_a_count_of_incidents_is_told_from_work(line: str, term: str, counted: bool) -> None:
    assert only_in_a_count(line, term) is counted


def test_a_duty_turned_to_base_form_turns_back_whole() -> None:
    # A probe names the duty as a gerund phrase: the later verb is turned too.
    from interview_core.interviewer.phrases import gerund

    said = base_form("Preparing the apiary's budget and monitoring costs of feed")
    assert said == "prepare the apiary's budget and monitor costs of feed"
    assert gerund(said) == "preparing the apiary's budget and monitoring costs of feed"


@pytest.mark.parametrize(
    ("line", "form"),
    [
        ("Fault-find on hive heaters and honey extraction kit", "base"),
        ("Risk-assess all tree work before each climb", "base"),
        # A compound that is no verb stays a noun phrase.
        ("Follow-up calls with owners after each groom", "noun"),
        ("Three-phase supplies to the bindery presses", "noun"),
    ],
)
def test_a_duty_opening_with_a_compound_verb_is_said_as_a_verb(line: str, form: str) -> None:
    found = as_duty(line, duty=True)
    assert found is not None and found[0] == form


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        # A gerund naming a kind of thing stays: never "train records" or "clean rotas".
        (
            "maintain the apiary log and training records for the team",
            "maintain the apiary log and training records for the team",
        ),
        (
            "update the kennel board and cleaning rotas",
            "update the kennel board and cleaning rotas",
        ),
        (
            "manage the diary and booking systems for sessions",
            "manage the diary and booking systems for sessions",
        ),
        # A gerund with its object is turned like the verbs before it.
        (
            "inspect the frames and keeping records up to date",
            "inspect the frames and keep records up to date",
        ),
        (
            "survey the site and recording defects on the asset register",
            "survey the site and record defects on the asset register",
        ),
    ],
)
def test_a_gerund_that_names_a_kind_of_thing_is_not_turned_into_a_verb(
    phrase: str, said: str
) -> None:
    assert base_form(phrase) == said
