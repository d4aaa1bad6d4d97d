"""Figures in an answer or a CV line: amounts, counts, percentages and durations.

Years place a story rather than measure it, and numbers that belong to a name are codes,
not results: "ISO 20022", "Years 7 to 13", "Band 6", "Python 3". Neither is quoted back as a
figure. Every figure is kept once, however often it is repeated.

This is the one home for what a number is: the coach quotes `figures`, the interviewer asks
`mentions_number` ("does the answer give any number at all?"), and both read the number words
of `data/number_words.txt`.

Figures written in words are figures too when they measure (`data/number_values.toml`): a
share or money ("sixty percent", "a third of the plots", "one in five", "forty thousand
pounds"), a count from ten up ("fourteen clients"), a time inside a change ("down from forty
minutes to twelve"). "Two bartenders called in sick" or "for two years" is prose: a number
word, not a figure. `changes` finds the results a figure list misses: a before and after
("88 percent, from 64"), where a measure ended up ("turnover now is twenty-five") and a
change that is its own size ("halved").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas

from .text import phrase_alternation, stopwords

_NUMBER_WORDS_FILE = Path(__file__).parent / "data" / "number_words.txt"
_LABELS_FILE = Path(__file__).parent / "data" / "number_labels.txt"
_VALUES_FILE = Path(__file__).parent / "data" / "number_values.toml"

_UNITS = (
    r"%|percent\b|per cent\b|k\b|m\b|bn\b|x\b|times\b|pounds\b|dollars\b|euros\b|"
    r"minutes?\b|mins?\b|seconds?\b|hours?\b|hrs?\b|days?\b|weeks?\b|months?\b|years?\b|"
    r"milliseconds?\b|ms\b|points?\b|pp\b|people\b|staff\b|users\b|customers\b|clients\b|"
    r"patients\b|pupils\b|students\b"
)
_NUMBER = re.compile(
    r"(?<![\w.\-/])([£$€]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(\s?(?:"
    + _UNITS
    + r"))|(?![\w%]))"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# A range with its unit or currency ("20-30%", "£3-4k", "6–8 weeks") is one figure: its unit
# measures both ends. A bare range ("2019-2021", "40-60 routes") is read number by number.
_RANGE = re.compile(
    r"(?<![\w.\-/])[£$€]?\d+(?:\.\d+)?\s?(?:-|–|—)\s?[£$€]?\d+(?:\.\d+)?(?:\s?(?:" + _UNITS + r"))"
)
_MEASURE_UNIT = re.compile(
    r"%|percent|per cent|k$|m$|bn$|x$|times|pounds|dollars|euros|min|sec|hour|hr|day|week|month|year|ms$|millisecond|point|pp$"
)
# A capitalised word or an acronym right before a bare number makes it part of a name.
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w&\-]*|\b[A-Z]{2,}[\w\-]*)\s+$")
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and)\s*$")
_NEXT_WORD = re.compile(r"(?:\s+|-)([a-z][a-z\-]+)")

_LEADING_ZERO = re.compile(r"0\d+")
# A bare number with this many digits or more is an identifier, not a count.
_MAX_BARE_DIGITS = 6


# What a figure is: an amount ("610 milliseconds", "sixty percent", "30 store managers") or a
# share of a whole ("a third of", "one in five").
AMOUNT, SHARE = "amount", "share"


@dataclass(frozen=True)
class Figure:
    """One figure as written ("610 milliseconds", "£40k", "30 store managers", "halved")."""

    text: str
    start: int
    has_unit: bool
    kind: str = AMOUNT

    @property
    def quotable(self) -> bool:
        """Says what it counts: a unit, a currency or a noun ("30 store managers"), not "34"
        nor "twenty-five"; a share ("a third", "one in five") says it only with the words
        around it, so it is quoted in its clause, never alone."""
        if self.kind != AMOUNT:
            return False
        return self.has_unit or not (
            re.fullmatch(r"[\d,.]+", self.text) or _spelled().fullmatch(self.text.lower())
        )

    @property
    def end(self) -> int:
        """Where the figure's text ends in the text it was found in."""
        return self.start + len(self.text)


