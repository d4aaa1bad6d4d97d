"""Skills in a field's own words: what a job asks for that the lexicon does not know.

A tree-surgery advert asks for "NPTC CS30/31" and "aerial rescue"; the lexicon knows
neither, and a farrier's CV lists "Hoof trimming" only in its skills list. `field_skill_coverage`
reads the job's requirement phrases that name no lexicon skill as field skills, and finds each
in the candidate's answers or on the CV (skills list, bullets, certificates) by word family:
the same stem or dictionary form ("crown lifts" / "crown lifting"), a near spelling
("licence" / "license"), a code list written out ("CS30/31" / "CS30 and CS31"). The words
that only say what kind of thing is asked for (`data/field_skills.json`: "certificates",
"skills") need not be found; generic terms (`data/generic_terms.txt`) never make a field
skill.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from .cv import CandidateProfile, looks_like_title
from .evidence import profile_lines, weak_words
from .job import JobProfile, duty_verbs, need_phrase
from .layout import is_contact
from .own_skills import not_a_skill
from .skills import extract_skills, is_credential
from .text import (
    can_be_adjective,
    dictionary_forms,
    generic_terms,
    normalise_quotes,
    phrase_alternation,
    sentences,
    stem,
    stopwords,
)

_DATA = Path(__file__).parent / "data" / "field_skills.json"

FIELD_SKILL = "field"
"""The category of a skill read in the field's own words (no lexicon category)."""


@lru_cache(maxsize=1)
def _settings() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def qualification_words() -> frozenset[str]:
    """The words that make a requirement ask for a qualification ("diploma", "degree")."""
    return frozenset(_settings()["qualification_words"])


@lru_cache(maxsize=1)
def held_words() -> dict[str, frozenset[str]]:
    """`data/held_things.toml`, read once: the words naming a thing held (`nouns`, singular;
    `statuses`) that the job reader and the interviewer's requirements share."""
    with (_DATA.parent / "held_things.toml").open("rb") as handle:
        table = tomllib.load(handle)
    return {key: frozenset(table[key]) for key in ("nouns", "statuses")}


@dataclass(frozen=True)
class FieldSkillCoverage:
    """A field skill of the job and where it showed."""

    name: str
    """The job's own words: "aerial rescue", "NPTC CS30/31 chainsaw certificates"."""
    line: str
    """The job line asking for it."""
    status: str
    """ "demonstrated" (an answer shows it), "undemonstrated" (the CV only) or "missing"."""
    evidence: str | None = None
    """The answer sentence or CV line that shows it."""
    question: int | None = None
    """The first answer (1-based) that shows it."""


