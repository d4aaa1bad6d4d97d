"""How far an answer addresses what a question is about: its focal terms.

A question's focal terms are the words of its asking sentence that name the thing asked
about (a duty, a skill, a situation), not its template ("tell me about a time") nor its
framing ("imagine your first month"). Each weighs by its rarity in English and by how
little the job and the CV use it: words the whole field uses ("patients", "students") do
not tell one work topic from its neighbour, so a good story on a neighbouring matter shares
them without answering. An answer takes up a focal term in the term's own word family
(Snowball stems and lemmas), or through a skill the question names that the answer names,
implies or is implied by. Words in brackets are examples of what is asked and weigh less.

An answer told in the field's own words takes a term up in part, below the term itself:
through the words the job advert and the CV use beside the term in one sentence or bullet
("manage patient flow, staffing and escalation in line with OPEL" makes "OPEL" a word of
patient flow), through the words any field tells a competency in
(`data/relevance_cues.json`: a rota and a buddy system are leadership through change), and,
weighing less, through the words of the term's skill in the lexicon and of the CV lines that
name it or tell its duty (`related.py`: "occlusion" and "atropine" for amblyopia).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas

from ..language import skills as skill_lexicon
from ..language.layout import BULLET, is_bullet
from ..language.places import is_place
from ..language.text import (
    dictionary_forms,
    normalise_quotes,
    phrasal_nouns,
    sentences,
    stem,
    stopwords,
    tokens,
    words,
)
from . import related as related_words
from .lexicons import lexicons
from .questions import ask, focus_data, rarity, without_framing, without_redirect

_CUES = Path(__file__).parent / "data" / "relevance_cues.json"
# A word the job and the CV use n times weighs 1 / (1 + FIELD_DAMPING * ln(1 + n)).
FIELD_DAMPING = 0.35
# Focal weight an answer must take up to cover a question fully: a question listing several
# duties is answered by a good story about one or two of them, so FOCUS_ENOUGH or
# FOCUS_ENOUGH_SHARE of the whole, whichever is more.
FOCUS_ENOUGH, FOCUS_ENOUGH_SHARE = 1.6, 0.4
# A focal term for a skill the question names is keyed by this prefix and the skill's name.
SKILL_TERM = "skill:"
# Two stems of one family when the shorter, of at least this length, starts the longer
# with at most PREFIX_EXTRA more letters ("supervis" and "supervisor").
PREFIX_MIN, PREFIX_EXTRA = 5, 3
# In an answer of at least PASSING_MIN_SENTENCES sentences, a focal term met once, outside
# its first OPENING_SENTENCES sentences, is a passing mention and weighs PASSING_FACTOR.
PASSING_MIN_SENTENCES, OPENING_SENTENCES, PASSING_FACTOR = 4, 2, 0.5
# A verb a duty is handled by ("manage van stock", "own a portfolio") weighs this share of
# its rarity: what it acts on is the topic.
HANDLING_VERB_FACTOR = 0.4
# Words in brackets weigh this share: they are examples of what is asked.
BRACKET_FACTOR = 0.3
_BRACKETS = re.compile(r"\(([^()]*)\)")
# A skill the question names weighs as much as its rarest word; one read from a verb and
# whom it acts on ("lead the deck crew" for Leadership) weighs as a common word.
SKILL_WEIGHT, SKILL_READ_WEIGHT = 1.0, 0.5
# The core of a question: its focal terms weighing at least this share of the heaviest.
CORE_SHARE = 0.75
# A focal term the answer does not name is taken up in part by its related words (those the
# job and the CV use beside it, and its competency's cue words): at most RELATED_FACTOR of
# its weight, reached when the related words found weigh RELATED_ENOUGH. Below that the
# credit falls in proportion: one shared word is a hint, not a story on the term.
RELATED_FACTOR, RELATED_ENOUGH = 0.6, 1.0
# A related word weighs its rarity times the share of the job's and the CV's sentences using
# it that use the term too; below RELATED_MIN_WEIGHT it is a word of the whole field. A competency's
# cue word weighs CUE_WEIGHT.
RELATED_MIN_WEIGHT, CUE_WEIGHT = 0.3, 0.5
# The share of sentences is taken as n / (spread + SPREAD_PRIOR): a word met once in the
# advert, beside the term, is as likely chance as a word of the term.
SPREAD_PRIOR = 2
# Related words count only when the answer uses at least this many of them.
RELATED_MIN_WORDS = 2
# A named technology (a tool, a framework, a language, a data or cloud product) is shown by
# naming it: a story beside it in the CV ("built a Power BI model of standard costs") is the
# story, not the tool.
NAMED_ONLY = frozenset({"tool", "framework", "language", "data", "cloud"})
# A core term whose related words weigh at least this share of RELATED_ENOUGH counts as
# taken up: the heart of the question told in the field's own words.
RELATED_CORE_SHARE = 1.0


@lru_cache(maxsize=1)
def handling_verbs() -> frozenset[str]:
    """Verbs a duty is handled by whatever it is about ("manage", "own", `data/focus.json`)."""
    return frozenset(focus_data()["handling_verbs"])


def _handling(word: str) -> bool:
    """A word that is a form of a handling verb ("managing", "owned")."""
    return bool(dictionary_forms(word) & handling_verbs())


@lru_cache(maxsize=1)
def framing_words() -> frozenset[str]:
    """Words that frame a question without naming its topic (`data/focus.json`)."""
    raw = focus_data()
    return frozenset(raw["framing_words"]) | lexicons().template_words


@lru_cache(maxsize=1)
def _audience() -> re.Pattern[str]:
    """A phrase naming whom the work is for or reported to (`data/focus.json`)."""
    raw = focus_data()
    openers = "|".join(re.escape(w) for w in raw["audience_openers"])
    heads = "|".join(re.escape(w) for w in raw["audience_heads"])
    # The opener, then at most AUDIENCE_MAX_WORDS words (joined by spaces, commas or "and")
    # before the head: "to product, marketing and leadership", "for the team".
    run = rf"(?:[\w\-]+(?:\s*,\s*|\s+(?:and|&)\s+|\s+)){{0,{AUDIENCE_MAX_WORDS}}}?"
    return re.compile(rf"\b(?:{openers})\s+({run}(?:{heads}))\b", re.I)


# An audience phrase has at most this many words before its head.
AUDIENCE_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _object_openers() -> frozenset[str]:
    """Words that open a verb's object: after a verb's base form they make "to" an
    infinitive (`data/focus.json`)."""
    raw = focus_data()
    return frozenset(raw["infinitive_object_openers"])


def _infinitive(run: list[str]) -> bool:
    """A verb's base form before its object ("to lead the team", "to manage staff"): the
    phrase says what is done, not for whom."""
    if not run:
        return False
    first = run[0].lower()
    base = first in getAllLemmas(first).get("VERB", ())
    # "to lead teams": the verb's object is the head itself.
    return base and (len(run) <= 2 or run[1].lower() in _object_openers())


def without_audience(text: str) -> str:
    """The text with the phrases naming whom the work is for or reported to blanked out
    ("present results to underwriting colleagues" -> "present results")."""

    def blank(m: re.Match[str]) -> str:
        if _infinitive(words(m.group(1))):
            return m.group(0)
        return " "

    return _audience().sub(blank, text)


# An acronym of the field ("the MCR", "KS3") is written in capitals like a name, but when
# the job or the CV uses it, it names a thing of the work: a focal term, not a place.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}s?")


def _names(asking: str, counts: Counter[str]) -> set[str]:
    """The names of an asking sentence (capitalised words after its first), less the
    field's acronyms."""
    out: set[str] = set()
    for t in tokens(asking)[1:]:
        if not t[:1].isupper():
            continue
        if _ACRONYM.fullmatch(t) and any(counts[s] for s in family(t.lower())):
            continue
        out.add(t.lower())
    return out