def figures(text: str) -> list[Figure]:
    """The real figures in `text`, in order, each distinct one once: in digits or in words."""
    out: list[Figure] = []
    seen: set[str] = set()
    for found in _digit_figures(text) + _word_figures(text):
        key = " ".join(found.text.lower().split())
        if key in seen or any(_overlap(found, kept) for kept in out):
            continue
        seen.add(key)
        out.append(found)
    return sorted(out, key=lambda f: f.start)


def _overlap(a: Figure, b: Figure) -> bool:
    return a.start < b.end and b.start < a.end


def _digit_figures(text: str) -> list[Figure]:
    """The figures written in digits ("64", "£1,900", "88 percent")."""
    out: list[Figure] = []
    ranges = [
        m
        for m in _RANGE.finditer(text)
        if _MEASURE_UNIT.match(m.group(0).split()[-1].lstrip("0123456789.-–—"))
        or m.group(0)[:1] in "£$€"
    ]
    out.extend(Figure(m.group(0).strip(), m.start(), True) for m in ranges)
    code_end = -10
    for m in _NUMBER.finditer(text):
        if any(r.start() <= m.start() < r.end() for r in ranges):
            continue
        currency, digits, unit = m.group(1), m.group(2), m.group(3)
        bare = not currency and not unit
        value = digits.replace(",", "")
        if bare and _YEAR.fullmatch(value):
            continue
        before = text[: m.start()]
        # A number after a name is a code ("Band 6 staff", "ISO 20022") unless it is money,
        # a share or a duration.
        measured = bool(currency) or bool(unit and _MEASURE_UNIT.match(unit.strip()))
        if not measured and (
            (_NAME_BEFORE.search(before[-40:]) and not _opens_with_verb(before))
            or _RANGE_JOIN.match(text[code_end : m.start()])
        ):
            code_end = m.end()
            continue
        if bare and (
            len(value.replace(".", "")) >= _MAX_BARE_DIGITS or _LEADING_ZERO.fullmatch(value)
        ):
            continue
        shown = m.group(0).strip()
        if bare:
            shown = _with_noun(text, m.end(), shown)
        out.append(Figure(shown, m.start(), not bare))
    return out


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    lines = _LABELS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


_OPENING_WORD = re.compile(r"(?:^|[.!?:;•\n]\s*|^\s*[-*]\s*)([A-Z][a-z]+)\s+$")


def _opens_with_verb(before: str) -> bool:
    """ "Review 40 tax returns": a verb opening the sentence, not a name with a number
    ("Band 6", "Level 3": `data/number_labels.txt`)."""
    m = _OPENING_WORD.search(before)
    if not m:
        return False
    word = m.group(1).lower()
    verbs = getAllLemmas(word).get("VERB", ())
    # Its base or past form ("Review", "Reviewed"): "Windows" is no verb opening a bullet.
    return word not in _labels() and (word in verbs or (bool(verbs) and word.endswith("ed")))


def _with_noun(text: str, end: int, shown: str) -> str:
    # "30" alone says little; "30 store managers" says what was counted.
    words: list[str] = []
    stop = stopwords()
    pos = end
    while len(words) < 2:
        m = _NEXT_WORD.match(text, pos)
        if not m or m.group(1) in stop or _verb_like(m.group(1)):
            break
        words.append(m.group(0).strip())
        pos = m.end()
        if words[-1].startswith("-"):
            break  # "142-plot" says what was counted
    return "".join([shown, *(w if w.startswith("-") else " " + w for w in words)])


def _verb_like(word: str) -> bool:
    return len(word) > 4 and word.endswith(("ed", "ly", "ing"))


def has_figure(text: str) -> bool:
    """Whether `text` holds at least one real figure."""
    return bool(figures(text))


