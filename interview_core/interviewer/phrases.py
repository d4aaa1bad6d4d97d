"""Turning CV and job-description lines into phrases that fit a question."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas, getInflection
from wordfreq import zipf_frequency

from ..language.job import duty_phrase, duty_verbs
from .wording import one

_LEADING_ADJECTIVES = re.compile(
    r"^(?:strong|excellent|solid|proven|good|great|advanced|deep|demonstrable|"
    r"demonstrated|significant|extensive|outstanding|exceptional)\s+",
    re.IGNORECASE,
)


def stable_int(*parts: str) -> int:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def article(word: str) -> str:
    """ "a" or "an" by sound: "an HR Business Partner", "a Staff Nurse", "an Engineer"."""
    first = word.split(" ", 1)[0].strip("(")
    if len(first) > 1 and first.isupper():
        return "an" if first[0] in "AEFHILMNORSX" else "a"  # letters said one by one
    return "an" if first[:1].lower() in "aeiou" else "a"


# A clause may be cut off the text only where a new clause starts: after a semicolon, a dash
# or a colon, or after a comma followed by a participle or a linking word. A comma inside a
# list ("time, budget and quality") is never a place to cut.
_CLAUSE_BREAK = re.compile(r"\s*;\s+|\s+[—–]\s+|:\s+|,\s+")
# Words that open a verb's object: "make sure…", "lead the…" (a list goes on with "and").
_OBJECT_STARTS = frozenset(
    ["the", "a", "an", "our", "your", "their", "all", "every", "each", "sure", "it", "them", "its"]
)
_LINKS = frozenset(
    [
        "including",
        "with",
        "so",
        "which",
        "while",
        "where",
        "and",
        "using",
        "as",
        "to",
        "through",
        "by",
        "from",
        "across",
        "within",
        "without",
        "via",
    ]
)


_JOINERS = frozenset(["and", "or", "&"])


def cuts_a_list(text: str, at: int) -> bool:
    """Whether cutting `text` at `at` leaves a list half said ("controlling beverage stock,
    cost" of "… stock, cost of sales and cellar standards"; "in stage" of "in stage,
    lighting and sound"): a list is said whole or not at all. A cut between clauses (see
    `_clauses`) or after a list's "and" is whole."""
    start = 0
    for piece in _clauses(text):
        begin = text.find(piece, start)
        end = begin + len(piece)
        start = end
        if not begin <= at < end:
            continue
        head, tail = piece[: at - begin], piece[at - begin :]
        before, _, item = head.rpartition(",")
        # "well-structured, engaging lessons": describing words, not a list's items.
        last = before.split()[-1].lower() if before.split() else ""
        describing = "-" in last or (bool(_lemmas(last, "ADJ")) and not _lemmas(last, "NOUN"))
        opened = tail.lstrip().startswith(",") or (
            bool(before) and not describing and not re.search(r"\b(?:and|or)\b|&", item)
        )
        return opened and bool(re.search(r"\b(?:and|or)\b|&", tail))
    return False


def _clauses(text: str) -> list[str]:
    """`text` cut where a new clause starts (see `_CLAUSE_BREAK`), never inside a list."""
    pieces: list[str] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.group().strip().startswith(","):
            before = text[start : match.start()].split()
            after = text[match.end() :].split()
            prev = before[-1].lower() if before else ""
            nxt = after[0].lower().strip(",") if after else ""
            # "…, keeping instruments concert-ready", "…, diagnosing and resolving faults": a
            # participle with what it governs; a bare "-ing" item of a list ("in stage,
            # lighting, sound and wardrobe") is none.
            paired = len(after) > 3 and after[2].endswith("ing") and not after[2].endswith(",")
            joined = len(after) < 2 or (after[1].lower() in _JOINERS and not paired)
            bare_item = after[0].endswith(",") or joined
            participle = nxt.endswith("ing") and nxt not in _lemmas(nxt, "VERB") and not bare_item
            adjective_list = "-" in prev or (
                bool(_lemmas(prev, "ADJ")) and not _lemmas(prev, "NOUN")
            )
            # ", make sure…": a new verb after a comma starts a clause of its own.
            new_verb = len(after) > 1 and (
                (nxt in _lemmas(nxt, "VERB") and not _lemmas(nxt, "NOUN"))
                or (is_base_verb(nxt, after[1], bullet=True) and after[1].lower() in _OBJECT_STARTS)
            )
            too_short = len(before) < 3  # "Design, build and own…": one list of verbs
            if not (nxt in _LINKS or participle or new_verb) or adjective_list or too_short:
                continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


_PERSON = re.compile(
    r"^(?:be\s+)?(?:able|comfortable|happy|confident|willing|fluent|experienced|familiar|"
    r"passionate|skilled|keen|eager|motivated|calm|proficient|competent)\s+"
    r"(?:to|with|in|at|using|working|about|of|when|under)\b",
    re.IGNORECASE,
)
# Words after an ambiguous noun/verb ("act as", "manage the") that show it is a verb.
_VERB_FOLLOWERS = frozenset(
    [
        "a",
        "an",
        "the",
        "as",
        "and",
        "our",
        "your",
        "their",
        "all",
        "new",
        "every",
        "each",
        "its",
        "it",
        "them",
        "up",
        "out",
        "on",
        "into",
        "across",
        "high",
        "well",
        "clear",
    ]
)


def _lemmas(word: str, upos: str) -> tuple[str, ...]:
    return getAllLemmas(word.lower()).get(upos, ())


def is_base_verb(word: str, following: str = "", bullet: bool = False) -> bool:
    """Whether `word` reads as a verb's base form here ("recognise", "act as", "lead the").

    `bullet`: the word opens a duty or CV bullet, where a word that can be a verb is one
    ("Take part in…", "Care for…") unless a noun's "of" or a number follows it."""
    w = word.lower()
    if "-" in w and w not in _lemmas(w, "VERB"):
        # "line-manage", "quality-assure": a compound verb is a verb by its last part, when
        # that part is only a verb ("long-term", "follow-up" are not verbs).
        last = w.rsplit("-", 1)[1]
        if last in _lemmas(last, "VERB") and not _lemmas(last, "NOUN"):
            return True
        # "Fault-find on lighting…", "Risk-assess all lifts": a duty that opens with a
        # compound whose last part is a verb, before a preposition or a determiner.
        nxt = following.lower()
        takes = nxt in _VERB_FOLLOWERS or nxt in ("on", "in", "for", "with", "to")
        return bullet and takes and last in _lemmas(last, "VERB")
    if w not in _lemmas(w, "VERB"):
        return False
    if not _lemmas(w, "NOUN") and not _lemmas(w, "ADJ"):
        return True
    if bullet:
        # "Warehouse Operations Manager" is a title, not "warehouse" as a verb; "Level 3"
        # and "Section 47" are names, but a verb the job's duties open with counts its
        # object ("Answer 999 … calls", "Lead 3 teams").
        titled = word[:1].isupper() and following[:1].isupper() and following[1:2].islower()
        numbered = following[:1].isdigit() and w not in duty_verbs()
        return following.lower() != "of" and not numbered and not titled
    return following.lower() in _VERB_FOLLOWERS


def is_past_verb(word: str) -> bool:
    """Whether `word` is a verb's past form ("led", "reduced", "built")."""
    w = word.lower()
    for lemma in _lemmas(w, "VERB"):
        if w != lemma and w in (getInflection(lemma, "VBD") or ()):
            return True
    return False


# An opening clause shorter than this many words is joined by the clause after it.
_SHORT_CLAUSE = 8
# A closing list of examples: "from mixers and dividers to ovens", "such as X and Y".
_EXAMPLES_TAIL = re.compile(
    r"\s+(?:from\s+[^,;]+?\s+to\s+.*|such as\s+.*|including\s+.*|e\.g\.\s+.*)$", re.IGNORECASE
)


