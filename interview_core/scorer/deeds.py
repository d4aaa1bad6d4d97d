"""Whether an answer sentence shows the candidate doing a skill, for the skill coverage.

A skill is shown by a sentence in which the candidate does or did the work ("I already mentor
three trainees", "I reviewed the risk assessment"): not by a platitude ("Good communication is
key"), a wish ("I'm applying because I want to lead a team"), a denial ("I wouldn't call myself
a PLC programmer") or others doing it ("the two who were doing WSET Level 3"). A credential is
shown by the candidate holding or using it ("I've been an Independent Prescriber since 2022").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas, getInflection

from ..language import denials
from ..language import skills as skill_lexicon
from ..language.figures import changes
from ..language.text import clause_at as _clause_at
from ..language.text import clauses, normalise_quotes, phrase_alternation, sentences
from .answer import past_form

_DATA = Path(__file__).parent / "data" / "deeds.json"


@lru_cache(maxsize=1)
def deed_words() -> dict:
    """The word lists of `data/deeds.json`."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


# "I reviewed", "we finished", "I've used", "I already mentor": a subject and its verb; a
# verb followed by "as" takes up a post ("I started as assistant manager"), it does no work.
_SUBJECT_VERB = re.compile(
    r"(?<![\w'])(i|we)(?:'ve|\s+have|\s+had)?\s+"
    r"(?:(?:also|then|just|first|already|still|now|always|usually|often|personally|\w+ly)\s+)*"
    r"((?:[a-z]+-)?[a-z]+)\b(?!\s+as\b)(?=\s+([a-z]+))?"
)
# "I'm already doing", "we're running": work in hand.
_IN_HAND = re.compile(
    r"(?<![\w'])(?:i'm|i\s+am|we're|we\s+are)\s+(?:(?:already|still|now|currently|\w+ly)\s+)*([a-z]+ing)\b"
)
# "I'm a", "I've been the", "I hold": the candidate holds a post or credential.
_HOLDS = re.compile(
    r"(?<![\w'])(?:i'm|i\s+am|i've\s+been|i\s+have\s+been|i\s+was|i\s+became)\b"
    r"|(?<![\w'])i\s+(?:\w+ly\s+)?(?:{verbs})\b"
)
# Whoever is named last before the mention is the one it belongs to.
_PERSON = re.compile(
    r"(?<![\w'])(i|i'm|i've|i'd|me|my|we|we've|we're|our|us|he|she|they|who|them|his|her"
    r"|their|him)\b"
)
_OTHERS = frozenset({"he", "she", "they", "who", "them", "his", "her", "their", "him"})


def clause_at(sentence: str, start: int, end: int) -> str:
    """The clause of `sentence` holding the characters `start`..`end`: the mention's own
    clause says who does what to it ("Milk quality had slipped | before I took over": the
    candidate's verb in another clause does nothing to the mention; the `doer` breaks of
    `language/data/clauses.toml`)."""
    return _clause_at(sentence, start, end, "doer")


def unprefixed(word: str) -> str:
    """A verb without a prefix of doing again or together (`verb_prefixes`): "re-planned" and
    "replanned" → "planned", "co-led" → "led"; a word that is a verb as written ("reported",
    "covered") or whose rest is no verb is kept as it is."""
    word = word.lower()
    for prefix in deed_words()["verb_prefixes"]:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        hyphened = rest.startswith("-")
        rest = rest.lstrip("-")
        if len(rest) < 3 or not getAllLemmas(rest).get("VERB"):
            continue
        if hyphened or not getAllLemmas(word).get("VERB"):
            return rest
    return word


