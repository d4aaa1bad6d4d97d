"""How well the CV reader reads the labelled development set.

    python bench/eval_reading.py            # dev, then heldout, opened, blind and blind2
    python bench/eval_reading.py --details --split dev  # also every miss, pair by pair

Figures (each a share from 0 to 1):

- positions_exact: labelled positions found with exactly the right title and employer
  (case, punctuation and spacing ignored; an employer's bracketed note may be dropped);
- positions_precision: recognised positions that match a labelled one that way;
- current_role: pairs whose current role (title and employer) is read right;
- skill_recall: key skills (any accepted spelling) the profile shows, named or implied,
  including the items of the CV's own skills list that the lexicon does not know
  (`listed_skills`);
- skill_precision: hard skills the CV names, and its listed items, that are labelled key,
  acceptable or shown skills, certifications or education (a label matches a skill by its
  name, ignoring case, punctuation and a plural, or when the lexicon reads the label as
  that skill; a listed item matches a label when all the content words of one are among
  those of the other, "menu costing" and "Menu costing and GP");
- listed_precision: the listed items alone, judged the same way (also inside
  skill_precision); spoken languages ("French (C1)") are left out of both, as the labels
  do not list them;
- cv_shows_recall: the labelled things the CV shows (directly or by implication, so never
  to be called missing) that the reader finds shown, each read as a job need in free words
  (`evidence_for_need`: a shared named term, a lexicon skill or most content words);
- certification_recall: labelled certifications found among the CV's certifications;
- job_duties_recall, job_requirements_recall, job_nice_recall: labelled duties,
  requirements and nice-to-haves of the job found (a read line holds two thirds of the
  label's content words);
- job_blurb_leaks: terms of the company blurb or benefits that leaked into the duties,
  requirements or skills of the role (a count; the target is 0).

The heldout, blind and blind2 splits are reported, never tuned on; the opened split (blind
until 2026-12-06) is reported on its own.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.devset import AS_OF, SPLITS, DevPair, load_pairs  # noqa: E402
from interview_core.language.cv import LISTED  # noqa: E402
from interview_core.language.dates import as_of  # noqa: E402
from interview_core.language.evidence import evidence_for_need  # noqa: E402
from interview_core.language.job import Need, need_phrase  # noqa: E402
from interview_core.language.profile import (  # noqa: E402
    CandidateProfile,
    JobProfile,
    Position,
    analyse_cv,
    analyse_job,
)
from interview_core.language.skills import Skill, extract_skills  # noqa: E402
from interview_core.language.text import content_words, named_terms, singular  # noqa: E402

TARGETS = {
    "positions_exact": 0.95,
    "current_role": 1.0,
    "skill_recall": 0.85,
    "skill_precision": 0.95,
    "job_blurb_leaks": 0.0,
}


def norm(text: str | None) -> str:
    """Lower case, "&" as "and", punctuation as spaces, spaces collapsed."""
    text = (text or "").casefold().replace("&", " and ").replace("’", "'")
    text = re.sub(r"'s\b", "s", text)
    return " ".join(re.findall(r"[^\W_]+", text))


def _without_brackets(text: str | None) -> str:
    return norm(re.sub(r"\([^()]*\)", " ", text or ""))


def same_title(found: str | None, wanted: str | None) -> bool:
    """Exact title, ignoring case and punctuation."""
    return bool(norm(found)) and norm(found) == norm(wanted)


def same_employer(found: str | None, wanted: str | None) -> bool:
    """Exact employer, ignoring case, punctuation and a bracketed note on either side."""
    if not norm(found):
        return False
    return norm(found) == norm(wanted) or _without_brackets(found) == _without_brackets(wanted)


def _role_matches(role: Position, title: str, employer: str) -> bool:
    return same_title(role.title, title) and same_employer(role.employer, employer)


def reported_skills(profile: CandidateProfile) -> list[Skill]:
    """What the profile says the candidate has: named skills (hard and soft), the CV's own
    listed items, then implied skills."""
    return list(dict.fromkeys([*profile.all_skills, *profile.implied]))


def judged_skills(profile: CandidateProfile) -> list[Skill]:
    """The skills precision is judged on: the hard skills the CV names and its listed items.

    Soft skills ("resilience" from "under pressure") and implied skills (CRM from
    Salesforce) are inferences that labels seldom list; the lexicon tests check those.
    """
    spoken = set(profile.spoken_languages)
    # Spoken languages are skills, but the labels do not list them: judged apart (none).
    return [*profile.skills, *(s for s in profile.listed_skills if s.name not in spoken)]


def _singular(text: str) -> str:
    """Each word in its singular form, as the dictionary gives it ("strategies" → strategy,
    "analyses" → analysis), not only a final "s" dropped."""
    return " ".join(singular(word) for word in text.split())


def _skill_matches(skill: Skill, names: Iterable[str]) -> bool:
    """`skill` is one of `names`: by its name, or because the lexicon reads the label as it.

    ("EKS" names Amazon EKS, "Incident response" names Incident Management.)
    """
    for name in names:
        if _singular(norm(skill.name)) == _singular(norm(name)):
            return True
        if skill.category == LISTED:
            mine, theirs = _content(skill.name), _content(name)
            if mine and theirs and (mine <= theirs or theirs <= mine):
                return True
        elif skill in extract_skills(name) or skill in extract_skills(name, context_free=True):
            # A label is a bare name: it lacks the context an ambiguous alias needs in a CV
            # ("Client reporting" is Reporting).
            return True
    return False


def _content(text: str) -> set[str]:
    return {_singular(w) for w in content_words(text)}


def _phrase_in(phrase: str, text: str) -> bool:
    return bool(phrase) and f" {phrase} " in f" {text} "


def _cert_found(label: str, profile: CandidateProfile) -> bool:
    wanted = norm(label)
    short = _without_brackets(label)
    words = set(short.split()) - {"and", "of", "the", "in", "for", "a"}
    for item in profile.certifications:
        have = norm(item)
        if wanted and (wanted in have or have in wanted) and len(have) >= 3:
            return True
        if short and short in have:
            return True
        # The same words in another order ("Bootcamp, School of Code" for "School of Code
        # Bootcamp").
        if len(words) >= 2 and words <= set(have.split()):
            return True
    # Or the lexicon reads the label as a credential the CV names ("NMC registration").
    named = set(extract_skills(label))
    return any(norm(s.name) in (wanted, short) or s in named for s in profile.credentials)


def _covers(found: Iterable[str], label: str) -> bool:
    """Some found line holds most (two thirds) of the label's content words."""
    wanted = {_singular(w) for w in content_words(label)}
    if not wanted:
        return True
    return any(
        len(wanted & {_singular(w) for w in content_words(line)}) >= 2 / 3 * len(wanted)
        for line in found
    )