def whole_clause(
    text: str, must_keep: str = "", max_words: int = 22, fuller: bool = False
) -> str | None:
    """`text`, or the whole clause of it that keeps `must_keep`, within `max_words`; None when
    no whole clause is short enough (a clause is never cut in the middle). `fuller`: a
    question about the duty itself, which has room for a short opening clause's sequel."""
    text = text.strip().rstrip(".;:,")
    head, colon, rest = text.partition(": ")
    if len(text.split()) <= max_words and not (colon and len(head.split()) <= 3 and not must_keep):
        return text
    pieces = _clauses(text)
    # "People management: lead, coach and develop…": a short heading before a colon names
    # the topic; the clause after it says the duty.
    head, colon, rest = text.partition(": ")
    if colon and len(head.split()) <= 3 and rest and not must_keep:
        # "Plan audits: risk assessment, materiality and…", "Work safely: safe isolation,
        # permits…": a heading that is itself a duty, before a list of what it covers, is
        # the duty ("plan audits"); the list is no verb phrase to say it with.
        head_words, rest_words = head.split(), rest.split()
        # Its verb shows by what follows: a plural object ("audits"), an adverb ("safely")
        # or a determiner; "People management" is a heading of nouns.
        second = head_words[1].lower() if len(head_words) >= 2 else ""
        verb_led = (
            _is_plural_noun(second) or bool(_lemmas(second, "ADV")) or second in _VERB_FOLLOWERS
        )
        if (
            verb_led
            and is_base_verb(head_words[0], head_words[1], bullet=True)
            and not is_base_verb(
                rest_words[0].strip(",;"), rest_words[1] if len(rest_words) > 1 else ""
            )
        ):
            return head
        found = whole_clause(rest, must_keep, max_words)
        if found:
            return found
    # The opening clause holds the main verb: it is the one to keep when it fits.
    first = pieces[0] if pieces else ""
    keeps = not must_keep or must_keep.lower() in first.lower()
    if first and keeps and len(first.split()) <= max_words and _brackets_closed(first):
        # A short opening clause says little of the duty ("respond to breakdowns across the
        # site"): the clause after it is kept too when both fit ("…, fault-finding on
        # electrical and mechanical equipment").
        if fuller and len(first.split()) < _SHORT_CLAUSE and len(pieces) > 1:
            end = text.find(pieces[1], len(first)) + len(pieces[1])
            longer = text[:end].rstrip(".;:,")
            # Its examples may go ("… equipment from mixers to ovens"): the clause stays whole.
            longer = _EXAMPLES_TAIL.sub("", longer)
            fits = len(longer.split()) <= max_words and _brackets_closed(longer)
            if fits and pieces[1].split()[0].lower() not in ("and", "or"):
                return longer
        if len(pieces) > 1 and pieces[1].split()[0].lower() in ("and", "or"):
            # "A, B, and C" cut after B is a list that lost its joiner: "A and B".
            first = _join_last(first.rstrip(".;:,"), pieces[1].split()[0].lower())
        return first.rstrip(".;:,")
    keep = next((p for p in pieces if must_keep and must_keep.lower() in p.lower()), None)
    if keep and len(keep.split()) <= max_words and _brackets_closed(keep):
        return keep.rstrip(".;:,")
    return None


def _join_last(text: str, joiner: str) -> str:
    """`text` with its last comma outside brackets made a list joiner ("A, B" → "A and B")."""
    depth, last = 0, -1
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and text.startswith(", ", i):
            last = i
    if last < 0 or len(text.split(",", 1)[0].split()) < 2:
        return text  # "lead, coach and develop a team": a list of verbs with its own joiner
    joined = re.findall(r"\b(?:and|or)\s+([a-z-]+)(?:\s+(\S+))?", text[last:])
    if any(is_base_verb(verb, after or "", bullet=True) for verb, after in joined):
        return text  # "allocate staff, order kit and check vans": joined already
    return f"{text[:last]} {joiner} {text[last + 2 :]}"


def _brackets_closed(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count('"') % 2 == 0


def trim_to_clause(text: str, must_keep: str = "", max_words: int = 22) -> str:
    """`whole_clause`, or "" when there is none."""
    return whole_clause(text, must_keep, max_words) or ""


def as_candidate_clause(line: str, must_keep: str = "") -> str | None:
    """ "Built X" → "you built X"; None when the line does not start with a verb or is too
    long to quote whole."""
    text = whole_clause(line, must_keep, max_words=22)
    if not text:
        return None
    head, colon, _ = text.partition(": ")
    if colon and len(head.split()) >= 3 and _brackets_closed(head):
        # "Plan each audit: risk assessment, materiality, sampling…": the claim is said by
        # its head; the list after the colon would paste the CV line into the question.
        text = head
    parts = [p.strip() for p in text.split("; ") if p.strip()]
    if len(parts) > 1:
        # "Negotiate instructions and renewals; grew stock by 34 units": two claims in one
        # line. The one with the term asked about, else the one with a figure, is said.
        keep = [p for p in parts if must_keep and must_keep.lower() in p.lower()]
        keep = keep or [p for p in parts if re.search(r"\d", p)] or parts
        text = keep[0]
        if leans_back(text, parts[: parts.index(text)]):
            return None  # "…; raised 60+ requests": the line is quoted whole instead
    words = text.split()
    first = words[0].strip(",").lower()
    following = words[1] if len(words) > 1 else ""
    passive = is_passive_start(first, following, words[2] if len(words) > 2 else "")
    past = is_past_verb(first) or passive  # "Chosen to lead…" is a past form too
    # "Line manage 24 support staff": a verb written as two words, the first a noun.
    compound = f"{first} {following.lower()}" in specific_words()["compound_verbs"]
    if not compound and not (past or is_base_verb(words[0].strip(","), following, bullet=True)):
        return None
    if not compound and not past and not _said_as_verb(first, following):
        return None  # "Full P&L ownership", "Safe isolation…": no "you full…", "you safe…"
    clause = text[:1].lower() + text[1:]
    if not passive:
        clause = _with_determiner(clause, 2 if compound else 1)
    if passive:
        clause = f"were {clause}"  # "Selected as…": "you were selected as…"
    clause = re.sub(r"\bmy\b", "your", clause)
    clause = re.sub(r"\bour\b", "the", clause)  # the candidate's "our" is not the interviewer's
    clause = re.sub(r"(\S+\s+)?\bI\b(?=(\s+\S+)?)", _second_person, clause)
    return f"you {clause}"


_COUNT_START = re.compile(r"^(?:[£$€]?\d|up to\b|over\b|around\b|about\b|more than\b)", re.I)


def _with_determiner(clause: str, verb_words: int = 1) -> str:
    """A CV bullet's clause with the article its note style dropped put back before the
    verb's object, where "of" follows a bare singular noun: "manage ledger of 1,800
    accounts" → "manage a ledger of 1,800 accounts" (a count: "a"), "led migration of
    collections" → "led the migration of collections". A light verb's idiom ("took charge
    of") and a mass noun ("knowledge of") take none."""
    words = clause.split()
    if len(words) < verb_words + 3 or words[verb_words + 1].lower() != "of":
        return clause
    data = _phrasing()
    verb, noun = words[verb_words - 1].lower(), words[verb_words]
    low = noun.lower()
    if _lemmas(verb, "VERB") and set(_lemmas(verb, "VERB")) & set(data["light_verbs"]):
        return clause
    if not noun.isalpha() or not noun.islower() or low in data["bare_nouns"]:
        return clause
    if not _lemmas(low, "NOUN") or _is_plural_noun(low) or low in _DETERMINER_WORDS:
        return clause
    rest = " ".join(words[verb_words + 2 :])
    nominal = low.endswith(tuple(data["nominal_suffixes"]))
    article_word = "a" if _COUNT_START.match(rest) and not nominal else "the"
    if article_word == "a":
        article_word = article(noun)
    return " ".join([*words[:verb_words], article_word, *words[verb_words:]])


_DETERMINER_WORDS = frozenset(["a", "an", "the", "this", "that", "each", "every", "one"])


# A noun and the word before it ("NOTAM requests", "60+ requests").
_QUALIFIED = re.compile(r"(\S+)\s+([a-z]{3,})\b")


def leans_back(part: str, earlier: Sequence[str]) -> bool:
    """Whether a later part of a CV line names its thing only by a noun an earlier part
    qualifies with a name ("Draft NOTAM requests …; raised 60+ requests with zero
    rejections"): quoted alone it would drop what the requests were."""
    named = {
        noun
        for text in earlier
        for qualifier, noun in _QUALIFIED.findall(text)
        if qualifier[:1].isupper() and (qualifier.isupper() or text.find(qualifier) > 0)
    }
    return any(
        noun in named and not qualifier[:1].isupper()
        for qualifier, noun in _QUALIFIED.findall(part)
    )


def _verb_forms_rarer_by(word: str) -> float:
    """How many Zipf steps rarer the word's commonest verb form ("guesting", "led") is than
    the word itself: small for a word in common use as a verb."""
    forms = [*getInflection(word, "VBG"), *getInflection(word, "VBD")]
    in_use = max((zipf_frequency(f, "en") for f in forms), default=0.0)
    return zipf_frequency(word, "en") - in_use


def _said_as_verb(word: str, following: str) -> bool:
    """Whether a CV line's first word, read as a present-tense claim ("you lead…"), is
    surely a verb: only a verb, or a word that is also a noun or adjective ("lead", "safe",
    "licence") followed by what only a verb takes: a determiner, a possessive or a plural
    object ("Lead audits", "Plan the rota"). Otherwise "Safe isolation…" would be said as
    "you safe isolation…"; the question then names the skill without quoting the line."""
    if not _lemmas(word, "NOUN") and not _lemmas(word, "ADJ"):
        return True
    if word in (getInflection(word, "VBD") or ()):
        return True  # "Cut shrink…", "Set up…": a past tense that reads as one
    nxt = following.lower().strip(",;:")
    counted = nxt[:1].isdigit() or nxt in _COUNT_WORDS  # "Review 40 returns", "Coach two…"
    # "Design bridal…", "Run full-cycle sales": a describing word before the object.
    described = (bool(_lemmas(nxt, "ADJ")) and not _lemmas(nxt, "NOUN")) or "-" in nxt
    if _is_plural_noun(nxt) and not (nxt in _VERB_FOLLOWERS or counted or described):
        # "Lead audits" is a verb and its object; "Guest complaints" a noun compound: a
        # plural after the word makes it a verb only when its verb forms are in common use.
        return _verb_forms_rarer_by(word) < _phrasing()["verb_before_plural_object_by"]
    return nxt in _VERB_FOLLOWERS or counted or described


_COUNT_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"]
)


