"""A lone noun before a framing noun ("roof work", "hedge work", "safety case") is the
modifier of that head: the question's topic keeps the head rather than naming the modifier
alone ("something other than roof"). Invented fields: thatching, hedgelaying, lift engineering.
"""

from __future__ import annotations

from interview_core.scorer.topics import noun_phrases


def test_a_modifier_keeps_its_framing_head() -> None:
    got = noun_phrases("Could you give me one specific example of thatch work at height?")
    assert "thatch work" in got, got
    assert "thatch" not in got, got
    assert "the hedge work" in noun_phrases("Describe the hedge work you led last winter.")
    got = noun_phrases("Tell me about the shaft work at the depot.")
    assert "the shaft work" in got, got


def test_a_framing_verb_after_a_noun_is_not_taken_as_its_head() -> None:
    # "work them hard": a verb with its object, not the head of "nurses".
    assert noun_phrases("Our thatchers work them hard.") == ["Our thatchers"]
