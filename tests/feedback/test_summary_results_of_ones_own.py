"""The strengths count results told in any words, never the size of the work, and quote the
candidate's result rather than the situation they walked into. Invented answers from fields
outside the development set (housing officer, solar installer, sommelier, clinical trials
coordinator)."""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.summary import _figure_example, _strength_quote, result_evidence

HOUSING_JD = """Housing Officer | Fenwick Homes
Manage a patch of 400 tenancies, tackle rent arrears, carry out tenancy visits and resolve
neighbour complaints with residents and partner agencies.
Requirements: housing management experience; arrears recovery; clear record keeping."""
HOUSING_CV = """Priya Nair
Housing Officer, Mereside Housing  2019 - Present
- Manage a patch of tenancies and arrears cases
"""
ARREARS_Q = "Tell me about a time you brought down rent arrears on your patch."


def _assess(answer: str, question: str = ARREARS_Q):
    return assess_answer(question, answer, HOUSING_JD, HOUSING_CV)


def test_results_told_in_words_are_counted() -> None:
    for answer in (
        "Arrears chasing was eating my week. I moved the first reminder to a text and I set "
        "up a payment plan call on day three. That took my arrears calls from about forty "
        "hours a month to twelve.",
        "Repairs complaints were piling up on my patch. I rebuilt the triage list with the "
        "contractor and I chased every open job each Friday. I halved the backlog by March.",
        "One block kept reporting noise. I met each household, I agreed quiet hours with "
        "them and I wrote them into the tenancy notes. We've had no complaints since.",
        "Gas safety checks kept being missed. I booked the visits myself and I texted each "
        "tenant the day before. Every check was done within ten days.",
    ):
        assert result_evidence(_assess(answer)), answer


def test_the_size_or_the_volume_of_the_work_is_not_counted() -> None:
    answer = (
        "I look after 400 tenancies and I completed 120 tenancy visits a month for the "
        "team. I also ran a £380k void refurbishment programme."
    )
    assert not result_evidence(_assess(answer))


def test_a_benchmark_is_not_quoted_as_the_result() -> None:
    a = _assess(
        "Arrears were high when I took over. I called every tenant in arrears and I set up "
        "payment plans with the benefits team. My collection rate reached 98% against a "
        "team average of 91%."
    )
    found = result_evidence(a)
    assert "91%" not in found
    assert _figure_example(a, found) == "98%"


def test_the_share_is_quoted_rather_than_the_window_it_is_measured_in() -> None:
    question = "Tell me about a time you improved how quickly trial participants were dosed."
    a = assess_answer(
        question,
        "Dosing was slipping at two of our sites. I rewrote the pharmacy request form and I "
        "trained each site nurse on it. The next audit found 96% of participants were dosed "
        "within 24 hours.",
        "Clinical Trials Coordinator: run trial visits, dosing and audits.",
        "",
    )
    assert _figure_example(a, result_evidence(a)) == "96%"


def test_the_quote_is_the_result_not_the_situation() -> None:
    a = _assess(
        "Last spring two officers left and my caseload rose to forty. I sorted every case by "
        "how far behind it was and I called the worst ten first. I set up payment plans for "
        "each of them, and arrears on my patch fell by a third within two months.",
    )
    quote = _strength_quote(a) or ""
    assert "caseload" not in quote
    assert "third" in quote
