"""A duty of the job the CV shows only near: its action or its object, not both.

"Line manage a team of school business managers" is not shown by "Line manage 24 support
staff" (the same action on other people), nor "lead the annual audit" by "Supported the annual
audit" (the same object, helped with). Such a duty is asked as a step up from what the CV
shows (`Renderer.duty_status`), never as if the candidate does it now, and never as "the
closest thing you've done" as though the CV said nothing. The words are in `duties.toml`
(`[near]`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lemminflect import getAllLemmas

from ..language.people import is_people_word
from ..language.text import content_stems, stem
from .duties import duties_vocabulary
from .phrases import specific_words


@lru_cache(maxsize=1)
def _near() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in duties_vocabulary()["near"].items()}


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9][\w'’-]*|,|;", text.lower())


def _is_verb(word: str) -> bool:
    return bool(getAllLemmas(word).get("VERB"))


def _action_end(tokens: list[str]) -> int:
    """Where the opening verbs of a duty or a CV line end: "lead, coach and develop", "line
    manage", "supervise and mentor" (a verb, then only verbs joined by commas or "and")."""
    compounds = {tuple(c.split()) for c in specific_words()["compound_verbs"]}
    i = 2 if tuple(tokens[:2]) in compounds else 1
    while i + 1 < len(tokens) and tokens[i] in (",", "and", "or") and _is_verb(tokens[i + 1]):
        i += 2
    return i


def _action(text: str) -> set[str]:
    """The stems of a line's opening verbs, their lemmas ("Managed" → manage)."""
    tokens = _tokens(text)
    if not tokens:
        return set()
    out = set()
    for word in tokens[: _action_end(tokens)]:
        if word not in (",", "and", "or"):
            lemmas = getAllLemmas(word).get("VERB", (word,))
            out |= {stem(w) for w in (word, *lemmas)}
    return out


def object_heads(phrase: str) -> set[str]:
    """The heads of a duty's object, what its action is done to: "managers" of "line manage
    a team of school business managers across the trust's academies", "team" of "manage,
    motivate and train the farm team, including rotas", "budget" and "forecasts" of
    "prepare the annual budget and three-year financial forecasts"."""
    tokens = _tokens(phrase)
    ends = _near()["object_ends"]
    words: list[str] = []
    rest = tokens[_action_end(tokens) :]
    for i, token in enumerate(rest):
        # "…, and hold them to account": a second duty, not the object's.
        if token in ends or token == ";" or (token == "," and rest[i + 1 : i + 2] == ["and"]):
            break
        words.append(token)
    heads: set[str] = set()
    collective = _near()["collective_heads"]
    chunk: list[str] = []
    for token in [*words, ","]:
        if token not in (",", "and", "or"):
            chunk.append(token)
            continue
        nouns = [w for w in chunk if not w[:1].isdigit() and w not in ("a", "an", "the")]
        if "of" in nouns:
            at = nouns.index("of")
            left, right = nouns[:at], nouns[at + 1 :]
            if right and left and left[-1] not in collective:
                heads.add(left[-1])
            nouns = right or left
        if nouns:
            heads.add(nouns[-1])
        chunk = []
    return heads


def shows_object(phrase: str, line: str) -> bool:
    """Whether a CV line leads the people a duty's action is done to: a duty on people of a
    named post ("school business managers", "shift managers and team leaders") is not shown
    by a line leading others ("Line manage 24 support staff", "Managed a night shift of 85
    colleagues"): a head of the duty's object must be on the line outside its own opening
    verbs, or people in general for people in general ("9 colleagues" for "a team of 12
    staff"). A duty done to things is read as before: its object is taken as shown."""
    heads = object_heads(phrase)
    things = tuple(_near()["thing_endings"])
    people = [h for h in heads if is_people_word(h) and not h.endswith(things)]
    if not people:
        return True
    tokens = _tokens(line)
    rest = tokens[_action_end(tokens) :] if tokens and _is_verb(tokens[0]) else tokens
    have = {stem(t) for t in rest if t not in (",", ";")}
    generic = {stem(w) for w in _near()["generic_people"]}

    def named(head: str) -> bool:
        # "subcontract packages" for "subcontractors": a word of the line that begins it.
        h = stem(head)
        if h in generic and have & generic:
            return True
        return any(
            w == h or (len(h) >= 5 and w.startswith(h)) or (len(w) >= 5 and h.startswith(w))
            for w in have
        )

    # Every post the duty names ("orthoptists and orthoptic assistants" are not shown by
    # "healthcare assistants" alone); of things, any one.
    return all(named(h) for h in people) or any(named(h) for h in heads if h not in people)


def helps_only(phrase: str, line: str) -> bool:
    """Whether a CV line only helps with the work a duty does ("Supported the annual
    audit" for "lead the annual audit"): it opens on a helping verb the duty does not use."""
    helping = {stem(w) for w in _near()["helping_verbs"]}
    mine = _action(line)
    return bool(mine & helping) and not _action(phrase) & helping


def near_only(phrase: str, line: str) -> bool:
    """Whether `line` (a CV line found to show the duty `phrase`) shows it only near: the
    action on other people, or the object only helped with. A duty that is upheld rather
    than done ("ensure designs comply…", "work safely") has no object to read."""
    tokens = _tokens(phrase)
    if not tokens or tokens[0] in _near()["upheld_verbs"]:
        return False
    return not shows_object(phrase, line) or helps_only(phrase, line)


def told_in(phrase: str, answers: Sequence[str]) -> bool:
    """Whether an answer tells the duty `phrase` done: two thirds of its words of substance,
    three at least, in any form (as the engine reads a duty told before it was asked)."""
    wanted = content_stems(phrase)
    if len(wanted) < 3:
        return False
    need = max(3, round(len(wanted) * 2 / 3))
    return any(len(wanted & content_stems(a)) >= need for a in answers)


def base_form(line: str) -> str:
    """A CV line opened by its verb in the base form ("Managed a night shift" → "manage a
    night shift", "Line managed 9 grooms" → "line manage 9 grooms"), for saying it as a
    gerund; the line as it stands when it opens on no verb."""
    words = line.split()
    if not words:
        return line
    compounds = {tuple(c.split()) for c in specific_words()["compound_verbs"]}
    at = 0
    if len(words) > 1:
        second = getAllLemmas(words[1].lower()).get("VERB", (words[1].lower(),))[0]
        if (words[0].lower(), second) in compounds:
            return " ".join([words[0].lower(), second, *words[2:]])
    lemma = getAllLemmas(words[at].lower()).get("VERB")
    if not lemma:
        return line
    return " ".join([lemma[0], *words[1:]])


def closest_line(phrase: str, lines: Sequence[str]) -> str:
    """Of `lines` (a CV's achievements), the one sharing most words of substance with a
    duty, three at least ("" when none does): the line a duty shown in scattered words is read
    against."""
    wanted = content_stems(phrase)
    scored = [(len(wanted & content_stems(line)), line) for line in lines]
    best = max(scored, default=(0, ""), key=lambda s: s[0])
    return best[1] if best[0] >= 3 else ""
