"""A curated skills lexicon and the matcher that finds those skills in free text.

The lexicon lives in `data/skills.json`. Each entry has a display `name`, a `category`, and
the forms that identify it:

- `aliases`: matched case-insensitively, on word boundaries ("kubernetes", "k8s");
- `match_case`: matched only exactly as written, for names that are also common English
  words or letters ("Go", "R", "C", "Excel", "Slack");
- `not_before`: text that, right after a match, rejects it ("Go" before " to market");
- `not_after`: words that, earlier in the same clause, reject a match: the candidate works
  to the thing rather than doing it ("worked through the covid rotas" is no rota planning);
- `not_near`: words that reject a match anywhere near it (the window of `context`): a register
  several professions share is another profession's there ("NMC PIN" beside "Registered
  Midwife" is no nursing registration);
- `not_right_after`: words that, right before a match, make it another field's narrower thing
  ("credit risk assessment" is no site risk assessment, "road safety audits" no health and
  safety): the requirement then stands in its own words;
- a name of a noun and an -ing word ("fault finding") is also matched by that verb's other
  forms, hyphened as a CV's bullet writes them ("Fault-found hydraulic presses");
- `needs_context`: single-letter names ("R", "C") only count on a line that also names
  another technical skill or talks about programming or statistics;
- `style`: "proper" for product names written as-is mid-sentence ("Salesforce"), "common"
  for concepts written in lower case ("statistics"); the default follows the category;
- `credential`: certificates and licences ("BLS"), which make poor interview topics;
- `employer_check`: a check the employer performs before a start ("DBS Check"): part of
  the job's practicalities, never a skill the candidate lacks;
- a numbered standard ("ISO 9001") is matched only by its own number: "quality management
  system" names no standard, and a lab's ISO 15189 is no ISO 9001;
- `implies`: skills that come with this one (Django implies Python), so a CV naming Django
  is not treated as missing Python;
- `in_context` and `context`: ambiguous aliases ("reconciliation", "PPE", "UI") that count
  only when one of the `context` words occurs in the same line or sentence (near the match);
  with `context_after`, only in that many characters after it ("led" + "a team of 7": the
  people led, not a team mentioned further on);
- `kind`: "scheme" for a named scheme, programme or service one delivers or takes part in
  ("Pharmacy First"), never a tool one uses; "setting" for a place work happens in ("Crown
  Court"), asked about as work there;
- `settings`: the aliases of a skill that name a setting rather than the work ("A&E" and
  "ICU" for Emergency Care and Critical Care);
- `context_routes`: more such pairs of `in_context` and `context` (each with its own
  `context_after` and `not_before`), for a skill that other words show ("led" + "an apprentice" is
  Supervision as "supervised" + "a team" is).

Implications also come from the names' structure: a compound skill implies its head
("Shift Leadership" → Leadership, "Contract Negotiation" → Negotiation) when the head is a
skill of its own. Product names ("Azure DevOps"), heads that are only ever read in context
("Medication Reconciliation" is no accounting reconciliation) and the pairs listed under
`no_head` in `data/implications.json` are left out.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from lemminflect import getAllInflections, getLemma

from .text import clauses, sentences

CATEGORIES = ("language", "framework", "cloud", "data", "tool", "practice", "soft", "domain")
_COMMON_BY_DEFAULT = frozenset({"practice", "soft", "domain"})
# "ISO 9001", "ISO/IEC 27001": a numbered standard.
_STANDARD = re.compile(r"ISO(?:/IEC)?\s*(\d{3,5})")
_DATA_FILE = Path(__file__).parent / "data" / "skills.json"
_IMPLICATIONS_FILE = Path(__file__).parent / "data" / "implications.json"
_LONE_LETTERS_FILE = Path(__file__).parent / "data" / "lone_letters.toml"
# Products are named after what they do ("Azure DevOps"), so their names imply nothing.
_PRODUCT_CATEGORIES = frozenset({"language", "framework", "cloud", "tool"})
# Skills that are things one works with (a language, a cloud, a data tool), not abilities.
TOOL_CATEGORIES = frozenset({*_PRODUCT_CATEGORIES, "data"})

# A match may not touch a word character on either side. On the left, "." "#" "+" and "-"
# also block it, so "SQL" is not found inside "T-SQL" and ".NET" not inside "ASP.NET".
# On the right, "-" is allowed ("React-based") but "+" and "#" are not ("C" vs "C++").
_LEFT = r"(?<![\w.#+\-])"
_RIGHT = r"(?![\w#+])(?!\.\w)"

# Words that make a lone "R" or "C" believable as a programming language.
_CONTEXT_WORDS = re.compile(
    r"program|language|statistic|coding|scripting|developer|software|embedded|firmware|"
    r"analys|analyt|data|code|compiler",
    re.IGNORECASE,
)
_CONTEXT_CATEGORIES = frozenset({"language", "framework", "data"})


@dataclass(frozen=True)
class Skill:
    """A skill from the lexicon: its display name and its category."""

    name: str
    category: str

    @property
    def is_soft(self) -> bool:
        """True for interpersonal skills (communication, leadership, ...)."""
        return self.category == "soft"


@dataclass(frozen=True)
class _Matcher:
    skill: Skill
    insensitive: tuple[str, ...]  # aliases, compiled on first use
    sensitive: tuple[str, ...]
    # Cheap substrings that must occur before the regexes are worth running.
    insensitive_keys: tuple[str, ...]
    sensitive_keys: tuple[str, ...]
    not_before: tuple[str, ...]
    needs_context: bool
    common_noun: bool
    credential: bool
    implies: tuple[str, ...]
    employer_check: bool = False
    proper: bool = False
    in_context: tuple[str, ...] = ()  # aliases that need a context word nearby
    in_context_keys: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    context_after: int | None = None  # the context word must follow within this many characters
    route: bool = False  # one of the entry's `context_routes`, never read without its context
    kind: str = ""  # "scheme" or "setting"
    settings: tuple[str, ...] = ()  # aliases that name a place work happens in
    not_after: tuple[str, ...] = ()  # words earlier in the clause that reject a match
    not_near: tuple[str, ...] = ()  # words near a match (its line or sentence) that reject it
    not_right_after: tuple[str, ...] = ()  # a word right before a match that makes it another thing
    verb_forms: tuple[str, ...] = ()  # "fault-found" of "fault finding": hyphened verb forms


@dataclass(frozen=True)
class _Match:
    skill: Skill
    start: int
    end: int
    route: bool = False  # read by a context route: its word may sit inside another skill's


def _alias_pattern(alias: str) -> str:
    # Spaces and hyphens are interchangeable in skill names ("problem-solving",
    # "problem solving"), and a line break may fall between two words.
    out: list[str] = []
    for part in re.split(r"([\s\-]+)", alias.strip()):
        if not part:
            continue
        if part.isspace() or (re.fullmatch(r"[\s\-]+", part) and not set(part) <= {"-"}):
            out.append(r"[\s\-]+")
        elif set(part) <= {"-"}:
            out.append(r"[\s\-]?")
        else:
            out.append(re.escape(part))
    return "".join(out)


@lru_cache(maxsize=2048)
def _compile(aliases: tuple[str, ...], flags: int) -> re.Pattern[str] | None:
    # Compiled lazily: most skills never get past the substring pre-check, and compiling
    # all of them up front would cost more than reading a whole CV.
    # Longest first so "SQL Server" wins over "SQL" at the same position.
    ordered = sorted({a for a in aliases if a.strip()}, key=len, reverse=True)
    if not ordered:
        return None
    body = "|".join(_alias_pattern(a) for a in ordered)
    return re.compile(f"{_LEFT}(?:{body}){_RIGHT}", flags)


def _key(alias: str) -> str:
    # The longest run of letters/digits: if it is absent, the alias cannot match.
    runs = re.findall(r"[^\W_]+", alias)
    return max(runs, key=len) if runs else alias


@lru_cache(maxsize=1)
def lexicon_entries() -> tuple[dict[str, Any], ...]:
    """The lexicon's entries as `data/skills.json` writes them (name, aliases, context…),
    read once: for readers that need an entry's written forms, not only its skill."""
    return tuple(json.loads(_DATA_FILE.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _matchers() -> tuple[_Matcher, ...]:
    raw = lexicon_entries()
    matchers: list[_Matcher] = []
    for entry in raw:
        category = entry["category"]
        if category not in CATEGORIES:
            raise ValueError(f"unknown skill category {category!r} for {entry['name']!r}")
        aliases = [a.lower() for a in entry.get("aliases", [])]
        exact = list(entry.get("match_case", []))
        number = _STANDARD.fullmatch(entry["name"])
        if number:
            # A standard is named by its number; any other alias would read one for another.
            aliases = [a for a in aliases if number.group(1) in a]
            exact = [a for a in exact if number.group(1) in a]
        in_context = [a.lower() for a in entry.get("in_context", [])]
        context = [c.lower() for c in entry.get("context", [])]
        if in_context and not context:
            raise ValueError(f"{entry['name']!r} has in_context aliases but no context words")
        main = _Matcher(
            skill=Skill(name=entry["name"], category=category),
            insensitive=tuple(aliases),
            sensitive=tuple(exact),
            insensitive_keys=tuple(_key(a).lower() for a in aliases),
            sensitive_keys=tuple(_key(a) for a in exact),
            not_before=tuple(s.lower() for s in entry.get("not_before", [])),
            needs_context=bool(entry.get("needs_context", False)),
            common_noun=entry.get("style", "common" if category in _COMMON_BY_DEFAULT else "proper")
            == "common",
            credential=bool(entry.get("credential", False)),
            employer_check=bool(entry.get("employer_check", False)),
            proper=entry.get("style", "common" if category in _COMMON_BY_DEFAULT else "proper")
            == "proper",
            implies=tuple(entry.get("implies", [])),
            in_context=tuple(in_context),
            in_context_keys=tuple(_key(a).lower() for a in in_context),
            context=tuple(context),
            context_after=entry.get("context_after"),
            kind=_kind(entry),
            settings=tuple(a.lower() for a in entry.get("settings", [])),
            not_after=tuple(w.lower() for w in entry.get("not_after", [])),
            not_near=tuple(w.lower() for w in entry.get("not_near", [])),
            not_right_after=tuple(w.lower() for w in entry.get("not_right_after", [])),
        )
        forms = _verb_forms(aliases)
        if forms:
            main = replace(
                main,
                verb_forms=forms,
                insensitive_keys=main.insensitive_keys + tuple(_key(f).lower() for f in forms),
            )
        matchers.append(main)
        for route in entry.get("context_routes", []):
            words = [a.lower() for a in route.get("in_context", [])]
            near = [c.lower() for c in route.get("context", [])]
            if not words or not near:
                raise ValueError(f"{entry['name']!r} has a context route without its words")
            # The same skill read another way: no aliases of its own, only this context.
            matchers.append(
                replace(
                    main,
                    insensitive=(),
                    sensitive=(),
                    insensitive_keys=(),
                    sensitive_keys=(),
                    in_context=tuple(words),
                    in_context_keys=tuple(_key(a).lower() for a in words),
                    context=tuple(near),
                    context_after=route.get("context_after"),
                    not_before=tuple(f.lower() for f in route.get("not_before", [])),
                    route=True,
                )
            )
    return tuple(_with_heads(matchers))


def _verb_forms(aliases: list[str]) -> tuple[str, ...]:
    """The hyphened verb forms of a skill named by a noun and an -ing word ("fault finding"
    → "fault-found", "fault-finds"; "spray painting" → "spray-painted"), which CVs write
    as a bullet's verb ("Fault-found hydraulic presses"). Only hyphened: "the fault found"
    spaced is a fault that was found."""
    out: list[str] = []
    for alias in aliases:
        words = re.split(r"[\s-]+", alias.strip())
        if len(words) != 2 or not words[1].endswith("ing") or not words[0].isalpha():
            continue
        lemmas = getLemma(words[1], upos="VERB")
        lemma = lemmas[0] if lemmas else ""
        if not lemma or lemma == words[1]:
            continue
        for forms in getAllInflections(lemma, upos="VERB").values():
            out += [f"{words[0]}-{f}" for f in forms if f != words[1]]
    return tuple(dict.fromkeys(out))


_KINDS = ("", "scheme", "setting")


def _kind(entry: dict) -> str:
    kind = entry.get("kind", "")
    if kind not in _KINDS:
        raise ValueError(f"unknown skill kind {kind!r} for {entry['name']!r}")
    return kind


def _with_heads(matchers: list[_Matcher]) -> list[_Matcher]:
    """Each compound skill also implies its head ("Shift Leadership" → Leadership)."""
    rules = json.loads(_IMPLICATIONS_FILE.read_text(encoding="utf-8"))
    never = {(a.lower(), b.lower()) for a, b in rules.get("no_head", [])}
    by_name: dict[str, _Matcher] = {}
    for m in matchers:
        by_name.setdefault(m.skill.name.lower(), m)  # a skill's own entry, not its routes
    out: list[_Matcher] = []
    for matcher in matchers:
        words = matcher.skill.name.split()
        heads: list[str] = []
        if matcher.skill.category not in _PRODUCT_CATEGORIES:
            for i in range(1, len(words)):
                head = by_name.get(" ".join(words[i:]).lower())
                if (
                    head is not None
                    and head.insensitive + head.sensitive  # not a context-only name
                    and (matcher.skill.name.lower(), head.skill.name.lower()) not in never
                    and head.skill.name not in matcher.implies
                ):
                    heads.append(head.skill.name)
                    break
        out.append(replace(matcher, implies=matcher.implies + tuple(heads)) if heads else matcher)
    return out


@lru_cache(maxsize=1)
def lexicon() -> tuple[Skill, ...]:
    """Every skill in the lexicon, in file order."""
    return tuple(dict.fromkeys(m.skill for m in _matchers()))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Skill]:
    return {s.name.lower(): s for s in lexicon()}


@lru_cache(maxsize=1)
def _matcher_by_skill() -> dict[Skill, _Matcher]:
    found: dict[Skill, _Matcher] = {}
    for m in _matchers():
        found.setdefault(m.skill, m)  # the entry itself, not one of its context routes
    return found


_VENDOR_PREFIXES = ("Apache ", "Amazon ", "Microsoft ", "Google ", "Adobe ", "AWS ")


def display_term(skill: Skill, text: str = "") -> str:
    """How to write the skill mid-sentence: "Kafka", "CI/CD", but "stakeholder management".

    With `text` (the document being quoted), a vendor prefix the document leaves out is
    dropped too: a CV that says "Kafka" is asked about "Kafka", not "Apache Kafka".
    """
    matcher = _matcher_by_skill().get(skill)
    name = skill.name
    if text:
        for prefix in _VENDOR_PREFIXES:
            short = name[len(prefix) :]
            if (
                name.startswith(prefix)
                and name.lower() not in text.lower()
                and re.search(rf"\b{re.escape(short)}\b", text)
            ):
                name = short
                break
    if matcher is None or not matcher.common_noun:
        return name

    # Lower-case plain capitalised words; keep acronyms and mixed case ("IV", "DevOps").
    def lower(word: re.Match[str]) -> str:
        w = word.group(0)
        return w.lower() if w[:1].isupper() and w[1:].islower() else w

    return re.sub(r"[^\s\-/]+", lower, name)


def is_credential(skill: Skill) -> bool:
    """True for certificates and licences, which are checked rather than discussed."""
    matcher = _matcher_by_skill().get(skill)
    return bool(matcher and matcher.credential)


def is_employer_check(skill: Skill) -> bool:
    """True for checks the employer performs (DBS): practicalities, not skills to show."""
    matcher = _matcher_by_skill().get(skill)
    return bool(matcher and matcher.employer_check)


def is_proper_name(skill: Skill) -> bool:
    """True for skills named as products or proper names ("Epic", "Salesforce")."""
    matcher = _matcher_by_skill().get(skill)
    return bool(matcher and matcher.proper)


def is_scheme(skill: Skill) -> bool:
    """True for a named scheme, programme or service ("Pharmacy First"): work delivered under
    it, never a tool one chooses or uses."""
    matcher = _matcher_by_skill().get(skill)
    return bool(matcher and matcher.kind == "scheme")


def names_setting(skill: Skill, form: str = "") -> bool:
    """Whether the skill, written as `form` (the documents' words; the name when none), names
    a place work happens in ("Crown Court", "A&E", "ICU"), not the work done there."""
    matcher = _matcher_by_skill().get(skill)
    if matcher is None:
        return False
    if matcher.kind == "setting":
        return True
    return bool(form) and re.sub(r"\s+", " ", form.strip().lower()) in matcher.settings


def implied_skills(skills: Iterable[Skill]) -> list[Skill]:
    """Skills that `skills` imply (Django → Python), transitively, minus those already given."""
    given = list(dict.fromkeys(skills))
    seen = set(given)
    found: list[Skill] = []
    queue = list(given)
    while queue:
        matcher = _matcher_by_skill().get(queue.pop(0))
        for name in matcher.implies if matcher else ():
            implied = skill_named(name)
            if implied is not None and implied not in seen:
                seen.add(implied)
                found.append(implied)
                queue.append(implied)
    return found


def skill_named(name: str) -> Skill | None:
    """The lexicon skill with this display name (case-insensitive), if any."""
    return _by_name().get(name.strip().lower())


def _rejected_by_following_text(text: str, end: int, fragments: tuple[str, ...]) -> bool:
    after = text[end : end + 24].lower()
    for fragment in fragments:
        if not after.startswith(fragment):
            continue
        # " to" must not reject "Go tooling": the fragment has to end on a word boundary.
        tail = after[len(fragment) : len(fragment) + 1]
        if not fragment[-1].isalnum() or not tail or not tail.isalnum():
            return True
    return False


@lru_cache(maxsize=256)
def _hyphened(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The verb forms as written, their hyphen required ("fault-found")."""
    if not forms:
        return None
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(f"{_LEFT}(?:{body}){_RIGHT}", re.IGNORECASE)


def _word_before(text: str, start: int) -> str:
    """The word right before text[start], on the same line, lower-cased ("" if none)."""
    m = re.search(r"([\w'-]+)[ \t]+$", text[max(0, start - 40) : start])
    return m.group(1).lower() if m else ""


def _rejected_by_earlier_words(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether one of `words` occurs earlier in the clause that holds text[start]: from the
    line's start or the last comma, semicolon, full stop, colon or bracket."""
    lo, _ = _line_bounds(text, start)
    clause = re.split(r"[,;.:()\[\]•|]", text[lo:start])[-1].lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", clause) for w in words)


@lru_cache(maxsize=1)
def _key_index() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """Matcher positions by key word, case-folded and exact, to skip most skills quickly."""
    folded: dict[str, list[int]] = {}
    exact: dict[str, list[int]] = {}
    for position, matcher in enumerate(_matchers()):
        for key in matcher.insensitive_keys:
            folded.setdefault(key, []).append(position)
        for key in matcher.sensitive_keys:
            exact.setdefault(key, []).append(position)
        for key in matcher.in_context_keys:
            folded.setdefault(key, []).append(position)
    return (
        {k: tuple(v) for k, v in folded.items()},
        {k: tuple(v) for k, v in exact.items()},
    )


def _raw_matches(text: str, matcher: _Matcher, flags: int) -> list[_Match]:
    aliases = matcher.insensitive if flags else matcher.sensitive
    found: list[_Match] = []
    for pattern, needs_context in (
        (_compile(aliases, flags), False),
        (_compile(matcher.in_context, re.IGNORECASE) if flags else None, True),
        (_hyphened(matcher.verb_forms) if flags else None, False),
    ):
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if matcher.not_right_after and _word_before(text, m.start()) in matcher.not_right_after:
                continue  # "credit risk assessment", "road safety audits": another field's
            if matcher.not_before and _rejected_by_following_text(
                text, m.end(), matcher.not_before
            ):
                continue
            if matcher.not_after and _rejected_by_earlier_words(text, m.start(), matcher.not_after):
                continue
            if matcher.not_near and _has_context(text, m.start(), m.end(), matcher.not_near):
                continue
            if flags and _ends_a_name(text, m.start(), m.end()):
                continue
            if needs_context and not _has_context(
                text, m.start(), m.end(), matcher.context, matcher.context_after
            ):
                continue
            found.append(_Match(matcher.skill, m.start(), m.end(), needs_context and matcher.route))
    return found


def _ends_a_name(text: str, start: int, end: int) -> bool:
    """Whether a match's capitalised first word ends a product's or a place's name before it,
    its other words in lower case: "Opera Cloud migration" moved a hotel to a system called
    "Opera Cloud" and is no cloud migration. A name is two capitalised words mid-sentence,
    the first not an acronym ("AWS Cloud migration" is one)."""
    words = text[start:end].split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].isupper():
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False  # "Cloud Migration": a heading's or a title's capitals
    window = text[max(0, start - 40) : start]
    before = re.search(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)[ \t]+$", window)
    if before is None:
        return False
    lead = window[: before.start(1)].rstrip(" \t(")
    # The word before at the start of a line or a sentence is capitalised for that alone.
    return bool(lead) and not lead.endswith((".", "!", "?", ":", "\n", "•", "-", "*"))


# How far around an ambiguous alias a context word may sit, within its line or sentence.
_CONTEXT_WINDOW = 120


def _has_context(
    text: str, start: int, end: int, context: tuple[str, ...], after: int | None = None
) -> bool:
    """Whether one of `context` occurs near text[start:end], in the same line or sentence;
    with `after`, only in the `after` characters that follow it ("led" + "a team of 7")."""
    lo, hi = _line_bounds(text, start)
    if after is not None:
        return _context_pattern(context).search(text[end : min(hi, end + after)]) is not None
    lo, hi = max(lo, start - _CONTEXT_WINDOW), min(hi, end + _CONTEXT_WINDOW)
    around = text[lo:start] + " \x00 " + text[end:hi]
    return _context_pattern(context).search(around) is not None


@lru_cache(maxsize=512)
def _context_pattern(context: tuple[str, ...]) -> re.Pattern[str]:
    # A context word ending in "*" is a prefix ("infect*" for infection, infectious).
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else _alias_pattern(w) for w in context]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


