"""Loader for the labelled CV/job development set in `tests/data/interviewer_dev/`.

Each pair is a folder holding a CV (`cv.txt|md|docx|pdf`), a job description (`job.txt`),
truth labels (`labels.json`) and scripted candidate answers (`answers.json`). The CV is read
through the product's own intake (`interview_core.documents.extract_cv`) and the job text
through `clean_job_description`, so evaluations see exactly what a user's upload gives.

Pairs with split "heldout" are for reporting only, never for tuning. Pairs with split
"blind" are reported only too, and are stricter still: they are never read while changing the
product, never go into golden files or tests of the product, and `load_pairs()` leaves them
out unless asked for by name (`load_pairs("blind")`). Pairs with split "blind2" follow the same
rules: a second blind set, written without reading the product's rules, only by name
(`load_pairs("blind2")`). Pairs with split "opened" were blind until their figures were
recorded and were then opened for diagnosis: they may be read, are reported on their own, and
like blind pairs only come by name (`load_pairs("opened")`), so they never reach golden files.

    from bench.devset import load_pairs
    for pair in load_pairs("dev"):
        print(pair.id, pair.labels.current.employer, len(pair.cv_text))

Run as a script to print a one-line summary per pair.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from interview_core.documents import clean_job_description, extract_cv  # noqa: E402

DEV_DIR = ROOT / "tests" / "data" / "interviewer_dev"
SPLITS = ("dev", "heldout", "opened", "blind", "blind2")
# What `load_pairs()` gives when no split is named: the opened and blind splits only come by
# name, so goldens, tests and tuning loops that take "every pair" never see them.
DEFAULT_SPLITS = ("dev", "heldout")
SCRIPT_KINDS = ("strong", "vague", "no_outcome", "off_topic", "rambling")
ANSWER_KINDS = SCRIPT_KINDS
ANSWERS_PER_SCRIPT = 8
CV_NAMES = ("cv.txt", "cv.md", "cv.docx", "cv.pdf")
# The set's CVs count years to January 2026 (README): evaluations and goldens read as of then
# (`with interview_core.language.dates.as_of(AS_OF):`), so they do not age with the calendar.
AS_OF = date(2026, 1, 15)


@dataclass(frozen=True)
class LabelledPosition:
    """One job on the CV as a recruiter would write it; dates are "YYYY" or "YYYY-MM"."""

    title: str
    employer: str
    start: str | None
    end: str | None
    current: bool


@dataclass(frozen=True)
class CurrentRole:
    title: str
    employer: str


@dataclass(frozen=True)
class SkillLabel:
    """A key skill with its accepted spellings; the first is the canonical name."""

    names: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.names[0]

    def matches(self, found: str) -> bool:
        """True when `found` is one of the accepted spellings, ignoring case."""
        wanted = found.strip().casefold()
        return any(wanted == name.casefold() for name in self.names)


@dataclass(frozen=True)
class JobLabels:
    responsibilities: tuple[str, ...]
    requirements: tuple[str, ...]
    nice_to_have: tuple[str, ...]
    blurb_only: tuple[str, ...]  # terms only in the company blurb/benefits: never requirements


@dataclass(frozen=True)
class Labels:
    field: str
    split: str
    job_title: str
    company: str
    formats: tuple[str, ...]
    date_forms: tuple[str, ...]
    traps: tuple[str, ...]
    positions: tuple[LabelledPosition, ...]  # most recent first
    current: CurrentRole | None
    key_skills: tuple[SkillLabel, ...]
    acceptable_skills: tuple[str, ...]
    certifications: tuple[str, ...]
    education: tuple[str, ...]
    years_experience: int
    cv_shows: tuple[str, ...]  # evidenced directly or by implication: never "missing"
    job: JobLabels


@dataclass(frozen=True)
class ScriptAnswer:
    kind: str  # one of ANSWER_KINDS
    text: str


@dataclass(frozen=True)
class DevPair:
    id: str
    field: str
    split: str
    job_title: str
    company: str
    cv_path: Path
    cv_text: str
    job_text: str
    labels: Labels
    scripts: dict[str, list[ScriptAnswer]]


def load_pairs(split: str | None = None, root: Path = DEV_DIR) -> list[DevPair]:
    """Pairs sorted by id: those of `split`, or when None those of DEFAULT_SPLITS (never the
    opened or a blind split)."""
    if split is not None and split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS} or None, not {split!r}")
    pairs = [load_pair(folder) for folder in sorted(root.iterdir()) if _is_pair(folder)]
    wanted = DEFAULT_SPLITS if split is None else (split,)
    return [pair for pair in pairs if pair.split in wanted]


def load_pair(folder: Path) -> DevPair:
    """One pair from its folder; raises ValueError when a file is missing or malformed."""
    cv_path = cv_file(folder)
    labels = parse_labels(_read_json(folder / "labels.json"))
    scripts = parse_scripts(_read_json(folder / "answers.json"))
    cv_text = extract_cv(cv_path.name, cv_path.read_bytes()).text
    job_text = clean_job_description((folder / "job.txt").read_text(encoding="utf-8"))
    return DevPair(
        id=folder.name,
        field=labels.field,
        split=labels.split,
        job_title=labels.job_title,
        company=labels.company,
        cv_path=cv_path,
        cv_text=cv_text,
        job_text=job_text,
        labels=labels,
        scripts=scripts,
    )


def cv_file(folder: Path) -> Path:
    """The pair's CV: exactly one of cv.txt, cv.md, cv.docx, cv.pdf."""
    found = [folder / name for name in CV_NAMES if (folder / name).is_file()]
    if len(found) != 1:
        raise ValueError(f"{folder.name}: expected exactly one of {CV_NAMES}, found {found}")
    return found[0]