@lru_cache(maxsize=16384)
def family(word: str) -> frozenset[str]:
    """The stems of a word and of its lemmas: "assessing" -> {"assess"}."""
    word = word.lower().strip("'-")
    return frozenset(stem(f) for f in dictionary_forms(word))


def same_family(a: str, b: str) -> bool:
    """Two stems of one word family."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return (
        len(short) >= PREFIX_MIN
        and len(long_) - len(short) <= PREFIX_EXTRA
        and long_.startswith(short)
    )


@dataclass(frozen=True)
class Focus:
    """What a question is about, as weighted focal terms."""

    terms: dict[str, float]
    """Focal word -> weight."""
    stems: dict[str, frozenset[str]]
    """Focal word -> the stems of its family."""
    skills: tuple[skill_lexicon.Skill, ...]
    """Skills the asking sentence names."""
    related: dict[str, dict[str, float]] = field(default_factory=dict)
    cued: dict[str, frozenset[str]] = field(default_factory=dict)
    """Focal word -> its related stems that only a competency's cue list gives ("rota" for
    leadership): signs of the competency, no words of the matter asked about."""
    """Focal word -> the stems of words related to it in the job and the CV, with weights."""

    @property
    def weight(self) -> float:
        """The total weight of the focal terms."""
        return sum(self.terms.values())

    @property
    def core(self) -> frozenset[str]:
        """The focal terms that weigh nearly as much as the heaviest: the heart of the question."""
        if not self.terms:
            return frozenset()
        top = max(self.terms.values())
        return frozenset(w for w, v in self.terms.items() if v >= CORE_SHARE * top)


@lru_cache(maxsize=512)
def _field_counts(job_description: str, cv_text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for word in words(f"{job_description}\n{cv_text}"):
        counts.update(family(word))
    return counts


@lru_cache(maxsize=512)
def question_focus(question: str, job_description: str = "", cv_text: str = "") -> Focus:
    """The focal terms of a question, weighted by rarity and by how little the field uses them."""
    asking = without_framing(ask(question))
    skip = framing_words() | stopwords()
    counts = _field_counts(job_description, cv_text)
    names = _names(asking, counts)
    # Words in brackets are examples of what is asked ("core metrics (acquisition,
    # activation, retention)"): an answer need not take up each of them.
    bracketed = {w for part in _BRACKETS.findall(asking) for w in words(part)}
    # A skill named anywhere in the question is what it is about, also when the asking
    # sentence only points back to it ("You mentioned Excel. What role did it play?"); it
    # is taken up by naming the skill, not by one of its words ("testing" of A/B testing).
    # A skill read from whom the work is for ("to underwriting colleagues", "for the team")
    # says who hears or gains from it, not what is asked about: its words stay plain terms.
    # "You mentioned idempotency. Coming back to what I asked…" names the matter the answer
    # went to, not the one asked about (`without_redirect`).
    named = tuple(
        skill_lexicon.extract_skills(without_audience(without_names(without_redirect(question))))
    )
    skill_stems = {s for skill in named for w in words(skill.name) for s in family(w)}
    terms: dict[str, float] = {}
    stems: dict[str, frozenset[str]] = {}
    for word in words(asking):
        if word in skip or len(word) < 3 or "'" in word or word in names or word in terms:
            continue
        fam = family(word)
        if fam & skill_stems or any(fam & other for other in stems.values()):
            continue
        used = max((counts[s] for s in fam), default=0)
        weight = rarity(word) / (1 + FIELD_DAMPING * math.log1p(used))
        weight *= HANDLING_VERB_FACTOR if _handling(word) else 1.0
        terms[word] = weight * (BRACKET_FACTOR if word in bracketed else 1.0)
        stems[word] = fam
    for skill in named:
        # A skill read only from a verb and whom it acts on ("lead the deck crew" for
        # Leadership), not written by name, is the question's reading, not its words: it
        # weighs less, so the duty the question spells out stays its heart.
        written = _written(skill, question)
        terms[f"{SKILL_TERM}{skill.name}"] = SKILL_WEIGHT if written else SKILL_READ_WEIGHT
        stems[f"{SKILL_TERM}{skill.name}"] = frozenset()
    related, cued = _related(terms, stems, named, job_description, skip, cv_text)
    return Focus(terms, stems, named, related, cued)


@dataclass(frozen=True)
class _Unit:
    """One sentence or bullet of the job advert, as word stems and skills."""

    stems: frozenset[str]
    words: dict[str, str]
    skills: frozenset[str]


@lru_cache(maxsize=64)
def _units(text: str) -> tuple[_Unit, ...]:
    """The sentences and bullets of a text as units."""
    out: list[_Unit] = []
    for line in text.splitlines():
        for part in sentences(line):
            # A name ("Tern Valley", "Harcourt") says where, not what the work was; an
            # acronym of the field ("OPEL", "RTI") names a thing of the work and stays.
            named = {
                t.lower() for t in tokens(part)[1:] if t[:1].isupper() and not _ACRONYM.fullmatch(t)
            }
            ws = {w: s for w in words(part) if len(w) >= 3 and w not in named for s in family(w)}
            skills = frozenset(k.name for k in skill_lexicon.extract_skills(part))
            out.append(_Unit(frozenset(ws.values()), {s: w for w, s in ws.items()}, skills))
    return tuple(out)


# A CV line holding a year is a role's or a course's heading (title, employer, dates), not
# an account of the work.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=64)
def _cv_units(cv_text: str) -> tuple[_Unit, ...]:
    """The CV's lines that tell the work, as units: its headings left out, and the names it
    writes kept ("a Port-a-Wrap", "Humphrey fields": the candidate's own tools), but places."""
    out: list[_Unit] = []
    for line in cv_text.splitlines():
        if _YEAR.search(line):
            continue
        for part in sentences(line):
            ws = {
                w: s
                for w in words(part)
                if len(w) >= 3 and not is_place(w.title())
                for s in family(w)
            }
            skills = frozenset(k.name for k in skill_lexicon.extract_skills(part))
            out.append(_Unit(frozenset(ws.values()), {s: w for w, s in ws.items()}, skills))
    return tuple(out)


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each competency's asking stems and cue stems (`data/relevance_cues.json`)."""
    raw = json.loads(_CUES.read_text(encoding="utf-8"))["competencies"]
    return tuple(
        (
            frozenset(s for w in c["asked"] for s in family(w)),
            frozenset(s for w in c["shown"] for s in family(w)),
        )
        for c in raw.values()
    )


def _term_stems(term: str, fam: frozenset[str]) -> frozenset[str]:
    """The stems a term is asked in: its family, or a named skill's own words."""
    if term.startswith(SKILL_TERM):
        return frozenset(s for w in words(term[len(SKILL_TERM) :]) for s in family(w))
    return fam


def _related(
    terms: dict[str, float],
    stems: dict[str, frozenset[str]],
    named: tuple[skill_lexicon.Skill, ...],
    job_description: str,
    skip: frozenset[str],
    cv_text: str = "",
) -> tuple[dict[str, dict[str, float]], dict[str, frozenset[str]]]:
    """Each focal term's related words: those the job advert uses beside it, its
    competency's cue words, and, weighing less, the words the skills lexicon and the CV's
    lines write it in (`related.py`), less the question's own terms.

    The advert sets out each duty in its own sentence or bullet; a CV line joins a duty with
    the story of one occasion, whose words would make any story of it look on the duty: its
    words count only when rare in the rest of the CV, and below the advert's.
    """
    own = {s for fam in stems.values() for s in fam} | {
        s for t in terms for s in _term_stems(t, stems[t])
    }
    skip_stems = {s for w in skip for s in family(w)}
    units = _units(job_description) if job_description else ()
    cv_units = _cv_units(cv_text) if cv_text else ()
    leave_out = own | skip_stems
    named_only = {f"{SKILL_TERM}{k.name}" for k in named if k.category in NAMED_ONLY}
    # How many sentences of the job and the CV use each stem: a word used beside the term
    # and nowhere else is its own; one used all over the field ("cows", "store") is not.
    spread: Counter[str] = Counter(s for unit in units for s in unit.stems)
    out: dict[str, dict[str, float]] = {}
    cued: dict[str, frozenset[str]] = {}
    for term in terms:
        if term in named_only:
            continue
        asked = _term_stems(term, stems[term])
        beside: Counter[str] = Counter()
        word_of: dict[str, str] = {}

        def inside(unit: _Unit, term: str = term, asked: frozenset[str] = asked) -> bool:
            if term.startswith(SKILL_TERM):
                return term[len(SKILL_TERM) :] in unit.skills
            return any(same_family(a, b) for a in asked for b in unit.stems)

        for unit in units:
            if not inside(unit):
                continue
            for s in unit.stems - own - skip_stems:
                beside[s] += 1
                word_of[s] = unit.words[s]
        got: dict[str, float] = {}
        for s, n in beside.items():
            weight = rarity(word_of[s]) * n / (spread[s] + SPREAD_PRIOR)
            if weight >= RELATED_MIN_WEIGHT:
                got[s] = weight
        advert_words = frozenset(got)
        # The advert's other sentences' words belong to its other duties ("apprentices"
        # beside "emergency lighting" on a CV line that tells both).
        elsewhere = {s for unit in units if not inside(unit) for s in unit.stems}
        cue_only: set[str] = set()
        for asking, shown in _cues():
            if asked & asking:
                for s in shown - own:
                    if s not in got:
                        cue_only.add(s)
                    got[s] = max(got.get(s, 0.0), CUE_WEIGHT)
        # Below the advert's words: the lexicon's and the CV's for the same term, the CV's
        # from its lines naming the term or telling the advert's duty in its words ("an
        # eight-course tasting menu" beside "pairings for the tasting menu").
        extra = dict(
            related_words.cv_words(
                lambda u, inside=inside, near=advert_words: (
                    inside(u) or related_words.tells_duty(u, near)
                ),
                cv_units,
                leave_out | elsewhere,
            )
        )
        for skill in _term_skills(term, named):
            for s, w in related_words.lexicon_words(skill, family, leave_out).items():
                extra[s] = max(extra.get(s, 0.0), w)
        for s, w in extra.items():
            if s not in got:
                got[s] = w
                cue_only.discard(s)
        if got:
            out[term] = got
        if cue_only:
            cued[term] = frozenset(cue_only)
    return out, cued


def _term_skills(
    term: str, named: tuple[skill_lexicon.Skill, ...]
) -> tuple[skill_lexicon.Skill, ...]:
    """The lexicon skill a focal term is: the skill the question names, or a one-word
    skill of the term's own word ("triage")."""
    if term.startswith(SKILL_TERM):
        return tuple(k for k in named if k.name == term[len(SKILL_TERM) :])
    found = skill_lexicon.skill_named(term)
    return (found,) if found is not None and len(words(found.name)) == 1 else ()


def related_credit(focus: Focus, text: str, cues: bool = True) -> dict[str, float]:
    """For each focal term the text does not name, the share of RELATED_ENOUGH its related
    words in the text weigh (0-1); without `cues`, a competency's cue words left out."""
    if not focus.related:
        return {}
    have = _answer_stems(text)
    named = set(matched_terms(focus, text))
    out: dict[str, float] = {}
    for term, rel in focus.related.items():
        if term in named:
            continue
        cued = frozenset() if cues else focus.cued.get(term, frozenset())
        found = [w for s, w in rel.items() if s in have and s not in cued]
        # One shared word is a hint, not a story on the term.
        if len(found) >= RELATED_MIN_WORDS:
            out[term] = min(1.0, sum(found) / RELATED_ENOUGH)
    return out


# Where a question names the employer or the post ("at Brightwater Logistics", "as a Social
# Worker – Child Protection and Court Team", "the Site Manager role"): a skill read from
# those words says who or where, not what the question asks about.
_NAME_RUN = r"[A-Z][\w&'’.\-]*(?:\s+(?:(?:and|of|the|for|&|–|-)\s+)*[A-Z][\w&'’.\-]*)*"
_PLACE_OR_POST = re.compile(
    rf"\b(?:at|as an?|join|joined|joining)\s+(?:the\s+)?({_NAME_RUN})"
    rf"|\bthe\s+({_NAME_RUN})\s+(?:role|post|position|team)\b"
)


def without_names(question: str) -> str:
    """The question with the employer's and the post's names blanked out."""
    return _PLACE_OR_POST.sub(
        lambda m: m.group(0)[: m.start(1 if m.group(1) else 2) - m.start()], question
    )


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, ...]]:
    """Each lexicon skill's written names (its display name and aliases), lower-cased."""
    raw = skill_lexicon.lexicon_entries()
    return {
        e["name"]: tuple(
            dict.fromkeys([e["name"].lower(), *(a.lower() for a in e.get("aliases", []))])
        )
        for e in raw
    }