def _verb_is_deed(subject: str, verb: str, after: str | None = None) -> bool:
    """A past step ("reviewed", "we finished") or, of "I", a habit ("I mentor", "I run"); never
    an opinion ("I think"), an effort ("I try") or a state ("I was"). "Got" or "had" with a
    person after it ("I got them both in a room") made someone do something: a step. A verb
    done again or together ("we re-planned", "I co-led") is read as its verb."""
    table = deed_words()
    verb = unprefixed(verb)
    if verb in table["causatives"] and after in table["causative_objects"]:
        return True
    if verb in table["states"] or verb in table["not_deeds"]:
        return False
    if past_form(verb):
        return True
    return subject == "i" and verb in getAllLemmas(verb).get("VERB", ())


# "I went back and offered", "we sat down and rewrote": a second verb of the same subject.
_AND_VERB = re.compile(
    r"(?<![\w'])(i|we)\s+[a-z]+(?:\s+(?:back|in|out|over|up|down|round|along|away))?"
    r"\s+and\s+(?:then\s+)?((?:[a-z]+-)?[a-z]+)\b"
)


@lru_cache(maxsize=1)
def _causative() -> re.Pattern[str]:
    """ "I had him build one", "we got everyone in": a causative verb with a person after it."""
    table = deed_words()
    verbs = "|".join(map(re.escape, table["causatives"]))
    objects = "|".join(map(re.escape, table["causative_objects"]))
    return re.compile(rf"(?<![\w'])(?:i|we)\s+(?:\w+ly\s+)?(?:{verbs})\s+(?:{objects})\b")


@lru_cache(maxsize=1)
def _condition() -> re.Pattern[str]:
    body = phrase_alternation(deed_words()["conditional_leads"])
    return re.compile(rf"(?<![\w'])(?:{body})\s+(?:i|we)\b[^,;:.!?]*")


def without_conditions(low: str) -> str:
    """A lower-case text less its conditions ("if I came in and found…, I'd look at the rota"
    keeps ", I'd look at the rota"): what is supposed there was never done."""
    return _condition().sub(" ", low)


def does_work(text: str) -> bool:
    """Whether the text tells something the candidate (or their team) does or did."""
    low = without_conditions(normalise_quotes(text.lower()))
    if _causative().search(low):
        return True
    if any(m.group(1) not in deed_words()["not_deeds"] for m in _IN_HAND.finditer(low)):
        return True
    if any(_verb_is_deed(*m.groups()) for m in _SUBJECT_VERB.finditer(low)):
        return True
    # "I went back and offered…": the deed is the verb after "and".
    return any(
        past_form(unprefixed(m.group(2))) and _verb_is_deed(m.group(1), m.group(2))
        for m in _AND_VERB.finditer(low)
    )


@lru_cache(maxsize=1)
def _holds() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in deed_words()["holding_verbs"])
    return re.compile(_HOLDS.pattern.format(verbs=verbs))


def _mentions(sentence: str, skill: skill_lexicon.Skill) -> list[tuple[int, int]]:
    """Every place the sentence names the skill ("On upselling, I set up an upselling…")."""
    low = sentence.lower()
    return sorted(
        {
            m.span()
            for form in skill_lexicon.surface_forms(sentence, skill)
            for m in re.finditer(re.escape(form.lower()), low)
        }
    )


def _mention(sentence: str, skill: skill_lexicon.Skill) -> tuple[int, int] | None:
    found = _mentions(sentence, skill)
    return found[0] if found else None


def denies(sentence: str, skill: skill_lexicon.Skill) -> bool:
    """Whether the sentence denies the skill ("I wouldn't call myself a PLC programmer"): its
    first mention turned down (the shared denial reader, `language/denials.py`)."""
    span = _mention(sentence, skill)
    return span is not None and denials.denies_at(sentence, *span)


def denied_in(sentence: str, start: int, end: int) -> bool:
    """Whether the clause holding `start`..`end` says the candidate has not done something
    (the shared denial reader): "CGM isn't something I've used", "I haven't used CGM"."""
    return denials.says_not_done(clause_at(sentence, start, end))


