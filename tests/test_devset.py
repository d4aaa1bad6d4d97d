"""The labelled interviewer development set: every pair loads through the real intake and
its labels agree with what the intake reads."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bench.devset import (
    ANSWERS_PER_SCRIPT,
    DEV_DIR,
    SCRIPT_KINDS,
    SPLITS,
    DevPair,
    load_pairs,
)
from interview_core.documents import extract_cv

# Every split, opened and blind included: this file checks the set itself, never the product.
PAIRS = sorted((pair for split in SPLITS for pair in load_pairs(split)), key=lambda p: p.id)
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


# Labels count whole years from the earliest listed start to January 2026, when the CVs are dated.
REFERENCE_MONTHS = 2026 * 12 + 1


def _years_since(start: str) -> int:
    year, _, month = start.partition("-")
    return (REFERENCE_MONTHS - (int(year) * 12 + int(month or 1))) // 12


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_the_set_has_pairs() -> None:
    assert len(PAIRS) >= 2


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_pair_loads_through_the_intake(pair: DevPair) -> None:
    assert pair.cv_text.strip() and pair.job_text.strip()
    assert pair.split in SPLITS
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
    assert labels.years_experience == _years_since(min(starts)), "see README: years rule"
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


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_documents", DEV_DIR / "build_documents.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


BUILDER = _builder()


@pytest.mark.parametrize("pair_id", sorted(BUILDER.LAYOUTS))
def test_binary_cvs_are_built_from_their_sources(pair_id: str) -> None:
    # Compared as extracted text, so a library upgrade that changes bytes but not content
    # still passes; `build_documents.py --check` is the byte-for-byte check.
    path, data = BUILDER.build(pair_id)
    assert path.is_file(), f"{path.name} missing: run build_documents.py"
    committed = extract_cv(path.name, path.read_bytes()).text
    assert extract_cv(path.name, data).text == committed, "stale: run build_documents.py"


def test_document_builds_are_deterministic() -> None:
    pair_id = next(iter(sorted(BUILDER.LAYOUTS)))
    assert BUILDER.build(pair_id)[1] == BUILDER.build(pair_id)[1]
    two_column = next(key for key, kind in BUILDER.LAYOUTS.items() if kind == "pdf-two-column")
    assert BUILDER.build(two_column)[1] == BUILDER.build(two_column)[1]


# ---------------------------------------------------------------------------------------------
# The set as a whole

REQUIRED_FORMATS = {
    "docx-table", "tab-dates", "pdf-one-column", "pdf-two-column", "markdown", "plain-text",
    "uppercase-headings", "colon-headings", "bullets-•", "bullets-▪", "bullets-*", "bullets--",
    "wrapped-bullets",
}  # fmt: skip
REQUIRED_DATE_FORMS = {
    "Mar 2019 – present", "Sept 2019 – present", "03.2021 – now", "09.2017 – 02.2021",
    "04/2021 – Present", "July 2019–July 2020", "2019-2021",
}  # fmt: skip
REQUIRED_TRAPS = {
    "long-title-above-date-line", "dash-in-brackets-title", "department-line-beside-employer",
    "employer-comma-brackets", "ab-tested-with-figure", "smsts-implies-health-and-safety",
    "implied-skills-terraform-prometheus-pci", "blurb-b2b-saas", "blurb-people-management",
}  # fmt: skip


def _with(tag: str) -> list[DevPair]:
    return [pair for pair in PAIRS if tag in pair.labels.formats or tag in pair.labels.traps]


def _lines(pair: DevPair) -> list[str]:
    return [line.strip() for line in pair.cv_text.splitlines()]


def test_splits_and_fields() -> None:
    dev = [pair for pair in PAIRS if pair.split == "dev"]
    heldout = [pair for pair in PAIRS if pair.split == "heldout"]
    dev_fields = {pair.field for pair in dev}
    assert len(dev) >= 21 and len(dev_fields) >= 21
    assert len(heldout) >= 4
    assert not dev_fields & {pair.field for pair in heldout}, "heldout fields must be new"
    assert load_pairs("dev") == dev and load_pairs("heldout") == heldout


def test_opened_split_is_new_and_only_loaded_by_name() -> None:
    opened = [pair for pair in PAIRS if pair.split == "opened"]
    assert len(opened) >= 6
    opened_fields = {pair.field for pair in opened}
    assert len(opened_fields) == len(opened), "one opened pair per field"
    earlier = {pair.field for pair in PAIRS if pair.split in ("dev", "heldout")}
    assert not opened_fields & earlier, "opened fields must be new"
    assert load_pairs("opened") == opened
    assert not [pair for pair in load_pairs() if pair.split == "opened"], "opened only by name"
    binary = [pair for pair in opened if pair.cv_path.suffix in (".docx", ".pdf")]
    assert {".docx", ".pdf"} <= {pair.cv_path.suffix for pair in binary}


def test_blind_split_is_new_and_only_loaded_by_name() -> None:
    # The split may be empty while a fresh blind set is being written.
    blind = [pair for pair in PAIRS if pair.split == "blind"]
    blind_fields = {pair.field for pair in blind}
    assert len(blind_fields) == len(blind), "one blind pair per field"
    known = {pair.field for pair in PAIRS if pair.split != "blind"}
    assert not blind_fields & known, "blind fields must be new"
    assert load_pairs("blind") == blind
    assert not [pair for pair in load_pairs() if pair.split == "blind"], "blind only by name"


def test_blind2_split_is_new_and_only_loaded_by_name() -> None:
    blind2 = [pair for pair in PAIRS if pair.split == "blind2"]
    assert len(blind2) >= 8
    fields = {pair.field for pair in blind2}
    assert len(fields) == len(blind2), "one blind2 pair per field"
    known = {pair.field for pair in PAIRS if pair.split != "blind2"}
    assert not fields & known, "blind2 fields must be new"
    assert load_pairs("blind2") == blind2
    assert not [pair for pair in load_pairs() if pair.split == "blind2"], "blind2 only by name"
    containers = {
        tag for pair in blind2 for tag in pair.labels.formats if tag in CV_SUFFIX_FOR_FORMAT
    }
    assert containers == set(CV_SUFFIX_FOR_FORMAT), "blind2 covers every container format"


def test_every_format_date_form_and_trap_is_covered() -> None:
    formats = {tag for pair in PAIRS for tag in pair.labels.formats}
    assert formats >= REQUIRED_FORMATS, REQUIRED_FORMATS - formats
    forms = {form for pair in PAIRS for form in pair.labels.date_forms}
    assert forms >= REQUIRED_DATE_FORMS, REQUIRED_DATE_FORMS - forms
    traps = {trap for pair in PAIRS for trap in pair.labels.traps}
    assert traps >= REQUIRED_TRAPS, REQUIRED_TRAPS - traps
    docx_with_both = [
        pair for pair in PAIRS if {"docx", "docx-table", "tab-dates"} <= set(pair.labels.formats)
    ]
    assert docx_with_both, "one DOCX needs both a table and tab-aligned dates"


@pytest.mark.parametrize("tag", ["bullets-•", "bullets-▪", "bullets-*", "bullets--"])
def test_bullet_tags_match_the_text(tag: str) -> None:
    marker = tag.removeprefix("bullets-")
    for pair in PAIRS:
        has = any(line.startswith(marker + " ") for line in _lines(pair))
        assert has == (tag in pair.labels.formats), (pair.id, tag)


def test_heading_tags_match_the_text() -> None:
    sections = re.compile(r"(experience|employment|skills|education|profile|summary)", re.I)
    for pair in PAIRS:
        lines = _lines(pair)
        upper = any(line.isupper() and sections.search(line) for line in lines)
        colon = any(
            re.fullmatch(r"[A-Z][A-Za-z ]+:", line) and sections.search(line) for line in lines
        )
        assert upper == ("uppercase-headings" in pair.labels.formats), pair.id
        assert colon == ("colon-headings" in pair.labels.formats), pair.id


def test_layout_tags_match_the_files() -> None:
    import docx

    for pair in _with("docx-table"):
        assert docx.Document(str(pair.cv_path)).tables, pair.id
    for pair in _with("tab-dates"):
        if pair.cv_path.suffix == ".docx":
            assert b"<w:tab/>" in _docx_xml(pair.cv_path), pair.id
        else:
            assert "\t" in pair.cv_path.read_text(encoding="utf-8"), pair.id
    for pair in _with("pdf-two-column"):
        assert (pair.cv_path.parent / "cv.source.md").read_text().count("::: sidebar") == 1


def _docx_xml(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml")


def test_traps_are_really_in_the_documents() -> None:
    for pair in _with("long-title-above-date-line"):
        lines = _lines(pair)
        date_only = re.compile(r"^[A-Za-z0-9./ ]+ ?[–-] ?[A-Za-z0-9./ ]+$")
        assert any(
            len(p.title.split()) > 6
            and p.title in lines
            and date_only.match(lines[lines.index(p.title) + 1])
            for p in pair.labels.positions
        ), pair.id
    for pair in _with("dash-in-brackets-title"):
        assert any(re.search(r"\([^)]*–[^)]*\)", p.title) for p in pair.labels.positions)
    for pair in _with("department-line-beside-employer"):
        assert any(
            re.search(r"(Department|Unit|School of)[^,\n]*, " + re.escape(p.employer), pair.cv_text)
            for p in pair.labels.positions
        ), pair.id
    for pair in _with("employer-comma-brackets"):
        assert any(
            re.search(re.escape(p.employer) + r" \([^)]*,[^)]*\)", pair.cv_text)
            for p in pair.labels.positions
        ), pair.id
    for pair in _with("ab-tested-with-figure"):
        assert "A/B tested" in pair.cv_text and "+4.2%" in pair.cv_text
        assert "A/B testing" in pair.labels.cv_shows
    for pair in _with("smsts-implies-health-and-safety"):
        assert "SMSTS" in pair.cv_text and "health and safety" in pair.labels.cv_shows
    for pair in _with("implied-skills-terraform-prometheus-pci"):
        for word in ("Terraform", "Prometheus", "PCI-DSS"):
            assert word in pair.cv_text
        for implied in ("infrastructure as code", "observability", "regulatory compliance"):
            assert implied in pair.labels.cv_shows
            assert implied not in pair.cv_text.casefold(), "the implication must not be spelled out"
    for pair in _with("blurb-b2b-saas"):
        assert "a B2B SaaS company" in pair.job_text and "B2B SaaS" in pair.labels.job.blurb_only
    for pair in _with("blurb-people-management"):
        assert "people management" in pair.job_text
        assert "people management" in pair.labels.job.blurb_only
    # Duties written in forms other than a bulleted list of verb phrases.
    for pair in _with("responsible-for-list"):
        assert re.search(r"responsible for:\s*\n\s*[-•*] the ", pair.job_text, re.I), pair.id
    for pair in _with("duties-in-pipe-table"):
        assert len(re.findall(r"^[A-Z][a-z ]+ \| [A-Z]", pair.job_text, re.M)) >= 4, pair.id
    for pair in _with("duties-as-sentences"):
        bullets = re.findall(r"^[-•*] ", pair.job_text, re.M)
        sentences = re.findall(r"\b(?:you will|you'll) [a-z]+", pair.job_text, re.I)
        assert len(sentences) >= 3 and len(bullets) < len(pair.labels.job.requirements) + 4


def test_readme_lists_every_pair_with_its_split() -> None:
    readme = (DEV_DIR / "README.md").read_text(encoding="utf-8")
    for pair in PAIRS:
        assert f"| `{pair.id}` | {pair.split} |" in readme, pair.id
    assert "never for tuning" in readme