# An alias taken up in its words' families must have a word of at least this many letters:
# "p&l" or "qc" in other forms would be read in anything.
MIN_ALIAS_WORD = 4
# The ending of a past-tense verb, by which a one-word skill is told as done.
PAST_ENDING = "ed"
# An acronym of a skill's name or alias ("PLO" for Public Law Outline, "AMU" for acute
# medical unit) has at least this many letters.
MIN_ACRONYM = 3


def _alias_forms(alias: str) -> tuple[frozenset[str], ...]:
    return tuple(family(w) for w in words(alias))


def _written(skill: skill_lexicon.Skill, text: str) -> bool:
    """Whether a text writes a skill's name or one of its aliases as words."""
    low = normalise_quotes(text).lower()
    return any(
        re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", low)
        for alias in _aliases().get(skill.name, (skill.name.lower(),))
    )


def _said_in_other_forms(alias: str, answer_words: list[str]) -> bool:
    """The alias's words, in a row, each in its own word family ("led teams" for "leading
    teams", "a contract renewed" for "contract renewals").

    One word alone is not enough: in its other forms it is often another thing ("a
    prospect" is no prospecting, "the nurses" no nursing care).
    """
    forms = _alias_forms(alias)
    if len(forms) < 2 or max(len(w) for w in words(alias)) < MIN_ALIAS_WORD:
        return False
    fams = [family(w) for w in answer_words]
    n = len(forms)
    for i in range(len(fams) - n + 1):
        if all(any(same_family(a, b) for a in forms[k] for b in fams[i + k]) for k in range(n)):
            return True
    return False


