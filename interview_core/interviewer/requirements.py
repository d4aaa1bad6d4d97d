"""The job's essential requirements that neither the CV nor the answers show, in the field's
own words ("two years' base maintenance experience on heavy checks", "a Certificate in Legal
Translation"): the one that matters most is asked about once, as a gap question.

The claims policy holds: a requirement is a candidate only when nothing on the CV or in the
answers shows it (its named terms, its lexicon skills, its pieces, or all its words of
substance anywhere); the question says it is missing from the CV only when not one of those
words appears at all, and otherwise asks neutrally where the candidate has done it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from lemminflect import getAllLemmas

from ..language.cv import CandidateProfile
from ..language.evidence import evidence_for, evidence_for_need, profile_lines
from ..language.field_skills import (
    held_words,
    is_code,
    key_words,
    requirement_pieces,
    shown_by,
    word_found,
)
from ..language.job import JobProfile, Need, asked_tail, duty_verbs, phrase_end
from ..language.layout import clean
from ..language.progress import in_progress
from ..language.skills import extract_skills, implied_skills, is_credential, is_employer_check
from ..language.text import dictionary_forms, letter_runs, sentences, singular, stem


class Documents(Protocol):
    """What is read here of the plan's documents (the plan module imports this one)."""

    job_title: str
    cv_text: str
    job: JobProfile
    cv: CandidateProfile


_DATA = Path(__file__).with_name("requirements.toml")


@lru_cache(maxsize=1)
def _settings() -> dict:
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