@lru_cache(maxsize=256)
def _all_matches(text: str) -> tuple[_Match, ...]:
    folded, exact = _key_index()
    matchers = _matchers()
    # Only skills whose key word occurs in the text can match; the regexes do the rest.
    candidates: set[tuple[int, int]] = set()
    for token in set(re.findall(r"[^\W_]+", text.lower())):
        candidates.update((p, re.IGNORECASE) for p in folded.get(token, ()))
    for token in set(re.findall(r"[^\W_]+", text)):
        candidates.update((p, 0) for p in exact.get(token, ()))
    plain: list[_Match] = []
    contextual: list[tuple[_Matcher, _Match]] = []
    for position, flags in sorted(candidates):
        matcher = matchers[position]
        for match in _raw_matches(text, matcher, flags):
            if matcher.needs_context or _bare_product_acronym(text, match, matcher, flags):
                contextual.append((matcher, match))
            else:
                plain.append(match)

    # A match wholly inside a longer match of another skill is not a mention of its own
    # ("SQL" inside "SQL Server", "React" inside "React Native").
    def contained(m: _Match, pool: list[_Match]) -> bool:
        return any(
            o.skill != m.skill
            and o.start <= m.start
            and m.end <= o.end
            and (o.end - o.start) > (m.end - m.start)
            for o in pool
        )

    # A route reads the same words another way ("led" in "led a team" + "an apprentice").
    kept = [m for m in plain if m.route or not contained(m, plain)]
    for matcher, match in contextual:
        if contained(match, kept):
            continue
        lo, hi = _line_bounds(text, match.start)
        line = text[lo:hi]
        # A short product acronym may also lean on a neighbouring product ("ECS with
        # Terraform"); a lone "R" needs a language, framework or data skill.
        categories = _CONTEXT_CATEGORIES if matcher.needs_context else _PRODUCT_CATEGORIES
        has_neighbour = any(
            (o.skill.category in categories or o.skill.category in _CONTEXT_CATEGORIES)
            and lo <= o.start < hi
            for o in kept
        )
        if has_neighbour:
            kept.append(match)
        elif matcher.needs_context:
            # A lone letter: a programming word in its own sentence ("wrote the firmware in
            # C"), not anywhere in a long answer ("the programme", "English Language (C)").
            if _lone_letter_words().search(_sentence_at(text, match.start, lo, hi)):
                kept.append(match)
        elif _CONTEXT_WORDS.search(line):
            kept.append(match)
    kept.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return tuple(kept)


