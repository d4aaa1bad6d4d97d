"""How well the CV reader finds the skills of CVs from fields the lexicon was not written for.

    python bench/eval_skills.py            # the tuning split: per CV and overall
    python bench/eval_skills.py --holdout  # the held-out split (report only, never tune on it)

Each folder of tests/data/unseen_skills holds an invented CV (`cv.txt`) from a field the
labelled pairs do not have (sign-language interpreting, commercial diving, air traffic
control, podiatry, town planning...), mostly told in bullets with no skills list, and
`labels.json`: the key skills a recruiter would list (alternatives split by "|", the
lexicon's names where it has one), acceptable skills, certifications, education and a
`split`. The labels were written before the lexicon was grown for these fields. A third of
the cases are `holdout`: their figures are reported, never looked at case by case while
the lexicon is tuned.

- skill_recall: key skills the profile shows (named, implied, or an item of the CV's own
  skills list), as `eval_reading` counts them;
- skill_precision: hard skills the CV names and its listed items that are labelled key or
  acceptable skills, certifications or education.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.devset import AS_OF  # noqa: E402
from bench.eval_reading import (  # noqa: E402
    _skill_matches,
    judged_skills,
    norm,
    reported_skills,
)
from interview_core.language.dates import as_of  # noqa: E402
from interview_core.language.profile import analyse_cv  # noqa: E402

SKILLS_DIR = ROOT / "tests" / "data" / "unseen_skills"
SPLITS = ("tune", "holdout")


@dataclass(frozen=True)
class SkillCase:
    """One invented CV and its skill labels."""

    id: str
    cv_text: str
    labels: dict

    @property
    def split(self) -> str:
        return str(self.labels.get("split", "tune"))


def load_cases(split: str | None = "tune", root: Path = SKILLS_DIR) -> list[SkillCase]:
    """The cases of `split` ("tune", "holdout", or None for all), sorted by name."""
    cases = []
    for folder in sorted(p for p in root.iterdir() if (p / "labels.json").is_file()):
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        case = SkillCase(folder.name, (folder / "cv.txt").read_text(encoding="utf-8"), labels)
        if split is None or case.split == split:
            cases.append(case)
    return cases


def _names(labels: list[str]) -> list[tuple[str, ...]]:
    return [tuple(n.strip() for n in label.split("|")) for label in labels]


@as_of(AS_OF)
def case_details(case: SkillCase) -> dict[str, object]:
    """Counts and misses for one case."""
    profile = analyse_cv(case.cv_text)
    labels = case.labels
    keys = _names(labels["key_skills"])
    allowed = [n for k in keys for n in k] + [
        n for a in _names(labels.get("acceptable_skills", [])) for n in a
    ]
    credentials = [*labels.get("certifications", []), *labels.get("education", [])]
    reported = reported_skills(profile)
    judged = judged_skills(profile)
    found = [k for k in keys if any(_skill_matches(s, k) for s in reported)]
    right = [
        s
        for s in judged
        if _skill_matches(s, [*allowed, *credentials])
        or any(norm(s.name) in norm(c) for c in credentials if norm(s.name))
    ]
    return {
        "key_skills": len(keys),
        "key_found": len(found),
        "reported": len(judged),
        "reported_right": len(right),
        "missed_skills": [k[0] for k in keys if k not in found],
        "wrong_skills": [s.name for s in judged if s not in right],
        "read": [s.name for s in reported],
    }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def skill_metrics(cases: list[SkillCase]) -> dict[str, float]:
    """Recall and precision over `cases` (shares 0–1)."""
    rows = [case_details(c) for c in cases]

    def total(key: str) -> int:
        return sum(int(row[key]) for row in rows)  # type: ignore[call-overload]

    return {
        "cases": float(len(rows)),
        "skill_recall": _share(total("key_found"), total("key_skills")),
        "skill_precision": _share(total("reported_right"), total("reported")),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--holdout", action="store_true", help="the held-out split (report only, never tune)"
    )
    parser.add_argument("--quiet", action="store_true", help="the figures alone")
    args = parser.parse_args(argv)
    split = "holdout" if args.holdout else "tune"
    cases = load_cases(split)
    metrics = skill_metrics(cases)
    print(f"unseen-field skills ({split}): {int(metrics['cases'])} CVs")
    print(f"  {'skill_recall':<18} {metrics['skill_recall']:6.1%}")
    print(f"  {'skill_precision':<18} {metrics['skill_precision']:6.1%}")
    if args.quiet:
        return 0
    for case in cases:
        row = case_details(case)
        recall = _share(int(row["key_found"]), int(row["key_skills"]))  # type: ignore[call-overload]
        precision = _share(int(row["reported_right"]), int(row["reported"]))  # type: ignore[call-overload]
        print(f"  -- {case.id}: recall {recall:.0%}, precision {precision:.0%}")
        for key in ("missed_skills", "wrong_skills", "read"):
            if row[key]:
                print(f"     {key}: {row[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
