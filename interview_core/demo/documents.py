"""Writing the demo's CVs, job descriptions and candidate answers from the catalogue."""

from __future__ import annotations

import random
from collections.abc import Sequence

from .catalogue import DemoRole, packaged_catalogue


def pick(rng: random.Random, items: Sequence[str], k: int) -> list[str]:
    """Up to `k` distinct items, in random order."""
    return rng.sample(list(items), min(k, len(items)))


def write_cv(
    rng: random.Random, role: DemoRole, quality: str, year: int = 2025
) -> tuple[str, str, list[str]]:
    """A CV for `role` written in `year`: returns its text, a file name and the skills it names."""
    cat = packaged_catalogue()
    first, last = rng.choice(cat.first_names), rng.choice(cat.last_names)
    # Every quality's range is drawn, so the draws that follow do not depend on the quality.
    years = {q.name: rng.randint(*q.years) for q in cat.qualities}
    years_in = years[quality]
    level = cat.quality(quality)
    have = pick(rng, role.skills, max(2, round(len(role.skills) * level.skill_share)))
    have += pick(rng, role.extras, rng.randint(1, 3))
    lines = [
        f"{first} {last}",
        f"{role.title} — {years_in} years of experience",
        "",
        "Profile",
        f"{role.title} with hands-on experience in {', '.join(have[:3])}. {level.tagline}",
        "",
        "Experience",
    ]
    now = year
    split = now - max(1, years_in // 2)
    periods = (f"{split} - present", f"{now - years_in} - {split}")
    for employer, period in zip(pick(rng, role.employers, 2), periods, strict=False):
        lines.append(f"{role.title}, {employer} ({period})")
        for _ in range(3 if quality != "weak" else 2):
            action = rng.choice(role.actions)
            bullet = f"- {action[0].upper()}{action[1:]} for {rng.choice(role.projects)}"
            bullet += f" ({rng.choice(have)})"
            if quality != "weak":
                bullet += "; " + rng.choice(role.results).format(n=rng.randint(12, 60))
            lines.append(bullet + ".")
    school = rng.choice(cat.schools)
    lines += ["", "Education", f"BSc, University of {school}", "", "Skills: " + ", ".join(have)]
    filename = f"{first.lower()}-{last.lower()}-cv.{rng.choice(cat.cv_file_types)}"
    return "\n".join(lines) + "\n", filename, have


def write_job_description(rng: random.Random, role: DemoRole, company: str) -> str:
    """A job posting for `role` at `company`, naming its requirements."""
    years = rng.randint(2, 6)
    required = pick(rng, role.skills, rng.randint(5, len(role.skills)))
    nice = pick(rng, role.extras, 2)
    lines = [
        f"{role.title} — {company}",
        "",
        "About the role",
        f"{company} is hiring a {role.title} to {role.mission}. {rng.choice(packaged_catalogue().culture)}",
        "",
        "What you will do",
        *(f"- {d}" for d in role.duties),
        "",
        "What we are looking for",
        f"- {years}+ years of experience as a {role.title} or in a similar role.",
        *(f"- Experience with {s}." for s in required),
        "- Clear written and spoken communication.",
        "",
        "Nice to have",
        *(f"- {s}" for s in nice),
    ]
    return "\n".join(lines) + "\n"


def _answer_level(rng: random.Random, quality: str) -> str:
    """A candidate's level wobbles from answer to answer."""
    roll = rng.random()
    if quality == "strong" and roll < 0.15:
        return "average"
    if quality == "average" and roll < 0.2:
        return rng.choice(("strong", "weak"))
    if quality == "weak" and roll < 0.15:
        return "average"
    return quality


def write_answer(
    rng: random.Random, role: DemoRole, quality: str, skills: Sequence[str], question: str
) -> str:
    """A candidate's answer of the given quality, about a skill the question names if any."""
    cat = packaged_catalogue()
    lowered = question.lower()
    named = [s for s in (*role.skills, *skills) if s.lower() in lowered]
    words = {
        "skill": named[0] if named else rng.choice(list(skills)),
        "project": rng.choice(role.projects),
        "employer": rng.choice(role.employers),
        "action": rng.choice(role.actions),
        "result": rng.choice(role.results).format(n=rng.randint(15, 70)),
    }
    level = _answer_level(rng, quality)
    if any(hint in lowered for hint in cat.closing_hints):
        return cat.closing_weak if level == "weak" else cat.closing_plan.format(**words)
    return rng.choice(cat.quality(level).answers).format(**words)
