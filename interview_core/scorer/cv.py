"""The CV lines worth citing: achievement bullets, never contact, header or summary lines.

The language toolkit reads roles and their highlights; what makes a highlight an
achievement (an action, preferably a figure, no contact details) is decided here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..language import skills as skill_lexicon
from ..language.cv import looks_like_title
from ..language.figures import figures
from ..language.layout import is_contact
from ..language.profile import CandidateProfile, analyse_cv
from ..language.text import content_words, phrase_alternation, sentences, term_pattern, words
from .lexicons import lexicon_lists, lexicons, light_stem, related, same_stem

_DATE_RANGE = re.compile(
    r"\b(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:(?:19|20)\d\d|present|now|current)\b", re.I
)
# Past-tense or present action verbs that open an achievement bullet.
_ACTION_START = re.compile(
    r"^(?:[A-Za-z][a-z]+ed\b|Sent|Spent|Ran|Led|Built|Won|Cut|Set|Grew|Made|Took|Wrote|Sold|Drove|Brought|Taught|Began|Gave|Kept|Met|Rose|Oversaw|Ran|Spent|Held|Became)"
)
MIN_WORDS, MAX_CHARS = 5, 160


@dataclass(frozen=True)
class CvAchievement:
    """One achievement bullet of the CV."""

    text: str
    stems: frozenset[str]
    has_figure: bool


# A date range inside a line this long, with words after it, is a bullet's dates ("audits
# passed with no non-conformances 2022–2025; keep the herd health plan…"), not a job header.
HEADER_MAX_WORDS = 14


def is_role_header(line: str) -> bool:
    """A job's header line: a date range that ends the line, or in a short line."""
    found = list(_DATE_RANGE.finditer(line))
    if not found:
        return False
    tail = re.sub(r"[\s.,;:)(\]|–—-]+", "", line[found[-1].end() :])
    return not tail or len(words(line)) <= HEADER_MAX_WORDS


def is_contact_or_header(line: str) -> bool:
    """Contact details, a date-ranged job header, or a line too short to be an achievement.
    A line holding two date ranges is roles run together ("Analyst, Contoso (2019 - 2021):
    … Business Analyst, Kestrel (2018 - 2021): …"), not one achievement."""
    if is_contact(line) or is_role_header(line) or len(words(line)) < MIN_WORDS:
        return True
    return len(_DATE_RANGE.findall(line)) >= 2


# A line this short that names an employer's check (a DBS check) states the clearance.
CLEARANCE_MAX_WORDS = 9


def _is_achievement(line: str) -> bool:
    if is_contact_or_header(line):
        return False
    # "Enhanced DBS on the update service": a short line naming a clearance the employer
    # checks is the clearance, not work done.
    if len(words(line)) <= CLEARANCE_MAX_WORDS and any(
        skill_lexicon.is_employer_check(s) for s in skill_lexicon.extract_skills(line)
    ):
        return False
    first = line.split()[0] if line.split() else ""
    if first.lower().strip(":,") in _summary_openers():
        return False
    lowered = line.lower()
    action = bool(_ACTION_START.match(line)) or bool(
        lexicons().star_strong["action"].spans("i " + first.lower())
    )
    result = bool(lexicons().star_strong["result"].spans(lowered))
    return action or (result and bool(figures(line)))


@lru_cache(maxsize=1)
def _summary_openers() -> frozenset[str]:
    return frozenset(lexicon_lists()["summary_openers"])


@lru_cache(maxsize=64)
def cv_profile(cv_text: str) -> CandidateProfile:
    """The CV read once per text: the outline, the CV advice and the coverage share it."""
    return analyse_cv(cv_text)


def _candidate_lines(cv_text: str) -> list[str]:
    """The lines the CV reader calls achievements (role bullets, projects); when it finds
    none (a CV written as one paragraph), every sentence of the CV after its first line,
    less the reader's header and summary lines."""
    profile = cv_profile(cv_text)
    lines = [h for role in profile.roles for h in role.highlights]
    lines += [p.text for p in profile.projects]
    lines = [line for line in lines if profile.is_achievement(line)]
    if lines:
        return lines
    not_achievements = {*profile.header, *profile.summary}
    body = cv_text.splitlines()[1:] if "\n" in cv_text.strip() else [cv_text]
    for raw in body:
        raw = re.sub(r"^[\s\-*•·–—>#|]+", "", raw).strip()
        if raw in not_achievements:
            continue
        lines.extend(s for piece in re.split(r"(?<=\))[.:]\s+", raw) for s in sentences(piece))
    return lines


