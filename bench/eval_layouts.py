"""How well the CV reader reads the invented CVs of unusual layouts in tests/data/unseen_layouts.

    python bench/eval_layouts.py            # the figures
    python bench/eval_layouts.py --details  # also every miss, CV by CV

Each folder holds a CV (`cv.txt` or `cv.md`) in a layout and field the labelled pairs do not
have (Europass, US résumé, one line per role, functional, academic, trades tickets, bands,
freelance clients, military ranks, a PDF paste, Markdown tables, a Word table with From and
To columns, agency contracts, career breaks, underlined headings, informal headings, a
timeline mixing degrees and jobs, a profile export with lengths under the dates, quarters,
school terms and winter seasons, "Title (Employer)", "Employer: Title", slash cells, ship
postings under a service, a date column split over two lines, full ISO dates...) and
`labels.json`: its
positions (title, employer, start, end, current), current role, key and acceptable skills,
certifications and spoken languages. The figures are those of `eval_reading`, plus
`dates_right` (the share of found positions whose start year, end year and current flag are right) and
`spoken_languages` (labelled spoken languages read as such, named alone) and
`languages_as_skills` (languages read as hard skills or skills-list items; the target is 0).
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
    _cert_found,
    _role_matches,
    _skill_matches,
    judged_skills,
    norm,
    reported_skills,
    same_title,
)
from interview_core.documents import extract_cv  # noqa: E402
from interview_core.language.dates import as_of  # noqa: E402
from interview_core.language.profile import Position, analyse_cv  # noqa: E402

LAYOUT_DIR = ROOT / "tests" / "data" / "unseen_layouts"


@dataclass(frozen=True)
class LayoutCase:
    """One invented CV and its truth labels."""

    id: str
    cv_text: str
    labels: dict


def load_cases(root: Path = LAYOUT_DIR) -> list[LayoutCase]:
    """Every case folder under `root`, sorted by name."""
    cases = []
    for folder in sorted(p for p in root.iterdir() if (p / "labels.json").is_file()):
        cv = next(folder / n for n in ("cv.txt", "cv.md") if (folder / n).is_file())
        text = extract_cv(cv.name, cv.read_bytes()).text
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        cases.append(LayoutCase(folder.name, text, labels))
    return cases


def _matches(role: Position, title: str, employer: str | None) -> bool:
    """Title and employer as `eval_reading` compares them; a null employer (self-employed)
    wants none read."""
    if employer is None:
        return same_title(role.title, title) and not role.employer
    return _role_matches(role, title, employer)


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value else None


@as_of(AS_OF)
def case_details(case: LayoutCase) -> dict[str, object]:
    """Counts and misses for one case."""
    profile = analyse_cv(case.cv_text)
    labels = case.labels
    positions = labels["positions"]
    found, dated, missed, wrong_dates = 0, 0, [], []
    for p in positions:
        role = next((r for r in profile.roles if _matches(r, p["title"], p["employer"])), None)
        if role is None:
            missed.append(f"{p['title']} @ {p['employer']}")
            continue
        found += 1
        want = (_year(p["start"]), _year(p["end"]), p["current"])
        have = (role.start_year, role.end_year, role.is_current)
        if want == have:
            dated += 1
        else:
            wrong_dates.append(f"{p['title']}: {have} for {want}")
    right_roles = sum(
        any(_matches(r, p["title"], p["employer"]) for p in positions) for r in profile.roles
    )
    current = profile.current_role
    wanted_now = labels.get("current")
    current_ok = (
        current is not None
        and wanted_now is not None
        and _matches(current, wanted_now["title"], wanted_now["employer"])
    )
    keys = [tuple(n.strip() for n in k.split("|")) for k in labels["key_skills"]]
    allowed = [n for k in keys for n in k] + [
        n.strip() for a in labels.get("acceptable_skills", []) for n in a.split("|")
    ]
    certs = labels.get("certifications", [])
    # A certificate or degree read as a skill is right when a labelled one names it.
    credentials = [*certs, *labels.get("education", [])]
    reported = reported_skills(profile)
    judged = judged_skills(profile)
    key_found = [k for k in keys if any(_skill_matches(s, k) for s in reported)]
    right = [
        s
        for s in judged
        if _skill_matches(s, [*allowed, *credentials])
        or any(norm(s.name) in norm(c) for c in credentials if norm(s.name))
    ]
    spoken = [norm(x) for x in labels.get("spoken_languages", [])]
    # A language is a skill only as a spoken language, never as a hard skill or plain item.
    as_skills = [
        s.name for s in judged if any(f" {lang} " in f" {norm(s.name)} " for lang in spoken)
    ]
    spoken_right = sum(lang in {norm(x) for x in profile.spoken_languages} for lang in spoken)
    return {
        "positions": len(positions),
        "positions_found": found,
        "dates_right": dated,
        "roles": len(profile.roles),
        "roles_right": right_roles,
        "current_ok": current_ok,
        "key_skills": len(keys),
        "key_found": len(key_found),
        "reported": len(judged),
        "reported_right": len(right),
        "certifications": len(certs),
        "certifications_found": sum(_cert_found(c, profile) for c in certs),
        "languages_as_skills": len(as_skills),
        "spoken": len(spoken),
        "spoken_right": spoken_right,
        "missed_positions": missed,
        "wrong_dates": wrong_dates,
        "read_positions": [
            f"{r.title} @ {r.employer} ({r.start_year}-{r.end_year}{' now' if r.is_current else ''})"
            for r in profile.roles
        ],
        "current_read": current.describe() if current else None,
        "missed_skills": [k[0] for k in keys if k not in key_found],
        "wrong_skills": [s.name for s in judged if s not in right],
        "missed_certifications": [c for c in certs if not _cert_found(c, profile)],
        "languages_read_as_skills": as_skills,
        "spoken_read": list(profile.spoken_languages),
    }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def layout_metrics(cases: list[LayoutCase]) -> dict[str, float]:
    """The figures over `cases` (shares 0–1, and a count of languages read as skills)."""
    rows = [case_details(c) for c in cases]

    def total(key: str) -> int:
        return sum(int(row[key]) for row in rows)  # type: ignore[call-overload]

    return {
        "cases": float(len(rows)),
        "positions_exact": _share(total("positions_found"), total("positions")),
        "positions_precision": _share(total("roles_right"), total("roles")),
        "dates_right": _share(total("dates_right"), total("positions_found")),
        "current_role": _share(sum(bool(r["current_ok"]) for r in rows), len(rows)),
        "skill_recall": _share(total("key_found"), total("key_skills")),
        "skill_precision": _share(total("reported_right"), total("reported")),
        "certification_recall": _share(total("certifications_found"), total("certifications")),
        "spoken_languages": _share(total("spoken_right"), total("spoken")),
        "languages_as_skills": float(total("languages_as_skills")),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every miss, per CV")
    args = parser.parse_args(argv)
    cases = load_cases()
    metrics = layout_metrics(cases)
    print(f"unseen layouts: {int(metrics['cases'])} CVs")
    for key, value in metrics.items():
        if key == "cases":
            continue
        shown = f"{int(value):>6}" if key == "languages_as_skills" else f"{value:6.1%}"
        print(f"  {key:<24} {shown}")
    if args.details:
        for case in cases:
            row = case_details(case)
            print(f"  -- {case.id}")
            for key in (
                "missed_positions",
                "wrong_dates",
                "read_positions",
                "current_read",
                "missed_skills",
                "wrong_skills",
                "missed_certifications",
                "languages_read_as_skills",
            ):
                if row[key] and (key != "current_read" or not row["current_ok"]):
                    print(f"     {key}: {row[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