def _second_person(match: re.Match[str]) -> str:
    """The candidate's "I" as "you"; a Roman numeral ("phase I and II", "Type I") stays."""
    before, after = match.group(1) or "", (match.group(2) or "").strip().strip(",.;:")
    numeral = before.strip()[:1].isupper() or not _lemmas(after, "VERB")
    return before + ("I" if numeral else "you")


def duty_form(phrase: str, bullet: bool = False) -> str:
    """How a job-description phrase starts: "base" (a verb), "gerund", "person" ("able to…")
    or "noun". `bullet`: the phrase is a listed duty, which usually opens with a verb."""
    words = phrase.split()
    if not words:
        return "noun"
    if _PERSON.match(phrase):
        return "person"
    if len(words) > 1 and _is_manner_adverb(words[0]):
        # "Personally carry out market appraisals": the verb after the adverb decides.
        return duty_form(" ".join(words[1:]), bullet)
    first = words[0].lower().rstrip(",;:")
    following = words[1].rstrip(",;:") if len(words) > 1 else ""
    if is_base_verb(first, following, bullet) or (
        following.lower() in ("and", "or", "&") and len(words) > 2 and is_base_verb(words[2])
    ):
        return "base"
    if first.endswith("ing") and _lemmas(first, "VERB") and first not in _lemmas(first, "VERB"):
        return "gerund"
    return "noun"


def _is_plural_noun(word: str) -> bool:
    w = word.lower().strip(",;:.")
    return w.endswith("s") and any(lemma != w for lemma in _lemmas(w, "NOUN"))


def _likely_plural(word: str) -> bool:
    """A plural noun, or a word the dictionary lacks that ends like one ("appraisals")."""
    w = word.lower().strip(",;:.")
    unknown = not getAllLemmas(w) and w.endswith("s") and not w.endswith("ss")
    return _is_plural_noun(w) or unknown


def _ing(word: str) -> str:
    bare = word.rstrip(",;")
    if "-" in bare and bare[:1].islower():
        # "quality-assure" → "quality-assuring": the verb is the last part.
        head, tail = bare.rsplit("-", 1)
        if tail.lower() in _lemmas(tail, "VERB"):
            return f"{head}-{_ing(tail)}{word[len(bare) :]}"
    inflected = getInflection(bare.lower(), "VBG")
    # The inflection data gives the American form first ("counseling", "labeling"); an
    # advert in British English doubles the "l" ("counselling"), which it lists too.
    british = [f for f in inflected if f.endswith("lling")]
    chosen = british[0] if british else inflected[0] if inflected else bare
    return chosen + word[len(bare) :]


def names_things(term: str) -> bool:
    """Whether a skill's name ends in a plural noun ("section 47 enquiries", "crown lifts"),
    not a field of knowledge ending in -ics ("hydraulics") or a mass noun ("rigging")."""
    last = term.split()[-1].lower() if term.split() else ""
    return not last.endswith(("ics", "ss")) and _is_plural_noun(last)


def _noun_like(word: str) -> bool:
    """A noun, or a word the inflection data lacks that is in common use ("rota"): no verb
    or describing word it would be, so it names a thing."""
    w = word.lower().strip(",;:.")
    if _lemmas(w, "NOUN"):
        return True
    common = zipf_frequency(w, "en") >= _phrasing()["unknown_noun_zipf"]
    return w.isalpha() and not getAllLemmas(w) and common and not w.endswith(("ly", "ing"))


def _noun_only(word: str) -> bool:
    """A content word that cannot be a verb ("rota", "budget" can; "rota" cannot)."""
    w = word.lower().strip(",;.")
    if not w.isalpha() or w in _VERB_FOLLOWERS or w in _NOT_A_START or w in _OBJECT_STARTS:
        return False
    return not _lemmas(w, "VERB") and not _lemmas(w, "ADJ") and not _lemmas(w, "ADV")