def _done_by_candidate(alias: str, answer_words: list[str]) -> bool:
    """A one-word skill told as the candidate's own past act, in its word family ("he
    renewed for three years" for renewals, "I supervised" for supervision).

    Only the past tense: the noun in another form is often another thing ("a prospect" is
    no prospecting), while the verb done is the skill practised.
    """
    forms = _alias_forms(alias)
    if len(forms) != 1 or len(alias) < MIN_ALIAS_WORD:
        return False
    done = [w for w in answer_words if w.lower().endswith(PAST_ENDING)]
    return any(same_family(a, b) for w in done for b in family(w) for a in forms[0])


def _acronyms(alias: str) -> str | None:
    parts = [w for w in words(alias) if w not in stopwords()]
    if len(parts) < MIN_ACRONYM:
        return None
    return "".join(w[0] for w in parts).upper()


def _skill_words(focus: Focus, text: str) -> set[str]:
    """Focal words carried by a skill the question names and the text shows or implies."""
    if not focus.skills:
        return set()
    shown = set(skill_lexicon.extract_skills(text))
    shown |= set(skill_lexicon.implied_skills(shown))
    said = {w.lower() for w in words(text)}
    answer_words = words(text)
    written = set(tokens(text))
    found: set[str] = set()
    for skill in focus.skills:
        near = {skill, *skill_lexicon.implied_skills([skill])}
        # Named inside a longer name ("React Testing Library" names React) counts too.
        named = {w.lower() for w in words(skill.name)} <= said
        aliases = _aliases().get(skill.name, ())
        # Or in other forms of its words ("renewed" for renewals), or by its initials
        # ("the PLO meeting" for the Public Law Outline).
        other_forms = any(_said_in_other_forms(a, answer_words) for a in aliases)
        initials = any(_acronyms(a) in written for a in aliases if _acronyms(a))
        done = any(_done_by_candidate(a, answer_words) for a in aliases)
        if not (shown & near) and not named and not other_forms and not initials and not done:
            continue
        found.add(f"{SKILL_TERM}{skill.name}")
    return found