@lru_cache(maxsize=1)
def number_words() -> tuple[str, ...]:
    """Words that stand for a number or an amount ("twelve", "dozen", "a third")."""
    lines = _NUMBER_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def number_word_pattern() -> str:
    """The number words as one regular-expression alternation, longest first."""
    return phrase_alternation(number_words())


@lru_cache(maxsize=1)
def _any_number() -> re.Pattern[str]:
    return re.compile(rf"\d|[%£$€]|\b(?:{number_word_pattern()})\b", re.IGNORECASE)


def mentions_number(text: str) -> bool:
    """Whether `text` gives any number or amount at all: a sign of specifics, not of a result."""
    return bool(_any_number().search(text))


# --- Figures written in words ------------------------------------------------------------


@lru_cache(maxsize=1)
def _values() -> dict:
    """`data/number_values.toml`: the number words and their values, read once."""
    with _VALUES_FILE.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def _spelled() -> re.Pattern[str]:
    """One number written in words: "sixty", "twenty-five", "a hundred and twenty"."""
    v = _values()
    word = f"(?:{phrase_alternation({**v['units'], **v['tens'], **v['scales']})})"
    scale = f"(?:{phrase_alternation(v['scales'])})"
    digit = f"(?:{phrase_alternation(v['units'])}|zero|oh)"
    return re.compile(
        rf"(?<![\w'-])(?<!\bpoint\s)(?:an?\s+(?={scale}\b))?{word}"
        rf"(?:(?:\s+and\s+|[\s-]+){word})*(?:\s+point(?:\s+{digit})+(?:\s+{scale})?)?(?![\w'])"
        r"(?:\s+and\s+a\s+half\b)?",
        re.IGNORECASE,
    )


def spelled_value(words: str) -> float | None:
    """The value of a number written in words ("a hundred and twenty" -> 120, "one point one
    million" -> 1,100,000), or None when the words do not make one number ("five six")."""
    v = _values()
    small = {**v["units"], **v["tens"]}
    total, current, last = 0.0, 0.0, ""
    half = bool(re.search(r"\band\s+a\s+half$", words.lower()))
    text = re.sub(r"\s+and\s+a\s+half$", "", words.lower())
    whole, _, decimals = text.partition(" point ")
    if decimals:
        # "one point one million": the digits after "point", then the scale over it all.
        *digits, scale = decimals.split()
        if scale not in v["scales"]:
            digits, scale = [*digits, scale], ""
        places = "".join(str(v["units"].get(d, 0)) for d in digits)
        if not all(d in v["units"] or d in ("zero", "oh") for d in digits):
            return None
        base = spelled_value(whole)
        if base is None:
            return None
        value = base + float(f"0.{places}")
        return value * v["scales"][scale] if scale else value
    tokens = re.split(r"[\s-]+", text)
    for token in tokens:
        if token in ("and", "a", "an"):
            continue
        if token in small:
            # "sixty five" and "twenty-five" are one number; "five six" is two.
            if current % 100 and not (last in v["tens"] and small[token] < 10):
                return None
            current += small[token]
        elif token in v["scales"]:
            scale = v["scales"][token]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        last = token
    value = total + current
    return value + 0.5 if half else value


# A hedge between "by" and its share: "cut by about a third", "by roughly half".
_SHARE_HEDGE = (
    r"(?:(?:about|around|roughly|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)"
)