def undenied(sentence: str) -> str:
    """The sentence less its clauses that say the candidate has not done something ("I
    haven't led a team, but I trained three assistants" keeps "but I trained three
    assistants")."""
    if not denials.says_not_done(sentence):
        return sentence
    parts = clauses(sentence, "doer")
    return ", ".join(p.strip() for p in parts if p.strip() and not denials.says_not_done(p))


def tells_steps(answer: str) -> bool:
    """Whether the answer tells something the candidate did, in any of its sentences."""
    return any(does_work(s) for s in sentences(answer))


def shows_skill(sentence: str, skill: skill_lexicon.Skill, story: bool = False) -> bool:
    """Whether the sentence shows the candidate doing `skill` (see the module docstring)."""
    spans = _mentions(sentence, skill)
    if not spans:
        return False
    # A credential, or a practice named as a post ("I've been an Independent Prescriber"), is
    # shown by holding it; a soft skill only by doing it.
    held = skill_lexicon.is_credential(skill) or not skill.is_soft
    return any(shows_at(sentence, *span, credential=held, story=story) for span in spans)


def shows_at(
    sentence: str, start: int, end: int, credential: bool = False, story: bool = False
) -> bool:
    """Whether the words at `start`..`end` of the sentence are shown as the candidate's own work
    (or, for a credential, as one they hold). With `story` (the answer tells steps of the
    candidate's own), a measured change ("readmissions fell from eleven to four") is what
    that work brought about, and shows it too."""
    clause = clause_at(sentence, start, end)
    at = clause.lower().find(sentence[start:end].lower())
    before = normalise_quotes(clause[: max(at, 0)].lower())
    if denials.negates(before) or any(w in before for w in deed_words()["wishes"]):
        return False
    # "I started safety walks with a shift manager": the mention is someone else's post.
    if names_a_post(sentence, start, end, credential):
        return False
    # "Supervising has been harder than I expected": the mention is what a view is about.
    if _subject_of_view(clause, at, at + (end - start)):
        return False
    # "CGM is not something I have done", "I have no experience of pumps": a clause saying
    # the candidate has not done it shows nothing, wherever its negation stands.
    if denied_in(sentence, start, end):
        return False
    if others_do(sentence, start, end):
        return False  # "the two who were doing WSET Level 3": theirs, not the candidate's
    if credential and studied_for(sentence, start, end):
        return False  # "reading up on injunctions for my CIH course": not held yet
    if story and changes(sentence):
        return True
    low_clause = normalise_quotes(clause.lower())
    # "My IOSH", but not "my manager ran the budget".
    if credential and (_holds().search(low_clause) or re.search(r"\bmy\s+$", before)):
        return True
    if does_work(clause):
        return True
    # A clause led by its verb ("…, and rolled it out to 14 turbines") belongs to the
    # sentence's subject.
    # So does one led by a participle ("since qualifying as an independent prescriber, I…").
    lead = re.match(
        r"(?:(?:and|then|also|since|after|before|when|while|by|once)\s+)*([a-z]+)", low_clause
    )
    verb = lead.group(1) if lead else ""
    participle = verb.endswith("ing") and bool(getAllLemmas(verb).get("VERB"))
    return bool(verb) and (past_form(verb) or participle) and does_work(sentence)


def _finite_verb(word: str) -> bool:
    """A verb in the present third person or the past ("does", "wrote", "handled")."""
    for lemma in getAllLemmas(word).get("VERB", ()):
        if word != lemma and word in (getInflection(lemma, "VBZ") or ()) + (
            getInflection(lemma, "VBD") or ()
        ):
            return True
    return False


def others_do(sentence: str, start: int, end: int) -> bool:
    """Whether the words at `start`..`end` are someone else's work: a person named last
    before them in their clause is another ("the two who were doing WSET Level 3"), or the
    clause opens on another subject and its verb with no "I" or "we" before them ("the
    production office does the RAMS mostly and we just read them")."""
    clause = clause_at(sentence, start, end)
    at = clause.lower().find(sentence[start:end].lower())
    before = normalise_quotes(clause[: max(at, 0)].lower())
    people = [m.group(1) for m in _PERSON.finditer(before)]
    if people:
        return people[-1] in _OTHERS
    return _opens_on_other_subject(re.findall(r"[\w'-]+", before))


