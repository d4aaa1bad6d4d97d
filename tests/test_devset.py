"""The labelled interviewer development set: every pair loads through the real intake and
its labels agree with what the intake reads."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.devset import (
    ANSWERS_PER_SCRIPT,
    DEV_DIR,
    SCRIPT_KINDS,
    DevPair,
    load_pairs,
)

PAIRS = load_pairs()
IDS = [pair.id for pair in PAIRS]

# The vocabulary of `formats` in labels.json; README.md explains each tag.
FORMAT_TAGS = {
    "docx", "docx-table", "tab-dates", "pdf-one-column", "pdf-two-column", "markdown",
    "plain-text", "uppercase-headings", "colon-headings", "markdown-headings", "bullets-•",
    "bullets-▪", "bullets-*", "bullets--", "wrapped-bullets", "date-only-line",
}  # fmt: skip
CV_SUFFIX_FOR_FORMAT = {
    "docx": ".docx",
    "pdf-one-column": ".pdf",
    "pdf-two-column": ".pdf",
    "markdown": ".md",
    "plain-text": ".txt",
}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")
# Where a non-strong answer of each script must sit (1-based): right after a likely
# follow-up (2 or 3) and at question 7, plus one more.
REQUIRED_POSITION_SETS = ({2, 3}, {7})
WORDS = {"strong": (80, 200), "off_topic": (60, 150), "rambling": (300, 500), "vague": (1, 40)}


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_the_set_has_pairs() -> None:
    assert len(PAIRS) >= 2


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_pair_loads_through_the_intake(pair: DevPair) -> None:
    assert pair.cv_text.strip() and pair.job_text.strip()
    assert pair.split in ("dev", "heldout")
    assert pair.field and pair.job_title and pair.company


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_label_schema(pair: DevPair) -> None:
    labels = pair.labels
    assert set(labels.formats) <= FORMAT_TAGS, set(labels.formats) - FORMAT_TAGS
    container = [tag for tag in labels.formats if tag in CV_SUFFIX_FOR_FORMAT]
    assert len(container) == 1, "exactly one container format per CV"
    assert pair.cv_path.suffix == CV_SUFFIX_FOR_FORMAT[container[0]]
    assert 3 <= len(labels.positions) <= 6
    for position in labels.positions:
        assert position.title.strip() and position.employer.strip()
        assert position.start and DATE_RE.match(position.start), position.start
        assert position.end is None or DATE_RE.match(position.end), position.end
        assert position.current == (position.end is None)
    starts = [position.start or "" for position in labels.positions]
    assert starts == sorted(starts, reverse=True), "positions must be most recent first"
    current = [position for position in labels.positions if position.current]
    if labels.current is None:
        assert not current
    else:
        assert current, "a current role needs a current position"
        first = labels.positions[0]
        assert (labels.current.title, labels.current.employer) == (first.title, first.employer)
    assert 8 <= len(labels.key_skills) <= 15
    names = [name.casefold() for skill in labels.key_skills for name in skill.names]
    assert len(names) == len(set(names)), "a skill spelling is listed twice"
    assert labels.certifications and labels.education and labels.cv_shows
    assert 0 < labels.years_experience < 50
    job = labels.job
    assert len(job.responsibilities) >= 4 and len(job.requirements) >= 3


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_positions_occur_in_the_extracted_cv(pair: DevPair) -> None:
    text = _squash(pair.cv_text)
    for position in pair.labels.positions:
        assert _squash(position.title) in text, position.title
        assert _squash(position.employer) in text, position.employer


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_date_forms_occur_in_the_extracted_cv(pair: DevPair) -> None:
    assert pair.labels.date_forms
    text = _squash(pair.cv_text)
    for form in pair.labels.date_forms:
        assert _squash(form) in text, form


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_blurb_only_terms_are_in_the_job_text_but_not_labelled_as_needs(pair: DevPair) -> None:
    job = pair.labels.job
    text = _squash(pair.job_text)
    needs = _squash(" ".join(job.responsibilities + job.requirements + job.nice_to_have))
    for term in job.blurb_only:
        assert _squash(term) in text, term
        assert _squash(term) not in needs, term


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_answer_scripts(pair: DevPair) -> None:
    assert set(pair.scripts) == set(SCRIPT_KINDS)
    for name, answers in pair.scripts.items():
        assert len(answers) == ANSWERS_PER_SCRIPT, name
        for answer in answers:
            low, high = WORDS.get(answer.kind, (20, 200))
            words = len(answer.text.split())
            assert low <= words <= high, (name, answer.kind, words, answer.text[:50])
        kinds = [answer.kind for answer in answers]
        if name == "strong":
            assert set(kinds) == {"strong"}
            continue
        assert set(kinds) == {"strong", name}, (name, kinds)
        positions = {index + 1 for index, kind in enumerate(kinds) if kind == name}
        assert len(positions) >= 3, (name, positions)
        for required in REQUIRED_POSITION_SETS:
            assert positions & required, (name, positions, required)
        assert kinds.count("strong") >= 4, "most answers of a script stay strong"


def test_binary_cvs_are_built_from_their_sources() -> None:
    script = DEV_DIR / "build_documents.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"],
        capture_output=True,
        text=True,
        cwd=Path(script).parent,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
