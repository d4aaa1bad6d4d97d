"""A one-word brand beside its town, and roles a CV names without dates.

Every CV line here is invented for the test, in fields the repository's CVs do not cover
(glazing, dog grooming, bookbinding, sound engineering, beekeeping, cartography, tree
surgery, translation, midwifery).
"""

from __future__ import annotations

import pytest

from interview_core.language.cv import role_pieces
from interview_core.language.profile import analyse_cv
from interview_core.language.skills import extract_skills
from tests.helpers.reading import role_fields


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return role_fields(text, "title", "employer", "location")


# --- "Title, Brand – Town" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Glazier, Clearview – Swindon | 2019 – 2023", ("Glazier", "Clearview", "Swindon")),
        ("Dog Groomer, Pawsome – Leeds | 2018 – 2021", ("Dog Groomer", "Pawsome", "Leeds")),
        (
            "Bookbinder, Foliant — Hebden Bridge | 2016 – 2020",
            ("Bookbinder", "Foliant", "Hebden Bridge"),
        ),
        (
            "Sound Engineer | Reverbia, Glasgow | 2017 – 2022",
            ("Sound Engineer", "Reverbia", "Glasgow"),
        ),
    ],
)
def test_a_one_word_brand_beside_its_town_is_the_employer(
    line: str, expected: tuple[str, str, str]
) -> None:
    assert _roles(f"Experience\n{line}\n- Did the work.\n") == [expected]


def test_a_one_word_brand_and_town_on_the_line_below_the_title() -> None:
    text = "Experience\nTree Surgeon | 2015 – 2019\nLimbwise – Ludlow\n- Crown reductions.\n"
    assert _roles(text) == [("Tree Surgeon", "Limbwise", "Ludlow")]


@pytest.mark.parametrize(
    "line",
    [
        # A line of work the dictionary lacks stays in the title; the town is no brand's.
        "Assistant Buyer, Menswear – Leeds",
        "Developer, Frontend – Bristol",
        # A word the dictionary knows qualifies the title.
        "Translator, Legal – Cardiff",
    ],
)
def test_a_line_of_work_after_the_title_is_not_taken_for_a_brand(line: str) -> None:
    title = line.split(" – ")[0]
    assert role_pieces(line)[0] == title


def test_a_qualifier_before_an_organisation_is_not_taken_for_a_brand() -> None:
    # "Northbrook" is a name, but the part after it is an organisation, not a place: the
    # name is the site or the client the title works for.
    assert role_pieces("Translator, Northbrook – Lingua Ltd") == [
        "Translator, Northbrook",
        "Lingua Ltd",
    ]


# --- roles without dates ------------------------------------------------------------------


_UNDATED = """Mira Holt
Cartographer

Profile
Cartographer with eight years of experience in GIS mapping and field survey for councils.

Experience
Senior Cartographer, Landform Mapping Ltd | 2019 – present
- Produced 1:25,000 walking maps for three national parks

Archives Volunteer, National Trust
- Catalogued 2,000 estate maps
- Guided visitors through the map room

Map Librarian
Foliomere Library, Oxford
- Curated the library's map collection

Skills
GIS, QGIS, ArcGIS, Adobe Illustrator, Field survey

Volunteering
Volunteer Guide, Kew Gardens (current)
- Led garden tours for groups of 20
"""


def test_roles_named_without_dates_are_read_without_inventing_dates() -> None:
    profile = analyse_cv(_UNDATED)
    by_title = {r.title: r for r in profile.roles}
    assert set(by_title) == {
        "Senior Cartographer",
        "Archives Volunteer",
        "Map Librarian",
        "Volunteer Guide",
    }
    archives = by_title["Archives Volunteer"]
    assert archives.employer == "National Trust"
    assert (archives.start_year, archives.end_year, archives.is_current) == (None, None, False)
    assert archives.highlights == (
        "Catalogued 2,000 estate maps",
        "Guided visitors through the map room",
    )
    # The title on the line above the employer's.
    librarian = by_title["Map Librarian"]
    assert (librarian.employer, librarian.location) == ("Foliomere Library", "Oxford")
    assert not librarian.is_current
    # "(current)" says the undated role is running; under "Volunteering" it is no job.
    guide = by_title["Volunteer Guide"]
    assert guide.is_current and guide.volunteer and guide.employer == "Kew Gardens"
    # The dated current job stays the current job; the undated ones come after the dated.
    assert profile.current_role is not None
    assert profile.current_role.title == "Senior Cartographer"
    assert profile.roles[0].title == "Senior Cartographer"


@pytest.mark.parametrize(
    "lines",
    [
        # A skills label, a list of skills, a sub-heading and a sentence are no roles.
        "Key skills: translation, subtitling, proofreading",
        "Hive inspections, Queen rearing, Swarm control, Honey extraction",
        "Selected commissions",
        "Supported midwives on a busy labour ward.",
        "Responsibilities as Team Leader:",
        "BA Translation Studies, University of Bath",
        "Career break – caring for a parent",
    ],
)
def test_undated_lines_that_are_not_roles_are_not_read_as_roles(lines: str) -> None:
    text = (
        "Experience\nTranslator, Lingua Ltd | 2018 – 2022\n- Translated contracts.\n\n"
        f"{lines}\n- Something done there.\n"
    )
    assert [r.title for r in analyse_cv(text).roles] == ["Translator"]


