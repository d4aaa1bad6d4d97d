"""The CV line an outline cites, and report items on the job's needs, on fields outside the
development set (beekeeping, tram driving, locksmithing, brewing, sign-language interpreting).

A bare follow-up ("Let's go back to that occasion…") cites a CV line fitting the question it
follows up, never a neighbouring line when the CV has a closer one; a line teaching people a
named system is no example of mentoring; a CV line is quoted whole or cut after a clause; a
time taken is no result to put on a CV; people the role presents to are no skill it asks for;
a named system the CV shows a product of the same kind of is met with a bridge.
"""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.language import skills as skill_lexicon
from interview_core.scorer import assess_answer
from interview_core.scorer.cv import quote_cv
from interview_core.scorer.outline import fitting_achievement, teaches_a_tool
from interview_core.scorer.questions import read_question
from interview_core.scorer.summary import (
    _measures_beyond_time,
    analyse_interview,
    kin_on_cv,
    named_as_audience,
    weaknesses,
)

BEE_JOB = (
    "Apiary Officer at Heathland Bees. Lead swarm collections with the council pest team, "
    "inspect colonies for disease and keep hive records."
)
BEE_CV = """Rowan Ash
Apiary Officer, Moorside Honey, 2019-present
- Completed colony health inspections within 7 days on 96% of hives; queen records and feeding logs
- Lead swarm collections jointly with the council pest team, and brief residents on site
"""
FOLLOW_UP = "Let's go back to that occasion. What did you do yourself, what did you decide, and what came of it?"


def _follow_up_fit(first_question: str, cv: str) -> str | None:
    previous = "I go out when I'm called and collect them, and it usually goes fine."
    a = assess_answer(
        FOLLOW_UP,
        "I just did what was needed at the time.",
        BEE_JOB,
        cv,
        previous=previous,
        previous_question=read_question(first_question),
    )
    return fitting_achievement(a, cv, (), frozenset())


def test_a_follow_up_cites_no_neighbouring_line_when_the_cv_has_a_closer_one() -> None:
    q = (
        "In this role you'd lead swarm collections with the council and inspect the colonies "
        "afterwards. Tell me about one swarm collection that tested you: what did you do, and "
        "what happened?"
    )
    line = _follow_up_fit(q, BEE_CV)
    assert line is None or "inspections" not in line, line


def test_a_follow_up_still_cites_a_line_on_the_question_it_follows_up() -> None:
    cv = """Rowan Ash
Apiary Officer, Moorside Honey, 2019-present
- Inspected 140 colonies for foulbrood each spring and cut colony losses from 18% to 7%
- Sold honey at farmers' markets across the county
"""
    q = (
        "In this role you'd inspect colonies for disease. Tell me about one disease "
        "inspection that tested you: what did you do, and what happened?"
    )
    line = _follow_up_fit(q, cv)
    assert line is not None and "foulbrood" in line, line


def test_a_line_teaching_a_system_is_no_mentoring_example_but_coaching_people_is() -> None:
    assert teaches_a_tool("Trained the team on TramTrack when the depot moved to digital logs")
    assert teaches_a_tool("Taught the volunteers to use HiveLog for inspection records")
    assert not teaches_a_tool("Trained three apprentice locksmiths over two years; all qualified")
    assert not teaches_a_tool("Coached new drivers on handling crowded platforms")
    job = "Senior Tram Driver at Citylink. Mentor new drivers through their first year."
    q = (
        "The role calls for mentoring. Tell me about someone you mentored or coached and how "
        "they developed: what was the situation, what did you do, and what was the result?"
    )
    tool_cv = """Sam Reid
Tram Driver, Metrolink, 2018-present
- Trained the team on TramTrack when the depot moved to digital logs in 2023
- Drove the airport line for six years without a reportable incident
"""
    a = assess_answer(q, "I help people when they ask.", job, tool_cv)
    line = fitting_achievement(a, tool_cv, ("mentoring",), frozenset())
    assert line is None or "TramTrack" not in line, line
    people_cv = tool_cv.replace(
        "- Drove the airport line",
        "- Mentored four new drivers through their first year; all passed their final assessment\n- Drove the airport line",
    )
    a = assess_answer(q, "I help people when they ask.", job, people_cv)
    line = fitting_achievement(a, people_cv, ("mentoring",), frozenset())
    assert line is not None and "Mentored four new drivers" in line, line


