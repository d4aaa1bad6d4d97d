"""CV advice only when true: a skill is "not named" only when nothing on the CV or in the
answers shows it in any words, "only in a list" quotes the list's item and never when a
bullet shows it, and figures are asked for only on achievement bullets, not posts held."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.language import skills as skill_lexicon
from interview_core.language.field_skills import shows_duty
from interview_core.scorer import score_interview
from interview_core.scorer.cv import is_post_held, is_role_header
from interview_core.scorer.summary import _listed_part, _shows_nothing, analyse_interview

GENERIC = frozenset({"support", "management", "planning"})


def test_a_post_held_is_no_bullet_to_put_a_figure_on() -> None:
    # Midwife, customs officer, tree surgeon: posts held have no action with an object.
    assert is_post_held("Designated bereavement midwife for the birth centre")
    assert is_post_held("Appointed fire warden for the Dover freight shed")
    assert is_post_held("Elected safety representative")
    # Work done to people or things stays an achievement.
    assert not is_post_held("Mentored junior staff on the dismantling of veteran oaks")
    assert not is_post_held("Rebound the parish registers for the county record office")
    assert not is_post_held("Trained new starters on the guillotine and board shears")
    assert not is_post_held("Supported the head of the anti-smuggling team")


def test_a_date_range_inside_a_bullet_does_not_make_it_a_header() -> None:
    assert is_role_header("Tree Surgeon | Oakline Arboriculture, Leeds | 2019 – present")
    assert is_role_header("Customs Officer, Border Force, Dover, 2015-2019")
    assert not is_role_header(
        "LOLER and ground-crew audits passed with no findings 2021–2024; keep the rigging "
        "register and the aerial rescue plan up to date"
    )


def test_a_duty_is_shown_in_the_lines_own_words_only_by_the_words_naming_it() -> None:
    assert shows_duty(
        "Providing second-line support to the examination team",
        "Second-line examinations for two freight teams; on a 1-in-4 night rota",
        ["second-line support"],
        GENERIC,
    )
    assert shows_duty(
        "including rotas", "Rota a team of eight midwives across the birth centre", ["rotas"]
    )
    # The rest of the clause without the words naming the skill shows nothing.
    assert not shows_duty(
        "PGDs for labour ward", "Rotations on labour ward and the birth centre", ["PGDs"]
    )
    # "library" in a product's name and "component" elsewhere are no component library.
    assert not shows_duty(
        "experience with a component library",
        "I styled each component with the React Testing Library checks, then split the date library",
        ["component library"],
    )
    assert shows_duty(
        "experience with a component library",
        "I built our library of shared components for the bindery's order site",
        ["component library"],
    )


def test_the_quote_of_a_long_list_shows_the_term() -> None:
    line = (
        "Case binding | leather paring | marbling | gold finishing | box making | conservation "
        "repair | paper washing | guillotine work | workshop rotas and ordering"
    )
    skill = skill_lexicon.skill_named("Rota Planning")
    assert skill is not None
    part = _listed_part(line, skill)
    assert "rotas" in part and len(part) <= 100


def test_a_plan_shows_nothing_but_a_deed_beside_a_wish_does() -> None:
    assert _shows_nothing("By two months I'd want to be supervising the night shift at Dover.")
    assert _shows_nothing("In my first month I'd walk every site with the climbers.")
    assert not _shows_nothing("I led the CITES seizure audit, and I'd like to do that again.")
    assert not _shows_nothing("I've rebound forty ledgers, and I'd love to teach it.")


MIDWIFE_CV = """Rhian Morgan
Registered Midwife

EXPERIENCE
Senior Midwife | Cwm Taf Birth Centre, Merthyr | 2019 - present
- Rota and lead a team of eight midwives and four maternity support workers across the birth centre
- Designated bereavement midwife for the birth centre
- Cut the transfer rate in labour from 24% to 17% with a new triage checklist

SKILLS
Intrapartum care | newborn examination (NIPE) | perineal suturing | water birth | bereavement care | obstetric emergencies (PROMPT) | breastfeeding support | staff supervision and rotas
"""

MIDWIFE_JOB = """Band 7 Birth Centre Coordinator
Responsibilities
- Leading the midwifery team, including rotas and annual leave
- Coordinating intrapartum care in the birth centre
Essential
- NMC registration as a midwife
"""


def test_a_listed_skill_a_bullet_shows_gets_no_list_advice_nor_a_gap() -> None:
    ctx = InterviewContext(
        "Birth Centre Coordinator",
        "Cwm Taf",
        MIDWIFE_CV,
        MIDWIFE_JOB,
        (Turn("Tell me about yourself.", "I'm a senior midwife at Cwm Taf."),),
    )
    report = score_interview(ctx)
    joined = " ".join(report.cv_improvements)
    assert "only in a list" not in joined
    assert "Designated bereavement midwife" not in joined
    coverage = {c.skill: c.status for c in analyse_interview(ctx).skill_coverage}
    assert coverage.get("Workforce Planning", "undemonstrated") != "missing"