# Where the post named at the start of a line ends: "Designated safeguarding lead | for both
# libraries".
_POST_END = re.compile(
    r"\s+(?:for|of|at|in|on|to|with|across|within|since|from)\s+|\s*[,;:(–—]\s*|\s+-\s+"
)
# Words that make the noun after a verb its object ("Trained the lead", "Mentored a nurse").
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "our",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "each",
        "every",
        "all",
        "two",
        "three",
    ]
)
# Role words that name a group of people, so "Mentored junior staff" is work done to them.
_GROUP_ROLES = frozenset({"staff", "crew", "team", "personnel", "workforce", "colleague"})


def is_post_held(line: str) -> bool:
    """A post the candidate holds, not work done ("Designated safeguarding lead for both
    libraries", "Appointed fire warden"): a participle and a role word with no article, so
    there is no action with an object to put a figure on."""
    head = _POST_END.split(line.strip(), maxsplit=1)[0].split()
    if not 2 <= len(head) <= 5 or not head[0].lower().endswith("ed"):
        return False
    if any(w.lower() in _DETERMINERS or any(c.isdigit() for c in w) for w in head[1:]):
        return False
    last = head[-1].lower().strip(".")
    return (
        looks_like_title(last)
        and last not in _GROUP_ROLES
        and not (last.endswith("s") and looks_like_title(last[:-1]))
    )


# A count or a range ("35 knowledge base articles", "40–60 daily routes"), not a year.
_LABELS = frozenset(
    {"year", "years", "level", "stage", "band", "grade", "tier", "key", "ks", "phase"}
)
_COUNT = re.compile(r"(?<![\w.£$€\-])(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?(?![\w/])")


@lru_cache(maxsize=1)
def _changed_from_to() -> re.Pattern[str]:
    verbs = phrase_alternation(lexicon_lists()["changed_from_to"]["verbs"])
    # The states on each side are short ("Requires Improvement", "red"): a clause, not a span.
    return re.compile(
        rf"\b(?:{verbs})\b[^.;:]{{0,60}}?\bfrom\s+[^.;:,]{{1,40}}?\s+to\s+\S", re.IGNORECASE
    )


def _names_a_measure(line: str) -> bool:
    measures = lexicon_lists()["changed_from_to"]["measures"]
    return bool(set(words(line.lower())) & set(measures))


def _has_figure(line: str) -> bool:
    """Whether a CV line already holds a figure, so asking to quantify it would be wrong:
    digits or number words ("a team of four; two have since been promoted"), or a change of
    state told in words ("rating moved from Requires Improvement to Good")."""
    if figures(line) or lexicons().number_words.spans(line.lower()):
        return True
    if _changed_from_to().search(line) and _names_a_measure(line):
        return True
    for m in _COUNT.finditer(line):
        before = line[: m.start()].lower().split()[-1:]
        # "Year 9", "Level 5", "Band 6" name a grade, not a count.
        if not (before and before[0] in _LABELS):
            return True
    return False


@lru_cache(maxsize=64)
def achievements(cv_text: str) -> tuple[CvAchievement, ...]:
    """The CV's achievement bullets (experience highlights and projects), figures first."""
    if not cv_text:
        return ()
    lines = _candidate_lines(cv_text)
    out: list[CvAchievement] = []
    seen: set[str] = set()
    for line in lines:
        line = " ".join(line.split()).rstrip(".")
        if line in seen or not _is_achievement(line):
            continue
        seen.add(line)
        out.append(
            CvAchievement(
                line, frozenset(light_stem(w) for w in content_words(line)), _has_figure(line)
            )
        )
    return tuple(sorted(out, key=lambda a: not a.has_figure))


# A CV line fits a question when the question's topic words it shares weigh at least
# FIT_MIN_WEIGHT (by rarity: "cost" alone, or "people", does not make a costing line fit a
# question on competing requests) and make up FIT_MIN_SHARE of the topic, or when it names
# a skill the question is about.
FIT_MIN_WEIGHT = 0.9
FIT_MIN_SHARE = 0.3
# A long question's topic is counted up to this weight, so it can still be fitted.
FIT_WHOLE_CAP = 3.0
# A line with a figure is preferred, among lines that name the question's term as much.
FIGURE_BONUS = 0.5


def best_achievement(
    cv_text: str,
    topic: tuple[str, ...],
    extra: tuple[str, ...] = (),
    avoid: frozenset[str] = frozenset(),
    weights: tuple[float, ...] = (),
) -> str | None:
    """The achievement that shares the question's topic best, or None when none does."""
    best: tuple[tuple[bool, float], str] | None = None
    weight_of = dict(zip(topic, weights or (1.0,) * len(topic), strict=False))
    whole = min(sum(weight_of.values()), FIT_WHOLE_CAP)
    # The question's own term: its heaviest topic word(s).
    top = max(weight_of.values(), default=0.0)
    core = [q for q, w in weight_of.items() if w >= top]
    # A skill counts only when all its words are there ("Power BI", not "power").
    skill_stems = [[light_stem(e) for e in words(w)] for w in extra]
    for item in achievements(cv_text):
        if item.text in avoid:
            continue
        got = sum(w for q, w in weight_of.items() if any(related(q, s) for s in item.stems))
        skill = sum(
            1
            for parts in skill_stems
            if parts and all(any(same_stem(q, s) for s in item.stems) for q in parts)
        )
        fits = skill > 0 or (got >= FIT_MIN_WEIGHT and got >= FIT_MIN_SHARE * whole)
        if not fits:
            continue
        # A line naming the question's own term (its heaviest topic word, or a skill it is
        # about, by any of the lexicon's names) comes before one that only has a figure: the
        # figure decides only between lines that name as much.
        names = bool(skill) or any(related(q, s) for q in core for s in item.stems)
        value = (names, got + skill + (FIGURE_BONUS if item.has_figure else 0.0))
        if best is None or value > best[0]:
            best = (value, item.text)
    return best[1] if best else None