@lru_cache(maxsize=1)
def _word_patterns() -> dict[str, re.Pattern[str]]:
    v = _values()
    units = v["word_units"]
    number = _spelled().pattern
    small = phrase_alternation({**v["units"], **v["tens"]})
    fraction = phrase_alternation(v["fractions"])
    every_unit = phrase_alternation(units["measure"] + units["count"] + units["time"])
    return {
        "unit": re.compile(rf"({number})(?:\s+|-)({every_unit})(?![\w'])", re.IGNORECASE),
        # "a third of the hives", "two-thirds of", "by a quarter", "by about a third".
        "share": re.compile(
            rf"(?<![\w'])(?:(?:a|one|{small})[\s-]+(?:{fraction})(?=\s+of\b)"
            rf"|(?<=\bby\s)(?:{_SHARE_HEDGE})?(?:(?:a|one|{small})[\s-]+)?(?:{fraction}))"
            r"(?![\w'])",
            re.IGNORECASE,
        ),
        # "one in five", "nine out of ten".
        "ratio": re.compile(
            rf"(?<![\w'])(?:one|{small})\s+(?:in|out\s+of)\s+(?:{small}|{number})(?![\w'])",
            re.IGNORECASE,
        ),
        "multiplier": re.compile(
            rf"(?<![\w'])(?:{phrase_alternation(v['multipliers'])})(?![\w'])", re.IGNORECASE
        ),
    }


def number_units() -> dict:
    """The unit words of `data/number_values.toml` by what they measure: `measure` (shares,
    money), `count` (people, times) and `time`."""
    return _values()["word_units"]


def _word_figures(text: str) -> list[Figure]:
    """The figures written in words that measure something (see the module's docstring)."""
    pats = _word_patterns()
    units = _values()["word_units"]
    out: list[Figure] = []
    # Shares first: "nine out of ten clients" is one share, not "ten clients".
    for name in ("ratio", "share"):
        out.extend(Figure(m.group(0), m.start(), True, SHARE) for m in pats[name].finditer(text))
    changed = _change_spans(text)
    for m in pats["unit"].finditer(text):
        value = spelled_value(m.group(1))
        unit = m.group(2).lower()
        if value is None:
            continue
        if unit in units["time"]:
            # "for about two years now", "three weeks later" place the story; "from forty
            # minutes to twelve" and "within ten minutes" measure its result.
            in_change = any(a <= m.start() < b for a, b in changed)
            if not in_change and not _time_is_result(text, m.start()):
                continue
        elif unit in units["count"] and value < units["min_count"]:
            continue  # "two people came over": prose, not a count given as a figure
        out.append(Figure(m.group(0), m.start(), True))
    return out


@lru_cache(maxsize=1)
def _time_lead() -> re.Pattern[str]:
    leads = phrase_alternation(_values()["word_units"]["time_leads"])
    return re.compile(rf"(?<![\w'])(?:{leads})\s+(?:{_SHARE_HEDGE})?$", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def _time_is_result(text: str, start: int) -> bool:
    """ "back on air within ten minutes", "signed off in under two weeks": how soon the work
    got its result, when its sentence tells no other ("within six weeks complaints fell from
    forty to twelve" gives the time the change took, and the change is the result)."""
    lead = _time_lead().search(text[:start])
    if not lead:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, start)
    sentence = text[ends[-1] if ends else 0 : after.start() if after else len(text)]
    measured = any(f.has_unit and f.kind == AMOUNT for f in _digit_figures(sentence))
    if _change_spans(sentence) or measured or _multiplied(sentence):
        return False
    # The clause the time ends: "Within eight months…" opening a sentence sets the time a
    # change took; "…would recover within three months" is a forecast; "…and made sure every
    # calf had colostrum within two hours" a step's standard, not what came of the work.
    clause = _CLAUSE_BREAK.split(text[ends[-1] if ends else 0 : lead.start()])[-1].lower()
    words = re.findall(r"[a-z']+", clause)
    if not words or any(w in _FORECAST for w in words):
        return False
    lemmas = getAllLemmas(words[0]).get("VERB", ())
    return not (lemmas and words[0] not in lemmas)


_CLAUSE_BREAK = re.compile(r",\s*|;\s*|\s+and\s+|\s+then\s+", re.IGNORECASE)
_FORECAST = frozenset(
    {"would", "will", "could", "should", "might", "may", "assumed", "expected", "forecast", "plan"}
)


def _multiplied(text: str) -> bool:
    return bool(_word_patterns()["multiplier"].search(text))


