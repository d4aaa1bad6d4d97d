"""What a question asks about and what an answer is about, as whole noun phrases.

A verdict that an answer is beside the question names both sides ("the question asks about
the preparation of pre-sentence reports, and your example is about the housing problem"),
never a list of keywords. A phrase is a run of nouns and adjectives as written, joined only
by a few small words between nouns ("management of risk"), and must end on a noun that says
something (not "the clearest example"). The question's phrase is the one carrying most of its
focal weight (scorer/focus.py); the answer's is the one its first clause opens on ("On
enforcement, …") when the question does not hold it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas

from ..language.text import normalise_quotes, sentences, stopwords
from .focus import Focus, family, framing_words, matched_terms, same_family
from .lexicons import lexicons
from .questions import focus_data, rarity

_SEGMENT = re.compile(r"[,;:.?!()/\"“”‘’\u2014\u2013]|\s-\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|\d[\w\-]*")
# A longer run is a clause, not a noun phrase a verdict can name.
MAX_PHRASE_WORDS = 8
# The answer's topic is read from its first sentences: what it opens with is what it is about.
ANSWER_OPENING_SENTENCES = 2
# A phrase of the answer's first sentence weighs this much more: it usually names the matter.
FIRST_SENTENCE_FACTOR = 1.5
# An answer phrase must weigh at least this (summed rarity of its words) to name a topic.
MIN_TOPIC_RARITY = 0.5


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    raw = focus_data()
    return frozenset(raw["phrase_joiners"]), frozenset(raw["vague_nouns"])


_DETERMINERS = frozenset(focus_data()["phrase_determiners"])
# The candidate's "our" and "my" are the report's "your"; "their" and "his" point at
# someone the report has not named.
_YOURS: dict[str, str] = focus_data()["candidate_to_report"]
_UNNAMED = frozenset(focus_data()["unnamed_owners"])
# "work with the claims team": whom the work is done with, not what it is about.
_PARTNER_VERBS = frozenset(focus_data()["partner_verbs"])
_PARTNER_MATTER = frozenset(focus_data()["partner_matter_joiners"])


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    raw = focus_data()
    return frozenset(raw["phrase_openers"])


def _inflected_verb(word: str) -> bool:
    """ "affects", "meets": a verb's -s form, which ends a noun phrase before its object."""
    lemmas = getAllLemmas(word.lower()).get("VERB", ())
    return word.lower().endswith("s") and bool(lemmas) and word.lower() not in lemmas


@lru_cache(maxsize=8192)
def _pos(word: str) -> frozenset[str]:
    return frozenset(getAllLemmas(word.lower()))


@lru_cache(maxsize=1)
def _adjective_endings() -> tuple[str, ...]:
    raw = focus_data()
    return tuple(raw["adjective_endings"])


def _nounish(word: str) -> bool:
    """A noun, or a word no dictionary knows (a name, a term of the trade) unless it ends
    like an adjective ("multidisciplinary")."""
    pos = _pos(word)
    if not pos and "-" in word.strip("-"):
        # "well-structured", "hand-finished": a compound is read by its last part.
        return _nounish(word.rsplit("-", 1)[1])
    if not pos:
        return word[:1].isupper() or not word.lower().endswith(_adjective_endings())
    return "NOUN" in pos or "PROPN" in pos


def _verb_ing(word: str) -> bool:
    """ "undertaking", "reporting": a verb's -ing form."""
    low = word.lower()
    return low.endswith("ing") and any(lemma != low for lemma in _lemmas(low).get("VERB", ()))


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    return getAllLemmas(word)


def _named_head(run: list[str]) -> bool:
    """The run's last word can head it: a noun, or a capitalised word inside the run ("PLC
    Programming", "the hardest React"), a term or a name however the dictionary files it."""
    last = run[-1]
    return _nounish(last) or (len(run) > 1 and last[:1].isupper())


def _content(word: str) -> bool:
    low = word.lower()
    if low in stopwords() or low in framing_words() or low[0].isdigit() or "'" in low:
        return False
    pos = _pos(word)
    # A capital marks part of a name or a term of the trade ("PLC Programming").
    return not pos or word[:1].isupper() or bool(pos & {"NOUN", "PROPN", "ADJ"})


# "review the work of trainees and coach them": a word followed by one of these is a verb
# with its object, not a noun of the phrase.
_OBJECTS = frozenset({"them", "him", "her", "it", "us", "me", "you"})


def _has_object(found: list[re.Match[str]], k: int) -> bool:
    return k + 1 < len(found) and found[k + 1].group().lower() in _OBJECTS


@lru_cache(maxsize=4096)
def _superlative(word: str) -> bool:
    """ "hardest", "biggest": a word of degree, however the dictionary files it."""
    low = word.lower()
    return low.endswith("est") and any(lemma != low for lemma in getAllLemmas(low).get("ADJ", ()))