def gerund(phrase: str, unsure: list[str] | None = None) -> str:
    """A base-form duty as a gerund phrase, with its coordinated verbs:
    "recognise and escalate deterioration" → "recognising and escalating deterioration",
    "lead renewals and manage churn risk" → "leading renewals and managing churn risk".
    `unsure` collects the words left as they are that may have been verbs (see
    `_later_word_reading`)."""
    # "line manage" is turned as "line-manage" is, then written apart again.
    spaced = [c for c in specific_words()["compound_verbs"] if re.search(rf"\b{c}\b", phrase, re.I)]
    for compound in spaced:
        phrase = re.sub(rf"\b{compound}\b", compound.replace(" ", "-"), phrase, flags=re.I)
    turned = _gerund(phrase, unsure)
    for compound in spaced:
        head = compound.split()[0]
        turned = re.sub(rf"\b({head})-(?=[a-z])", r"\1 ", turned, flags=re.I)
    if unsure is not None:
        # "lead and rota a crew": a word the dictionary knows as no verb ("rota") shares the
        # object of the verb before it, so it is one; left as it is, "leading and rota a
        # crew" is broken English, and the phrase is not turned for sure.
        starts = "|".join(_phrasing()["shared_object_starts"])
        pattern = rf"\b[a-z]+ing,?\s+(?:and|or|&)\s+([a-z]+)\s+(?:{starts})\b"
        unsure += [
            m.group(1)
            for m in re.finditer(pattern, turned, flags=re.I)
            if not m.group(1).lower().endswith("ing")
        ]
        # "lead, rota and develop a team": an item of the duty's opening list of verbs that
        # the dictionary knows as no verb sits between two turned verbs, so it is one too;
        # "leading, rota and developing" is broken English, and the phrase is not turned.
        unsure += [
            m.group(1)
            for m in re.finditer(
                r"^\S*ing,\s+(?:[a-z]+ing,\s+)*([a-z]+),?\s+(?:[a-z]+ing,?\s+)*(?:and|or|&)\s+[a-z]+ing\b",
                turned,
                flags=re.I,
            )
            if not m.group(1).lower().endswith("ing")
        ]
    return turned


def without_manner(text: str) -> str:
    """`text` without how often or on what footing its duty is done ("acting as Duty
    Manager on a rota basis" → "acting as Duty Manager"; `manner_adjuncts`), unless that
    leaves it too short to name the work."""
    data = _phrasing()
    span = int(data["manner_basis_words_max"])
    said = "|".join(re.escape(a) for a in data["manner_adjuncts"])
    pattern = rf",?\s+(?:on\s+an?\s+(?:[\w-]+\s+){{1,{span}}}basis|{said})\b"
    out = re.sub(pattern, "", text, flags=re.IGNORECASE).strip()
    return out if len(out.split()) >= 2 else text


def without_brackets(term: str) -> str:
    """A term said inside a sentence, its bracket left out ("complaint handling (FCA DISP)"
    → "complaint handling"): a code or an aside in the middle of a question reads as pasted
    text. Kept when nothing is left without it."""
    out = " ".join(re.sub(r"\s*[(\[][^()\[\]]*[)\]]", " ", term).split())
    return out or term


def _is_manner_adverb(word: str) -> bool:
    """ "personally", "regularly", "safely": an adverb that can open a duty before its verb."""
    w = word.lower().strip(",")
    return w.endswith("ly") and bool(_lemmas(w, "ADV")) and not _lemmas(w, "VERB")


def sure_gerund(phrase: str) -> str:
    """`gerund(phrase)`, or "" when a later word of it may be a verb or a noun ("deliver
    training to magistrates and staff on legal changes"): the question then says the line
    as the advert wrote it ("In this role you'd …")."""
    unsure: list[str] = []
    turned = gerund(phrase, unsure)
    return "" if unsure else turned


def _in_a_list_of_things(words: list[str], out: list[str], index: int) -> bool:
    """Whether `words[index]` is an item of a list of things ("on progress, labour, plant
    and cost against budget"): the item before it, after a comma, is a single word left as
    it is (a verb takes an object; "book venues, brief caterers and…" is a list of verbs)."""
    joined = index >= 2 and words[index - 1].lower() in _JOINERS
    end = index - 1 if joined else index
    items = " ".join(words[:end]).rstrip(",").split(",")
    single = len(items) >= 2 and len(items[-1].split()) == 1
    return single and out[end - 1] == words[end - 1]


def _later_word_reading(
    word: str, following: str, after: str = "", after_plural_object: bool = False
) -> str:
    """How a word after a list's "and" or comma reads when it is a noun or an adjective as
    well as a verb: "verb", "noun" or "unsure". Only the verb of a clause is turned: a noun
    or a describing word before a noun is a modifier ("guest experience", "fire alarm
    systems", "crew transfer vessel operators", "dry eye clinics"), and so is a group of
    people ("magistrates and staff on legal changes"). What only a verb takes after it (a
    determiner, a describing word, a count, a plural object) leaves the word to the rules of
    a list. Before a singular noun or a preposition, a word the job's duties open with
    ("record", "check", "lead") is a verb, unless an "-ing" word ends the phrase after it
    ("record keeping": either; "keep training records" is a verb); another word is a verb
    only when its verb forms are in common use ("label stock", "paint furniture";
    "guesting", "crewing" are rare), and before a preposition it is a noun only when they
    are rare indeed ("deal with": either). After a verb phrase closed by its plural object
    (`after_plural_object`: "prune orchard trees and graft rootstock") the verb forms need
    only be less rare ("grafting"; "manage budgets and stock control" keeps its noun)."""
    low = word.lower()
    if not _lemmas(low, "NOUN") and not _lemmas(low, "ADJ"):
        return "verb"
    nxt = following.lower().strip(",;:")
    own = _phrasing()["preposition_verbs"].get(low)
    if own is not None and nxt not in own:
        return "noun"  # "care home staff": "care" takes its object only after "for"
    object_start = nxt in _VERB_FOLLOWERS or nxt in _OBJECT_STARTS or nxt in _DETERMINERS
    described = bool(_lemmas(nxt, "ADJ")) and not _lemmas(nxt, "NOUN")
    counted = nxt[:1].isdigit() or nxt in _COUNT_WORDS
    if not nxt or (object_start and nxt not in _PLACES) or described or counted:
        return "verb"
    if _likely_plural(nxt):
        return "verb"  # "team leaders", "mentor engineers": the rules of a list decide
    data = _phrasing()
    if low in specific_words()["collective_nouns"]:
        return "noun"
    duty_verb = low in duty_verbs()
    ing = nxt.endswith("ing") and nxt not in _lemmas(nxt, "VERB") and _lemmas(nxt, "VERB")
    ends = following[-1:] in ",;:" or not after or after.lower() in (*_NOT_A_START, "&")
    if ing and ends:
        return "unsure" if duty_verb else "noun"
    if duty_verb:
        return "verb"
    rarer_by = _verb_forms_rarer_by(low)
    limit = data["verb_forms_rarer_by"]
    if after_plural_object and nxt not in _NOT_A_START:
        limit = data["verb_after_plural_object_by"]
    if rarer_by < limit:
        return "verb"
    # Before a preposition the word heads its own phrase or takes the preposition as a verb
    # does ("deal with snagging"): only a word seldom used as a verb is surely a noun.
    if nxt in _NOT_A_START and rarer_by < data["noun_before_preposition_by"]:
        return "unsure"
    return "noun"


# Prepositions among the words that follow a verb ("act on", "step into"): after a noun
# they start a phrase of its own ("staff on legal changes"), so they show no verb.
_PLACES = frozenset(["on", "into", "across", "and"])
_DETERMINERS = frozenset(["any", "this", "these", "those", "both", "some", "other"])


