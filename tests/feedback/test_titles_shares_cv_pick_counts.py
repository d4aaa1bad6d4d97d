"""Four readings of the coach, each tried on invented text from fields outside the development
set (sommeliers, farriers, actuaries, tree surgeons, archivists, orthoptists):

- a job title, or the field the advert's title names, is never a skill shown, claimed or
  missing, nor the words a skill is named by;
- a share held or set ("a thirty percent line", "a 30% stake") is the scale of the work, not
  a result of it, unless it changed ("raised our share from 12% to 18%");
- the CV line cited for a question names the question's own term before one that only has a
  figure;
- a figure in words, a hedged share, a range with its unit, and money all count as figures;
  years and codes do not, and the count of answers backed by a result counts every answer
  that keeps to the matter asked.
"""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.language.cv import names_post, title_fields
from interview_core.language.figures import RESULT, SCALE, figure_role, figures
from interview_core.scorer.cv import best_achievement
from interview_core.scorer.summary import _figure_value, analyse_interview, strengths

# --- 1. titles are no skills --------------------------------------------------------------


@pytest.mark.parametrize(
    "term",
    [
        "Customer Success Manager",
        "temporary works coordinator",
        "Senior Archivist",
        "Officer",
        "Technician",
        "Tree Surgeon",
    ],
)
def test_a_post_is_named_by_its_head_word(term: str) -> None:
    assert names_post(term)


@pytest.mark.parametrize(
    "term", ["Customer Success", "lead generation", "food pairing", "hoof trimming", "Python"]
)
def test_a_skill_is_no_post(term: str) -> None:
    assert not names_post(term)


def test_the_field_a_title_names_is_the_job_itself() -> None:
    assert {s.name for s in title_fields("Customer Success Manager (Mid-Market) — EMEA")} == {
        "Customer Success"
    }
    assert {s.name for s in title_fields("Senior Social Worker")} == {"Social Work"}


def test_the_team_after_the_post_is_asked_for() -> None:
    assert {s.name for s in title_fields("Social Worker – Child Protection Team")} == {
        "Social Work"
    }
    assert {s.name for s in title_fields("Senior Engineer – Payments Core")} == set()


def test_a_tool_a_title_names_is_a_skill_all_the_same() -> None:
    assert title_fields("Python Developer") == frozenset()
    assert title_fields("") == frozenset()


SUCCESS_JD = """Customer Success Manager
About the role
As a Customer Success Manager at Meadowlark you will own renewals for a book of wineries.
Requirements
- 3+ years in customer success or account management
- Experience with customer health scoring and renewals
"""
SUCCESS_CV = """Tomas Reyes
Customer Success Manager, Corkline, Porto  2020 - Present
- Built a customer health score for 60 wine estates that cut churn from 9% to 5%
"""


def test_the_title_is_never_reported_as_a_skill() -> None:
    ctx = InterviewContext(
        "Customer Success Manager",
        "Meadowlark",
        SUCCESS_CV,
        SUCCESS_JD,
        (
            Turn(
                "Tell me about a renewal you saved.",
                "At Corkline I built a health score for our wine estates from four signals. "
                "I called every red account within a week, and churn fell from 9% to 5%.",
            ),
        ),
    )
    an = analyse_interview(ctx)
    names = {c.skill for c in an.skill_coverage}
    assert "Customer Success" not in names
    assert not any(names_post(n) for n in names)
    for line in strengths(an, SUCCESS_JD):
        assert "Customer Success Manager" not in line


# --- 2. a share held is the scale of the work ---------------------------------------------


def _roles(sentence: str) -> dict[str, str]:
    return {f.text: figure_role(sentence, f) for f in figures(sentence)}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("I wrote the marine cargo risk with a thirty percent line.", "thirty percent"),
        ("The practice took a 30% share of the farrier contract.", "30%"),
        ("The syndicate holds a 40% stake in the orchard.", "40%"),
        ("Our stake was 25% of the vineyard venture.", "25%"),
        ("The board set a 15% quota of archive hours for outreach.", "15%"),
        ("We agreed a 60% split with the tree surgery subcontractor.", "60%"),
        ("The tasting panel gives a 20% weighting to aroma.", "20%"),
    ],
)
def test_a_share_held_is_the_scale_of_the_work(sentence: str, figure: str) -> None:
    assert _roles(sentence)[figure] == SCALE


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("I raised our share of the county's orthoptic referrals from 12% to 18%.", "18%"),
        ("We grew our share to 18% in a year.", "18%"),
        ("Client retention reached 94% that season.", "94%"),
    ],
)
def test_a_share_that_changed_is_a_result(sentence: str, figure: str) -> None:
    assert _roles(sentence)[figure] == RESULT