def changes(text: str) -> list[tuple[int, int]]:
    """Where `text` tells a change with its size: a before and an after ("from 64 to 88
    percent", "88 percent, from 64", "down from sixty to twenty-five"), where a measure
    ended up ("turnover now is twenty-five", "fell to 3", "cut it to a third"), a change word
    that is its own size ("halved", "doubled"), or nothing going wrong again ("no complaints
    since"). These are results, in whatever words the story is told."""
    spans = _change_spans(text)
    spans += [m.span() for m in _word_patterns()["multiplier"].finditer(text)]
    spans += [m.span() for m in _none_since().finditer(text)]
    return sorted(spans)


@lru_cache(maxsize=1)
def _none_since() -> re.Pattern[str]:
    """ "no complaints since", "not a single fall after that", "none since"."""
    change = _values()["change"]
    return re.compile(
        rf"(?<![\w'])(?:{phrase_alternation(change['none_leads'])})\s+(?:[a-z][\w'-]*\s+){{0,3}}?"
        rf"(?:{phrase_alternation(change['none_after'])})(?![\w'])",
        re.IGNORECASE,
    )


def _change_spans(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in _change_pattern().finditer(text)
        # "from 2019 to 2021" is a period; "now one of them" a pronoun.
        if not _NO_CHANGE.search(m.group(0)) and not _only_years(m.group(0))
    ]


_NO_CHANGE = re.compile(r"(?<![\w'-])(?:one|an?)$", re.IGNORECASE)


def _only_years(span: str) -> bool:
    numbers = re.findall(r"\d[\d,.]*", span)
    return (
        bool(numbers)
        and all(_YEAR.fullmatch(n) for n in numbers)
        and not re.search(_UNITS, span[span.find(numbers[-1]) :])
    )


@lru_cache(maxsize=1)
def _change_pattern() -> re.Pattern[str]:
    """A before-and-after pair or an after, in digits or in words, with optional units."""
    v = _values()
    change = v["change"]
    rate = rf"(?:\s+(?:{phrase_alternation(change['rate_leads'])})\s+(?:{phrase_alternation(change['rates'])}))?"
    share = rf"(?:(?:a|one|{phrase_alternation({**v['units'], **v['tens']})})[\s-]+(?:{phrase_alternation(v['fractions'])})|half)"
    number = rf"(?:[£$€]?(?:\d+(?:[,.]\d+)*|{_spelled().pattern})(?:\s*(?:{_UNITS}))?)"
    hedge = (
        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+|under\s+"
        r"|over\s+)?"
    )
    after = phrase_alternation(change["before"])
    verbs, objects = (
        phrase_alternation(change["object_verbs"]),
        phrase_alternation(change["objects"]),
    )
    return re.compile(
        rf"(?<![\w'])(?:"
        # "from 64 to 88 percent", "down from sixty to twenty-five"
        rf"(?:(?:down|up)\s+)?from\s+{hedge}{number}{rate}\s+(?:down\s+|up\s+|right\s+)?to\s+"
        rf"{hedge}{number}"
        # "88 percent, from 64", "19 percent, down from 24"
        rf"|{number},?\s+(?:down\s+|up\s+)?from\s+{hedge}{number}"
        # "now is twenty-five", "came down to 8", "up from 3"
        rf"|(?:{after})\s+{hedge}{number}"
        # "cut it to a third", "got them down to twelve"
        rf"|(?:{verbs})\s+(?:{objects})\s+(?:(?:down|up|back)\s+)?to\s+{hedge}(?:{share}|{number})"
        rf")(?![\w'])",
        re.IGNORECASE,
    )


# What a figure stands for in its sentence (`data/figure_roles.toml`).
RESULT, SCALE = "result", "scale"
_ROLES_FILE = Path(__file__).parent / "data" / "figure_roles.toml"
# How far before a figure its lead is looked for: the lead and one word between at most.
_ROLE_BEFORE_WORDS = 2
_ROLE_AFTER_WORDS = 2
# The number of a figure in digits, with its currency and scale ("£2.4m"), before its noun.
_NUMBER_PART = re.compile(r"[£$€]?\d[\d,.]*\s*(?:k|m|bn)?\b\s*")