def _gerund(phrase: str, unsure: list[str] | None = None) -> str:
    words = phrase.split()
    if not words:
        return phrase
    if len(words) > 1 and _is_manner_adverb(words[0]):
        return f"{words[0]} {_gerund(' '.join(words[1:]), unsure)}"
    out = [_ing(words[0])]
    infinitive = False  # "to reduce risk and improve outcomes": those verbs stay as they are
    linked = False
    verb_list = _verb_list_after_and(words)
    modifiers = _modifier_list(words)
    for index in range(1, len(words)):
        word = words[index]
        if index in modifiers:
            out.append(word)  # "towpath, lock and bridge maintenance": nouns of a noun
            continue
        if index in verb_list:
            if index == min(verb_list) and not out[-2].endswith(","):
                out[-2] += ","  # "…library staff, and recruiting, training and supporting…"
            out.append(_ing(word))
            continue
        if words[index - 1].lower() == "to" and is_base_verb(word.rstrip(",;"), "", bullet=True):
            infinitive = True
        if words[index - 1].lower() in _linking():
            linked = True  # "…, including rotas and holiday cover": its list is of things
        elif words[index - 1].lower() in ("and", "or") and words[index - 2].endswith(","):
            linked = False  # "…using Lean tools, and support…": a comma's "and" ends it
        before = words[index - 1].lower()
        following = words[index + 1] if index + 1 < len(words) else ""
        bare = word.rstrip(",;")
        # "plan and teach", "lead X and manage Y", "assess X, keep Y and use Z": a verb right
        # after a coordinating word or a comma, with an object after it (so "time, budget
        # and quality" keeps its nouns).
        joined = before in ("and", "or", "&") or before.endswith(",")
        last = bare.rsplit("-", 1)[-1]  # "quality-assure" is a verb by its last part
        verb = last.lower() in _lemmas(last, "VERB")
        has_object = bool(following) and following.lower() not in ("and", "or", "&")
        # "…, and raise and answer enquiries": a pair of verbs sharing the object after them.
        after = words[index + 2].rstrip(",;") if index + 2 < len(words) else ""
        paired = (
            following.lower() in ("and", "or")
            and bool(after)
            and after.lower() in _lemmas(after, "VERB")
            and index + 3 < len(words)
        )
        has_object = has_object or paired
        # "design and run X", "assess, diagnose and treat patients": every word so far is a
        # turned verb or a joiner, so this one is a verb of the same list.
        opening_list = all(
            o.rstrip(",").endswith("ing") or o.lower() in ("and", "or", "&") for o in out
        )
        # "team leaders", "design reviews": a noun before a plural noun, not a verb.
        # "the on-call and weekend rota": a noun before a noun is a modifier as well.
        # ("the on-call and weekend rota" is one noun phrase: "the" opened it just before).
        in_noun_phrase = any(
            w.lower() in ("the", "a", "an", "our", "your", "their", "its")
            for w in words[max(0, index - 3) : index - 1]
        )
        # "emergency lighting and fire alarm systems": a noun before a noun before a plural
        # noun is the head of a compound too ("firing alarm systems" is no duty).
        two_nouns = (
            bool(after)
            and _is_plural_noun(after)
            and bool(_lemmas(following.rstrip(",;"), "NOUN"))
            and not following.endswith(",")
            and index >= 2
            and not _likely_plural(words[index - 2])  # "clean kennels and feed dog breeds"
            and bare.lower() not in duty_verbs()  # "…and keep client records": a verb
        )
        compound = bool(_lemmas(bare, "NOUN")) and (
            _is_plural_noun(following) or (in_noun_phrase and _noun_only(following)) or two_nouns
        )
        # "review designs and code, and mentor engineers": a comma before the "and" closes
        # the list before it, so what follows is a new verb phrase, even a word that is also
        # a noun ("mentor", "coach", "chair") before a plural noun.
        new_clause = before in ("and", "or") and index >= 2 and words[index - 2].endswith(",")
        # "carry out daily checks and record defects": after a verb phrase that has its object
        # (a plural noun before the "and"), a word the job lists as a duty verb opens a new
        # verb phrase ("stock levels" and "team leaders" stay nouns: no duty verbs).
        new_clause = new_clause or (
            before in ("and", "or")
            and index >= 2
            and _likely_plural(words[index - 2])
            and bare.lower() in duty_verbs()
            and not in_noun_phrase
        )
        # "prepare the unit's budget and monitor costs": after a noun phrase closed by its
        # noun ("the unit's budget"), a duty verb with a plural object opens a new one
        # ("the on-call and weekend rota" has no verb: its "and" joins what describes "rota").
        closed = words[index - 2].rstrip(",;").lower() if index >= 2 else ""
        determined = any(
            w.lower() in _OBJECT_STARTS or w.lower().endswith("'s")
            for w in words[max(1, index - 5) : index - 1]
        )
        new_clause = new_clause or (
            before in ("and", "or")
            and determined
            and _noun_like(closed)
            and "-" not in closed
            and not _lemmas(closed, "ADJ")
            and bare.lower() in duty_verbs()
            and _is_plural_noun(following)
        )
        coordinated = (
            not infinitive
            and not linked
            and joined
            and verb
            and (opening_list or (has_object and not word.endswith(",")))
            # A compound is a verb by its whole ("quality-assure"; "three-phase" is no verb).
            and (opening_list or paired or is_base_verb(bare, following, bullet=True))
            and not (compound and not opening_list and not new_clause)
        )
        # "press staff uniforms and iron table linen", "… and fold towels": after a verb
        # phrase closed by its object's noun, a word that is a verb as well as a noun may
        # open the next verb phrase or name one more thing ("… and stock levels"); which,
        # no inflection data tells, so the line is said as the advert writes it.
        # Only after a bare object straight after the verb: a determiner or a preposition
        # before the "and" ("the reservoir level and water…", "with the harbour master and
        # ferry crew") leaves a list of things more likely.
        between = [w.lower().strip(",") for w in words[1 : index - 1]]
        after_object = (
            before in ("and", "or")
            and index >= 2
            and _noun_like(words[index - 2])
            and not words[index - 2].lower().endswith("ing")
            and not any(w in _NOT_A_START or w in _OBJECT_STARTS for w in between)
            and not any(w in _DETERMINERS for w in between)
            and not opening_list
        )
        ambiguous = after_object and compound and not new_clause
        if ambiguous and unsure is not None and _maybe_verb(bare, following):
            unsure.append(bare)
        if coordinated and not opening_list:
            # An item of a list of things is a thing ("…, packing and dispatch on…").
            things = _in_a_list_of_things(words, out, index) and bool(_lemmas(bare, "NOUN"))
            # "prune orchard trees and graft rootstock": after a verb phrase closed by its
            # plural object, the next item is more likely a verb phrase of the same list.
            closed_by = after_object and _likely_plural(words[index - 2])
            reading = "noun" if things else _later_word_reading(bare, following, after, closed_by)
            if reading == "noun" and after_object and _maybe_verb(bare, following):
                reading = "unsure"
            if reading == "unsure" and unsure is not None:
                unsure.append(bare)
            coordinated = reading == "verb"
        out.append(_ing(word) if coordinated else word)
    return " ".join(_parallel(words, out, modifiers))


def _modifier_list(words: list[str]) -> set[int]:
    """The places of a list of single nouns that describe the noun after it, inside a verb's
    object ("carry out towpath, lock and bridge maintenance", "hedge, fence and gate
    repairs"): one-word items, at least one closed by a comma, then "and" or "or", the last
    item and a noun that heads them all. Every item can be a noun (or is unknown), and the list follows a
    word that is neither a joiner nor a comma's end (so "recruit, train and support
    volunteers" after "and", or a duty's own opening list, stays a list of verbs)."""
    for start in range(1, len(words) - 3):
        before = words[start - 1]
        if before.endswith((",", ";")) or before.lower() in _JOINERS:
            continue
        places: list[int] = []
        index = start
        while index < len(words) and words[index].endswith(",") and len(words[index]) > 1:
            places.append(index)
            index += 1
        if not places:
            continue  # "trees and graft rootstock": two items are left to the rules of a list
        if index < len(words) and words[index].lower() not in _JOINERS:
            places.append(index)  # the item before "and" (no serial comma)
            index += 1
        if len(places) < 2 or index + 2 >= len(words) or words[index].lower() not in _JOINERS:
            continue
        places.append(index + 1)
        head = words[index + 2].rstrip(",;:.")
        items = [words[k].rstrip(",") for k in places]
        # A word the dictionary lacks ("towpath", "cowl") is taken for a noun.
        nouns = all(w.isalpha() and (_lemmas(w, "NOUN") or not getAllLemmas(w)) for w in items)
        if nouns and head.isalpha() and _noun_like(head) and not head.lower().endswith("ing"):
            return set(places)
    return set()