def matched_terms(focus: Focus, text: str) -> list[str]:
    """The focal words a text takes up."""
    have = _answer_stems(text)
    found = _skill_words(focus, text)
    for word, fam in focus.stems.items():
        if any(same_family(a, b) for a in fam for b in have):
            found.add(word)
    return [w for w in focus.terms if w in found]


def takes_up_core(focus: Focus, text: str, cues: bool = True) -> bool:
    """Whether a text takes up one of the core terms of the question's focus, by name or
    fully in the field's own words (without `cues`, not by a competency's signs alone)."""
    if focus.core & set(matched_terms(focus, text)):
        return True
    credit = related_credit(focus, text, cues)
    return any(credit.get(t, 0.0) >= RELATED_CORE_SHARE for t in focus.core)


def _related_weight(focus: Focus, text: str) -> float:
    """The focal weight a text takes up through related words alone."""
    return sum(
        focus.terms[t] * RELATED_FACTOR * share for t, share in related_credit(focus, text).items()
    )


def cover(focus: Focus, text: str) -> float:
    """The weighted share of the question's focus a text takes up (0-1)."""
    if not focus.terms:
        return 0.0
    got = sum(focus.terms[w] for w in matched_terms(focus, text)) + _related_weight(focus, text)
    enough = min(focus.weight, max(FOCUS_ENOUGH, FOCUS_ENOUGH_SHARE * focus.weight))
    return min(1.0, got / enough)