def _segments(text: str) -> list[tuple[str, str]]:
    """The text cut at punctuation, each piece with the mark that ends it ("" at the end)."""
    out: list[tuple[str, str]] = []
    start = 0
    for mark in _SEGMENT.finditer(text):
        out.append((text[start : mark.start()], mark.group()))
        start = mark.end()
    out.append((text[start:], ""))
    return out


def _partnered(run: list[str], found: list[re.Match[str]], i: int) -> list[str] | None:
    """The matter of a run after "work with": what follows its "on"/"for", if anything.

    "work with the commercial team on client onboarding" -> "client onboarding"; "work with
    risk surveyors and claims colleagues" -> nothing, it names only whom the work is with.
    """
    back = i - 1
    if back >= 0 and found[back].group().lower() in _DETERMINERS:
        back -= 1  # "work with the claims team"
    if back < 1 or found[back].group().lower() != "with":
        return run
    verb = back - 1
    if found[verb].group().lower() not in _PARTNER_VERBS:
        return run
    if verb > 0 and found[verb - 1].group().lower() in _DETERMINERS:
        return run  # "your work with payments": the work is a noun, and what follows its matter
    for k, word in enumerate(run[:-1]):
        if word.lower() in _PARTNER_MATTER:
            return run[k + 1 :]
    return None


def _framed_head(run: list[str], whole: int, found: list[re.Match[str]], j: int) -> bool:
    """Whether a lone noun is the modifier of the framing noun after it ("roof work",
    "safety case"), so that the phrase keeps that head (`framing_heads` of the data)."""
    if len(run) != 1 or whole != 1 or j + 1 >= len(found) or not _nounish(run[0]):
        return False
    head = found[j + 1].group().lower()
    # "the hedge work you led": "you" opens a clause about the work, not its verb's object.
    after = found[j + 2].group().lower() if j + 2 < len(found) else ""
    return head in focus_data()["framing_heads"] and (
        after == "you" or not _has_object(found, j + 1)
    )


def noun_phrases(text: str) -> list[str]:
    """The noun phrases of a text as written, each with a leading determiner if it has one."""
    joiners, vague = _lists()
    out: list[str] = []
    for segment, mark in _segments(text):
        found = list(_WORD.finditer(segment))
        i = 0
        while i < len(found):
            if not _content(found[i].group()):
                i += 1
                continue
            j = i
            while j + 1 < len(found):
                nxt = found[j + 1].group()
                if _inflected_verb(nxt) and j + 2 < len(found) and _content(found[j + 2].group()):
                    break  # "the scheme affects access": a clause, cut before its verb
                if _content(nxt):
                    j += 1
                elif (
                    nxt.lower() in joiners
                    and j + 2 < len(found)
                    and (_nounish(found[j].group()) or found[j].group()[:1].isupper())
                    and _content(found[j + 2].group())
                    and not _has_object(found, j + 2)
                ):
                    j += 2
                else:
                    break
            run = [m.group() for m in found[i : j + 1]]
            start = found[i].start()
            before = found[i - 1].group().lower() if i > 0 else ""
            if before not in _openers() or (before == "to" and "VERB" in _pos(run[0])):
                i = j + 1
                continue  # after a pronoun or a modal ("you'd lead…"), a run is a verb's
            partnered = _partnered(run, found, i)
            if partnered is None:
                i = j + 1
                continue
            if len(partnered) < len(run):
                i, before = i + len(run) - len(partnered), ""
                start, run = found[i].start(), partnered
            if j == len(found) - 1 and mark == "," and not _nounish(run[-1]):
                # "planning well-structured, engaging lessons": the phrase runs on past the
                # comma; cut there it would end mid-list.
                i = j + 1
                continue
            # The head of a noun phrase is its last word: a noun that says something.
            whole = len(run)
            while run and (not _named_head(run) or run[-1].lower() in vague):
                run.pop()
            if len(run) == 1 < whole and _verb_ing(run[0]):
                # "undertaking direct work": cut back to its -ing word, the run is a verb
                # with its object, and the word alone names no matter.
                run = []
            while run and run[-1].lower() in joiners:
                run.pop()
            # "at Roundhay School" says where, not what about.
            for k in range(1, len(run) - 1):
                if run[k].lower() == "at" and run[k + 1][:1].isupper():
                    run = run[:k]
                    break
            # "the hardest decision": a leading word of degree says nothing of the matter.
            lead = 0
            while lead < len(run) - 1 and (
                run[lead].lower() in joiners
                or (run[lead].lower() in vague and "ADJ" not in _pos(run[lead]))
                or _superlative(run[lead])
            ):
                lead += 1
            if lead:
                run, i, before = run[lead:], i + lead, ""
                start = found[i].start()
            if run and len(run) <= MAX_PHRASE_WORDS:
                end = found[i + len(run) - 1].end()
                if _framed_head(run, whole, found, j):
                    # "roof work at height": the modifier alone ("roof") is no matter.
                    end = found[j + 1].end()
                phrase = segment[start:end]
                if before in _DETERMINERS - {"a", "an"} and not run[0].isupper():
                    phrase = f"{found[i - 1].group()} {phrase}"
                out.append(phrase.strip())
            i = j + 1
    return out