@lru_cache(maxsize=1)
def _lone_letter_words() -> re.Pattern[str]:
    with _LONE_LETTERS_FILE.open("rb") as handle:
        found = tomllib.load(handle)["words"]
    body = "|".join(_alias_pattern(w) for w in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _sentence_at(text: str, pos: int, lo: int, hi: int) -> str:
    """The sentence of the line text[lo:hi] that holds `pos`."""
    start = lo
    for piece in sentences(text[lo:hi]):
        at = text.find(piece, start, hi)
        if at < 0:
            continue
        if at <= pos < at + len(piece):
            return piece
        start = at + len(piece)
    return text[lo:hi]


def _bare_product_acronym(text: str, match: _Match, matcher: _Matcher, flags: int) -> bool:
    """Whether a match is a product's short capitals only ("ECS", "EKS", "RDS"), which other
    fields use for their own cards, bodies and schemes ("ECS Gold Card"): such a match counts
    only beside another technical skill or word, like a lone "R"."""
    written = text[match.start : match.end]
    return (
        not flags
        and matcher.skill.category in _PRODUCT_CATEGORIES
        and re.fullmatch(r"[A-Z]{2,4}", written) is not None
        and written != matcher.skill.name
    )


def extract_skills(text: str, context_free: bool = False) -> list[Skill]:
    """Skills mentioned in `text`, in order of first appearance, without duplicates.

    With `context_free`, `text` is read as a bare name (a label, a heading): the aliases
    that otherwise need a context word nearby ("reporting", "adoption") count without one.
    """
    if not text or not text.strip():
        return []
    seen: dict[Skill, None] = {}
    for match in _all_matches(text):
        seen.setdefault(match.skill, None)
    if context_free:
        for matcher in _matchers():
            # A route's words ("led", "apprentice") name nothing on their own.
            usable = matcher.in_context and not matcher.route
            pattern = _compile(matcher.in_context, re.IGNORECASE) if usable else None
            if pattern is not None and pattern.search(text):
                seen.setdefault(matcher.skill, None)
            # A bare name needs no neighbour: the label "EKS" is Amazon EKS.
            if matcher.skill.category in _PRODUCT_CATEGORIES and matcher.sensitive:
                exact = _compile(matcher.sensitive, 0)
                if exact is not None and exact.search(text):
                    seen.setdefault(matcher.skill, None)
    return list(seen)


def context_word_spans(text: str, skill: Skill) -> list[tuple[int, int]]:
    """Where `text` holds the skill's words that need a context word elsewhere ("audited" for
    Clinical Audit), read without that context: for a text the skill is already the topic of."""
    matcher = _matcher_by_skill().get(skill)
    if matcher is None or matcher.route or not matcher.in_context:
        return []
    pattern = _compile(matcher.in_context, re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


@lru_cache(maxsize=1)
def _sector_nouns() -> re.Pattern[str]:
    rules = json.loads(_IMPLICATIONS_FILE.read_text(encoding="utf-8"))
    body = "|".join(re.escape(w) for w in sorted(rules["sector_nouns"], key=len, reverse=True))
    return re.compile(rf"\s+(?:{body})\b", re.IGNORECASE)


def sector_only(text: str) -> set[Skill]:
    """Field skills that `text` names only as a customer's sector ("a logistics group",
    "retail clients"): the candidate worked *for* that field, which does not show the skill."""
    nouns = _sector_nouns()
    sector: dict[Skill, bool] = {}
    for match in _all_matches(text):
        if match.skill.category != "domain":
            sector[match.skill] = False
            continue
        as_sector = nouns.match(text, match.end) is not None
        sector[match.skill] = sector.get(match.skill, True) and as_sector
    return {skill for skill, only in sector.items() if only}


def surface_forms(text: str, skill: Skill) -> list[str]:
    """How `text` writes `skill`, each distinct spelling once, in order of appearance."""
    forms: dict[str, None] = {}
    for match in _all_matches(text or ""):
        if match.skill == skill:
            forms.setdefault(re.sub(r"\s+", " ", text[match.start : match.end]), None)
    return list(forms)


def _segments(text: str) -> list[str]:
    # Lines are natural snippets in a CV; long prose lines are cut into sentences.
    segments: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) <= 220:
            segments.append(line)
        else:
            segments.extend(s for s in clauses(line, "stops_semicolons") if s.strip())
    return segments


def _clean_snippet(segment: str, start: int, end: int, width: int = 160) -> str:
    segment_clean = segment
    if len(segment_clean) > width:
        # Keep a window around the mention so the cited words stay in view.
        middle = (start + end) // 2
        lo = max(0, min(middle - width // 2, len(segment_clean) - width))
        hi = lo + width
        piece = segment_clean[lo:hi]
        if lo > 0:
            piece = "…" + piece.split(" ", 1)[-1]
        if hi < len(segment_clean):
            piece = piece.rsplit(" ", 1)[0] + "…"
        segment_clean = piece
    return re.sub(r"^[\s\-*•·–—>#|]+", "", segment_clean).strip()


def find_mentions(text: str, skill: Skill) -> list[str]:
    """Short snippets (a line or a sentence) of `text` where `skill` is mentioned."""
    snippets: list[str] = []
    for segment in _segments(text or ""):
        for match in _all_matches(segment):
            if match.skill == skill:
                snippet = _clean_snippet(segment, match.start, match.end)
                if snippet and snippet not in snippets:
                    snippets.append(snippet)
                break
    return snippets


def soft_skills(skills: Iterable[Skill]) -> list[Skill]:
    """The interpersonal skills among `skills`, order kept."""
    return [s for s in skills if s.category == "soft"]


def hard_skills(skills: Iterable[Skill]) -> list[Skill]:
    """Everything but the interpersonal skills among `skills`, order kept."""
    return [s for s in skills if s.category != "soft"]