def answer_cover(focus: Focus, answer: str) -> float:
    """The share of the focus an answer takes up, passing mentions counting less.

    An answer is about what it opens with and what it keeps returning to: a focal term met
    only once, after the opening ("they finished the year on target in their assessment"),
    is a passing mention and weighs PASSING_FACTOR.
    """
    if not focus.terms:
        return 0.0
    parts = sentences(answer)
    if len(parts) < PASSING_MIN_SENTENCES:
        return cover(focus, answer)
    opening = " ".join(parts[:OPENING_SENTENCES])
    in_opening = set(matched_terms(focus, opening))
    mentions = Counter(w for part in parts for w in matched_terms(focus, part))
    got = 0.0
    for word in matched_terms(focus, answer):
        full = word in in_opening or mentions[word] >= 2
        got += focus.terms[word] * (1.0 if full else PASSING_FACTOR)
    got += _related_weight(focus, answer)
    enough = min(focus.weight, max(FOCUS_ENOUGH, FOCUS_ENOUGH_SHARE * focus.weight))
    return min(1.0, got / enough)


def answer_share(focus: Focus, answer: str) -> float:
    """The share of the focus's whole weight an answer takes up, passing mentions counting less.

    Unlike `answer_cover`, it does not count a few duties as enough: an answer that misses
    the skill at the heart of the question is judged by how much of the rest it takes up.
    """
    if not focus.terms:
        return 0.0
    return min(1.0, answer_cover(focus, answer) * _enough(focus) / focus.weight)


