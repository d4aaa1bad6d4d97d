"""A tool's term that names an activity ("seed cleaning", "Stock Reconciliation") is asked
about as something gone about, written lower case mid-sentence, never "how you used" it; a
thing one uses ("Vinolog") keeps "how you used". Invented fields: seed bank, vineyard.
"""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.outline import is_activity, stronger_answer

VAGUE = (
    "Well it is a big part of the job really, there is a lot of it, and it depends on the "
    "season, some weeks are busier than others, and you just have to keep on top of it."
)


def test_a_term_headed_by_a_word_of_activity_is_an_activity() -> None:
    assert is_activity("seed cleaning")
    assert is_activity("Stock Reconciliation")
    assert is_activity("Barrel Data Entry")
    assert not is_activity("Vinolog")
    assert not is_activity("pandas")
    assert not is_activity("Power BI")


def test_an_activity_is_gone_about_and_written_lower_case() -> None:
    q = "Tell me about your stock reconciliation in the seed bank. What did you do yourself?"
    a = assess_answer(q, VAGUE, "Seed Bank Technician at Kewfield", "")
    outline = " ".join(stronger_answer(a, "", [], "", tools=["Stock Reconciliation"]))
    assert "how you used" not in outline, outline
    assert "Stock Reconciliation" not in outline, outline
    assert "how you went about stock reconciliation" in outline, outline


def test_a_thing_one_uses_keeps_how_you_used() -> None:
    q = "Tell me about a time you used Vinolog to track a ferment. What did you do yourself?"
    a = assess_answer(q, VAGUE, "Cellar Hand at Ridgeway Vineyard", "")
    outline = " ".join(stronger_answer(a, "", [], "", tools=["Vinolog"]))
    assert "went about" not in outline, outline
