"""The fluency check every interviewer question must pass (used by tests and the evaluation).

A question fails when its brackets or quotes are unbalanced, a clause ends on a preposition,
article or conjunction (the mark of a cut clause), a bare verb follows "looking for" or "your
work with", a gerund shares its object with a word of another form ("leading and rota a
team"), a verb is
joined to a bare noun before its object ("involves planning and rota staff"), a list
of gerund phrases has an item left as a bare verb (or a list of base verbs an item turned
into a gerund), "both" stands for more than two things, punctuation is doubled, it runs
over the word limit, or it asks two questions in one turn (two question marks, "two things: …",
"…, and then tell me about…").
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from lemminflect import getAllLemmas

from ..language.text import (
    clauses,
    is_ing_form,
    normalise_quotes,
    phrase_alternation,
    stopwords,
    tokens,
)

_RULES_FILE = Path(__file__).with_name("fluency.toml")
_CLAUSE_END = re.compile(r"\s*(?:[.?!;:,]|\s[—–]\s)")
_DOUBLED = re.compile(r"[.,;:?!]\s*[.,;:?!]")
_PAIRS = {"(": ")", "[": "]", "{": "}"}


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    with _RULES_FILE.open("rb") as handle:
        return tomllib.load(handle)


def _is_bare_verb(word: str, following: str) -> bool:
    """Whether `word` reads as a verb's base form here ("recognise", "act as")."""
    lemmas = getAllLemmas(word.lower())
    verbs = lemmas.get("VERB", ())
    if word.lower() not in verbs:
        return False
    is_noun = word.lower() in lemmas.get("NOUN", ()) or "ADJ" in lemmas
    return not is_noun or following.lower() in _rules()["verb_followers"]


def _brackets_balanced(text: str) -> bool:
    stack: list[str] = []
    for ch in text:
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif ch in _PAIRS.values() and (not stack or stack.pop() != ch):
            return False
    return not stack


@lru_cache(maxsize=1)
def _abbreviation() -> re.Pattern[str]:
    names = "|".join(re.escape(a) for a in _rules()["abbreviations"])
    return re.compile(rf"\b(?:(?:[A-Za-z]\.){{2,}}|(?:{names})\.)(?!\.)")


def _mask_abbreviations(text: str) -> str:
    """`text` with the closing dot of each abbreviation hidden, so "Fietsly B.V.?" is not
    read as doubled punctuation (".." still is)."""
    return _abbreviation().sub(lambda m: m.group(0)[:-1] + "·", text)


def problems(question: str) -> list[str]:
    """What is wrong with the wording of `question` (empty when it is fluent)."""
    rules = _rules()
    found: list[str] = []
    text = normalise_quotes(question).strip()
    if not _brackets_balanced(text):
        found.append("unbalanced brackets")
    if text.count('"') % 2:
        found.append("unbalanced quotes")
    if re.search(r'"\s*"', text):
        found.append("empty quotation")
    if _DOUBLED.search(_mask_abbreviations(text.replace("...", "…"))):
        found.append("doubled punctuation")
    words = tokens(text, numbers=True)
    if len(words) > rules["max_words"]:
        found.append(f"{len(words)} words (at most {rules['max_words']})")
    hanging = set(rules["prepositions"]) | set(rules["articles"]) | set(rules["danglers"])
    for clause in _CLAUSE_END.split(text):
        # A number ends a clause as well as a word does ("a team of 14", "in 2024").
        last = tokens(clause, numbers=True)
        if last and last[-1].lower() in hanging:
            found.append(f"clause ends on {last[-1]!r}: …{clause[-40:]}")
    lowered = text.lower()
    for phrase in rules["noun_expected_after"]:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+([a-z]+)(?:\s+([a-z]+))?", lowered):
            if _is_bare_verb(match.group(1), match.group(2) or ""):
                found.append(f"bare verb after {phrase!r}: {match.group(1)}")
            elif match.group(1) in hanging - set(rules["articles"]):
                found.append(f"{match.group(1)!r} right after {phrase!r}")
    for phrase in rules["bare_verb_after"]:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+([a-z]+)(?:\s+([a-z]+))?", lowered):
            if text[match.start(1) : match.start(1) + 1].isupper():
                continue  # a name ("your work with React"), never a verb
            following = match.group(2) or ""
            # "working with care and the families": a noun as well, unless an object follows.
            takes_object = following in rules["coordinated_object_starts"] or following in (
                "it",
                "them",
            )
            if _is_bare_verb(match.group(1), "the" if takes_object else ""):
                found.append(f"bare verb after {phrase!r}: {match.group(1)}")
    mixed = _gerund_with_other(lowered)
    if mixed:
        found.append(f"gerund joined to a word of another form: {mixed!r}")
    paired = verb_with_bare_noun(lowered)
    if paired:
        found.append(f"verb joined to a bare noun before its object: {paired!r}")
    for phrase in rules["verb_expected_after"]:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+([a-z]+)", lowered):
            word = match.group(1)
            if word not in rules["adverbs"] and not getAllLemmas(word).get("VERB"):
                found.append(f"no verb after {phrase!r}: {word}")
    for phrase in rules["gerund_list_after"]:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+([^.?!;:]+)", lowered):
            bare = _bare_in_gerund_list(match.group(1))
            if bare:
                found.append(f"bare verb {bare!r} in a list of gerunds after {phrase!r}")
    for phrase in rules["base_list_after"]:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+([^.?!;:—–]+)", lowered):
            mixed = _gerund_in_base_list(match.group(1))
            if mixed:
                found.append(f"gerund {mixed!r} in a list of base verbs after {phrase!r}")
    if _both_over_more(lowered):
        found.append("'both' for more than two things")
    found += _second_questions(text)
    found += [f"{head!r} said twice in one phrase" for head in _doubled_heads(lowered)]
    return found