@lru_cache(maxsize=1)
def _roles() -> dict[str, re.Pattern[str]]:
    data = tomllib.loads(_ROLES_FILE.read_text(encoding="utf-8"))

    def alternation(key: str) -> str:
        return phrase_alternation(data[key])

    between = r"(?:(?:the|a|an|about|around|over|nearly|almost|roughly|some|our|my|its|their)\s+)?"
    return {
        "scale_before": re.compile(rf"(?<![\w'])(?:{alternation('scale_before')})\s+{between}$"),
        "result_before": re.compile(rf"(?<![\w'])(?:{alternation('result_before')})\s+{between}$"),
        "result_right_before": re.compile(rf"(?<![\w'])(?:{alternation('result_before')})\s+$"),
        "scale_after": re.compile(rf"^(?:[\w'-]+\s+)?(?:{alternation('scale_after')})(?![\w'])"),
        "result_after": re.compile(rf"^(?:[\w'-]+\s+)?(?:{alternation('result_after')})(?![\w'])"),
        "limit_after": re.compile(rf"^(?:[\w'-]+\s+)?(?:{alternation('limit_after')})(?![\w'])"),
        # "120 title reports a month": the figure's own noun or two, then a rate.
        "rate_after": re.compile(
            rf"^(?:[\w'-]+\s+){{0,2}}?(?:{alternation('rate_after')})(?![\w'])"
        ),
        "attributive_before": re.compile(rf"(?<![\w'])(?:{alternation('attributive_before')})\s+$"),
    }


def figure_role(sentence: str, f: Figure) -> str:
    """Whether a figure of `sentence` is a result (a change or an outcome: "saved £40k",
    "20% fewer errors", "fell to 3", "96% retention"), the scale of the work ("a £2m budget",
    "a book worth €3.1m", "40 beds", "12 staff", "an 8% loading"), or neither told (""). The
    scale is read first: "cut the £2m budget by 10%" has a scale (£2m) and a result (10%). A
    change told with its size ("from 60 to 85 percent") is a result."""
    low = sentence.lower()
    roles = _roles()
    before = " ".join(low[: f.start].split()[-(_ROLE_BEFORE_WORDS + 1) :]) + " "
    text = f.text.lower()
    # The figure's own words after its number ("40 beds", "12 staff") and the words after it.
    own = _NUMBER_PART.sub("", text) if _NUMBER_PART.match(text) else ""
    after = " ".join((own + " " + low[f.end :]).split()[: _ROLE_AFTER_WORDS + 1])
    after = re.sub(r"[^\w\s'-]", " ", after).strip()
    if any(a <= f.start < b for a, b in changes(sentence)):
        return RESULT
    # "up to £75k authority": a limit held, whatever "up to" tells elsewhere.
    if roles["limit_after"].search(after):
        return SCALE
    if roles["result_right_before"].search(before):
        return RESULT
    if roles["scale_after"].search(after) or roles["scale_before"].search(before):
        return SCALE
    # "a £380k cellar refit", "the 40 plots": the figure describes a thing of the work.
    if roles["attributive_before"].search(before) and not roles["result_after"].search(after):
        return SCALE
    # "120 title reports a month", "40 hours a week": the volume of the job.
    counted = not re.search(r"[£$€%]|\b(?:percent|per cent|pounds|dollars|euros)\b", text)
    if counted and f.kind == AMOUNT and roles["rate_after"].search(_rate_words(own, low[f.end :])):
        return SCALE
    if roles["result_before"].search(before) or roles["result_after"].search(after):
        return RESULT
    return ""


def _rate_words(own: str, rest: str) -> str:
    """The figure's own words and the few after it, plain, to read a rate ("a month") in."""
    return re.sub(r"[^\w\s'-]", " ", " ".join((own + " " + rest).split()[:5])).strip()
