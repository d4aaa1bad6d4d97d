"""Golden transcripts: the offline interviewer's questions for every pair × answer script.

Regenerate deliberately with `python bench/golden_transcripts.py` and review the text diff.
"""

from __future__ import annotations

from bench.golden_transcripts import check, runs


def test_there_are_transcripts_for_every_script() -> None:
    scripts = {r.script for r in runs()}
    assert scripts == {"strong", "vague", "no_outcome", "off_topic", "rambling"}


def test_golden_transcripts_are_unchanged() -> None:
    problems = check()
    assert not problems, (
        "\n\n".join(problems) + "\n\nRegenerate: python bench/golden_transcripts.py"
    )