def test_an_undated_title_line_with_no_description_below_is_no_role() -> None:
    # A job word alone with nothing describing it (a referee's title, a list) is not read.
    text = (
        "Experience\nMidwife, Harbourside Birth Centre | 2016 – 2023\n- Led home births.\n\n"
        "Maternity Support Worker\n"
    )
    assert [r.title for r in analyse_cv(text).roles] == ["Midwife"]


def test_an_undated_beekeeper_with_the_employer_on_the_same_line() -> None:
    # "-keeper" ends a job word ("Beekeeper", "Gamekeeper") as "-ologist" does.
    text = "Experience\nBeekeeper, Hivewell Honey\n- Managed 60 hives.\n"
    assert _roles(text) == [("Beekeeper", "Hivewell Honey", None)]


def test_the_title_line_above_a_date_line_is_not_read_twice() -> None:
    text = "Experience\nBeekeeper, Hivewell Honey\n2014 – 2019\n- Managed 60 hives.\n"
    roles = analyse_cv(text).roles
    assert [(r.title, r.employer, r.start_year) for r in roles] == [
        ("Beekeeper", "Hivewell Honey", 2014)
    ]


# --- leading tradespeople and apprentices -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        (
            "Led a team of two electricians and an apprentice on a hospital refit",
            {"Leadership", "Supervision", "Mentoring"},
        ),
        ("Ran a crew of three tree surgeons and a trainee", {"Supervision", "Mentoring"}),
        ("Managed four glaziers on the Castle Street site", {"Supervision"}),
        (
            "Leading two dog groomers and an apprentice in a busy salon",
            {"Supervision", "Mentoring"},
        ),
    ],
)
def test_leading_trades_and_apprentices_shows_supervision_and_mentoring(
    line: str, shown: set[str]
) -> None:
    assert shown <= {s.name for s in extract_skills(line)}


@pytest.mark.parametrize(
    "line",
    [
        # Leading people who are not named as trades or trainees is leadership only.
        "Led a team of four actuaries through the year-end valuation",
        # Being led is no supervision; an apprentice named as a word before a noun is no trainee.
        "Worked as the apprentice in a crew led by two bookbinders",
        "Led the apprentice recruitment campaign for the council",
    ],
)
def test_other_leading_shows_no_supervision_of_trades(line: str) -> None:
    names = {s.name for s in extract_skills(line)}
    assert not names & {"Supervision", "Mentoring"}


def test_a_context_route_reads_nothing_on_a_bare_label() -> None:
    # "Apprentice" as a label or title names no mentoring, even read without context.
    assert not extract_skills("Apprentice Glazier", context_free=True)


@pytest.mark.parametrize(
    "text",
    [
        # A project under a dated job, named with its figures or code.
        "Experience\nSite Manager, Stonebridge Build | 2018 – 2023\n- Ran the site.\n\n"
        "Lead Glazier – Riverside Tower, £12m\n- Curtain walling.\n",
        # A line right under a dated job's heading, before its bullets, belongs to that job.
        "Experience\nTranslator, Lingua Ltd | 2018 – 2022\nConference Interpreter, Lingua Events\n"
        "- Interpreted at 40 conferences.\n",
        # An earlier post with the same employer is part of the same job.
        "Experience\nHead Beekeeper, Hivewell Honey | 2019 – 2023\n- Ran 200 hives.\n\n"
        "Beekeeper, Hivewell Honey\n- Kept 60 hives.\n",
        # A title with no employer may be a post under the job above: it is not read alone.
        "Experience\nSound Engineer, Reverbia Studios | 2017 – 2022\n- Mixed albums.\n\n"
        "Assistant Engineer\n- Set up sessions.\n",
    ],
)
def test_undated_lines_that_belong_to_the_role_above_are_not_roles_of_their_own(
    text: str,
) -> None:
    assert len(analyse_cv(text).roles) == 1


def test_positions_listed_without_dates_and_again_with_them_are_one_each() -> None:
    # A career summary without dates above the dated details: the same two jobs.
    text = (
        "Career History\nHead Gardener, Foxglove Manor\n- Ran a team of four gardeners.\n"
        "Gardener, Kelmscott Trust\n- Kept the walled garden.\n\n"
        "Experience\nHead Gardener, Foxglove Manor | 2019 – present\n- Redesigned the borders.\n"
        "Gardener, Kelmscott Trust | 2014 – 2019\n- Propagated 3,000 plants a year.\n"
    )
    roles = analyse_cv(text).roles
    assert [(r.title, r.start_year, r.is_current) for r in roles] == [
        ("Head Gardener", 2019, True),
        ("Gardener", 2014, False),
    ]