# --- 3. the CV line naming the question's term comes first ---------------------------------

SOMMELIER_CV = """Ines Moura
Head Sommelier, The Larder, Bristol  2019 - Present
- Increased wine list sales per cover by 18% with a new by-the-glass menu
- Designed the food pairing notes for the tasting menu with the head chef
"""


def test_a_line_naming_the_term_beats_a_line_with_only_a_figure() -> None:
    line = best_achievement(
        SOMMELIER_CV, ("pair", "wine", "menu"), (), frozenset(), (1.0, 0.6, 0.4)
    )
    assert line is not None and "pairing" in line


def test_a_figure_still_decides_between_lines_naming_as_much() -> None:
    cv = """Joe Bright
Farrier, Hill Forge, Hereford  2018 - Present
- Shod the riding school's horses every six weeks with remedial shoes
- Cut lameness referrals by 30% with a remedial shoeing clinic for the riding school
"""
    line = best_achievement(cv, ("remedi", "sho"), (), frozenset(), (1.0, 0.8))
    assert line is not None and "30%" in line


def test_a_header_or_contact_line_is_never_picked() -> None:
    cv = """Ines Moura | ines@example.com | 07700 900123
Head Sommelier, food pairing, The Larder, Bristol  2019 - Present
- Designed the food pairing notes for the tasting menu with the head chef
"""
    line = best_achievement(cv, ("pair", "food"), (), frozenset(), (1.0, 0.6))
    assert line is not None and line.startswith("Designed")


# --- 4. figures counted as a reader counts them -------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("We cut the archive backlog by about a third.", "about a third"),
        ("Reduced re-shoeing by roughly half.", "roughly half"),
        ("Claims handling was 20-30% faster.", "20-30%"),
        ("The new rota saved £3-4k a month.", "£3-4k"),
        ("Saved £4k a year on rope and kit.", "£4k"),
        ("Twelve clients signed up in the first month.", "Twelve clients"),
        ("Each felling now takes 6–8 weeks less to plan.", "6–8 weeks"),
    ],
)
def test_figures_a_reader_counts(text: str, figure: str) -> None:
    assert figure in [f.text for f in figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "I worked there from 2019-2021.",
        "We were audited to ISO 9001-2015.",
        "I supported Band 5-6 orthoptists.",
    ],
)
def test_years_codes_and_standards_are_no_figures(text: str) -> None:
    assert figures(text) == []


def test_a_range_states_its_upper_end() -> None:
    assert _figure_value("20-30%") == "30"
    assert _figure_value("£1,200") == "1200"


ACTUARY_JD = """Pricing Actuary
Requirements
- Experience of pricing models and reserving
- Communicating results to underwriters
"""
ACTUARY_CV = """Priya Shah
Actuarial Analyst, Northgate Re, London  2019 - Present
- Rebuilt the motor pricing model in R
"""


def test_an_answer_that_drifts_but_keeps_to_the_matter_is_counted() -> None:
    answers = [
        (
            "Tell me about a pricing model you improved.",
            "At Northgate I rebuilt the motor pricing model in R. I tested it against three "
            "years of claims and the loss ratio fell from 71% to 64% in the first year.",
        ),
        (
            "How do you explain a reserving result to underwriters?",
            "I took the reserving review to the underwriters myself. I drew one chart of the "
            "claims triangle and walked them through it, and the reserve release came to "
            "£1.2m after the review, which the board signed off.",
        ),
        (
            "Why this role?",
            "I like pricing work and I want to do more of it with a larger book.",
        ),
    ]
    ctx = InterviewContext(
        "Pricing Actuary",
        "Harrow Re",
        ACTUARY_CV,
        ACTUARY_JD,
        tuple(Turn(q, a) for q, a in answers),
    )
    an = analyse_interview(ctx)
    backed = [s for s in strengths(an, ACTUARY_JD) if "measured result" in s]
    assert backed and backed[0].startswith("You backed 2 of 3 answers")