def _maybe_verb(word: str, following: str) -> bool:
    """Whether `word` (a noun too) may be a verb before `following`: its verb forms are
    not rare ("ironing", "folding"; "guesting", "crewing" are), no group of people is
    named by it ("staff"), and a noun follows it (before a preposition see
    `_later_word_reading`)."""
    low, nxt = word.lower(), following.lower().strip(",;:")
    if low in specific_words()["collective_nouns"] or not nxt or nxt in _NOT_A_START:
        return False
    if nxt in _JOINERS or not (_lemmas(nxt, "NOUN") or _noun_like(nxt)):
        return False
    return _verb_forms_rarer_by(low) < _phrasing()["verb_reading_possible_by"]


def _verb_list_after_and(words: list[str]) -> set[int]:
    """The places of a list of verbs that opens a new verb phrase after "and": "supervise
    library staff and recruit, train and support volunteers" (each item one word, each a
    verb an advert opens a duty with or a verb only, the last one before its object)."""
    for start in range(2, len(words) - 3):
        if words[start - 1].lower() not in ("and", "or") or not words[start].endswith(","):
            continue
        places: list[int] = []
        index = start
        while index < len(words) and words[index].endswith(","):
            places.append(index)
            index += 1
        # "recruit, train and support volunteers": the item before the "and", then the last
        # item, which has an object after it.
        if index + 3 >= len(words) or words[index + 1].lower() not in ("and", "or"):
            continue
        places += [index, index + 2]
        items = [words[k].rstrip(",").lower() for k in places]
        verbs = all(
            w in _lemmas(w, "VERB") and (w in duty_verbs() or not _lemmas(w, "NOUN")) for w in items
        )
        if verbs and len(items) >= 2:
            return set(places)
    return set()


def _parallel(words: list[str], out: list[str], keep: set[int] | None = None) -> list[str]:
    """`out` (the gerund phrase of `words`) with a list of verb phrases turned alike: when the
    item after the list's "and" was turned ("…, and reporting to clients"), an item between
    commas that opens with a verb is one of the same list ("investigate title, raise
    enquiries and report…" → "investigating title, raising enquiries and reporting…")."""
    turned_after_and = [
        i
        for i in range(2, len(words))
        if out[i] != words[i] and words[i - 1].lower() in ("and", "or")
    ]
    if not turned_after_and:
        return out
    end = turned_after_and[-1]
    for k in range(1, end):
        bare = words[k].rstrip(",;")
        following = words[k + 1] if k + 1 < len(words) else ""
        opens_item = words[k - 1].endswith(",") and not words[k].endswith(",")
        if (
            opens_item
            and k not in (keep or set())
            and out[k] == words[k]
            and bare.lower() in _lemmas(bare, "VERB")
            and following.lower() not in ("and", "or", "&")
            and not any(w.lower() == "to" for w in words[:k])
        ):
            out[k] = _ing(words[k])
    return out


def base_form(phrase: str) -> str:
    """A gerund phrase as a base-form one, with its coordinated verbs:
    "building and improving interfaces" → "build and improve interfaces", "carrying out
    maintenance and keeping records up to date" → "carry out maintenance and keep records up
    to date" (every verb of one list takes one form)."""
    words = phrase.split()
    out: list[str] = []
    expect = "verb"  # the opening run of verbs: "designing, building and running X"
    for index, word in enumerate(words):
        bare = word.rstrip(",;")
        lemma = _lemmas(bare.lower(), "VERB")
        is_gerund = bare.lower().endswith("ing") and lemma and bare.lower() not in lemma
        if expect == "verb" and is_gerund:
            out.append(lemma[0] + word[len(bare) :])
            expect = "verb" if word.endswith(",") else "connector"
        elif expect == "connector" and bare.lower() in ("and", "or", "&"):
            out.append(word)
            expect = "verb"
        else:
            out.extend(words[index:])
            break
    return " ".join(_later_items_base(out, len(out) - (len(words) - index) if out else 0))


def _opens_verb_item(words: list[str], index: int) -> str:
    """The base form of `words[index]` when it is a gerund that opens a verb phrase of the
    list ("…budget and monitoring costs", "…, keeping records"), "" otherwise: a gerund that
    is also a noun ("training", "planning") counts only with an object after it."""
    bare = words[index].rstrip(",;")
    low = bare.lower()
    lemma = _lemmas(low, "VERB")
    if not (low.endswith("ing") and lemma and low not in lemma) or low in _linking():
        return ""
    following = words[index + 1].rstrip(",;").lower() if index + 1 < len(words) else ""
    if not following or following in ("and", "or", "&", "of"):
        return ""  # "the rigging of trees": a gerund named as a thing ("rig of" is no verb)
    if _describing_participle(low, lemma[0]):
        return ""  # "existing lettings legislation": a describing word, never "exist"
    if following in _phrasing()["clause_openers"]:
        return ""  # "logging and alerting so we find…": no object, a thing of the list
    if following in _phrasing()["compound_heads"] and low not in _phrasing()["object_gerunds"]:
        return ""
    if index + 2 >= len(words) and low not in _phrasing()["object_gerunds"]:
        return ""  # "…and cleaning products" at the line's end: more likely a kind of thing
    if _lemmas(low, "NOUN") and low not in _phrasing()["object_gerunds"]:
        # "monitoring costs of production", "training the new starters"; "training records"
        # at the end of the line is a noun before a noun.
        # "reporting to the board": a verb's own preposition after it.
        has_object = following in _VERB_FOLLOWERS or following in _OBJECT_STARTS
        has_object = has_object or following in ("to", "with", "for", "against", "back")
        described = bool(_lemmas(following, "ADJ")) and not _lemmas(following, "NOUN")
        plural_then = _is_plural_noun(following) and index + 2 < len(words)
        if not (has_object or described or plural_then):
            return ""
    return lemma[0]


def _describing_participle(word: str, base: str) -> bool:
    """Whether an "-ing" word is mostly a describing word ("existing", "prevailing"): the
    inflection data has it as an adjective (not a noun) and it is at least about as common as
    its verb ("increasing", "missing" are more often verbs)."""
    if word in _phrasing()["describing_participles"]:
        return True
    if word not in _lemmas(word, "ADJ") or _lemmas(word, "NOUN"):
        return False
    over = zipf_frequency(word, "en") - zipf_frequency(base, "en")
    return over >= float(_phrasing()["describing_participle_over_verb"])


def _later_items_base(words: list[str], start: int) -> list[str]:
    """`words` (a base-form phrase whose opening verbs end before `start`) with the later
    items of its list turned alike: a gerund after "and", "or" or a list's comma that opens a
    verb phrase. A gerund that stays (after "by", "when", "for") starts a list of its own:
    the items after it are left as they are ("reduce waste by setting targets and tracking
    use")."""
    out = list(words)
    pending: list[int] = []  # gerunds after a comma, turned only if the list goes on
    for index in range(max(start, 1), len(words)):
        word, before = words[index], words[index - 1]
        bare = word.rstrip(",;").lower()
        lemma = _lemmas(bare, "VERB")
        gerund_here = bare.endswith("ing") and lemma and bare not in lemma
        if not gerund_here:
            continue
        base = _opens_verb_item(words, index)
        if before.lower() in ("and", "or", "&") and base:
            # The list's last item is a verb phrase: so is each item between its commas.
            for k in [*pending, index]:
                tail = words[k][len(words[k].rstrip(",;")) :]
                out[k] = _lemmas(words[k].rstrip(",;").lower(), "VERB")[0] + tail
            pending = []
        elif before.endswith(",") and bare not in _linking():
            pending.append(index)
        elif (
            before.lower() in _NOT_A_START
            or bare in _linking()
            or (index + 1 < len(words) and words[index + 1].lower() in ("and", "or", "&"))
        ):
            # A gerund of its own ("by setting…"): what follows belongs to it; or a list of
            # gerunds named as things ("aerial dismantling and rigging"), kept as it is.
            break
        # Else a gerund naming a kind of thing ("glazing units", "the climbing crew"): the
        # list goes on past it.
    return out