def work_heads() -> tuple[str, ...]:
    """Nouns naming work that a term may already hold (`doubled_heads` of the rules)."""
    return tuple(_rules()["doubled_heads"])


def head_is_verb(term: str, head: str) -> bool:
    """Whether `head` ("work") is a verb in `term`: a marker of a verb stands right before it
    ("permit to work", "fit to work"), so the term names no work of that noun."""
    markers = set(_rules()["doubled_head_verb_markers"])
    words = re.findall(r"[a-z'\-]+", term.lower())
    return any(w == head and i and words[i - 1] in markers for i, w in enumerate(words))


def _doubled_heads(text: str) -> list[str]:
    """The heads said twice within a few words of one phrase ("a piece of work at height
    work"), unless what stands between makes the second a verb ("the work you did work out")."""
    rules = _rules()
    markers = set(rules["doubled_head_verb_markers"])
    out: list[str] = []
    for head in rules["doubled_heads"]:
        gap = rf"((?:\s+[a-z'\-]+){{0,{int(rules['doubled_head_window'])}}}?)"
        for match in re.finditer(rf"\b{re.escape(head)}\b{gap}\s+{re.escape(head)}\b", text):
            if not set(match.group(1).split()) & markers:
                out.append(head)
                break
    return out


def _second_questions(text: str) -> list[str]:
    """What makes `text` ask two questions in one turn: more question marks than one outside
    quotes, or a phrase that joins a second question on to the first ("two things: …")."""
    rules = _rules()
    found = []
    unquoted = re.sub(r'"[^"]*"', '""', text)
    marks = unquoted.count("?")
    if marks > rules["max_question_marks"]:
        found.append(f"{marks} questions in one turn")
    lowered = unquoted.lower()
    for phrase in rules["second_question_phrases"]:
        if phrase.startswith(","):
            hit = phrase in lowered
        else:
            hit = re.search(rf"\b{re.escape(phrase)}\b", lowered) is not None
        if hit:
            found.append(f"a second question joined on: {phrase.strip(', ')!r}")
    return found


def _is_base(word: str) -> bool:
    return word in getAllLemmas(word).get("VERB", ())


def _gerund_in_base_list(text: str) -> str:
    """The gerund that opens a later item of a list of base-form verb phrases ("" when
    none): "carry out maintenance and keeping records up to date". A gerund earlier in the
    text ("by setting targets and tracking use", "including ordering…") opens a list of its
    own, and what follows it is not checked."""
    words = [w.strip(",()\"'") for w in text.split()]
    if len(words) < 4 or not _is_base(words[0]) or is_ing_form(words[0]):
        return ""
    for index in range(1, len(words) - 1):
        word = words[index]
        if not is_ing_form(word):
            continue
        if words[index - 1] not in ("and", "or"):
            return ""  # a gerund of its own: "by setting…", "including…"
        nxt = words[index + 1]
        if nxt in ("and", "or", "&"):
            continue  # "inspection and testing and…": a noun of a list of nouns
        lemmas = getAllLemmas(word)
        takes_object = nxt in _rules()["verb_followers"] or (
            "ADJ" in getAllLemmas(nxt) and "NOUN" not in getAllLemmas(nxt)
        )
        # "monitoring costs of production": a plural object with more after it.
        more = index + 2 < len(words)
        plural = more and any(n != nxt for n in getAllLemmas(nxt).get("NOUN", ()))
        if "NOUN" not in lemmas or takes_object or plural:
            return word
        return ""
    return ""