# A CV line this much of whose words the question or the answer already holds is the story
# being told: it is no other example to point to.
TOLD_SHARE, TOLD_MIN_STEMS = 0.6, 4


def told_lines(cv_text: str, *texts: str) -> frozenset[str]:
    """The CV's achievements that `texts` (the question, the answer) already tell: "Reduced
    adjourned hearings by 18%…" quoted in the question and told in the answer."""
    told = {light_stem(w) for t in texts for w in content_words(t)}
    out = set()
    for item in achievements(cv_text):
        if len(item.stems) < TOLD_MIN_STEMS:
            continue
        shared = sum(1 for s in item.stems if s in told)
        if shared >= TOLD_SHARE * len(item.stems):
            out.add(item.text)
    return frozenset(out)


def quote(text: str, limit: int = MAX_CHARS) -> str:
    """A line fit to quote inside a sentence: no closing full stop, cut at a word."""
    text = " ".join(text.split()).rstrip(".")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# A CV line is quoted whole up to this length: a bullet cut mid-clause ("…bringing the
# loss ratio from…") loses the very figure that makes it an example.
CV_QUOTE_CHARS = 180
# Where a longer CV line may be cut: after a whole clause or list item.
_CLAUSE_BREAK = re.compile(r"(?:;|:|,|\s[–—-])\s")
# A full stop between two sentences of one CV line ("… in Navisworks. Clashes found on …").
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9%)])\.\s+(?=[A-Z])")


def quote_cv(line: str, limit: int = CV_QUOTE_CHARS) -> str:
    """A CV line fit to quote as an example: whole when it fits `limit`, else cut after its
    last whole clause that fits (a "…" says more follows), else at a word."""
    text = " ".join(line.split()).rstrip(".")
    if len(text) <= limit:
        return text
    # A line of two sentences is quoted by its first whole sentence when that fits.
    ends = [m.start() for m in _SENTENCE_BREAK.finditer(text[: limit + 1])]
    if ends and ends[-1] >= limit // 3:
        return text[: ends[-1]]
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text[: limit + 1])]
    # A clause break too near the start would leave a fragment: a word cut reads better.
    if breaks and breaks[-1] >= limit // 2:
        return text[: breaks[-1]].rstrip(" ,;:–—-") + "…"
    return quote(text, limit)


# Of a long line quoted around a term, how much comes before the term (a third of it).
QUOTE_LEAD_SHARE = 3


def quote_around(text: str, term: str | None, limit: int = MAX_CHARS) -> str:
    """`quote`, but a long line is quoted around `term` ("…Vectorworks, Microsoft Office…")
    so that the words showing the skill are in the quote; the line's start when `term` is
    None, not on the line, or within its first `limit` characters."""
    text = " ".join(text.split()).rstrip(".")
    if len(text) <= limit or not term:
        return quote(text, limit)
    found = term_pattern(term).search(text)
    if found is None or found.end() <= limit - 1:
        return quote(text, limit)
    # Near the line's end, the window ends with the line: as much before the term as fits.
    start = max(0, min(found.start() - limit // QUOTE_LEAD_SHARE, len(text) - limit + 1))
    if start > 0:
        # Begin at a list item or a word: after the separator or space before `start`.
        cuts = [text.find(sep, start - 1, found.start()) for sep in (", ", "; ", " · ", " | ")]
        cut = min((c for c in cuts if c >= 0), default=-1)
        if 0 <= cut <= start + limit // (2 * QUOTE_LEAD_SHARE):
            start = cut + (1 if text[cut] == "," or text[cut] == ";" else 2) + 1
        elif text[start - 1] != " ":
            space = text.find(" ", start, found.start())
            start = space + 1 if space >= 0 else found.start()
    body = text[start:]
    room = limit - (1 if start else 0)
    end_cut = len(body) > room
    if end_cut:
        body = body[:room].rsplit(" ", 1)[0].rstrip(",;:·|")
    body = body.strip(" ,;:·|")
    return ("…" if start else "") + body + ("…" if end_cut else "")