def _pattern(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _settings()[key]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _generic() -> re.Pattern[str]:
    return _pattern("generic")


@lru_cache(maxsize=1)
def _driving() -> re.Pattern[str]:
    return _pattern("driving")


@dataclass(frozen=True)
class Requirement:
    """A requirement of the job to ask about, named as the question says it."""

    thing: str
    """ "two years' base maintenance experience on heavy checks", "a Certificate in …"."""
    line: str
    """The job line asking for it."""
    held: bool
    """A thing one holds (a qualification, a licence) rather than experience one has."""


def is_generic(line: str, job_title: str) -> bool:
    """Whether a requirement says nothing about the work: the right to work, an attitude, a
    driving licence (unless the job is driving)."""
    if not _generic().search(line):
        return False
    words = letter_runs(job_title)
    driving_job = any(w in _settings()["driving_titles"] for w in words)
    return not (driving_job and _driving().search(line))


def _substance(phrase: str) -> list[str]:
    """The words of a requirement that say what is asked for: no weak or grading words."""
    grading = set(_settings()["grading"])
    return [w for w in key_words(phrase) if w.lower() not in grading and not w.isdigit()]


def _texts(docs: Documents, answers: Sequence[str]) -> list[str]:
    """The CV's lines (header cells too) and the answers' sentences."""
    lines = [line for line, _ in profile_lines(docs.cv)]
    lines += [cell for h in docs.cv.header for cell in re.split(r"\s+[|•·]\s+", h)]
    lines += [s for a in answers for s in sentences(a) if s]
    return lines


_LEVEL = re.compile(r"\b(level|grade|band|stage)\s*(\d+)\b", re.IGNORECASE)


def _levels(text: str) -> dict[str, int]:
    """The highest level of each kind a text names: {"level": 3} for "City & Guilds Level 3"."""
    out: dict[str, int] = {}
    for kind, number in _LEVEL.findall(text):
        out[kind.lower()] = max(out.get(kind.lower(), 0), int(number))
    return out


def _below(line: str, text: str) -> bool:
    """Whether `text` names a lower level of what `line` asks for ("Level 2 Certificate" for
    "Level 3 Diploma"): it shows the nearest thing held, not the requirement."""
    wanted, held = _levels(line), _levels(text)
    return any(kind in held and held[kind] < level for kind, level in wanted.items())


def is_shown(docs: Documents, need: Need, answers: Sequence[str] = ()) -> bool:
    """Whether the CV or the answers show the requirement, or may show it: its named terms
    or the bulk of its words on one line, one of its lexicon skills, one of its pieces
    ("home births" of "home births and continuity-of-carer models"), or every word of
    substance somewhere (a code list may be written out: "NPTC … chainsaw" for "CS30")."""
    if shown_together(docs, need, answers):
        return True
    words = _substance(need.phrase)
    plain = [w for w in words if not is_code(w)] or words
    return bool(plain) and all(_found(w, [docs.cv_text, *answers]) for w in plain)


def shown_together(
    docs: Documents, need: Need, answers: Sequence[str] = (), initials: bool = True
) -> bool:
    """Whether one line of the CV or the answers shows the requirement (its terms, a lexicon
    skill, a piece of it), not only its words scattered over the CV ("paediatric" in the
    profile, "assessment" in a bullet on adults): then it is only half shown, and asked about
    neutrally. Without `initials`, an acronym of a few of its words is not enough."""
    # A thing held ("a Certificate in Legal Translation") is shown by the credential, not by
    # the work it is in: a translator's CAT tools show translation, never the certificate.
    held = _thing(need.line)[1]
    found = evidence_for_need(docs.cv, need, answers, initials)
    if held and found is not None and found.via is not None and not is_credential(found.via):
        found = None
    # "AWS certification": a line naming AWS by the term shows the work, as the skill does.
    if held and found is not None and found.term and _names_work_only(found.term):
        found = None
    # "AZ-104 in progress", "SQE2 booked for April 2026": the nearest thing to a credential,
    # not the credential. Half shown, it is asked about neutrally, never called missing.
    if held and found is not None and in_progress(found.line):
        found = None
    if found is not None and not _below(need.line, found.line):
        return True
    skills = [s for s in need.skills if is_credential(s)] if held else need.skills

    def counts(line: str) -> bool:
        return not _below(need.line, line) and not (held and in_progress(line))

    for skill in skills:
        shown = evidence_for(docs.cv, skill, answers, job=docs.job)
        if shown is None:
            continue
        # "WSET Level 2 Award, 2022" and "Level 3 – working towards": neither is the Level 3.
        if counts(shown.line) or any(counts(m.text) for m in docs.cv.mentions_of(skill)):
            return True
    texts = [t for t in _texts(docs, answers) if counts(t)]
    work = _without_held_words(need.phrase)
    if held and _names_work_only(work):
        # "AWS certification": its words show AWS work, unless the line names a credential
        # ("AWS Certified Solutions Architect (2022)", a line of the CV's certificates).
        held_lines = set(docs.cv.certifications)
        return any(shown_by(work, [t]) and (t in held_lines or _names_held_word(t)) for t in texts)
    return any(shown_by(piece, texts) for piece in _pieces_ungraded(need.phrase))


def _countable() -> frozenset[str]:
    """The heads of a requirement naming one thing held: the nouns the job reader shares
    (`held_words`) and the interviewer's own ("qualification", "diploma")."""
    return held_words()["nouns"] | frozenset(_settings()["countable"])


def _held_word(word: str) -> bool:
    held = {*_countable(), *held_words()["statuses"]}
    return singular(word.strip(",.;:()")) in held


def _names_held_word(line: str) -> bool:
    """Whether a line names a thing held ("certified", "certificate", "licence")."""
    return any(_held_word(w) for w in line.split())


def _without_held_words(phrase: str) -> str:
    """The phrase without the words naming a thing held ("AWS" of "AWS certification")."""
    return " ".join(w for w in phrase.split() if not _held_word(w))


def _names_work_only(term: str) -> bool:
    """Whether a requirement's term is a lexicon skill of work, none a credential ("AWS"),
    so a line naming it shows the work and not a credential held in it."""
    named = extract_skills(term)
    return bool(named) and not any(is_credential(s) for s in named)


def _pieces_ungraded(phrase: str) -> list[str]:
    """The requirement's pieces, and each without its grading words: "post-registration
    qualification in practice education" is met by "PgCert Practice Education"."""
    grading = set(_settings()["grading"])
    out: list[str] = []
    for piece in requirement_pieces(phrase):
        out.append(piece)
        kept = [w for w in piece.split() if w.lower().strip(",.;:") not in grading]
        if kept and len(kept) < len(piece.split()) and key_words(" ".join(kept)):
            out.append(" ".join(kept))
    return list(dict.fromkeys(out))


_AGENT = re.compile(r"\b([A-Za-z]{3,}?)(?:er|or|ist)s?\b")


def _found(word: str, texts: Sequence[str]) -> bool:
    """Whether `word` is in the texts in some form, or as the doer of it: a "Climber" on a CV
    has climbing experience, a "Translator" translation."""
    if word_found(word, texts):
        return True
    forms = {stem(f) for f in dictionary_forms(word.lower())} | {stem(word.lower())}
    return any(
        stem(m.group(1).lower()) in forms or stem(m.group(1).lower() + "e") in forms
        for text in texts
        for m in _AGENT.finditer(text)
    )


def is_certainly_absent(docs: Documents, need: Need, answers: Sequence[str] = ()) -> bool:
    """Whether the CV can be said to lack the requirement: nothing shows it and not one of
    its words of substance, nor a word telling of one ("reviewed" of audit), appears on the
    CV or in the answers. When unsure, ask neutrally."""
    if is_shown(docs, need, answers):
        return False
    words = _substance(need.phrase)
    texts = [docs.cv_text, *answers]
    if any(_found(w, texts) for w in words):
        return False
    return bool(words) and not kin_found(words, texts)


def telling_words(name: str) -> list[str]:
    """The words of a practice's name that tell of it on their own, lower case: its head
    ("audit" of "Clinical Audit"), or the words before a head that says little alone
    ("project" of "Project Management"); a code or an acronym is no word of the kind."""
    generic = set(_settings()["telling"]["generic_heads"])
    words = [w.lower() for w in letter_runs(name) if len(w) > 2]
    if not words:
        return []
    if words[-1] not in generic:
        return words[-1:]
    return [w for w in words[:-1] if w not in generic]


def kin_found(words: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether a word telling of one of `words`' practices, though not the word itself,
    is in the texts in some form ("reviewed 18 months of readmissions" for audit, "reduced
    readmissions by 22%" for improvement)."""
    kin = _settings()["telling"]["kin"]
    for word in words:
        forms = {word.lower(), *dictionary_forms(word.lower())}
        for key in forms & set(kin):
            if any(_found(k, texts) for k in kin[key]):
                return True
    return False


def telling_shown(name: str, texts: Sequence[str]) -> bool:
    """Whether the texts hold a word telling of the practice `name` names, or its kin: it
    may be there under other words, so its absence is never claimed."""
    words = telling_words(name)
    return any(_found(w, texts) for w in words) or kin_found(words, texts)


def _importance(docs: Documents, need: Need, duties: Sequence[str]) -> int:
    """How much the job rests on a requirement: named in the job's title, asked for by its
    duties too, marked as one it cannot do without."""
    words = [w for w in _substance(need.phrase) if not is_code(w)]
    score = 0
    if any(word_found(w, [docs.job_title]) for w in words):
        score += 3
    if any(word_found(w, list(duties)) for w in words if len(w) > 3):
        score += 1
    essential = set(_settings()["essential"])
    if set(letter_runs(need.line)) & essential:
        score += 1
    return score


_TAIL = re.compile(
    r"\s+(?:or equivalent|or similar|or above|or higher|as a minimum|at a minimum|"
    r"(?:is |are )?(?:essential|desirable|required|preferred))\s*$",
    re.IGNORECASE,
)
# How a line addresses the reader before naming the requirement: "You'll hold …".
_ADDRESS = re.compile(
    r"^(?:you(?:'ll|’ll| will)?\s+(?:need|have|bring|hold|be)\s+|must\s+(?:have|hold)\s+|"
    r"candidates?\s+(?:must|should)\s+(?:have|hold)\s+)",
    re.IGNORECASE,
)
# A label before the requirement ("Essential: …", "Desirable – …").
_LABEL = re.compile(r"^(?:essential|desirable|required)\s*[:–—-]\s*", re.IGNORECASE)
# Where the thing asked for ends: brackets, dashes, examples, a colon.
_END = re.compile(
    r"\s*(?:\(|\s[–—-]\s|;|:|,\s*(?:ideally|preferably|including|especially|such as|e\.g\.)|"
    r"\bsuch as\b|\be\.g\.|\bideally\b|\bpreferably\b)",
    re.IGNORECASE,
)
_SMALL = frozenset(["a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"])


def _thing(line: str) -> tuple[str, bool]:
    """The requirement as a question names it, the advert's words from the line ("at least
    two years' base maintenance experience on heavy checks", "an independent and supplementary
    prescribing qualification"), and whether it is a thing held; "" when the line names no
    thing (an ability: "Explain findings simply…", a phrase cut from its verb)."""
    thing = _ADDRESS.sub("", _LABEL.sub("", clean(line).strip(" .")))
    cut = phrase_end(thing, _END)
    if cut is not None:
        thing = thing[:cut]
    thing = _TAIL.sub("", asked_tail().sub("", thing.strip(" ,.;:"))).strip(" ,.;:")
    words = thing.split()
    # "at least two years' …", "a degree in …": a thing, though opened by a small word.
    article = len(words) > 1 and words[0].lower() in ("a", "an")
    definite = len(words) > 1 and words[0].lower() == "the"
    if definite:  # "The National Professional Qualification for SENCo": kept, as one
        words = words[1:]
        thing = "the " + thing[4:]
    leads_on = " ".join(words[:2]).lower() == "at least" or article
    if not words or (words[0].lower() in _SMALL and not leads_on) or len(words) > 16:
        return "", False
    if article:
        thing = thing[len(words[0]) + 1 :]  # said again below, if the head takes one
        words = words[1:]
    first = words[0].lower()
    if first in _settings()["person_openers"] and len(words) > 1 and words[1][:1].isupper():
        # "Registered Midwife with current NMC registration": the person, which the CV's
        # roles show, with the thing held after "with"; "Qualified Teacher Status" is a thing.
        person, with_, held_thing = thing.partition(" with ")
        if with_:
            return _thing(held_thing)
        if words[-1].lower() not in held_words()["statuses"]:
            return "", False
    if set(getAllLemmas(first)) == {"VERB"} or (first in duty_verbs() and first not in _HELD):
        return "", False  # "Explain findings simply…": a duty or an ability, not a thing held
    # A name in capitals ("Legal Translation") keeps its first capital; a code ("EWIS") or an
    # acronym says nothing about the words around it.
    capitals = [
        w for w in words[1:] if w[:1].isupper() and w.lower() not in _SMALL and not is_code(w)
    ]
    if words[0][:1].isupper() and words[0][1:].islower() and not capitals:
        thing = words[0].lower() + thing[len(words[0]) :]  # "Independent and…" mid-sentence
    head = re.split(r"\s+(?:in|of|with|for|from|to|as)\s+", thing, maxsplit=1)[0].split()[-1]
    countable = _countable()
    held = (
        head.lower() in countable
        or any(singular(w.strip(",.;:")) in countable for w in words)
        or words[-1].lower() in held_words()["statuses"]
    )
    if article or (head.lower() in countable and not definite):
        thing = f"{'an' if thing[:1].lower() in 'aeiou' else 'a'} {thing}"
    return thing, held


_TIME = re.compile(r"\b(?:years?|months?)\b", re.IGNORECASE)
# A requirement asking for experience, by that word or by time in the work.
_EXPERIENCE = re.compile(r"\b(?:experience[ds]?|years?|background)\b", re.IGNORECASE)

# Words that open a thing held, though they are verbs too ("experience", "training").
_HELD = frozenset(["experience", "training", "knowledge"])


def candidates(docs: Documents, duties: Sequence[str]) -> list[Need]:
    """The job's requirements in its own words that neither the CV shows nor the lexicon-skill
    gaps cover, most important first; `duties`: the job's duties (asked as duties)."""
    found: list[tuple[int, int, Need]] = []
    for index, need in enumerate(docs.job.asks):
        if need.kind != "requirement" or need.line in duties:
            continue
        if is_generic(need.line, docs.job_title):
            continue
        if any(is_employer_check(s) for s in need.skills):
            continue
        thing, held = _thing(need.line)
        if not thing or not _substance(need.phrase):
            continue
        lexical = [s for s in need.skills if not is_credential(s)]
        if not held and lexical and not _half_shown_essential(docs, need, lexical, duties):
            # A lexicon skill: the plan's skill gaps ask about it, or it is soft. A thing held
            # ("a prescribing qualification") is asked as the job names it.
            continue
        wanted = years_wanted(need.line)
        if wanted and years_showing(docs, need) >= wanted:
            continue  # the dated positions doing it cover the years asked for
        if not held and _EXPERIENCE.search(need.line) and meets_by_positions(docs, need):
            # A position held does that kind of work ("Store Manager" for "a similar
            # customer-facing role"): no gap, nothing to ask.
            continue
        if shown_together(docs, need):
            continue
        # A requirement only half shown (its words scattered over the CV) comes after the
        # ones nothing shows: an essential one is still checked, neutrally.
        # Time in the work ("five years' experience in a practice") the CV's dates show.
        half = is_shown(docs, need)
        if half and (_TIME.search(need.line) or _in_positions(docs, need) or _a_setting(need)):
            continue
        found.append((half, -_importance(docs, need, duties), index, need))
    return [need for *_, need in sorted(found, key=lambda f: f[:3])]


_YEARS = re.compile(
    r"\b(\d{1,2}|[a-z]+)\s*\+?\s*(?:(?:-|–|to|or)\s*\w+\s*\+?\s*)?(?:years?|yrs)\b['’]?",
    re.IGNORECASE,
)


def years_wanted(line: str) -> int:
    """The years of experience a requirement asks for ("at least 3 years' experience",
    "three to five years in …"): the smallest number it names; 0 when it names none."""
    words = _settings()["years_words"]
    for match in _YEARS.finditer(line):
        number = match.group(1).lower()
        value = int(number) if number.isdigit() else words.get(number, 0)
        if 0 < value <= 30:
            return value
    return 0


def _role_shows(docs: Documents, need: Need, lines: Sequence[str]) -> bool:
    """Whether a position's own lines (title, employer, bullets) show the requirement: one of
    its lexicon skills, directly or by implication ("Crown Court" for criminal courts), one
    of its pieces, or every word of substance."""
    text = " ".join(lines)
    if not _kinds_shown(need.phrase, lines):
        return False  # "supervisory signalling experience": a signaller's post is not that
    found = extract_skills(text)
    if set(need.skills) & {*found, *implied_skills(found)}:
        return True
    if any(shown_by(piece, lines) for piece in requirement_pieces(need.phrase)):
        return True
    words = [w for w in _substance(need.phrase) if not is_code(w)]
    if words and all(_found(w, [text]) for w in words):
        return True
    return any(_kind_shown(alternative, lines) for alternative in _ALTERNATIVE.split(need.phrase))


# Where a requirement offers another kind of experience ("front-line housing or a similar
# customer-facing role", "load control / weight and balance").
_ALTERNATIVE = re.compile(r"\s+or\s+|\s*/\s*", re.IGNORECASE)


def _kind_shown(phrase: str, lines: Sequence[str]) -> bool:
    """Whether a position's lines show the kind of experience `phrase` asks for: each word
    saying its kind ("supervisory", "customer-facing") by a word of `position_kin` in the
    lines ("Ramp Team Leader", "dealt with aggressive customers"), and every other word of
    substance itself ("ramp"). Words only saying it is experience ("a similar role") ask
    for nothing."""
    settings = _settings()
    rest = phrase
    kinds = 0
    for pattern, kin in settings["position_kin"].items():
        said = re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
        if not said.search(rest):
            continue
        if not any(_kin_said(k, lines) for k in kin):
            return False
        rest = said.sub(" ", rest)
        kinds += 1
    fillers = set(settings["position_fillers"])
    words = [w for w in _substance(rest) if not is_code(w) and w.lower() not in fillers]
    return kinds > 0 and all(_found(w, lines) for w in words)


def _kinds_shown(phrase: str, lines: Sequence[str]) -> bool:
    """Whether the lines show every kind of experience `phrase` names ("supervisory",
    "customer-facing") in one of its alternatives, or it names none."""
    named = False
    for alternative in _ALTERNATIVE.split(phrase):
        kinds = [
            kin
            for pattern, kin in _settings()["position_kin"].items()
            if re.search(rf"\b(?:{pattern})\b", alternative, re.IGNORECASE)
        ]
        named = named or bool(kinds)
        if kinds and all(any(_kin_said(k, lines) for k in kin) for kin in kinds):
            return True
    return not named


def _kin_said(word: str, lines: Sequence[str]) -> bool:
    """Whether a word of `position_kin` is in the lines as itself or inflected ("leaders",
    "supervised"), never as a word it is made from ("Manage possessions" is no manager)."""
    base = word[:-1] if word.endswith("e") else word
    ending = "(?:e|es|ed|ing)?" if word.endswith("e") else "(?:s|es|ed|ing)?"
    pattern = re.compile(rf"\b{re.escape(base)}{ending}\b", re.IGNORECASE)
    return any(pattern.search(line) for line in lines)


def meets_by_positions(docs: Documents, need: Need) -> bool:
    """Whether the CV's positions meet an experience requirement: for one asking for years
    ("minimum 3 years' supervisory ramp experience"), the dated positions showing it cover
    them; for one asking for a kind of experience ("front-line housing or a similar
    customer-facing role"), a position shows it. Such a requirement is never a gap."""
    wanted = years_wanted(need.line)
    if wanted:
        return years_showing(docs, need) >= wanted
    # The kind of experience named ("customer-facing"), not its words scattered over a
    # position's lines ("access" in one bullet, "control" in another): those are only half
    # shown, and asked about neutrally.
    return any(
        _kind_shown(alternative, [line for line in _role_lines(role) if line])
        for role in docs.cv.roles
        for alternative in _ALTERNATIVE.split(need.phrase)
    )


def _role_lines(role: object) -> list[str]:
    return [
        getattr(role, "title", None) or "",
        getattr(role, "employer", None) or "",
        getattr(role, "department", None) or "",
        *getattr(role, "highlights", ()),
    ]


def years_showing(docs: Documents, need: Need, today: date | None = None) -> float:
    """The years the CV's dated positions whose own lines show the requirement cover, each
    month counted once (a running position up to today)."""
    today = today or date.today()
    spans: list[tuple[int, int]] = []
    for role in docs.cv.roles:
        if role.start_year is None:
            continue
        lines = [role.title or "", role.employer or "", role.department or "", *role.highlights]
        if not _role_shows(docs, need, [line for line in lines if line]):
            continue
        start = role.start_year * 12 + (role.start_month or 1) - 1
        if role.end_year is not None:
            end = role.end_year * 12 + (role.end_month or 1) - 1
        elif role.is_current:
            end = today.year * 12 + today.month - 1
        else:
            continue
        spans.append((start, max(start, end)))
    total, last = 0, None
    for start, end in sorted(spans):
        if last is not None and start <= last:
            total += max(0, end - last)
        else:
            total += end - start
        last = end if last is None else max(last, end)
    return total / 12


def _half_shown_essential(
    docs: Documents, need: Need, skills: Sequence[object], duties: Sequence[str]
) -> bool:
    """Whether an essential requirement naming lexicon skills ("Essential: budget management
    for a grounds department") is only half shown: every word of each skill's name is on the
    CV, but no line shows the skill (so no skill gap asks about it, and nothing shows it
    done), and no duty of the job names the skill (a duty question would cover it). It is
    then asked about neutrally, as the job words it."""
    essential = set(_settings()["essential"])
    if not set(letter_runs(need.line)) & essential:
        return False
    for skill in skills:
        words = [w for w in key_words(getattr(skill, "name", "")) if not is_code(w)]
        if not words or not all(_found(w, [docs.cv_text]) for w in words):
            return False  # not on the CV in any words: the plan's skill gaps ask about it
        if any(all(word_found(w, [duty]) for w in words) for duty in duties):
            return False
    return True


def _a_setting(need: Need) -> bool:
    """Whether the requirement names a setting to have worked in ("a fast-moving
    manufacturing environment"), which the CV's workplaces show when its words are there."""
    words = set(letter_runs(need.line))
    return bool(words & set(_settings()["setting_words"]))


def _in_positions(docs: Documents, need: Need) -> bool:
    """Whether a word of the requirement names one of the CV's positions or employers
    ("public library services" for a librarian at a county library service): the
    positions held show the setting, and asking for it again would not have read them."""
    held = [f"{r.title or ''} {r.employer or ''} {r.department or ''}" for r in docs.cv.roles]
    return any(_found(w, held) for w in _substance(need.phrase) if not is_code(w))


def importance_of_line(docs: Documents, line: str, duties: Sequence[str]) -> int:
    """The importance of a job line as a requirement (for comparing a skill gap with one)."""
    need = next((n for n in docs.job.asks if n.line == line), None)
    return _importance(docs, need, duties) if need is not None else 0


def requirement(docs: Documents, line: str) -> Requirement | None:
    """The requirement of a job line, as a question names it (None when the line has none)."""
    need = next((n for n in docs.job.asks if n.line == line), None)
    if need is None:
        return None
    thing, held = _thing(need.line)
    return Requirement(thing, line, held) if thing else None


def need_of(docs: Documents, line: str) -> Need | None:
    """The job's need for a line."""
    return next((n for n in docs.job.asks if n.line == line), None)