def _gerund_with_other(text: str) -> str:
    """The pair "<gerund> and <word>" of `text` whose word shares the gerund's object without
    its form ("leading and rota a team", "planning and develop the budget"); "" when none. A
    pair of gerunds, or a gerund and a noun that is not before an object ("training and
    support for staff"), is fine."""
    starts = "|".join(re.escape(w) for w in _rules()["coordinated_object_starts"])
    for match in re.finditer(rf"\b([a-z]+ing),?\s+(?:and|or|&)\s+([a-z]+)\s+(?:{starts})\b", text):
        first, word = match.group(1), match.group(2)
        if not is_ing_form(first) or word.endswith("ing") or word in stopwords():
            continue
        return f"{first} and {word}"
    return ""


def verb_with_bare_noun(text: str) -> str:
    """The pair "<verb> and <word>" of `text`, said where a duty's verb phrase goes
    (`verb_pair_after`), whose word is no verb of the first one's form and stands before a
    noun ("planning and rota staff", "plan and rota staff", "scheduling and payroll drivers"):
    it reads as two nouns modifying the one after them. "" when none; a pair of gerunds ("
    planning and rostering staff") or of base verbs ("plan and roster staff") is fine."""
    slots = phrase_alternation(_rules()["verb_pair_after"])
    pair = rf"\b(?:{slots})\s+([a-z]+),?\s+(?:and|or|&)\s+([a-z]+)\s+([a-z]+)\b"
    for match in re.finditer(pair, text):
        first, word, head = match.groups()
        if word in stopwords() or head in stopwords() or word.endswith("ing"):
            continue
        if not getAllLemmas(head).get("NOUN"):
            continue
        if is_ing_form(first) or _is_base(first) and not getAllLemmas(word).get("VERB"):
            return f"{first} and {word}"
    return ""


def _both_over_more(text: str) -> bool:
    """Whether "both" stands after a list of three or more things in its sentence."""
    for sentence in clauses(text, "stops"):
        at = re.search(r"\bboth\b", sentence)
        if not at:
            continue
        before = sentence[: at.start()]
        openers = "|".join(re.escape(o) for o in _rules()["both_list_openers"])
        starts = [m.end() for m in re.finditer(rf"\b(?:{openers})\b", before)]
        if not starts:
            continue
        span = before[starts[-1] :]
        # The clause that says "both" ("…, and there isn't time to do both") is no item.
        span = re.split(r",\s+(?:and|but|so)\s+(?=there|it|you|we)", span)[0]
        items = [i for i in re.split(r",\s+|\s+(?:and|or|&)\s+", span) if i.strip()]
        if len(items) >= 3:
            return True
    return False


def _bare_in_gerund_list(text: str) -> str:
    """The item of a list of gerund phrases that opens with a bare verb instead ("" when
    none): the list's first and a later item open with a gerund, this one, between them,
    with a verb's base form ("investigating title, raise enquiries and reporting to
    clients")."""
    items = [i.split() for i in re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text)]
    items = [i for i in items if i]
    if len(items) < 3 or not is_ing_form(items[0][0]):
        return ""
    # Only items before the list's last gerund: what follows it may be the question going
    # on ("…and the dashboards behind them and tell me what you did").
    last = max((n for n, i in enumerate(items) if n and is_ing_form(i[0])), default=0)
    if not last:
        return ""
    for item in items[1:last]:
        word = item[0]
        if (
            len(item) >= 2
            and not word.endswith("ing")
            and word in getAllLemmas(word).get("VERB", ())
        ):
            return word
    return ""


def max_quoted_words() -> int:
    """How many words one question may quote from the CV and the job together."""
    return int(_rules()["max_quoted_words"])


def is_fluent(question: str) -> bool:
    """Whether `question` passes every fluency rule."""
    return not problems(question)