def test_a_cv_line_is_quoted_whole_or_cut_after_a_clause() -> None:
    line = (
        "Run the brewhouse for a 40-barrel plant; grew output 22% in two years while bringing "
        "beer lost to dumping from 6% to 2%"
    )
    assert quote_cv(line) == line
    long = (
        "Ran interpreting bookings for four hospital trusts and two courts across the region; "
        "cut unfilled bookings from 14% to 3% by building a relief rota of freelance "
        "interpreters and a same-day escalation route for urgent appointments"
    )
    cut = quote_cv(long, 120)
    assert cut.endswith("…") and cut[:-1].endswith("region"), cut


def test_a_time_taken_is_no_result_for_a_cv_bullet_but_a_measure_is() -> None:
    assert not _measures_beyond_time("The lock change was finished within three days")
    assert not _measures_beyond_time("The brewery renewed within six weeks of the visit")
    assert _measures_beyond_time("Cut call-out response times from 90 to 40 minutes")
    assert _measures_beyond_time("Finished the cellar refit £3,000 under budget")


def test_people_the_role_presents_to_are_no_skill_it_asks_for() -> None:
    leadership = skill_lexicon.skill_named("Leadership")
    assert leadership is not None
    assert named_as_audience(leadership, "- Present yield trends to growers and leadership")
    assert named_as_audience(leadership, "- Report weekly to the senior leadership team")
    assert not named_as_audience(leadership, "- Leadership of a crew of four interpreters")
    assert not named_as_audience(
        leadership, "- Explain results to leadership\n- Strong leadership of the cellar crew"
    )


def test_a_named_system_with_a_product_of_its_kind_on_the_cv_is_met_with_a_bridge() -> None:
    xero = skill_lexicon.skill_named("Xero")
    assert kin_on_cv(xero, "Bookkeeping for a locksmiths on Sage 50 and QuickBooks") == "Sage"
    assert kin_on_cv(xero, "Key cutting, safe opening and lock fitting") is None
    job = (
        "Bookkeeper at Keystone Locks. Keep the accounts in Xero, run payroll and reconcile "
        "the bank each week. Experience of Xero essential."
    )
    cv = """Jo Penn
Bookkeeper, Hopfield Brewery, 2018-present
- Kept the brewery's accounts on Sage 50 and reconciled four bank accounts weekly
- Ran monthly payroll for 22 staff with no errors found at year-end
"""
    q = "Tell me about a month-end you ran: what did you do, and how did it turn out?"
    answer = (
        "In March I closed the month at Hopfield in four days: I reconciled the bank, chased "
        "missing invoices and posted the accruals, and the accountant signed it off unchanged."
    )
    ctx = InterviewContext("Bookkeeper", "Keystone Locks", cv, job, (Turn(q, answer),))
    items = weaknesses(analyse_interview(ctx), ctx)
    named = [i for i in items if "Xero" in i]
    assert not any("neither your CV nor any answer" in i for i in named), items
    assert any("Sage" in i and "carries over" in i for i in named) or not named, items


def test_a_cv_line_of_two_sentences_is_quoted_by_its_first_whole_sentence() -> None:
    line = (
        "Set up the apiary records, queen-rearing calendar and varroa counts for 40 hives across "
        "three out-apiaries and trained two seasonal beekeepers to keep them. Winter losses fell "
        "from 30% to 12% over two seasons, and honey yield per hive rose by a fifth"
    )
    quoted = quote_cv(line)
    assert quoted.endswith("trained two seasonal beekeepers to keep them"), quoted
    # A full stop inside a figure or after an initial is no sentence end.
    short = "Cut returns from 4.5% to 1.2% across 3 sites in 2023 by retraining packers"
    assert quote_cv(short) == short