def _opens_on_other_subject(words: list[str]) -> bool:
    """Whether the words open on another subject and its verb ("the production office
    does"): a subject word (`other_doers`) with no verb before it, then a verb within five
    words, not joined on by "and" ("batched the writes and added" is the candidate's)."""
    leads = deed_words()["other_doers"]
    for at, word in enumerate(words):
        if _finite_verb(word) or past_form(word):
            return False  # a verb before any subject: the sentence's own doer's
        if word in leads:
            for index in range(at + 1, min(at + 6, len(words))):
                if words[index - 1] in ("and", "or", "to"):
                    return False
                # "A hard one was a safeguarding concern": a state, no one's work.
                if words[index] in deed_words()["states"]:
                    return False
                if _finite_verb(words[index]):
                    return True
            return False
    return False


def studied_for(sentence: str, start: int, end: int) -> bool:
    """Whether the credential at `start`..`end` is named as a course in hand, not one held
    ("I've been reading up on injunctions for my CIH course"); a word of holding in its clause
    ("I passed my CIH exam") says it is held."""
    table = deed_words()
    clause = normalise_quotes(clause_at(sentence, start, end).lower())
    if any(re.search(rf"(?<![\w']){re.escape(w)}\b", clause) for w in table["study_held"]):
        return False
    after = normalise_quotes(sentence[end:].lower()).split()[:2]
    if any(w.strip(",.;:!?") in table["study_after"] for w in after):
        return True
    return any(re.search(rf"(?<![\w']){re.escape(w)}\b", clause) for w in table["study_before"])


@lru_cache(maxsize=1)
def _view_verbs() -> re.Pattern[str]:
    body = phrase_alternation(deed_words()["view_verbs"])
    return re.compile(rf"\s+(?:{body})\b", re.IGNORECASE)


def _subject_of_view(clause: str, start: int, end: int) -> bool:
    """Whether the mention at `start`..`end` opens its clause and a verb of being or seeming
    follows it, then a word judging it ("Supervising has been harder than I expected",
    "Leadership is key"): a view about the skill. "My budget was £2m" states a fact."""
    if start < 0 or clause[:start].strip(" ,;:-—–").lower() not in ("", "the", "my", "honestly"):
        return False
    verb = _view_verbs().match(clause[end:])
    if verb is None:
        return False
    rest = re.findall(r"[a-z]+", clause[end + verb.end() :].lower())
    while rest and rest[0] in ("really", "very", "so", "much", "quite", "far", "a", "bit", "lot"):
        rest = rest[1:]
    return bool(rest) and "ADJ" in getAllLemmas(rest[0])


def word_span(sentence: str, name: str) -> tuple[int, int] | None:
    """Where a word of `name` (three letters or more) first stands in the sentence."""
    low = sentence.lower()
    spans = [
        m.span()
        for word in re.findall(r"[\w-]{3,}", name.lower())
        for m in [re.search(rf"(?<![\w-]){re.escape(word)}", low)]
        if m
    ]
    return min(spans) if spans else None


@lru_cache(maxsize=1)
def _shown_by_words_table() -> dict[str, tuple[str, ...]]:
    return {k.lower(): tuple(v) for k, v in deed_words()["shown_by_words"].items()}


def shown_by_words(skill_name: str) -> tuple[str, ...]:
    """Phrases that show a skill in other words ("under budget" for Budget Management)."""
    return _shown_by_words_table().get(skill_name.lower(), ())


@lru_cache(maxsize=1)
def _event_table() -> dict[str, tuple[str, ...]]:
    return {k.lower(): tuple(v) for k, v in deed_words()["event_words"].items()}


