"""Which questions ask what the candidate would do, so that a probe asks in the same way."""

from __future__ import annotations

import pytest

from interview_core.interviewer.engine import is_hypothetical


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Imagine you've joined Harbour Vets as a Veterinary Nurse and two owners arrive "
            "with emergencies at once. What would you do?",
            True,
        ),
        ("Suppose the crane hire falls through on the Monday. How would you respond?", True),
        ("Tell me about a time you've had to rebuild a rota at short notice.", False),
        ("How would you describe your time at Harbour Vets?", False),
    ],
)
def test_a_scene_set_in_the_perfect_tense_is_still_hypothetical(
    question: str, expected: bool
) -> None:
    assert is_hypothetical(question) is expected