def _leaks(job: JobProfile, term: str) -> bool:
    """A blurb-only term shows up among the duties, requirements or skills the role needs."""
    wanted = norm(term)
    asked = [*job.responsibilities, *job.requirements]
    return any(_phrase_in(wanted, norm(line)) for line in asked) or any(
        _skill_matches(s, [term]) for s in (*job.skills, *job.soft_skills)
    )


def job_details(pair: DevPair) -> dict[str, object]:
    """Counts and misses of the job reading for one pair."""
    job = analyse_job(pair.job_title, pair.company, pair.job_text)
    labels = pair.labels.job
    duties = [d.phrase for d in job.duties]
    groups = {
        "duties": (labels.responsibilities, duties),
        "requirements": (labels.requirements, list(job.requirements)),
        "nice": (labels.nice_to_have, list(job.nice_to_have_lines)),
    }
    row: dict[str, object] = {}
    for name, (wanted, found) in groups.items():
        missed = [w for w in wanted if not _covers(found, w)]
        row[f"{name}_labelled"] = len(wanted)
        row[f"{name}_found"] = len(wanted) - len(missed)
        row[f"missed_{name}"] = missed
    leaks = [t for t in labels.blurb_only if _leaks(job, t)]
    row["blurb_terms"] = len(labels.blurb_only)
    row["blurb_leaks"] = len(leaks)
    row["leaked_blurb"] = leaks
    return row


@as_of(AS_OF)
def pair_details(pair: DevPair) -> dict[str, object]:
    """Counts and misses for one pair (the sums behind `reading_metrics`)."""
    profile = analyse_cv(pair.cv_text)
    labels = pair.labels
    found_positions = [
        p
        for p in labels.positions
        if any(_role_matches(r, p.title, p.employer) for r in profile.roles)
    ]
    right_roles = [
        r
        for r in profile.roles
        if any(_role_matches(r, p.title, p.employer) for p in labels.positions)
    ]
    current = profile.current_role
    if labels.current is None:
        current_ok = current is None or not current.is_current
    else:
        current_ok = current is not None and _role_matches(
            current, labels.current.title, labels.current.employer
        )
    reported = reported_skills(profile)
    judged = judged_skills(profile)
    key_found = [k for k in labels.key_skills if any(_skill_matches(s, k.names) for s in reported)]
    allowed = [n for k in labels.key_skills for n in k.names] + [
        n.strip() for a in labels.acceptable_skills for n in a.split("|")
    ]
    allowed += list(labels.cv_shows)
    # A certificate or degree the CV names (SMSTS, PGCE) is right when a labelled
    # certification or education line names it.
    credentials = [norm(c) for c in (*labels.certifications, *labels.education)]
    right_skills = [
        s
        for s in judged
        if _skill_matches(s, [*allowed, *labels.certifications, *labels.education])
        or any(_phrase_in(norm(s.name), c) for c in credentials)
    ]
    certs_found = [c for c in labels.certifications if _cert_found(c, profile)]
    shown = [c for c in labels.cv_shows if evidence_for_need(profile, _need(c)) is not None]
    return {
        "positions": len(labels.positions),
        "positions_found": len(found_positions),
        "roles": len(profile.roles),
        "roles_right": len(right_roles),
        "current_ok": current_ok,
        "key_skills": len(labels.key_skills),
        "key_found": len(key_found),
        "reported": len(judged),
        "reported_right": len(right_skills),
        "listed": sum(s.category == LISTED for s in judged),
        "listed_right": sum(s.category == LISTED for s in right_skills),
        "cv_shows": len(labels.cv_shows),
        "cv_shows_found": len(shown),
        "missed_cv_shows": [c for c in labels.cv_shows if c not in shown],
        "certifications": len(labels.certifications),
        "certifications_found": len(certs_found),
        "missed_positions": [
            f"{p.title} @ {p.employer}" for p in labels.positions if p not in found_positions
        ],
        "read_positions": [f"{r.title} @ {r.employer}" for r in profile.roles],
        "current_read": current.describe() if current else None,
        "missed_skills": [k.name for k in labels.key_skills if k not in key_found],
        "wrong_skills": [s.name for s in judged if s not in right_skills],
        "missed_certifications": [c for c in labels.certifications if c not in certs_found],
    }