def _enough(focus: Focus) -> float:
    return min(focus.weight, max(FOCUS_ENOUGH, FOCUS_ENOUGH_SHARE * focus.weight))


# A duty of the advert is read as a question of its own when its focal terms weigh at least
# DUTY_MIN_WEIGHT; it is the question's own duty when the question takes up at least
# OWN_DUTY_COVER of it, or it takes up that share of the question's focus.
DUTY_MIN_WEIGHT, OWN_DUTY_COVER = 0.9, 0.5
# An advert with at least this many bullets sets its duties out in them; its prose is about
# the employer.
DUTY_MIN_BULLETS = 3


@lru_cache(maxsize=64)
def _duties(job_description: str) -> tuple[str, ...]:
    """The advert's duties and requirements, one sentence each, from its bullets; none when
    it sets out fewer than DUTY_MIN_BULLETS bullets: a prose advert runs duties, tools and
    the employer together ("Requirements: Python, Kafka, PostgreSQL…"), and a story naming
    the tools of such a sentence is not about another duty."""
    lines = [ln.strip() for ln in job_description.splitlines() if ln.strip()]
    bullets = [BULLET.sub("", ln, count=1) for ln in lines if is_bullet(ln)]
    if len(bullets) < DUTY_MIN_BULLETS:
        return ()
    return tuple(part for line in bullets for part in sentences(line))


@dataclass(frozen=True)
class DutyReading:
    """How an answer meets the advert's duties beside the question's focus."""

    own: float = 0.0
    """The answer's cover of the question's own duty in the advert, its core taken up (0
    when it misses the duty's core or the question comes from no duty)."""
    rival: float = 0.0
    """The answer's highest cover of another duty of the job, its core taken up."""
    asked: bool = False
    """Whether the question comes from a duty of the advert."""


@lru_cache(maxsize=4096)
def read_duties(
    question: str, answer: str, job_description: str = "", cv_text: str = ""
) -> DutyReading:
    """The answer read against each duty of the advert: the duty the question comes from
    ("In this role you'd prepare RTI submissions" from "Prepare RTI submissions to HMRC and
    manage HMRC notices") and the others, each read as a question of its own.

    A story whose main subject is another duty of the same job ("a master key system" for
    "manage van stock and costs") takes that duty up better than the question's; a story
    told in the field's own words may take up the duty's sentence better than the question's
    shorter wording of it.
    """
    if not job_description.strip():
        return DutyReading()
    focus = question_focus(question, job_description, cv_text)
    # The whole question: "You'd source straw and reed. Tell me about a time materials got
    # scarce" names its duty before it asks.
    asked = without_framing(without_redirect(question))
    own = rival = 0.0
    asked_duty = False
    duties = _duties(job_description)
    for duty in duties:
        fd = question_focus(duty, job_description, cv_text)
        if fd.weight < DUTY_MIN_WEIGHT:
            continue
        mine = answer_cover(fd, answer) if takes_up_core(fd, answer) else 0.0
        if cover(fd, asked) >= OWN_DUTY_COVER or cover(focus, duty) >= OWN_DUTY_COVER:
            asked_duty = True
            own = max(own, mine)
        elif mine and _takes_up_distinct_core(fd, answer, duty, duties):
            rival = max(rival, mine)
    return DutyReading(own, rival, asked_duty)


def _takes_up_distinct_core(fd: Focus, answer: str, duty: str, duties: tuple[str, ...]) -> bool:
    """The answer takes up a core term of another duty that is that duty's own: "landlords"
    or "tenants", which several duties of a lettings advert name, are the field's people, and
    a deposit story naming them is no story on "keep landlords informed" (its statements
    are). A core term no other duty names, a skill, or one taken up in related words counts."""
    others = [_sentence_stems(d) for d in duties if d != duty]
    named = set(matched_terms(fd, answer))
    for term in fd.core:
        if term.startswith(SKILL_TERM) or term not in named:
            continue
        if not any(fd.stems[term] & stems for stems in others):
            return True
    credit = related_credit(fd, answer)
    return any(credit.get(t, 0.0) >= RELATED_CORE_SHARE for t in fd.core - named) or any(
        t.startswith(SKILL_TERM) for t in fd.core & named
    )