def _is_name(phrase: str) -> bool:
    """ "Brightwater Logistics", "Risk and Compliance", "Bees & Co": every word but a joiner
    capitalised, a name of a team, a firm or a place rather than a matter."""
    joiners, _ = _lists()
    named = [w for w in _WORD.findall(phrase) if w.lower() not in joiners]
    return bool(named) and all(w[:1].isupper() for w in named)


def _phrase_terms(focus: Focus, phrase: str) -> set[str]:
    return set(matched_terms(focus, phrase))


# The question's phrase must carry this share of its focal weight to stand for what it asks.
MIN_ASKED_SHARE = 0.4


def asked_about(focus: Focus, question: str) -> str | None:
    """The noun phrase of the question that carries most of its focus, if one carries enough."""
    best: tuple[float, int, str] | None = None
    _, vague = _lists()
    # Template words ("the hardest … decision") can stand in no topic phrase, so their weight
    # is not counted against one.
    template = sum(w for t, w in focus.terms.items() if t.lower() in vague)
    total = focus.weight - template
    for phrase in noun_phrases(question):
        terms = _phrase_terms(focus, phrase)
        weight = sum(focus.terms[t] for t in terms)
        # A skill the question names is what it asks about ("Let's turn to teamwork").
        named_skill = any(t.startswith("skill:") for t in terms)
        bare = phrase.split(" ", 1)[-1] if phrase.split()[0].lower() in _DETERMINERS else phrase
        if not named_skill and _is_name(bare):
            continue  # "Brightwater Logistics", a job title: who or where, not the matter
        if weight <= 0 or (weight < MIN_ASKED_SHARE * total and not named_skill):
            continue
        key = (weight, -len(phrase.split()), phrase)
        if best is None or key[:2] > best[:2]:
            best = key
    return _plain(best[2]) if best else None


def _plain(phrase: str) -> str:
    """A phrase ready to stand mid-sentence: "Your team" -> "your team", "three trainees"
    -> "trainees" (how many the CV counted is not what the question asks about)."""
    first, _, rest = phrase.partition(" ")
    if rest and (first[:1].isdigit() or lexicons().number_words.spans(first.lower())):
        return rest
    if first.lower() in _DETERMINERS:
        return f"{first.lower()} {rest}".strip()
    return phrase


def answer_about(focus: Focus, answer: str) -> str | None:
    """The rarest noun phrase of the answer's opening that the question's focus does not hold."""
    _, vague = _lists()
    focal = {s for fam in focus.stems.values() for s in fam}
    best: tuple[float, str] | None = None
    for n, sentence in enumerate(sentences(answer)[:ANSWER_OPENING_SENTENCES]):
        for phrase in noun_phrases(sentence):
            if phrase.split()[0].lower() in _UNNAMED:
                continue
            if lexicons().number_words.spans(normalise_quotes(phrase.lower())):
                continue  # "nine button styles" counts the work; it names no matter
            if _phrase_terms(focus, phrase):
                continue  # the question's own matter is no sign of another one
            if _is_name(phrase):
                continue  # a name ("Sarah", "Riverside") says who or where, not what about
            value = 0.0
            for word in re.findall(r"[A-Za-z][A-Za-z'\-]*", phrase):
                low = word.lower()
                if low in _DETERMINERS or low in vague:
                    continue
                if any(same_family(a, b) for a in family(low) for b in focal):
                    continue
                value += rarity(low)
            value *= FIRST_SENTENCE_FACTOR if n == 0 else 1.0
            # What an answer is about, it names again: a head met once is a detail of it.
            # Only a phrase the answer opens on ("On enforcement, …", "For pre-sentence
            # reports, …") is surely its matter; a rare word further in is often a detail.
            if not (n == 0 and _leads(sentence, phrase)):
                continue
            if value >= MIN_TOPIC_RARITY and (best is None or value > best[0]):
                best = (value, phrase)
    return _as_yours(best[1]) if best else None


def _as_yours(phrase: str) -> str | None:
    first, _, rest = phrase.partition(" ")
    low = first.lower()
    if low in _UNNAMED:
        return None
    if low in _YOURS and rest:
        return f"{_YOURS[low]} {rest}"
    return _plain(phrase)


def _leads(sentence: str, phrase: str) -> bool:
    """The phrase stands in the sentence's first clause ("On enforcement, I had…")."""
    first = _SEGMENT.split(sentence, maxsplit=1)[0]
    return phrase.split()[-1] in first and len(first.split()) <= len(phrase.split()) + 2