def _need(label: str) -> Need:
    """A labelled "CV shows" item as the job need it would be ("PCI DSS", "event sourcing")."""
    return Need(
        phrase=need_phrase(label),
        line=label,
        kind="requirement",
        skills=tuple(extract_skills(label)),
        terms=tuple(named_terms(label)),
    )


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def reading_metrics(pairs: Iterable[DevPair]) -> dict[str, float]:
    """Position, current-role, skill, certification and job figures over `pairs` (0–1)."""
    pairs = list(pairs)
    rows = [pair_details(pair) for pair in pairs]
    jobs = [job_details(pair) for pair in pairs]

    def total(key: str, table: list[dict[str, object]] | None = None) -> int:
        return sum(int(row[key]) for row in (rows if table is None else table))  # type: ignore[call-overload]

    return {
        "pairs": float(len(rows)),
        "positions_exact": _share(total("positions_found"), total("positions")),
        "positions_precision": _share(total("roles_right"), total("roles")),
        "current_role": _share(sum(bool(row["current_ok"]) for row in rows), len(rows)),
        "skill_recall": _share(total("key_found"), total("key_skills")),
        "skill_precision": _share(total("reported_right"), total("reported")),
        "listed_precision": _share(total("listed_right"), total("listed")),
        "cv_shows_recall": _share(total("cv_shows_found"), total("cv_shows")),
        "certification_recall": _share(total("certifications_found"), total("certifications")),
        "job_duties_recall": _share(total("duties_found", jobs), total("duties_labelled", jobs)),
        "job_requirements_recall": _share(
            total("requirements_found", jobs), total("requirements_labelled", jobs)
        ),
        "job_nice_recall": _share(total("nice_found", jobs), total("nice_labelled", jobs)),
        "job_blurb_leaks": float(total("blurb_leaks", jobs)),
    }


def format_metrics(name: str, metrics: dict[str, float]) -> str:
    """One block of text: each figure as a percentage, with its target when it has one."""
    lines = [f"{name}: {int(metrics['pairs'])} pairs"]
    for key, value in metrics.items():
        if key == "pairs":
            continue
        if key == "job_blurb_leaks":
            lines.append(f"  {key:<24} {int(value):>6}" + (" ok" if value == 0 else "  (target 0)"))
            continue
        target = TARGETS.get(key)
        mark = "" if target is None else (" ok" if value >= target else f"  (target {target:.0%})")
        lines.append(f"  {key:<24} {value:6.1%}{mark}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every miss, per pair")
    parser.add_argument("--split", choices=SPLITS, help="only this split")
    args = parser.parse_args(argv)
    for split in (args.split,) if args.split else SPLITS:
        pairs = load_pairs(split)
        if not pairs:
            print(f"{split}: no pairs")
            continue
        print(format_metrics(split, reading_metrics(pairs)))
        if args.details:
            for pair in pairs:
                row = pair_details(pair)
                print(f"  -- {pair.id}")
                for key in (
                    "missed_positions",
                    "read_positions",
                    "current_read",
                    "missed_skills",
                    "wrong_skills",
                    "missed_certifications",
                    "missed_cv_shows",
                ):
                    if row[key]:
                        print(f"     {key}: {row[key]}")
                job_row = job_details(pair)
                for key in ("missed_duties", "missed_requirements", "missed_nice", "leaked_blurb"):
                    if job_row[key]:
                        print(f"     {key}: {job_row[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