# Where a requirement's phrase holds several things: commas, semicolons, "and", "or", "/"
# between words, brackets. "CS38 and CS39" (codes on each side) stays one thing; ", or" and
# ", and" close a list as one joint.
_PIECE_BREAK = re.compile(r",?\s+(?:and|or|plus|&|/)\s+|\s*[,;]\s*|\s*[()]\s*", re.IGNORECASE)
# A joint offering the next piece instead of the last ("A or B", "A/B", "A, or B").
_EITHER = re.compile(r",?\s+(?:or|/)\s+", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z0-9](?:[\w'+-]|[/.](?=\w))*")
_CODE = re.compile(r"^[A-Za-z]*\d[\w/.-]*$|^[A-Z]{2,}[\w/-]*$")


def _is_code(word: str) -> bool:
    """ "CS30/31", "SFI", "ISO": letters with digits or several capitals (a number is none)."""
    return (
        bool(_CODE.match(word))
        and any(c.isalpha() for c in word)
        and any(c.isdigit() or c.isupper() for c in word[1:])
    )


def _joined_codes(before: str, after: str, joint: str) -> bool:
    """ "CS38 and CS39" (both asked for), "Stage 1 or 2": one thing. "APLS or EPALS" are two
    things, either of which will do."""
    number = re.compile(r"\d+[a-z]?")
    either = re.fullmatch(r"\s+(?:or|/)\s+", joint, re.IGNORECASE) is not None
    return (_is_code(before) and _is_code(after) and not either) or bool(
        number.fullmatch(before) and number.fullmatch(after)
    )


def _pieces(phrase: str) -> list[list[str]]:
    """The things a phrase asks for, each as its alternatives ("A or B" is one thing, and so
    is a list closed by "or": "GIS, geography or a related subject")."""
    joints: list[re.Match[str]] = []
    start = 0
    for brk in _PIECE_BREAK.finditer(phrase):
        before = phrase[start : brk.start()].split()
        after = phrase[brk.end() :].split()
        joint = brk.group(0)
        if before and after and _joined_codes(before[-1], after[0], joint) and "(" not in joint:
            continue  # "CS38 and CS39": one list of codes
        if _one_thing_across(before, joint, after):
            continue  # "health and safety legislation", "electrical and mechanical systems"
        joints.append(brk)
        start = brk.end()
    out: list[list[str]] = [[]]
    start = 0
    for index, brk in enumerate(joints):
        out[-1].append(phrase[start : brk.start()])
        if not (_EITHER.fullmatch(brk.group(0)) or _list_closed_by_or(joints[index:])):
            out.append([])
        start = brk.end()
    out[-1].append(phrase[start:])
    groups = [[p.strip(" .:-–—") for p in g if p.strip(" .:-–—")] for g in out]
    return [_shared_tail(g) for g in groups if g]


def _list_closed_by_or(joints: Sequence[re.Match[str]]) -> bool:
    """Whether a comma opens a list the next joint but commas closes with "or" ("A, B or C"):
    its items are alternatives. A list closed by "and", or none, asks for each."""
    if not joints or joints[0].group(0).strip() != ",":
        return False
    for brk in joints[1:]:
        if brk.group(0).strip() == ",":
            continue
        return bool(_EITHER.fullmatch(brk.group(0)))
    return False


def _one_thing_across(before: list[str], joint: str, after: list[str]) -> bool:
    """Whether an "and" / "or" joins the parts of one thing: a lexicon skill ("health and
    safety") or adjectives sharing the noun after them ("electrical and mechanical systems")."""
    if not (before and after and re.fullmatch(r"\s+(?:and|or|&)\s+", joint, re.IGNORECASE)):
        return False
    return _names_a_skill_across(before, joint, after) or (
        _shares_head(before[-1:]) and _shares_head(after[:1]) and len(after) > 1
    )


def _names_a_skill_across(before: list[str], joint: str, after: list[str]) -> bool:
    """Whether the words either side of an "and" name one lexicon skill together ("theatre
    health and safety legislation" holds Health and Safety): the phrase is not cut there."""
    left, right = " ".join(before[-2:]), " ".join(after[:2])
    whole = set(extract_skills(f"{left}{joint}{right}"))
    return bool(whole - set(extract_skills(left)) - set(extract_skills(right)))


def _shares_head(segment: list[str]) -> bool:
    """Whether a piece before "and" / "or" is only adjectives ("electrical" in "electrical and
    mechanical turbine systems"), which share the noun after them: one thing asked for."""
    return (
        0 < len(segment) <= 2
        and all(w.islower() for w in segment)
        and all("ADJ" in getAllLemmas(w) for w in segment)
    )


def _expansions(piece: str) -> list[str]:
    """The things a piece of coordinated adjectives names: "electrical and mechanical turbine
    systems" is "electrical turbine systems" and "mechanical turbine systems"."""
    m = re.fullmatch(r"([a-z][\w-]*)\s+(?:and|or|&)\s+([a-z][\w-]*)\s+(\S.*)", piece)
    if not m or not (_shares_head([m.group(1)]) and _shares_head([m.group(2)])):
        return [piece]
    return [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"]


def _shared_tail(group: list[str]) -> list[str]:
    """ "CPCS or NPORS Tower Crane card": a lone code before another code with words after it
    names the same thing from another body ("CPCS Tower Crane card"). "CPCS Crane Supervisor
    or NPORS equivalent": the other body's equivalent is the same thing under its code
    ("NPORS Crane Supervisor"), and "equivalent" alone names nothing to look for."""
    out = list(group)
    for index in range(len(out) - 1):
        here, there = out[index].split(), out[index + 1].split()
        if len(here) == 1 and _is_code(here[0]) and len(there) > 1 and _is_code(there[0]):
            out[index] = " ".join([here[0], *there[1:]])
    if len(out) == 2:
        # "HNC in Electrical or Mechanical Engineering": the first ends on an adjective, the
        # second has the noun both share; each alternative is the whole name.
        a, b = out[0].split(), out[1].split()
        if (
            len(a) >= 2
            and 2 <= len(b) <= 3
            and a[-1][:1].isupper()
            and b[0][:1].isupper()
            and can_be_adjective(a[-1])
            and can_be_adjective(b[0])
            and not _is_code(a[-1])
        ):
            out = [" ".join([*a, *b[1:]]), " ".join([*a[:-1], *b])]
    for index in range(1, len(out)):
        here, first = out[index].split(), out[0].split()
        if len(here) == 2 and _is_code(here[0]) and here[1].lower() in _EQUIVALENT:
            rest = " ".join(first[1:])
            # Only a card's name carries over: "NVQ Level 3 or BAL equivalent" is BAL's own.
            named = (
                first[1:]
                if rest
                and _is_code(first[0])
                and (looks_like_title(rest) or _names_credential(rest))
                else []
            )
            out[index] = " ".join([here[0], *named])
    return out


_EQUIVALENT = frozenset({"equivalent", "equivalents", "equivalence"})
# CV sections whose lines name what the candidate holds.
_HELD_SECTIONS = frozenset({"education", "certifications", "qualifications"})


def _is_body_code(word: str) -> bool:
    """ "CPCS", "NPORS", "SIA": a body's name in capitals, which opens the name of its card."""
    return len(word) >= 3 and word.isupper() and word.isalpha()


# What follows the thing asked for and only grades it: "Cert CII as a minimum".
_TAIL = re.compile(
    r",?\s+(?:as a minimum|at a minimum|at least|or above|or higher|or equivalent|or similar|"
    r"(?:is |would be )?(?:essential|desirable|preferred|an advantage|a plus))$",
    re.IGNORECASE,
)


def _tokens(text: str) -> list[str]:
    return [t.strip("'") for t in _TOKEN.findall(normalise_quotes(text)) if t.strip("'")]


def _key_words(piece: str) -> list[str]:
    """The words of a piece that name the skill: no stopwords, generic or weak words
    ("Michelin-recognised" is two words, "Michelin" and "recognised")."""
    generic, stop, weak = generic_terms(), stopwords(), weak_words()
    parts = [p for t in _tokens(piece) for p in (t.split("-") if not _is_code(t) else [t]) if p]
    return [
        w
        for w in parts
        if w.lower() not in stop
        and w.lower() not in generic
        and w.lower() not in weak
        and (len(w) >= 3 or _is_code(w))
    ]


@dataclass(frozen=True)
class FieldSkill:
    """A thing the job asks for in its field's words, and what it may be met by instead."""

    name: str
    line: str
    alternatives: tuple[str, ...] = ()
    """The other things the job's line accepts instead ("anaesthesia or surgical nursing")."""
    qualification: bool = False
    """Asked for as a qualification ("Degree in Audiology or Audiological Science")."""
    specifies: tuple[str, ...] = ()
    """The things this one, in brackets right after them, names more closely: "microsuction"
    of "wax removal (microsuction)". Showing it shows them."""
    required: bool = False
    """Stated as a requirement, not a nice-to-have."""
    head: bool = False
    """Cut to its head from a longer phrase ("roof anchor fall arrest systems" of "… for
    pitched roofs"): met where a line shows the head, never called missing, since the CV
    may meet the requirement by the words cut off."""


def field_skills(job: JobProfile) -> list[FieldSkill]:
    """The job's requirements (and nice-to-haves) in its own words that name no lexicon
    skill: "aerial rescue", "NPTC CS30/31 chainsaw certificates", in the advert's order."""
    out: dict[str, FieldSkill] = {}
    asked = {*job.skills, *job.soft_skills, *job.nice_to_have}
    for need in job.asks:
        if need.kind not in ("requirement", "nice") or _offers(need.line):
            continue
        # The phrase, and what brackets in the line name ("NPTC CS38 (aerial rescue)"); a
        # bracketed grade ("CPCS Slinger/Signaller (A40)") belongs to the card before it.
        line = _without_grades(need.line)
        graded = line != need.line.strip()
        brackets = re.findall(r"\(([^()]+)\)", line)
        phrase_pieces: list[str] = []
        texts = [
            ("main", need_phrase(line)),
            *(("listed", t) for t in _listed_phrases(line)),
            *(("bracket", b) for b in brackets),
        ]
        for kind, text in texts:
            index = kind != "main"
            # A bracket names more closely the piece of the phrase it follows.
            before = line[: line.find(f"({text})")].rstrip().lower() if kind == "bracket" else ""
            specifies = tuple(p for p in phrase_pieces if before.endswith(p.lower()))
            # What the requirement's lead-in says of its phrase ("Degree in" of "Degree in
            # Audiology or Audiological Science").
            lead = line[: max(0, line.find(text))] if not index else ""
            # "IRATA Level 1 or above": the grade's tail goes before the "or" can part it.
            text = _TAIL.sub("", text.rstrip(" .;"))
            for group in _pieces(text):
                pieces = [_named(p) for p in group]
                if not index:
                    phrase_pieces += [p for p in pieces if p]
                # "CPCS Crane Supervisor (A62) or NPORS equivalent": a job's name under a
                # body's code, graded or offered by two bodies, names that body's card.
                bodies = sum(bool(p.split()) and _is_body_code(p.split()[0]) for p in pieces)
                card = graded or bodies >= 2
                for piece in pieces:
                    if not _names_field_skill(piece, card=card):
                        continue
                    # "Postgraduate Diploma in Clinical Pharmacy": a qualification is held by
                    # its own name, though the lexicon reads a skill (Clinical Pharmacy) in
                    # it; a lexicon credential ("PGCE") is the lexicon's.
                    named_qualification = is_qualification(piece) and not any(
                        is_credential(s) for s in extract_skills(piece)
                    )
                    if not named_qualification and any(
                        _shows(piece, skill.name) for skill in need.skills
                    ):
                        continue  # "read drawings" beside Reading Drawings: the lexicon's
                    if not named_qualification and extract_skills(piece):
                        continue  # the lexicon reads it: the skill coverage has it already
                    if asked & set(extract_skills(piece, context_free=True)):
                        continue  # "Production experience of AKS": AKS, which the job asks for
                    others = tuple(p for p in pieces if p != piece and p)
                    # "Degree in Audiology or …": the lead the phrase lost asks for it too.
                    held = is_qualification(piece) or (not index and is_qualification(lead))
                    out.setdefault(
                        piece.lower(),
                        FieldSkill(
                            piece,
                            need.line,
                            others,
                            held,
                            specifies,
                            required=need.kind == "requirement",
                            head=piece not in (_named(p, heads=False) for p in group),
                        ),
                    )
    # A head cut from a longer phrase comes after the things named whole.
    found = sorted(out.values(), key=lambda s: s.head)
    return found[: _settings()["max_skills"]]


# A requirement line's label before its list ("CAT tools: memoQ or Trados").
_LIST_LABEL = re.compile(r"^([^:()]{2,40}):\s*(\S.*)$")


def _listed_phrases(line: str) -> list[str]:
    """The things a requirement line lists after its first: "Skills: curtain walling, glass
    cutting and customer liaison" lists three, "CAT tools: memoQ or Trados" names the tools
    after its label, "Cataloguing, experience of CALM" asks for CALM too. Each is read as its
    own requirement's phrase (`need_phrase` keeps only the line's first)."""
    label = _LIST_LABEL.match(line)
    body = line
    out: list[str] = []
    if label and len(label.group(1).split()) <= 4:
        body = label.group(2)
        out.append(body)
    parts = [p for p in re.split(r"\s*[,;]\s*(?![^()]*\))", body) if p.strip()]
    if len(parts) >= 2:
        out += [need_phrase(p) for p in parts[1:]]
        if label:
            out.append(need_phrase(parts[0]))
    elif label:
        out = [need_phrase(body)]
    return [text for text in out if text]


def _named(piece: str, heads: bool = True) -> str:
    """A piece as the thing asked for: no graded tail ("as a minimum"), no word that only
    says the thing must be in date ("Current GWO Basic Safety Training" names the course),
    and no scope after a long name."""
    text = _TAIL.sub("", need_phrase(piece)).strip(" ,.;:")
    words = text.split()
    while len(words) > 1 and words[0].lower() in _settings()["in_date_openers"]:
        words = words[1:]
    # "Curtain wall installation experience": the last word only says what kind of thing is
    # asked for; the skill is named before it.
    # "analytical and numerical skills" keeps its noun: the words before it only describe.
    while (
        len(words) > 2
        and words[-1].lower() in _settings()["trailing_kind_words"]
        and (
            "NOUN" in getAllLemmas(words[-2].lower())
            or words[-2].lower().endswith("ing")
            or _is_code(words[-2])
        )
    ):
        words = words[:-1]
    most = _settings()["max_qualification_words" if is_qualification(text) else "max_words"]
    if len(words) > most:
        # "fault-finding skills across video and audio signal chains": too long to name one
        # thing; what comes before the scope ("across …") names it.
        # Else the skill's head before any preposition that says where, for what or with
        # what it applies ("roof anchor fall arrest systems for pitched roofs").
        for table in ("scope_prepositions", "head_prepositions")[: 2 if heads else 1]:
            scope = set(_settings()[table])
            cut = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in scope), None)
            if cut is not None:
                words = words[:cut]
                break
    return " ".join(words)


@lru_cache(maxsize=1)
def _grade() -> re.Pattern[str]:
    return re.compile(_settings()["grade_code"])


def _without_grades(line: str) -> str:
    """`line` without the brackets that only grade the named thing before them: "CPCS
    Slinger/Signaller (A40) card" → "CPCS Slinger/Signaller card"."""

    def cut(match: re.Match[str]) -> str:
        before = line[: match.start()].split()
        named = bool(before) and bool(re.search(r"[A-Za-z]{3,}", before[-1]))
        return " " if named and _grade().match(match.group(1).strip()) else match.group(0)

    return re.sub(r"\s*\(([^()]+)\)", cut, line).strip()


def _names_credential(piece: str) -> bool:
    """Whether `piece` ends on a card's or licence's noun ("CPCS Crane Supervisor card")."""
    words = piece.lower().split()
    return bool(words) and words[-1] in _credential_nouns()


@lru_cache(maxsize=1)
def _credential_nouns() -> frozenset[str]:
    """The shared nouns of a thing held, singular and plural, and the job reader's own."""
    nouns = held_words()["nouns"]
    return frozenset({*nouns, *(f"{n}s" for n in nouns), *_settings()["credential_nouns"]})


@lru_cache(maxsize=1)
def _benefit_words() -> re.Pattern[str]:
    words = phrase_alternation(_settings()["benefit_words"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _offers(line: str) -> bool:
    """Whether a job line offers pay, leave or perks, or says how to apply."""
    return bool(_benefit_words().search(line))


def _names_field_skill(piece: str, card: bool = False) -> bool:
    """Whether a piece of a requirement names a thing to look for: a code, a rare field word,
    or a phrase of two words or more ("aerial rescue"); not a clause ("managing a caseload"),
    a job ("as an HR Advisor") or a pointer elsewhere ("similar PMS"). With `card`, a job's
    name opened by a body's code ("CPCS Crane Supervisor") names that body's card."""
    keys = _key_words(piece)
    words = piece.split()
    # A qualification's name runs longer ("Postgraduate Diploma in Renewable Energy Systems").
    most = _settings()["max_qualification_words" if is_qualification(piece) else "max_words"]
    if not keys or len(words) > most:
        return False
    first = words[0].lower()
    if first in _settings()["not_openers"]:
        return False
    carded = card and _is_body_code(words[0]) and len(words) > 1
    if looks_like_title(piece) and not (_names_credential(piece) or carded):
        return False  # a job; "CPCS Crane Supervisor card" is a card named for one
    if re.search(r"\bas an?\s", piece, re.IGNORECASE):
        return False  # "experience as an OT": time in a job, which the positions show
    if piece.lower() in generic_terms():
        return False  # "South East"
    if words[0].islower() and (set(getAllLemmas(first)) == {"VERB"} or first in duty_verbs()):
        return False  # "manage a complex caseload": a duty, not a thing to hold
    if first.endswith("ly") and "ADV" in getAllLemmas(first):
        return False  # "closely related subject"
    if (
        first.endswith("ing")
        and len(words) > 1
        and _is_verb_form(first)
        and not _is_code(keys[0])
        and not _gerund_head(words)
    ):
        return False  # "managing a caseload": an activity, asked for as a duty
    if not_a_skill(piece):
        return False  # "Reliable and punctual", "willing to travel": the person, not a skill
    if len(words) >= 4 and words[0][:1].isupper() and _opens_duty(words):
        return False  # "Catalogue newly deposited estate collections": a duty, in its clause
    if len(keys) == 1 and _is_code(keys[0]):
        return len(keys[0]) >= 3  # "SFI", "CS38"; "HR" is too short to be told apart
    if len(words) == 1:
        return zipf_frequency(keys[0].lower(), "en") < _settings()["single_word_zipf"]
    if len(keys) == 1:
        return zipf_frequency(keys[0].lower(), "en") < _settings()["single_key_zipf"]
    return True


def _gerund_head(words: list[str]) -> bool:
    """ "glazing bead fitting", "training record keeping": a compound naming work by the
    noun of its last word, not a verb taking an object ("managing a caseload")."""
    last = words[-1].lower()
    return (
        len(words) >= 2
        and last.endswith("ing")
        and "NOUN" in getAllLemmas(last)
        and all(w.lower() not in stopwords() for w in words)
    )


def _opens_duty(words: list[str]) -> bool:
    """Whether a piece opens as a duty does, on a verb's base form: one that is no noun
    ("Install curtain walling on sites"), or one followed by an adverb or a determiner
    ("Catalogue newly deposited collections", "Lead the digitisation"); "Crown lifts to
    BS3998" and "Certificate in Advanced Veterinary Nursing" name a thing by their noun."""
    first, second = words[0].lower(), words[1].lower()
    readings = getAllLemmas(first)
    if first not in readings.get("VERB", ()):
        return False
    return (
        "NOUN" not in readings
        or second in _settings()["determiners"]
        or (second.endswith("ly") and "ADV" in getAllLemmas(second))
    )


def _is_verb_form(word: str) -> bool:
    """ "managing", "improving": a verb's -ing form (not a noun like "rigging" after a noun)."""
    return any(stem(f) == stem(word) for f in dictionary_forms(word) if f != word)


def _codes(word: str) -> set[str]:
    """A code and the codes it writes in short: "CS30/31" is CS30 and CS31."""
    low = word.lower()
    m = re.fullmatch(r"([a-z]*)(\d+)((?:/\d+)+)", low)
    if not m:
        return {low}
    return {m.group(1) + m.group(2), *(m.group(1) + n for n in m.group(3).strip("/").split("/"))}


def _family(word: str) -> frozenset[str]:
    """The word's dictionary forms ("lifts", "lifting" → lift)."""
    return dictionary_forms(word.lower())


def _same_family(a: str, b: str, a_forms: frozenset[str], b_forms: frozenset[str]) -> bool:
    """One word in two forms: a shared dictionary form ("lifts" / "lifting"), one stem at
    about one length ("agricultural" / "agriculture", not "management" / "manager"), or a near
    spelling ("licence" / "license")."""
    if a_forms & b_forms:
        return True
    # "KPIs" / "KPI", "MCRs" / "MCR": a short name's plural, which dictionaries do not know.
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_ == short + "s":
        return True
    if stem(a) == stem(b) and min(len(a), len(b)) >= 0.8 * max(len(a), len(b)):
        return True
    return (
        min(len(a), len(b)) >= 5
        and difflib.SequenceMatcher(None, a, b).ratio() >= _settings()["fuzzy_ratio"]
    )


@lru_cache(maxsize=1)
def _degree_forms() -> dict[str, frozenset[str]]:
    """Each degree's name and the names of the same kind of degree ("master's": MSc, MA…)."""
    out: dict[str, set[str]] = {}
    for group in _settings()["degree_forms"]:
        for name in group:
            out.setdefault(name, set()).update(group)
    return {k: frozenset(v) for k, v in out.items()}


def is_qualification(piece: str) -> bool:
    """Whether a piece asks for (or a line names) a qualification ("MSc in Audiology",
    "Level 3 Diploma", "FdSc Agriculture")."""
    wanted = set(_settings()["qualification_words"])
    code = re.compile(_settings()["degree_code"])
    return any(t.lower() in wanted or code.match(t) for t in _tokens(piece))


def _names_qualification(line: str) -> bool:
    return is_qualification(line)


def _word_in(word: str, line_words: list[str], line_families: list[frozenset[str]]) -> bool:
    if _is_code(word) and re.search(r"\d", word):
        return _codes(word) <= set(line_words)
    low = word.lower()
    if _versioned(word, line_words):
        return True  # "NEC contracts" shown by "NEC3 / NEC4 ECC": a name's versions are it
    if low in _degree_forms() and _degree_forms()[low] & set(line_words):
        return True  # "Master's degree" shown by "MSc"
    family = _family(low)
    if any(
        _same_family(low, other, family, forms)
        for other, forms in zip(line_words, line_families, strict=True)
    ):
        return True
    # "estates" shown by "premises": another word for the same thing.
    same = _same_meaning().get(low, frozenset())
    return bool(same) and any(
        forms & same or other in same
        for other, forms in zip(line_words, line_families, strict=True)
    )


def is_held_thing(skill: FieldSkill, asked: Sequence[FieldSkill] = ()) -> bool:
    """Whether a field skill is a thing one holds rather than does: a degree or qualification,
    a licence, card or certificate, a registration or a status ("Chartered status", "HCPC
    registration"), or a closer name of one ("CEng" of "Chartered status (CEng)", among
    `asked`). A candidate shows it by holding it, or by a dated route to it; never by a story."""
    if skill.qualification or _names_credential(skill.name):
        return True
    status = {*held_words()["statuses"], *_settings()["status_words"]}
    if any(w.lower() in status for w in _tokens(skill.name)):
        return True
    by_name = {s.name: s for s in asked if s.name != skill.name}
    return any(n in by_name and is_held_thing(by_name[n]) for n in skill.specifies)


def _versioned(word: str, line_words: list[str]) -> bool:
    """Whether the line writes a name the piece gives bare with a version after it ("NEC3",
    "ITIL4", "IPv6" for "IP"): a name followed by its version number is that name. Only a
    name (capitals in it) of two letters or more; the version is digits, maybe dotted."""
    if len(word) < 2 or not word.isalpha() or word.islower():
        return False
    pattern = re.compile(rf"{re.escape(word.lower())}-?v?\d+(?:\.\d+)*")
    return any(pattern.fullmatch(w) for w in line_words)


@lru_cache(maxsize=1)
def _same_meaning() -> dict[str, frozenset[str]]:
    """Each word of a `same_meaning` group (in its forms) and the others' forms."""
    out: dict[str, frozenset[str]] = {}
    for group in _settings()["same_meaning"]:
        forms = {w: _family(w) | {w} for w in group}
        for word in group:
            others = frozenset().union(*(f for w, f in forms.items() if w != word))
            for form in forms[word]:
                out[form] = out.get(form, frozenset()) | others
    return out


def _line_words(line: str, piece: str = "") -> list[str]:
    """A line's words in lower case, with the codes a code writes in short ("CS30/31"), and
    the parts of a hyphened word the piece also writes ("second-line" holds "second" and
    "line", as the piece's keys do; "styled-components" is a name, not "components")."""
    words = [w.lower() for w in _tokens(line)]
    words += [c for w in words for c in _codes(w) if c != w]
    # "NPTC/City & Guilds": two names joined by a slash, each a word of the line.
    words += [p for w in words if "/" in w for p in w.split("/") if p]
    hyphened = {w.lower() for w in _tokens(piece) if "-" in w}
    words += [p for w in words if w in hyphened for p in w.split("-") if p]
    # "Water-Hygiene" or "WaterHygiene" on the line for the piece's "Water Hygiene": one name
    # spaced another way holds the piece's words, never a name of other words.
    return words + _respaced(words, [w.lower() for w in _tokens(piece)])


def _respaced(line_words: list[str], piece_words: list[str]) -> list[str]:
    """The piece's adjacent words a line word writes joined, by a hyphen or by nothing."""
    pairs = {a + b: (a, b) for a, b in zip(piece_words, piece_words[1:], strict=False)}
    pairs.update({f"{a}-{b}": (a, b) for a, b in zip(piece_words, piece_words[1:], strict=False)})
    return [part for w in line_words if w in pairs for part in pairs[w]]


def _shows(piece: str, line: str) -> bool:
    """Whether `line` shows the piece in its words (either of coordinated adjectives will do)."""
    return any(_shows_one(p, line) for p in _expansions(piece))


def _shows_one(piece: str, line: str) -> bool:
    keys = _key_words(piece)
    if not keys:
        return False
    if _acronym_on(piece, line):
        return True  # "PQiP" on the line for "Professional Qualification in Personal Insolvency"
    line_words = _line_words(line, piece)
    families = [_family(w) for w in line_words]
    found = [k for k in keys if _word_in(k, line_words, families) or _initials_of(k, line)]
    codes = [k for k in keys if _is_code(k) and re.search(r"\d", k)]
    if any(c not in found for c in codes):
        return False  # "CS39" asked: a line naming CS38 only does not show it
    if any(
        k.isupper() and k.isalpha() and len(k) >= 3 and k not in found for k in keys
    ) and not _body_named(piece, found):
        # "NPORS Tower Crane card": "tower crane" alone is not that body's card ("BSc/MSc"
        # names either degree, and is met by either).
        return False
    if len(keys) >= 2 and all(k[:1].isupper() for k in keys) and _another_name(keys, line):
        # "ArcGIS Enterprise": a product is named whole; "ArcGIS Pro" is another one.
        return False
    rarest = min(keys, key=_zipf)
    return len(found) >= max(1, round(len(keys) * _settings()["share"])) and (
        len(keys) < 2
        or len(found) >= 2
        or bool(codes)
        or (rarest in found and _zipf(rarest) < _settings()["rare_zipf"])
    )


def _body_named(piece: str, found: list[str]) -> bool:
    """Whether a qualification asked by a body's two names ("ARLA Propertymark qualification")
    is shown by a line naming the body by its own rare name alone ("Propertymark Level 3
    Award"): a capitalised word no dictionary knows names that one body, its acronym aside."""
    return is_qualification(piece) and any(
        k[:1].isupper() and not k.isupper() and _zipf(k) < _settings()["body_name_zipf"]
        for k in found
    )


def _another_name(keys: list[str], line: str) -> bool:
    """Whether the line names another thing of a name's first word: "ArcGIS Pro" for "ArcGIS
    Enterprise" (a capitalised word after it that the name does not hold)."""
    wanted = {k.lower() for k in keys}
    tokens = _tokens(line)
    return any(
        token.lower() == keys[0].lower() and nxt[:1].isupper() and not _names_same(nxt, wanted)
        for token, nxt in zip(tokens, tokens[1:], strict=False)
    )


def _names_same(word: str, wanted: set[str]) -> bool:
    """Whether a capitalised word after a name's first word still belongs to that name: one
    of its words (or several, hyphened: "Water-Hygiene"), or a weak word ("Card",
    "Certificate") that only says what kind of thing it is."""
    parts = [p for p in word.lower().split("-") if p]
    joined = {a + b for a in wanted for b in wanted if a != b}
    return all(p in wanted or p in weak_words() or p in joined for p in parts)


def _is_acronym(word: str) -> bool:
    """An acronym of three letters or more: all capitals ("IBD"), or capitals with a small
    word's letter among them ("PQiP", "ACiHC")."""
    return (
        word.isalpha()
        and len(word) >= 3
        and sum(c.isupper() for c in word) >= max(2, len(word) - 1)
        and word[0].isupper()
    )


def _initials(words: Sequence[str]) -> set[str]:
    """The initials of a run of words, in lower case, with and without its small words:
    "Professional Qualification in Personal Insolvency" → "pqip", "pqpi"."""
    stop = stopwords()
    letters = [w[0].lower() for w in words if w[:1].isalpha()]
    content = [w[0].lower() for w in words if w[:1].isalpha() and w.lower() not in stop]
    return {"".join(letters), "".join(content)}


def _spelled_out(word: str, line: str) -> bool:
    """Whether a mixed-case acronym ("PQiP") is written out on the line by the initials of a
    run of capitalised words and the small words between them, the small words' letters
    there or not ("Professional Qualification in Personal Insolvency")."""
    stop = stopwords()
    runs: list[list[str]] = [[]]
    for token in re.findall(r"[A-Za-z][\w'-]*|&|\S", line):
        if token[:1].isupper() or (runs[-1] and token.lower() in stop):
            runs[-1].append(token)
        else:
            runs.append([])
    want = word.lower()
    for run in runs:
        for start in range(len(run)):
            for end in range(start + 2, len(run) + 1):
                part = run[start:end]
                if part[0][:1].isupper() and part[-1][:1].isupper() and want in _initials(part):
                    return True
    return False


def _acronym_on(piece: str, line: str) -> bool:
    """Whether the line writes the piece by its acronym: a token of it (`_is_acronym`) whose
    letters are the initials of the piece's words, small words' letters there or not
    ("PQiP" for "Professional Qualification in Personal Insolvency")."""
    words = [t for t in _tokens(piece) if not t.isdigit()]
    if len(words) < 3:
        return False
    wanted = _initials(words)
    return any(_is_acronym(t) and t.lower() in wanted for t in _tokens(line))


def _initials_of(word: str, line: str) -> bool:
    """Whether a body's acronym ("IBD") is written out on the line by the initials of a run of
    capitalised words ("Institute of Brewing & Distilling"; "of", "&" may stand between)."""
    if _is_acronym(word) and not word.isupper():
        return _spelled_out(word, line)
    if not (word.isupper() and word.isalpha() and len(word) >= 3):
        return False
    stop = stopwords()
    runs: list[str] = [""]
    for token in re.findall(r"[A-Za-z][\w'-]*|&|\S", line):
        if token[:1].isupper() and token[:1].isalpha():
            runs[-1] += token[0]
        elif not (token == "&" or token.lower() in stop):
            runs.append("")
    return any(run == word for run in runs)


def _zipf(word: str) -> float:
    return zipf_frequency(word.lower(), "en")


def _distinct(name: str) -> bool:
    """Whether a field skill is named so that no CV could show it in other words: a code, or
    a rare word ("aerial", "hoof")."""
    keys = _key_words(name)
    return any(_is_code(k) for k in keys) or any(
        _zipf(k) < _settings()["distinct_zipf"] for k in keys
    )


def field_skill_coverage(
    job: JobProfile,
    cv: CandidateProfile | None,
    answers: Sequence[str] = (),
    off_topic: frozenset[int] = frozenset(),
) -> list[FieldSkillCoverage]:
    """Each field skill of the job (`field_skills`): demonstrated when an answer shows it,
    undemonstrated when only the CV does, missing when neither. Answers whose 0-based index
    is in `off_topic` show nothing."""
    placed = list(profile_lines(cv)) if cv else []
    if cv:
        # "Full driving licence (B, BE)" under the name: the header holds it too.
        placed += [
            (cell, "header")
            for h in cv.header
            for cell in re.split(r"\s+[|•·]\s+", h)
            if not is_contact(cell)
        ]
    cv_lines = [line for line, _ in placed]
    # A qualification is shown by the lines naming what the candidate holds: the education,
    # certification and qualification lines first, then any line naming a qualification.
    held = [line for line, section in placed if section in _HELD_SECTIONS]
    named = [line for line in cv_lines if line not in held and _names_qualification(line)]
    out: list[FieldSkillCoverage] = []
    for skill in field_skills(job):
        shown: FieldSkillCoverage | None = None
        qualification = skill.qualification
        for number, answer in enumerate(answers, 1):
            if number - 1 in off_topic or not answer:
                continue
            said = next(
                (
                    s
                    for s in sentences(answer)
                    if not s.endswith("?")
                    and _shows(skill.name, s)
                    and (not qualification or _names_qualification(s))
                ),
                None,
            )
            if said:
                shown = FieldSkillCoverage(skill.name, skill.line, "demonstrated", said, number)
                break
        if shown is None:
            on_cv = (
                best_line(skill.name, [h for h in held if _names_qualification(h)])
                or best_line(skill.name, held)
                or best_line(skill.name, named)
                if qualification
                else best_line(skill.name, cv_lines)
            )
            if on_cv is None and any(
                _shows(alt, c) for alt in skill.alternatives for c in cv_lines
            ):
                continue  # "anaesthesia or surgical nursing": the CV meets the other
            if on_cv is None and not _distinct(skill.name) and not _unmet(skill, cv_lines, answers):
                continue  # "kitchen costs": the CV may say it in other words
            if on_cv is None and skill.head:
                continue  # "Regulated clients" of "… in the financial services sector"
            status = "undemonstrated" if on_cv else "missing"
            shown = FieldSkillCoverage(skill.name, skill.line, status, on_cv)
        out.append(shown)
    return _met_by_closer(out, field_skills(job))


def names_plainly(name: str) -> bool:
    """Whether a field skill's name is a plain name of a thing: two words or more, each a
    telling word ("international data transfers", "abatement plant operation"); not a
    phrase with small words in it ("access to a car", "record of hitting") nor a list of
    abilities ("analytical and numerical skills")."""
    tokens = _tokens(name)
    if len(tokens) < 2 or tokens[-1].lower() in _settings()["trailing_kind_words"]:
        return False
    if tokens[0].lower() in _settings()["quality_openers"]:
        return False  # "Accurate keyboard": a standard of a skill, shown in other words
    if "VERB" in getAllLemmas(tokens[0].lower()) and tokens[0].islower():
        return False  # "challenge poor workmanship": a duty asked for, not a thing named
    if min(_zipf(t) for t in _key_words(name) or tokens) >= _settings()["plain_name_zipf"]:
        return False  # "accurate record keeping": all common words, said in many ways
    # "Caldicott principles": a rare name before a weak word names the thing plainly too.
    return len(_key_words(name)) == len(tokens) or (
        all(t.lower() not in stopwords() for t in tokens) and _distinct(name)
    )


def _unmet(skill: FieldSkill, cv_lines: Sequence[str], answers: Sequence[str]) -> bool:
    """Whether a requirement in common words ("international data transfers") is plainly
    unmet: stated as a requirement, named plainly (`names_plainly`), and its rarest telling
    word is on no CV line and in no answer in any form, so no other wording of it is there."""
    keys = _key_words(skill.name)
    qualifier = _qualifier_of_practice(skill.name)
    if not skill.required or not (qualifier or names_plainly(skill.name)):
        return False
    # "credit risk assessment": the word marking the field is the one to find.
    rarest = qualifier or min(keys, key=_zipf)
    texts = [*cv_lines, *answers]
    return not any(_word_in(rarest, *_with_families(_line_words(t))) for t in texts if t)


def _qualifier_of_practice(name: str) -> str:
    """The word that narrows a lexicon's practice to another field's ("credit" of "credit risk
    assessment", which the lexicon reads as no risk assessment of its own): the name is a
    plain name of a thing, and the qualifier is what a line must hold; "" otherwise."""
    words = name.split()
    if len(words) < 3 or extract_skills(name) or not extract_skills(" ".join(words[1:])):
        return ""
    return words[0] if words[0].lower() in {k.lower() for k in _key_words(name)} else ""


def _met_by_closer(
    out: list[FieldSkillCoverage], skills: Sequence[FieldSkill]
) -> list[FieldSkillCoverage]:
    """The coverage with "wax removal" shown wherever "microsuction", named in brackets after
    it, is shown: the closer name shows the thing it names."""
    by_name = {c.name: c for c in out}
    closer = {
        name: [by_name[s.name] for s in skills if name in s.specifies and s.name in by_name]
        for name in by_name
    }
    result = []
    for item in out:
        shown = [c for c in closer[item.name] if c.status != "missing"]
        if item.status == "missing" and shown:
            best = min(shown, key=lambda c: c.status != "demonstrated")
            item = FieldSkillCoverage(
                item.name, item.line, best.status, best.evidence, best.question
            )
        result.append(item)
    return result


def best_line(piece: str, lines: Sequence[str]) -> str | None:
    """The line that shows the piece naming most of its words, the first of equals: "NPTC
    CS30/31 chainsaw maintenance" for "NPTC chainsaw", not "apprentices through their NPTC
    tickets"; None when no line shows it."""
    # A line holding the words far apart ("tree work ... traffic management" for "tree
    # management software") names other things.
    shown = [line for line in lines if _shows(piece, line) and _words_together(piece, line)]
    # Of equals, the line holding more of the words as written: "MSc Audiology" before
    # "audiological referrals" for "Master's degree in Audiology".
    return max(
        shown,
        key=lambda line: (_found_count(piece, line), _exact_count(piece, line)),
        default=None,
    )


def _exact_count(piece: str, line: str) -> int:
    """How many of the piece's key words the line holds as written (case aside)."""
    line_words = set(_line_words(line, piece))
    return sum(1 for k in _key_words(piece) if k.lower() in line_words)


def _found_count(piece: str, line: str) -> int:
    """How many of the piece's key words the line holds (an acronym by its initials too)."""
    line_words = _line_words(line, piece)
    families = [_family(w) for w in line_words]
    return sum(
        1 for k in _key_words(piece) if _word_in(k, line_words, families) or _initials_of(k, line)
    )


def _words_together(piece: str, line: str) -> bool:
    """Whether a stretch of the line a few words longer than the piece shows it: its words
    stand near each other, not one at the start of a long line and one at its end."""
    tokens = line.split()
    keys = _key_words(piece)
    # An acronym ("PQiP") stands for as many words as it has letters.
    width = 2 * len(keys) + 2 + sum(len(k) for k in keys if _is_acronym(k))
    if len(tokens) <= width:
        return True
    return any(
        _shows(piece, " ".join(tokens[start : start + width]))
        for start in range(len(tokens) - width + 1)
    )


def key_words(piece: str) -> list[str]:
    """The words of a requirement's piece that name what is asked for (no weak or generic
    words): "base maintenance experience on heavy checks" → base, maintenance, heavy, checks."""
    return _key_words(piece)


def requirement_pieces(phrase: str) -> list[str]:
    """The things a requirement's phrase asks for, alternatives included, graded tails cut:
    "home births and continuity-of-carer models" → "home births", "continuity-of-carer models"."""
    out: list[str] = []
    for group in _pieces(phrase):
        for p in group:
            whole = _TAIL.sub("", need_phrase(p)).strip(" ,.;:")
            named = _named(p)
            # "fault-finding skills across video and audio signal chains" is also met by a
            # line showing "fault-finding skills", the thing it names before its scope.
            out += [whole] if named == whole or not _names_field_skill(named) else [whole, named]
    return [piece for piece in out if piece]


def shown_by(piece: str, texts: Sequence[str]) -> bool:
    """Whether one of `texts` (a CV line, an answer sentence) shows the piece in its words."""
    return any(_shows(piece, text) for text in texts)


def shown_share(piece: str, text: str) -> tuple[int, int]:
    """How many of the piece's naming words `text` holds in some form, and how many it has:
    (1, 2) for "brewhouse scheduling" on "commission the new brewhouse"."""
    keys = _key_words(piece)
    line_words = _line_words(text, piece)
    families = [_family(w) for w in line_words]
    return sum(1 for k in keys if _word_in(k, line_words, families)), len(keys)


def word_found(word: str, texts: Sequence[str]) -> bool:
    """Whether `word` appears in some form ("climbing" / "climber", "licence" / "license", a
    code list written out, one of two names joined by a slash) in any of `texts`."""
    for text in texts:
        line_words = _line_words(text)
        if _word_in(word, line_words, [_family(w) for w in line_words]):
            return True
    return False


def is_code(word: str) -> bool:
    """ "CS30/31", "NIPE", "V300": a code or an acronym rather than a word."""
    return _is_code(word)


def shows_duty(
    clause: str, line: str, named_by: Sequence[str], ignore: frozenset[str] = frozenset()
) -> bool:
    """Whether `line` does what a job's clause asks, in the line's own words and word forms
    ("Second-line engineering for two MCRs" for "Providing second-line support to the MCR").

    `named_by` are the clause's words naming the skill asked for ("second-line support"): the
    line must hold one of their telling words, so a line sharing only the rest of the clause
    ("Power BI" for "Power BI dashboards", "acute medicine" for "PGDs for acute medicine")
    does not show it. The clause's opening verbs ("Ensuring", "Providing", "including") only
    say it is a duty, and the words in `ignore` (a skill's generic words: "support") say
    nothing alone. A clause of several telling words needs two of them on the line.
    """
    words = clause.split()
    verbs = duty_verbs() | {"including", "include", "includes"}
    while words and (words[0].lower() in verbs or _lemma_in(words[0], verbs)):
        words = words[1:]
    rest = " ".join(words)
    keys = [k for k in _key_words(rest) if k.lower() not in ignore]
    naming = {k.lower() for form in named_by for k in _key_words(form)} - ignore
    naming &= {k.lower() for k in keys}
    if not keys or not naming or not _shows(rest, line):
        return False
    line_words = _line_words(line, rest)
    # A lower-case key is not met by a word of a name ("library" by "React Testing Library").
    named = _name_words(line)
    plain = [w for w in line_words if w not in named]
    found = {
        k.lower()
        for k in keys
        if _word_in(k, *_with_families(line_words if not k.islower() else plain))
    }
    if not found & naming or len(found) < min(2, len(keys)):
        return False
    # A name of several words ("component library") is met by them together, not by
    # "component" in one place and "library" in another.
    return _together(naming, [w for w in _line_words(line, rest) if w not in named])


def _together(naming: set[str], line_words: list[str]) -> bool:
    """Whether the line holds all the naming words within a few words of each other
    ("component library", "library of components"); one naming word needs only itself."""
    if len(naming) < 2:
        return True
    hits = [{k for k in naming if _word_in(k, [w], [_family(w)])} for w in line_words]
    width = len(naming) + 2
    return any(
        set().union(*hits[start : start + width]) >= naming
        for start in range(len(hits))
        if hits[start]
    )


def _with_families(line_words: list[str]) -> tuple[list[str], list[frozenset[str]]]:
    return line_words, [_family(w) for w in line_words]


def _name_words(line: str) -> set[str]:
    """The words of a line's multi-word names ("React Testing Library", "Red Tractor"):
    capitalised words beside another capitalised word, away from the line's start."""
    tokens = _tokens(line)
    caps = [t[:1].isupper() for t in tokens]
    return {
        t.lower()
        for i, t in enumerate(tokens)
        if caps[i] and i > 0 and (caps[i - 1] or (i + 1 < len(tokens) and caps[i + 1]))
    }


def _lemma_in(word: str, verbs: frozenset[str]) -> bool:
    """Whether a word is a form of one of `verbs` ("Ensuring" of "ensure")."""
    return any(lemma in verbs for forms in getAllLemmas(word.lower()).values() for lemma in forms)