def event_words(skill_name: str) -> tuple[str, ...]:
    """Events the skill is the handling of ("an outage" for Incident Management)."""
    return _event_table().get(skill_name.lower(), ())


def handles_event(answer: str, phrases: tuple[str, ...]) -> str | None:
    """The answer's sentence naming one of the events `phrases` where the candidate handles
    it: their own deed in that sentence or the next ("We had an outage at midday. I isolated
    the array…"), in a story of their steps, not turned down; None when none does."""
    if not phrases or not tells_steps(answer):
        return None
    told = [s for s in sentences(answer) if not s.rstrip("…").endswith("?")]
    for index, sentence in enumerate(told):
        span = phrase_in(sentence, phrases)
        if span is None or denied_in(sentence, *span):
            continue
        own = [sentence, *told[index + 1 : index + 2]]
        if any(does_work(undenied(s)) for s in own):
            return sentence
    return None


@lru_cache(maxsize=1)
def _soft_shown_table() -> dict[str, tuple[str, ...]]:
    return {k.lower(): tuple(v) for k, v in deed_words()["soft_shown_by_words"].items()}


def soft_shown_by_words(skill_name: str) -> tuple[str, ...]:
    """Phrases that show a soft skill in a story's own words ("kept the ward team informed"
    for Communication, "we agreed a script together" for Teamwork)."""
    return _soft_shown_table().get(skill_name.lower(), ())


# " * " in a phrase stands for one to six words ("kept * informed").
_GAP = r"(?:\s+[\w'’-]+){1,6}\s+"


