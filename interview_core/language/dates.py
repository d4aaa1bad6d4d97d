"""Date ranges as CVs write them: "Mar 2019 – present", "09.2017 – 02.2021", "2019-2021".

Month names come from the standard library's English calendar (plus the "Sept" spelling),
so there is no table to keep up to date; numeric months ("03.2021", "04/2021") are checked
to lie in 1–12 so that "12.5/2021" or a phone number is never taken for a date.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

# The day a reading counts to ("still running" ends here); None means today.
_AS_OF: ContextVar[date | None] = ContextVar("reading_as_of", default=None)


def reference_date() -> date:
    """The day CV reading counts years to: today, unless fixed with `as_of`."""
    return _AS_OF.get() or date.today()


@contextmanager
def as_of(day: date) -> Iterator[date]:
    """Read as if today were `day` (`with as_of(date(2026, 1, 15)):`, or as a decorator), so
    that golden files and tests do not age with the calendar."""
    token = _AS_OF.set(day)
    try:
        yield day
    finally:
        _AS_OF.reset(token)


_DATA = Path(__file__).parent / "data" / "date_words.toml"


@lru_cache(maxsize=1)
def _date_words() -> dict:
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


# Words that close a range still running ("2021 – present", "03.2021 – now").
OPEN_END_WORDS: tuple[str, ...] = tuple(_date_words()["open_end"])


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """English month names and abbreviations, seasons and quarters (lower case) to the number
    of the month they start in."""
    names: dict[str, int] = {}
    for number in range(1, 13):
        names[calendar.month_name[number].lower()] = number
        names[calendar.month_abbr[number].lower()] = number
    words = _date_words()
    names.update(words["extra_months"])
    names.update(words["seasons"])
    names.update(words["quarters"])
    return names


def _seasons() -> tuple[str, ...]:
    return tuple(_date_words()["seasons"])


# A quarter read as the end of a range ends with its third month ("– Q1 2023": March).
_QUARTER_LAST_MONTH = 2
WORK_SEASONS: tuple[str, ...] = tuple(_date_words()["periods"]["work_seasons"])
# "Autumn term 2019", "Winter season 2021/22": a word after a season's name that adds nothing.
_SEASON_WORD = "|".join(re.escape(w) for w in _date_words()["periods"]["season_words"])


def _month_alternation() -> str:
    return "|".join(sorted(month_numbers(), key=len, reverse=True))


_YEAR = r"(?:19|20)\d{2}"
# One end of a range: "Mar 2019", "1st March 2019", "Sept. 2019", "03.2021", "3/2021",
# "01/09/2019", "2019" and the year first: "2019-03", "2019-03-01", "2019.03", "2019/03" (a month) or "2019/20"
# (an academic year; which of the two is told from the number, see `_year_first`).
# After a month name, also "Mar-2019" and "Jan '19" (a two-digit year after an apostrophe).
# "2019-2021" stays a range of years: a month after a hyphen has two digits, not followed by more.
_POINT = (
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<@name>{_month_alternation()})\.?"
    rf"(?:\s+(?:{_SEASON_WORD}))?"
    rf"(?:,?\s+|-(?={_YEAR})|\s*['’](?P<@yy>\d{{2}})(?!\d))"
    rf"|(?:{'|'.join(WORK_SEASONS)})\s+(?={_YEAR})"
    rf"|(?:\d{{1,2}}[./])?(?P<@num>\d{{1,2}})\s*[./]\s*)?"
    rf"(?(@yy)|(?P<@year>{_YEAR})"
    rf"(?:-(?P<@iso>\d{{2}})(?:-(?:0[1-9]|[12]\d|3[01]))?(?!\d|-\d)|\.(?P<@dot>\d{{2}})(?!\d)|/(?P<@slash>\d{{1,2}})(?!\d))?"
    rf"(?![\d/]|\.\d))"
)
_OPEN = "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s+") for w in OPEN_END_WORDS), key=len, reverse=True)
)
# Words and marks between the two ends of a range ("2019 → present": an arrow too).
_JOIN = r"(?:-|–|—|~|→|->|to|until|till|through)"
_RANGE = re.compile(
    rf"(?<![\w./]){_POINT.replace('@', 's')}\s*{_JOIN}\s*"
    rf"(?:{_POINT.replace('@', 'e')}|(?P<open>{_OPEN})\b)",
    re.IGNORECASE,
)
# "2019–21", "Mar 2019 - 21": the end year written with two digits.
_SHORT_END = re.compile(
    rf"(?<![\w./]){_POINT.replace('@', 's')}\s*(?:-|–|—)\s*(?P<short>\d{{2}})(?![\d./%])",
    re.IGNORECASE,
)
# "Sept 2020 –" at the end of a line or before a separator: a start whose end is left open.
_OPEN_DASH = re.compile(
    rf"(?<![\w./]){_POINT.replace('@', 's')}\s*(?:-|–|—)\s*(?=$|[|)\]]|\s{{3,}})", re.IGNORECASE
)
# "Since 2020", "From March 2021": a start with no end written, so still running.
# Only at the start of a line or after a separator, so prose ("a nurse since 2020") is not one.
_SINCE = re.compile(
    rf"(?:^|[(|,–—-]\s*|\t\s*|\s{{3,}})(?:since|from)\s+{_POINT.replace('@', 's')}", re.IGNORECASE
)
# "Head Sommelier, The Ledbury   Since 2021" once the tab is a space: a capital "Since" closing
# the line (prose writes "a nurse since 2020").
_SINCE_AT_END = re.compile(
    rf"(?<=\s)(?-i:Since|From)\s+{_POINT.replace('@', 's')}(?=\s*(?:$|[)|]))", re.IGNORECASE
)
# A span written as one point: a season ("Summer 2018") or an academic year ("2019/20").
# Only alone in its cell (start or end of the line, beside a tab, a run of spaces, a bracket or a
# separator), so "a summer 2018 project" in prose is not a role's dates.
_CELL_START = r"(?:^|(?<=[(|,–—-])\s*|(?<=\t)|(?<=\s{2}))"
_CELL_END = r"(?=\s*(?:$|[)|,–—:-]|\t|\s{2}))"
_SPAN_WORDS = (
    rf"(?:(?P<season>{'|'.join(_seasons())}|{'|'.join(WORK_SEASONS)})"
    rf"(?:\s+(?:{_SEASON_WORD}))?\s+(?P<syear>{_YEAR})(?:/(?P<snext>\d{{4}}|\d{{2}}))?"
    rf"|(?P<ayear>{_YEAR})/(?P<next>\d{{2}}))(?![\d/])"
)
_ONE_SPAN = re.compile(rf"{_CELL_START}{_SPAN_WORDS}{_CELL_END}", re.IGNORECASE)
# ... or opening the line before the role ("Summer 2017 Commis Chef, Hotel du Lac").
_ONE_SPAN_LEADING = re.compile(rf"^{_SPAN_WORDS}(?=\s+(?-i:[A-Z]))", re.IGNORECASE)
# "Mar 19 – Jun 21", "Sept 19 – present": month names with two-digit years. Only with a month
# name on each dated end, so scores and fractions ("7/10 – 9/10") are never read as dates.
_NAMED_SHORT = re.compile(
    rf"(?<![\w./'’])(?P<sm>{_month_alternation()})\.?\s+(?P<sy>\d{{2}})\s*(?:-|–|—|to)\s*"
    rf"(?:(?P<em>{_month_alternation()})\.?\s+(?P<ey>\d{{2}})|(?P<open>{_OPEN})\b)(?![\d./%])",
    re.IGNORECASE,
)
# "2019 onwards", "March 2021 onward": a start with the end left open, at the end of a line or
# before a separator.
_ONWARDS = re.compile(
    rf"(?<![\w./]){_POINT.replace('@', 's')}\s+onwards?\b(?=\s*(?:$|[|)\]–—,-]))", re.IGNORECASE
)


# "Feb–Apr 2025", "Sept to Dec 2024": months of one year (a run, a season, a contract).
_MONTHS_OF_YEAR = re.compile(
    rf"(?<![\w./'’])(?P<sm>{_month_alternation()})\.?\s*(?:-|–|—|to)\s*"
    rf"(?P<em>{_month_alternation()})\.?,?\s+(?P<y>{_YEAR})(?![\d./%])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    """A span of time found in a line: start and end (year, month or None), and where it sat."""

    start_year: int
    start_month: int | None
    end_year: int | None
    end_month: int | None
    is_current: bool
    begin: int
    """Index in the line where the range starts."""
    end: int
    """Index in the line just after the range."""

    def months(self, today_year: int, today_month: int = 12) -> int:
        """Length in months (an open range runs to today; a year alone counts as January)."""
        end_year = self.end_year if self.end_year is not None else today_year
        end_month = self.end_month or (today_month if self.end_year is None else 12)
        return max(0, (end_year - self.start_year) * 12 + end_month - (self.start_month or 1))


# An academic year ("2019/20") runs from September to the July of the next year.
ACADEMIC_START_MONTH, ACADEMIC_END_MONTH = 9, 7


def _academic(match: re.Match[str], prefix: str) -> bool:
    """Whether the year-first point of `prefix` can be an academic year ("2019/20")."""
    slash = match.group(f"{prefix}slash")
    year = match.group(f"{prefix}year")
    return bool(slash and year) and int(slash) == (int(year) + 1) % 100


def _academic_range(match: re.Match[str]) -> bool:
    """Whether the year-first points of a range are academic years: so when one of them can be
    nothing else ("2019/20", 20 being no month); "2019/09 – 2022/02" are months, and so is
    "2011/12 – 2014/03" (its end is no academic year)."""
    ends = [
        p for p in ("s", "e") if match.re.groupindex.get(f"{p}slash") and match.group(f"{p}slash")
    ]
    if not ends or not all(_academic(match, p) for p in ends):
        return False
    return any(int(match.group(f"{p}slash")) > 12 for p in ends)


def _month(match: re.Match[str], prefix: str, academic: bool | None = None) -> int | None:
    """The month of one end; `academic` says whether a year-first "2019/20" is an academic year
    (None: when its number is no month)."""
    name, number = match.group(f"{prefix}name"), match.group(f"{prefix}num")
    if name:
        month = month_numbers()[name.lower()]
        ends_quarter = prefix == "e" and name.lower() in _date_words()["quarters"]
        return month + _QUARTER_LAST_MONTH if ends_quarter else month
    if number:
        return int(number)
    for group in ("iso", "dot"):
        if match.group(f"{prefix}{group}"):
            return int(match.group(f"{prefix}{group}"))
    slash = match.group(f"{prefix}slash")
    if slash:
        if academic is None:
            academic = _academic(match, prefix) and int(slash) > 12
        if academic and _academic(match, prefix):
            return ACADEMIC_START_MONTH if prefix == "s" else ACADEMIC_END_MONTH
        return int(slash)
    return None


def _season_end(match: re.Match[str], end_month: int | None, academic: bool) -> int | None:
    """The month a range ending on a season ends in: the season's first, as for a start
    ("– Autumn 2019": September), the start's season when the end gives two years alone
    ("Winters 2018/19 – 2021/22"). A winter written over two years ("– Winter 2020/21",
    "Winter 2019/20 – 2020/21") ends in the February of the second, the year the end names."""
    seasons = _date_words()["seasons"]
    name = (match.group("ename") or "").lower()
    if not name and match.group("sname") and academic and match.group("eslash"):
        name = match.group("sname").lower()
    if name not in seasons:
        return end_month
    last = seasons[name] + 2
    if last <= 12 or not (academic and match.group("eslash")):
        return seasons[name]
    # The season runs into the next year, which the two-year end ("2020/21") names.
    return last - 12


def _year(match: re.Match[str], prefix: str, academic: bool = False) -> int | None:
    if match.group(f"{prefix}year"):
        year = int(match.group(f"{prefix}year"))
        # The end of an academic year is in the next calendar year ("– 2021/22": July 2022).
        return year + 1 if academic and prefix == "e" and _academic(match, prefix) else year
    short = match.group(f"{prefix}yy")
    if short:
        return (1900 if int(short) >= 70 else 2000) + int(short)
    return None


def _valid(month: int | None) -> bool:
    return month is None or 1 <= month <= 12


_ANOTHER_SPAN = re.compile(r"\s*(?:and|&|,|;)\s*", re.IGNORECASE)


def find_range(line: str) -> DateRange | None:
    """The first date range in `line` ("Sept 2019 – present", "2019-2021"), or None.

    Spans joined by "and" or a comma ("Apr–Sep 2018 and Apr–Sep 2019", two seasons of one
    job) read as one range from the first start to the last end."""
    first = _first_range(line)
    if first is None or first.is_current:
        return first
    joiner = _ANOTHER_SPAN.match(line, first.end)
    if joiner is None:
        return first
    rest = line[joiner.end() :]
    then = _first_range(rest)
    if (
        then is None
        or then.begin != 0
        or first.end_year is None
        or then.start_year < first.end_year
    ):
        return first
    return DateRange(
        first.start_year,
        first.start_month,
        then.end_year,
        then.end_month,
        then.is_current,
        first.begin,
        joiner.end() + then.end,
    )


def _first_range(line: str) -> DateRange | None:
    for match in _RANGE.finditer(line):
        academic = _academic_range(match)
        start_month, end_month = _month(match, "s", academic), _month(match, "e", academic)
        if not (_valid(start_month) and _valid(end_month)):
            continue
        start_year = _year(match, "s")
        is_current = match.group("open") is not None
        end_year = None if is_current else _year(match, "e", academic)
        if not is_current and end_year is not None:
            end_month = _season_end(match, end_month, academic)
        if start_year is None or (end_year is None and not is_current):
            continue
        if end_year is not None and end_year < start_year:
            continue  # "2021-2019" is not a range; a phone number or a code perhaps
        return DateRange(
            start_year, start_month, end_year, end_month, is_current, match.start(), match.end()
        )
    for short in _SHORT_END.finditer(line):
        start_year = _year(short, "s")
        if start_year is None:
            continue
        end_year = start_year - start_year % 100 + int(short.group("short"))
        if _valid(_month(short, "s")) and start_year <= end_year <= start_year + 40:
            return DateRange(
                start_year, _month(short, "s"), end_year, None, False, short.start(), short.end()
            )
    open_dash = _OPEN_DASH.search(line)
    if open_dash and _valid(_month(open_dash, "s")) and _year(open_dash, "s"):
        return DateRange(
            _year(open_dash, "s") or 0,
            _month(open_dash, "s"),
            None,
            None,
            True,
            open_dash.start(),
            open_dash.end(),
        )
    named = _NAMED_SHORT.search(line)
    if named:
        start = (
            2000 + int(named.group("sy"))
            if int(named.group("sy")) < 70
            else 1900 + int(named.group("sy"))
        )
        end = None
        if named.group("ey"):
            end = start - start % 100 + int(named.group("ey"))
            end += 100 if end < start else 0
        latest = reference_date().year
        # "June 3 – June 20" is days of one month, not 2003–2020: a year still to come or
        # a start in the future says so; only past spans are read.
        if start <= latest and (end is None or end <= latest):
            return DateRange(
                start,
                month_numbers()[named.group("sm").lower()],
                end,
                month_numbers()[named.group("em").lower()] if named.group("em") else None,
                end is None,
                named.start(),
                named.end(),
            )
    months = _MONTHS_OF_YEAR.search(line)
    if months:
        first = month_numbers()[months.group("sm").lower()]
        last = month_numbers()[months.group("em").lower()]
        year = int(months.group("y"))
        # "Nov–Feb 2025": the year is the end's; the run began the year before.
        start_year = year - 1 if last < first else year
        return DateRange(start_year, first, year, last, False, months.start(), months.end())
    one = _ONE_SPAN.search(line) or _ONE_SPAN_LEADING.search(line)
    if one and one.group("season"):
        year = int(one.group("syear"))
        month = month_numbers().get(one.group("season").lower())
        end_month = None if month is None else min(12, month + 2)
        # "Winter 2021/22": a season that runs into the next year ends there.
        following = one.group("snext") or ""
        # "Winter 2021/22", "Winter 2021/2022".
        if following and int(following) in ((year + 1) % 100, year + 1):
            end_month = None if month is None else (month + 2 - 1) % 12 + 1
            return DateRange(year, month, year + 1, end_month, False, one.start(), one.end())
        return DateRange(year, month, year, end_month, False, one.start(), one.end())
    if one and (int(one.group("ayear")) + 1) % 100 == int(one.group("next")):
        year = int(one.group("ayear"))
        return DateRange(year, 9, year + 1, 7, False, one.start(), one.end())
    since = _SINCE.search(line) or _SINCE_AT_END.search(line) or _ONWARDS.search(line)
    if since and _valid(_month(since, "s")):
        return DateRange(
            _year(since, "s") or 0,
            _month(since, "s"),
            None,
            None,
            True,
            since.start(),
            since.end(),
        )
    return None


def has_range(line: str) -> bool:
    """Whether `line` contains a date range."""
    return find_range(line) is not None


@lru_cache(maxsize=1)
def _duration() -> re.Pattern[str]:
    table = _date_words()["durations"]
    unit = "|".join(sorted((re.escape(u) for u in table["units"]), key=len, reverse=True))
    phrase = "|".join(re.escape(p) for p in table["phrases"])
    length = rf"(?:\d{{1,2}}\s*(?:{unit})\b\.?(?:,?\s*\d{{1,2}}\s*(?:{unit})\b\.?)?|{phrase})"
    return re.compile(rf"\s*(?:[(\[]\s*{length}\s*[)\]]|[·•|,–—-]?\s*{length})", re.IGNORECASE)


def is_duration(line: str) -> bool:
    """Whether `line` only tells how long something lasted ("5 years 4 months", "(1 yr)")."""
    found = _duration().match(line)
    return bool(found and not line[found.end() :].strip())


def without_duration(text: str) -> str:
    """`text` without the length that opens it ("(2 years 10 months) Bristol" → " Bristol"),
    written after a date range by profile exports."""
    found = _duration().match(text)
    return text[found.end() :] if found else text


def find_lone_year(line: str) -> DateRange | None:
    """A single year, or a month and year, that ends a line as its last part ("Cellar Hand |
    Beaune | 2018", "Assistant Beekeeper, Hexham, Jun 2021"): a span within that year (or
    month). Only the caller knows whether the line is a role's heading."""
    months = _month_alternation()
    found = re.search(
        rf"(?:^|\s*[|,–—\t]\s*|\s+-\s+)(?:(?P<month>{months})\.?\s+)?(?P<year>(?:19|20)\d{{2}})\s*$",
        line,
        re.IGNORECASE,
    )
    if not found or not line[: found.start()].strip():
        return None
    year = int(found.group("year"))
    month = (
        month_numbers().get(found.group("month").lower().rstrip("."))
        if found.group("month")
        else None
    )
    begin = found.start("month") if found.group("month") else found.start("year")
    return DateRange(year, month, year, month, False, begin, found.end())