@lru_cache(maxsize=1)
def _phrasing() -> dict[str, list[str]]:
    with (Path(__file__).with_name("phrasing.toml")).open("rb") as handle:
        return tomllib.load(handle)


def _linking() -> frozenset[str]:
    return frozenset(_phrasing()["linking_participles"])


def trait_form(term: str) -> str:
    """How a quality the candidate claimed is said back: "person" ("team player"), "quality"
    ("attention to detail") or "adjective" ("meticulous"); "" when `term` names work, not a
    quality of the person (a tool, a task, a practice)."""
    data = _phrasing()
    low = " ".join(term.lower().split())
    low = re.sub(r"^(?:a|an|my|good|great|strong|real|very)\s+", "", low)
    if low in data["trait_adjectives"]:
        return "adjective"
    if low in data["trait_qualities"]:
        return "quality"
    words = low.split()
    if words and words[-1] in data["trait_person_heads"] and len(words) <= 3:
        return "person"
    return ""


def count_words() -> frozenset[str]:
    """The words that open a count of what did not happen ("no", "zero", "nil")."""
    return frozenset(_phrasing()["count_words"])


def only_in_a_count(text: str, term: str) -> bool:
    """Whether every mention of `term` in `text` sits in a count of what did not happen or
    went wrong ("zero RIDDOR incidents in 3 years", "no HACCP non-conformities", "RIDDOR-free
    year"): the line shows a result, not work the candidate did with `term`."""
    data = _phrasing()
    counts, outcomes = set(data["count_words"]), set(data["counted_outcomes"])
    found = list(re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w])", text, re.IGNORECASE))
    if not term.strip() or not found:
        return False
    for match in found:
        before = [w.lower().strip(",;:()") for w in text[: match.start()].split()[-2:]]
        rest = text[match.end() :]
        if rest.lower().startswith("-free"):
            continue
        after = [w.lower().strip(",;:.()") for w in rest.split()[:3]]
        counted = any(w in counts for w in before) or any(w.rstrip("%").isdigit() for w in before)
        # The CV's own words may be the counted thing itself ("no lost-time accidents").
        itself = term.lower().split()[-1] in outcomes
        if not (counted and (itself or any(w in outcomes for w in after))):
            return False
    return True


def short_company(name: str, text: str = "") -> str:
    """A company's name as said after the first time: "Swift Hospitality Group (Satan's
    Whiskers)" → "Swift Hospitality Group", "HM Revenue & Customs (HMRC)" → "HMRC", "Lowe
    Holdings Ltd t/a Bindery & Co" → "Bindery & Co"; a name without a bracket or a trading
    name stays whole. `text`: the advert, whose own use decides between the name and the
    one in brackets ("Paws & Bubbles is a busy salon…" → "Paws & Bubbles")."""
    name = " ".join(name.split())
    markers = "|".join(re.escape(m) for m in _phrasing()["trading_markers"])
    traded = re.search(rf"\(?\b(?:{markers})\s+([^()]+?)\)?$", name, re.IGNORECASE)
    if traded and traded.start() > 0:
        return traded.group(1).strip(" ,")
    bracket = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
    if not bracket:
        return name
    head, inside = bracket.group(1).strip(" ,-–"), bracket.group(2).strip()
    # An acronym of the name itself ("HMRC" of "HM Revenue & Customs"), not a country or a
    # site ("Acme Ltd (UK)"): its letters are the name's capitals, in order.
    capitals = iter(c for c in head if c.isupper())
    letters = [c for c in inside if c.isalpha()]
    acronym = (
        " " not in inside
        and len(letters) >= 2
        and all(c.isupper() for c in letters)
        and all(c in capitals for c in letters)
    )
    if acronym:
        return inside
    # The advert's own words, outside the full name, say which one the company goes by.
    rest = text.replace(name, " ")
    if _names_a_place(inside, rest):
        return head or name
    if inside and rest.count(inside) > rest.count(head):
        return inside
    return head or name


def _names_a_place(inside: str, advert: str) -> bool:
    """Whether a company's bracket says where it is: "West Midlands" (a compass word opens
    it), or a name the advert writes as a place ("our Tayside region", "across Tayside")."""
    data = _phrasing()
    words = inside.lower().split()
    if words and words[0] in data["place_openers"]:
        return True
    name = re.escape(inside)
    before = "|".join(map(re.escape, data["place_prepositions"]))
    after = "|".join(map(re.escape, data["place_nouns"]))
    return bool(
        re.search(rf"\b(?:{before})\s+(?:the\s+)?{name}\b", advert, re.IGNORECASE)
        or re.search(rf"\b{name}\s+(?:{after})\b", advert, re.IGNORECASE)
    )


def is_passive_start(word: str, following: str, then: str = "") -> bool:
    """Whether a CV line opening with `word` says what was done to the candidate ("Selected
    as…", "Promoted to…", "Awarded a bursary", "Commended by…") rather than what they did
    ("Selected suppliers…", "Mentored four junior engineers"): the line is said as "you were
    selected as…". `then` is the word after `following`: "three times" is a count of times."""
    data = _phrasing()
    w, nxt = word.lower().strip(",;:"), following.strip(",;:")
    if w in data["passive_openers"] and then.lower().strip(",;:") in data["times_words"]:
        return True  # "Promoted three times"
    if w not in data["passive_openers"]:
        return False
    if w in data["given_to_person"]:
        return nxt.lower() not in ("the", "this", "these", "those", "our")
    titled = nxt[:1].isupper() and not nxt.isupper() and nxt.lower() != "i"
    return nxt.lower() in data["passive_followers"] or titled


def _strip_lead(line: str) -> str:
    """A job-description line without "You will" / "Responsible for" and a full stop."""
    text = duty_phrase(line).phrase
    return _LEADING_ADJECTIVES.sub("", text).strip()


_NOT_A_START = frozenset(
    [
        "with",
        "to",
        "in",
        "of",
        "on",
        "at",
        "for",
        "from",
        "by",
        "as",
        "and",
        "or",
        "but",
        "so",
        "which",
        "while",
        "where",
        "including",
        "using",
        "through",
        "via",
        "across",
        "within",
        "without",
    ]
)


def as_duty(
    line: str, max_words: int = 0, duty: bool = False, fuller: bool = False
) -> tuple[str, str] | None:
    """A job-description line as (form, phrase) ready for a template; None when no whole
    clause of it is short enough. `duty`: the line is one of the listed responsibilities;
    `fuller`: see `whole_clause`."""
    max_words = max_words or (20 if duty else 16)
    text = whole_clause(_strip_lead(line), max_words=max_words, fuller=fuller)
    if not text:
        return None
    words = text.split()
    if words and words[0].lower() in _NOT_A_START:
        return None  # "with an SDR working alongside you": a fragment, not a duty
    if words and words[0].lower() in ("a", "an", "the") and words[0][:1].isupper():
        text = text[:1].lower() + text[1:]  # "A firm commitment" mid-sentence
    text = _bare_noun_after_object(text)
    words = text.split()
    form = duty_form(text, bullet=duty)
    if form == "gerund" and len(words) > 2 and words[1].lower() == "of":
        # "safeguarding of children at risk": a gerund used as a noun; its verb takes the
        # object directly ("safeguard children at risk"), never "safeguard of".
        text = " ".join([words[0], *words[2:]])
        words = text.split()
    if form == "gerund" and _nouns_of(words):
        # "Training and development of staff": two nouns of one object, the gerund used as a
        # noun; no verb may be made of the other ("train and development of staff").
        form = "noun"
    if form == "gerund":
        # "Building and improving X" → "build and improve X": one form for every template.
        text, form = base_form(text), "base"
    elif form == "base":
        # "inspect glazing units and keeping records": a later item of the list takes the
        # first verb's form ("…and keep records"), so no template says "you'd keeping".
        text = " ".join(_later_items_base(text.split(), 1))
    if form in ("base", "gerund") and not words[0].isupper():
        text = text[:1].lower() + text[1:]
    return form, text