def phrase_in(text: str, phrases: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the first of `phrases` stands in the text (whole words), if any."""
    low = normalise_quotes(text.lower())
    for phrase in phrases:
        body = _GAP.join(re.escape(part) for part in phrase.split(" * "))
        m = re.search(rf"(?<![\w-]){body}(?![\w-])", low)
        if m:
            return m.span()
    return None


@lru_cache(maxsize=1)
def _post_nouns() -> frozenset[str]:
    return frozenset(deed_words()["post_nouns"])


_HELD_POST = re.compile(
    r"(?:\bas\s+(?:an?\s+|the\s+)?|\b(?:i'm|i\s+am|i\s+was|i've\s+been|i\s+have\s+been"
    r"|i\s+became|i\s+worked\s+as)\s+(?:an?\s+|the\s+)?)(?:[\w-]+\s+){0,3}$"
)


def names_a_post(sentence: str, start: int, end: int, credential: bool = False) -> bool:
    """Whether the mention at `start`..`end` ends in a post someone else holds ("with a shift
    manager"), not one the candidate holds ("I was the shift manager", "as team leader"); or,
    with `credential`, describes someone else (`describes_another`: "the NMC registered
    clinical lead")."""
    last = sentence[start:end].lower().split()[-1:] or [""]
    if last[0] not in _post_nouns() and not (
        credential and describes_another(sentence, start, end)
    ):
        return False
    before = normalise_quotes(sentence[:start].lower())
    held = _HELD_POST.search(before)
    # "I've been covering for my shift lead": a possessive or a preposition between the
    # holding words and the post makes the post someone else's, whom the candidate stands by.
    return not held or bool(set(re.findall(r"[a-z']+", held.group(0))) & _post_breaks())


@lru_cache(maxsize=1)
def _post_breaks() -> frozenset[str]:
    return frozenset(deed_words()["post_breaks"])


def describes_another(sentence: str, start: int, end: int) -> bool:
    """Whether the credential at `start`..`end` describes a person or thing named after it:
    a word of holding follows it (`held_participles`: "the NMC registered clinical lead",
    "our GVC-certified pilot") and then a noun, or it names a person after a determiner of
    someone else's ("the registered nurse on shift"). "I'm NMC registered" ends on the word
    of holding: the candidate's."""
    words = re.findall(r"-?[a-z][a-z'-]*|[^\sa-z]", normalise_quotes(sentence[end:].lower()))
    held = frozenset(deed_words()["held_participles"])
    # "NMC registered" named whole: the word of holding ends the mention itself.
    ends_held = sentence[start:end].lower().split()[-1:] in ([w] for w in held)
    if ends_held and words and words[0].isalpha():
        words = ["registered", *words]
    if words and words[0].lstrip("-") in held:
        rest = words[1:]
        return (
            bool(rest)
            and rest[0] not in deed_words()["not_described"]
            and bool(getAllLemmas(rest[0]).get("NOUN") or getAllLemmas(rest[0]).get("ADJ"))
        )
    # "the registered nurse on shift": a credential named as a person, after a determiner of
    # someone else's ("I was the registered nurse" is the candidate's post: `_HELD_POST`);
    # so is one naming the person right after it ("our Gas Safe engineer").
    last = sentence[start:end].lower().split()[-1:] or [""]
    before = re.findall(r"[a-z']+", normalise_quotes(sentence[:start].lower()))[-2:]
    others = deed_words()["others_determiners"]
    if names_person(last[0]):
        return any(w in others for w in before)
    # A person named after it needs a determiner that is someone's ("our Gas Safe engineer"):
    # after "the" it is as often a thing the candidate worked on ("the Python consumers").
    return bool(words and names_person(words[0])) and any(
        w in others and w not in _ARTICLES for w in before
    )


_ARTICLES = frozenset({"the", "a", "an"})


def names_person(word: str) -> bool:
    """Whether a word names a person by post or trade: a post (`post_nouns`), a person word
    (`person_nouns`), or a noun ending as an agent does ("assessor", "technician")."""
    table = deed_words()
    if word in _post_nouns() or word in table["person_nouns"]:
        return True
    return (
        len(word) >= 6
        and word.endswith(tuple(table["person_endings"]))
        and bool(getAllLemmas(word).get("NOUN"))
    )


def _verb_of(noun: str) -> str | None:
    """The verb a noun of doing names: "planning" → plan, "management" → manage,
    "replenishment" → replenish; None for a noun that names no doing ("rota")."""
    noun = noun.lower()
    lemmas = getAllLemmas(noun).get("VERB", ())
    if noun.endswith("ing") and lemmas:
        return lemmas[0]
    for suffix, ending in deed_words()["doing_suffixes"]:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            verb = noun[: -len(suffix)] + ending
            if getAllLemmas(verb).get("VERB"):
                return verb
    return None


def _word_forms(word: str) -> set[str]:
    """A noun's singular and plural ("rota", "rotas")."""
    forms = {word}
    for lemma in getAllLemmas(word).get("NOUN", (word,)):
        forms.add(lemma)
        forms.update(getInflection(lemma, "NNS") or ())
    return forms


def verb_object_span(sentence: str, names: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the sentence does a noun-phrase skill as a verb and its object: "re-planned the
    night rota" for rota planning, "managed the rotas" for rota management. Each name of two
    or three words ends on a noun of doing (`_verb_of`) after the thing done; the verb may
    carry a prefix of doing again (`unprefixed`), and its object follows within four words."""
    low = normalise_quotes(sentence.lower())
    tokens = list(re.finditer(r"[a-z]+(?:-[a-z]+)*", low))
    for name in names:
        words = name.lower().split()
        if not 2 <= len(words) <= 3:
            continue
        verb = _verb_of(words[-1])
        if verb is None or _verb_of(words[0]) is not None:
            continue
        objects = _word_forms(words[-2])
        for at, token in enumerate(tokens):
            word = unprefixed(token.group())
            if verb not in getAllLemmas(word).get("VERB", ()) or word.endswith("ing"):
                continue
            for after in tokens[at + 1 : at + 6]:
                if after.group() in objects:
                    return token.start(), after.end()
    return None