@lru_cache(maxsize=512)
def _sentence_stems(text: str) -> frozenset[str]:
    """The stems of every word family a text uses (a sentence, a duty or a whole answer)."""
    return frozenset(s for w in words(text) for s in family(w))


@lru_cache(maxsize=4096)
def _answer_stems(text: str) -> frozenset[str]:
    """`_sentence_stems` of an answer, where "we were locked out" takes up "a lockout": a
    phrasal verb's noun counts as written."""
    return _sentence_stems(text) | frozenset(s for w in phrasal_nouns(text) for s in family(w))


@dataclass(frozen=True)
class FocusReading:
    """How an answer meets a question's focus."""

    cover: float
    weight: float
    # Whether the answer takes up one of the question's core terms (True with no core).
    takes_core: bool = True
    # The share of the focus's whole weight the answer takes up (`answer_share`).
    share: float = 0.0
    # The answer against the advert's duties: the question's own and the others.
    duties: DutyReading = DutyReading()
    # Whether the answer names a technology at the question's core ("Power BI"): then it is
    # what the answer is about, whatever other duty its story also takes up.
    names_core_tool: bool = False
    # The share of the question's core terms the answer names in their own words.
    core_named: float = 0.0
    # Whether the answer takes up a core term at all: by name, through a skill that implies
    # it, or fully in related words other than a competency's signs (False when the focus
    # has no core).
    core_taken: bool = False


def read_focus(
    question: str, answer: str, job_description: str = "", cv_text: str = ""
) -> FocusReading:
    """The answer's cover of the question's focus and the focus's weight."""
    focus = question_focus(question, job_description, cv_text)
    # A core that names a skill ("supervision", "relationship building") asks the answer to
    # show it; a core of plain words is too often met in the answer's own words to judge by.
    skill_core = any(w.startswith(SKILL_TERM) for w in focus.core)
    core = not skill_core or takes_up_core(focus, answer)
    return FocusReading(
        answer_cover(focus, answer),
        focus.weight,
        core,
        answer_share(focus, answer),
        read_duties(question, answer, job_description, cv_text),
        _names_core_tool(focus, answer),
        len(focus.core & set(matched_terms(focus, answer))) / max(1, len(focus.core)),
        _core_taken(focus, answer),
    )


def _core_taken(focus: Focus, answer: str) -> bool:
    """The answer takes up a core term of the focus as its matter: names a technology at the
    core, names a core term in its opening or more than once (a passing mention at the end,
    "added checks to the PPM", is no story on it), or takes it up fully in related words
    other than a competency's signs."""
    if not focus.core:
        return False
    if _names_core_tool(focus, answer):
        return True
    named = focus.core & set(matched_terms(focus, answer))
    parts = sentences(answer)
    if named and len(parts) < PASSING_MIN_SENTENCES:
        return True
    if named & set(matched_terms(focus, " ".join(parts[:OPENING_SENTENCES]))):
        return True
    mentions = Counter(w for part in parts for w in matched_terms(focus, part))
    if any(mentions[w] >= 2 for w in named):
        return True
    credit = related_credit(focus, answer, cues=False)
    return any(credit.get(t, 0.0) >= RELATED_CORE_SHARE for t in focus.core)


def _names_core_tool(focus: Focus, answer: str) -> bool:
    """The answer names a technology at the question's core."""
    tools = {f"{SKILL_TERM}{k.name}" for k in focus.skills if k.category in NAMED_ONLY}
    return bool(tools & focus.core & set(matched_terms(focus, answer)))


# An answer deals with two demands at once when it shows this many kinds of sign of it
# (choosing between them, naming both, what the one who waits is told): "I'd do it first"
# alone is any plan's first step.
COMPETING_MIN_KINDS = 2


@lru_cache(maxsize=1)
def _competing() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """The patterns of a question setting two demands at once and of an answer dealing with it."""
    raw = focus_data()
    asks = re.compile("|".join(f"(?:{p})" for p in raw["competing_questions"]), re.I)
    cues = {
        kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
        for kind, patterns in raw["competing_cues"].items()
    }
    return asks, cues


def asks_to_choose(question: str) -> bool:
    """Whether a question sets two demands at once and asks which comes first."""
    return bool(_competing()[0].search(normalise_quotes(question)))


def weighs_demands(answer: str) -> bool:
    """Whether an answer deals with competing demands, not with one of them alone."""
    text = normalise_quotes(answer)
    kinds = sum(1 for cue in _competing()[1].values() if cue.search(text))
    return kinds >= COMPETING_MIN_KINDS