def parse_labels(raw: dict[str, Any]) -> Labels:
    """Typed labels from the JSON object; unknown keys are refused so typos surface."""
    known = {
        "field", "split", "job_title", "company", "formats", "date_forms", "traps",
        "positions", "current", "key_skills", "acceptable_skills", "certifications",
        "education", "years_experience", "cv_shows", "job",
    }  # fmt: skip
    unknown = set(raw) - known
    if unknown:
        raise ValueError(f"unknown label keys: {sorted(unknown)}")
    if raw["split"] not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {raw['split']!r}")
    positions = tuple(
        LabelledPosition(
            title=item["title"],
            employer=item["employer"],
            start=item.get("start"),
            end=item.get("end"),
            current=bool(item["current"]),
        )
        for item in raw["positions"]
    )
    current = raw.get("current")
    job = raw["job"]
    return Labels(
        field=raw["field"],
        split=raw["split"],
        job_title=raw["job_title"],
        company=raw["company"],
        formats=tuple(raw["formats"]),
        date_forms=tuple(raw["date_forms"]),
        traps=tuple(raw.get("traps", ())),
        positions=positions,
        current=CurrentRole(current["title"], current["employer"]) if current else None,
        key_skills=tuple(
            SkillLabel(tuple(name.strip() for name in skill.split("|")))
            for skill in raw["key_skills"]
        ),
        acceptable_skills=tuple(raw.get("acceptable_skills", ())),
        certifications=tuple(raw.get("certifications", ())),
        education=tuple(raw.get("education", ())),
        years_experience=int(raw["years_experience"]),
        cv_shows=tuple(raw.get("cv_shows", ())),
        job=JobLabels(
            responsibilities=tuple(job["responsibilities"]),
            requirements=tuple(job["requirements"]),
            nice_to_have=tuple(job.get("nice_to_have", ())),
            blurb_only=tuple(job.get("blurb_only", ())),
        ),
    )


def parse_scripts(raw: dict[str, Any]) -> dict[str, list[ScriptAnswer]]:
    """The five answer scripts, each a list of answers in interview order."""
    scripts = raw["scripts"]
    missing = set(SCRIPT_KINDS) - set(scripts)
    if missing:
        raise ValueError(f"missing scripts: {sorted(missing)}")
    result: dict[str, list[ScriptAnswer]] = {}
    for name in SCRIPT_KINDS:
        answers = [ScriptAnswer(kind=item["kind"], text=item["text"]) for item in scripts[name]]
        for answer in answers:
            if answer.kind not in ANSWER_KINDS:
                raise ValueError(f"script {name}: unknown answer kind {answer.kind!r}")
        result[name] = answers
    return result


def _is_pair(folder: Path) -> bool:
    return folder.is_dir() and (folder / "labels.json").is_file()


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path.parent.name}/{path.name}: {exc}") from exc


def main() -> None:
    for pair in [pair for split in SPLITS for pair in load_pairs(split)]:
        current = pair.labels.current
        print(
            f"{pair.id:<28} {pair.split:<8} {pair.cv_path.suffix:<6} "
            f"{len(pair.cv_text):>6} chars  {len(pair.labels.positions)} positions  "
            f"now: {current.title + ' @ ' + current.employer if current else '-'}"
        )


if __name__ == "__main__":
    main()
