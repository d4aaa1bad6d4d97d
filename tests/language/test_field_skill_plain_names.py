"""Which requirements in the field's own words are named plainly enough to be called a gap."""

import pytest

from interview_core.language.field_skills import field_skill_coverage, names_plainly
from interview_core.language.job import analyse_job


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("international data transfers", True),
        ("Caldicott principles", True),
        ("Accurate keyboard", False),  # a standard of typing, shown by "55 wpm"
        ("Excellent written English", False),
        ("Strong numeracy", False),
        ("accurate record keeping", False),
    ],
)
def test_a_standard_of_a_skill_is_no_plain_name(name: str, plain: bool) -> None:
    assert names_plainly(name) is plain


def test_a_standard_asked_for_is_never_called_missing_for_want_of_its_words() -> None:
    job = analyse_job(
        "Control Room Operator",
        "Harbour Authority",
        "Requirements\n- Accurate keyboard skills (minimum 35 wpm)\n",
    )
    found = {f.name: f.status for f in field_skill_coverage(job, None, ["I type at 50 wpm."])}
    assert found.get("Accurate keyboard") != "missing"