def _nouns_of(words: Sequence[str]) -> bool:
    """Whether a duty opens with a gerund and a noun that is no verb sharing an object after
    "of" ("Training and development of staff", "Cleaning and maintenance of equipment")."""
    if len(words) < 4 or words[1].lower() not in ("and", "&") or words[3].lower() != "of":
        return False
    noun = words[2].lower().strip(",")
    return (
        not noun.endswith("ing")
        and "VERB" not in getAllLemmas(noun)
        and bool(getAllLemmas(noun).get("NOUN"))
    )


def _bare_noun_after_object(text: str) -> str:
    """A duty whose opening verb is joined to a noun that is no verb ("Planning and rota staff
    to ensure…", "Scheduling and payroll drivers") said with that noun after the object
    ("Planning staff and their rota to ensure…"): as it stands it reads as two nouns
    modifying the object ("planning staff and rota staff"), and no verb form of the noun
    exists to say it as two verbs (`fluency.verb_with_bare_noun`)."""
    from ..language.text import is_ing_form, stopwords

    words = text.split()
    if len(words) < 4 or words[1].lower() not in ("and", "&"):
        return text
    first, noun = words[0].lower(), words[2]
    verb = is_ing_form(first) or first in getAllLemmas(first).get("VERB", ())
    # "performance-manage": a compound verb, by its last part.
    lemmas = getAllLemmas(noun.lower().rsplit("-", 1)[-1])
    stop = set(stopwords())
    if not verb or noun.lower() in stop or noun.lower().endswith("ing") or "VERB" in lemmas:
        return text
    # The object: the words up to the first word of no substance ("to", "for", "each").
    end = 3
    while end < len(words) and words[end].lower().strip(",;") not in stop:
        if words[end][-1:] in ",;":
            end += 1
            break
        end += 1
    obj = words[3:end]
    head = obj[-1].strip(",;").lower() if obj else ""
    if not head or not getAllLemmas(head).get("NOUN"):
        return text
    tail = "," if obj[-1][-1:] in ",;" else ""
    said = [*obj[:-1], obj[-1].rstrip(",;")]
    return " ".join([words[0], *said, "and", "their", noun + tail, *words[end:]])


def jd_sentence(line: str, duty: bool = False, max_words: int = 0, fuller: bool = False) -> str:
    """A job-description line restated by the interviewer as a full sentence ("" when it
    cannot be said whole). `duty`: the line is one of the listed responsibilities;
    `fuller`: see `whole_clause`."""
    found = as_duty(line, max_words=max_words, duty=duty, fuller=fuller)
    if found is None:
        return ""
    form, text = found
    return one("link.duty_noun" if duty and form == "noun" else f"link.{form}", phrase=text)


@lru_cache(maxsize=1)
def specific_words() -> dict[str, list[str]]:
    """The words of `specifics.toml`, read once (the near-duty reader shares them)."""
    with (Path(__file__).with_name("specifics.toml")).open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def _specific_patterns() -> tuple[re.Pattern[str], ...]:
    data = specific_words()
    number = r"(?:\d[\d,.]*|" + "|".join(data["number_words"]) + r")"
    units = "|".join(data["units"])
    approx = "|".join(re.escape(a) for a in data["approximations"])
    preps = "|".join(data["prepositions"])
    money = r"£\d[\d,.]*\s*(?:[mkb]n?|million|billion)?"
    return (
        # "for the 140 SKUs" up to the next comma: the job's own counted group.
        re.compile(
            "".join(rf"(?<!\b{w})" for w in data["shares"])
            + rf"\s+(?:{preps})\s+(?:the|our|its|all)\s+{number}\s+[^,;:.()]*?(?=[,;:.]|$)"
        ),
        # "(around £3m)", "(about 40 staff)": a bracketed figure of the job's own.
        re.compile(r"\s*\([^()]*?(?:£|\$|€|\d)[^()]*\)"),
        # "with a budget of £2m", "worth £40k": the job's own figures.
        re.compile(rf"\s+(?:of|worth)\s+(?:(?:{approx})\s+)?{money}(?=[\s,;:.]|$)"),
        re.compile(rf"(?<=\s){money}\s+(?=[a-z])"),
        # "a 28-bed ward" → "a ward".
        re.compile(r"(?<=\s)\d+-[a-z]+\s+(?=[a-z])"),
        # "a team of six planners", "up to 40 staff", "the 12 TAs"; "within 4 hours" kept.
        re.compile(
            rf"(?P<before>\S*)(?P<gap>\s+)(?P<count>(?:(?:{approx})\s+|the\s+)?{number}\s+)"
            rf"(?!(?:{units})\b)(?=[A-Za-z])",
            re.IGNORECASE,
        ),
    )


def _drop_count(match: re.Match[str]) -> str:
    """A count dropped unless it belongs to a name before it ("Year 9", "Band 7", "type 1")
    or counts nothing after it ("type 2 diabetes")."""
    before = match.group("before")
    ahead = match.string[: match.start("before")]
    if before.lower() in ("and", "or", "to") and re.search(r"\d\s+$", ahead):
        return match.group(0)  # "Band 5 and 6 midwives": the second of two grades
    if before[:1].isupper() and not before.isupper():
        return match.group(0)
    if before.lower() in specific_words()["scale_words"] or not _counts_a_group(
        match.string[match.end() :]
    ):
        return match.group(0)
    if before.lower() == "of" and match.group("count").lower().startswith("the "):
        return match.group(0)  # "one of the two rotas": a share, kept whole
    return f"{before}{match.group('gap')}"


_GROUP_STOPS = frozenset(["and", "or", "&", "to", "in", "on", "at", "for", "with", "of", "by"])


def _counts_a_group(rest: str) -> bool:
    """Whether the words after a number name what it counts: a plural noun or a collective
    one, after at most two describing words ("9 junior designers", "40 full-time staff")."""
    words = rest.split()
    for index, word in enumerate(words[:3]):
        bare = word.strip(",;:.()")
        low = bare.lower()
        if not bare or low in _GROUP_STOPS:
            return False
        plural = any(lemma != low for lemma in _lemmas(low, "NOUN")) or (
            # A word the dictionary does not hold ("stakeholders") by its ending.
            not getAllLemmas(low) and low.endswith("s") and not low.endswith("ss")
        )
        acronyms = bare[:-1].isupper() and bare.endswith("s")  # "12 TAs", "140 SKUs"
        if plural or acronyms or low in specific_words()["collective_nouns"]:
            # "4 clinics a week" is a rate the work runs at, not a group of the job's own.
            rate = [w.strip(",;:.").lower() for w in words[index + 1 : index + 3]]
            return not (
                len(rate) == 2
                and rate[0] in ("a", "an", "per", "each", "every")
                and rate[1] in specific_words()["units"]
            )
        if word[-1:] in ",;:.":
            return False
    return False


def as_general(phrase: str) -> str:
    """A job's duty without the job's own quantities and counted groups, for asking about the
    candidate's past ("a team of six planners" → "a team of planners")."""
    *plain, counts = _specific_patterns()
    text = f" {phrase}"
    for pattern in plain:
        text = pattern.sub("", text)
    text = counts.sub(_drop_count, text)
    text = re.sub(r"\s{2,}", " ", text)
    return re.sub(r"\s+([,;:.])", r"\1", text).strip()
