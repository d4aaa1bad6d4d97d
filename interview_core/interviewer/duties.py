"""Duties a job description writes outside a bulleted list, read for the plan.

(Lettered lists, "a) … b) …", are read here too when the reader ran them into one line.)

The job reader takes duties from bulleted lists under a heading. Some adverts set them out
in a table ("Revenue | Room revenue, upselling and rate checks") or in running sentences
("On shift you will respond to breakdowns…", "The role also supports engineering
projects…"); without them an interview cannot cover three of the job's duties. When the
reader found fewer than three duties worth a question, these are added from the text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from lemminflect import getAllLemmas

from ..language.job import JobProfile, duty_phrase
from ..language.text import clauses, letter_runs
from .phrases import is_base_verb

_FILE = Path(__file__).with_name("duties.toml")


@lru_cache(maxsize=1)
def duties_vocabulary() -> dict[str, Any]:
    """The words of `duties.toml`, read once (the near-duty reader shares them)."""
    with _FILE.open("rb") as handle:
        return tomllib.load(handle)


_ROW = re.compile(r"^\s*([A-Z][^|\n]{0,40}?)\s*\|\s*([^|\n]+?)\s*$")


def table_duties(text: str) -> list[str]:
    """The second cells of a two-column table of at least three rows ("Area | What you'll
    do"), header row left out."""
    header = duties_vocabulary()["header_words"]
    rows: list[list[str]] = []
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        found = _ROW.match(line)
        if found and not re.search(r"\d", found.group(1)):
            block.append(found.group(2))
            continue
        if len(block) >= 3:
            rows.append(block)
        block = []
    out = []
    for block in rows:
        for cell in block:
            lowered = cell.lower().strip(" :")
            if lowered in header or any(lowered.startswith(h + " ") for h in header):
                continue
            if len(cell.split()) >= 3:
                out.append(_as_verb_phrase(cell.strip(" .;")))
    return out


_ITEM = re.compile(r"^\s*\(?(?:[a-z]|[0-9]{1,2}|[ivx]{1,4})[).]\s+(\S.*?)\s*$")
_INLINE_ITEMS = re.compile(r"(?:^|\s)\(?[a-z][).]\s")


def lettered_duties(text: str) -> list[str]:
    """The items of a list marked "a)", "(b)", "1.", "ii)" (at least three in a row): a list
    the reader may have run together into one line."""
    out: list[str] = []
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        found = _ITEM.match(line)
        if found:
            block.append(found.group(1).strip(" .;"))
            continue
        if len(block) >= 3:
            out += block
        block = []
    return out


def _merged(line: str) -> bool:
    """Whether a duty line is several run together: table cells, or "a) … b) …" items."""
    return "|" in line or len(_INLINE_ITEMS.findall(line)) >= 2


def _as_verb_phrase(cell: str) -> str:
    """A table cell as a duty with a verb: kept when it opens with one ("Lead the night
    team"), else an area of work given the table's verb ("look after room revenue…")."""
    words = cell.split()
    following = words[1] if len(words) > 1 else ""
    if is_base_verb(words[0], following):
        return cell
    first = words[0] if words[0].isupper() else words[0].lower()
    return " ".join([duties_vocabulary()["cell_verb"], first, *words[1:]])


def sentence_duties(text: str) -> list[str]:
    """Duties said in running text: "you will respond to…", "you'll carry out…", "the role
    also supports…" (the verb in its base form), from lines that are not list items."""
    vocabulary = duties_vocabulary()
    skip = set(vocabulary["not_duty_verbs"])
    subjects = "|".join(re.escape(s) for s in vocabulary["role_subjects"])
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line[:1] in "-•*▪" or len(line.split()) < 8:
            continue  # list items are the reader's; short lines are headings
        for sentence in clauses(line, "stops"):
            you = re.search(r"\b(?i:you)(?:'ll|’ll| will)\s+(?:also\s+)?([a-z]+)\b(.*)", sentence)
            role = re.search(rf"\b(?:{subjects})\s+(?:also\s+)?([a-z]+s)\b(.*)", sentence, re.I)
            if you:
                verb, rest = you.group(1), you.group(2)
            elif role:
                lemmas = getAllLemmas(role.group(1).lower()).get("VERB", ())
                if not lemmas:
                    continue
                verb, rest = lemmas[0], role.group(2)
            else:
                continue
            following = rest.split()[0] if rest.split() else ""
            if verb in skip or not is_base_verb(verb, following, bullet=True):
                continue
            out.append(f"{verb}{rest}".strip(" .;"))
    return out


_REPORT_LEAD = re.compile(
    r"^\W*(?:(?:you|the\s+post\s*holder|the\s+jobholder)(?:'ll|’ll|\s+will)\s+)?"
    r"(?:directly\s+)?reports?\s+(?:directly\s+)?(?:in)?to\b(.*)$",
    re.IGNORECASE,
)


def is_reporting_line(line: str) -> bool:
    """Whether `line` opens with whom the role reports to ("You will report to the Head of
    Finance and manage…"), which places the role in the organisation rather than naming its
    work; "report to the board on quarterly results" names the work and is a duty."""
    found = _REPORT_LEAD.match(line.strip())
    if found is None:
        return False
    head = re.split(r"\s+and\s+|[,;.:]", found.group(1), maxsplit=1)[0]
    said = set(letter_runs(head))
    return not said & set(duties_vocabulary()["report_content_words"])


def with_text_duties(job: JobProfile, text: str, askable: Any) -> JobProfile:
    """`job` with the duties of its table or running text added when the reader found fewer
    than three it can ask about (`askable(line)`); a table row the reader merged into one
    line ("Finance | … Systems | …") is replaced by its rows."""
    wanted = duties_vocabulary()["min_duties"]
    kept = [r for r in job.responsibilities if not _merged(r)]
    if len([r for r in kept if askable(r)]) >= wanted and len(kept) == len(job.responsibilities):
        return job
    said = " ".join(kept).lower()
    extra = [
        d
        for d in (*table_duties(text), *lettered_duties(text), *sentence_duties(text))
        if askable(d) and d.lower() not in said
    ]
    if not extra and len(kept) == len(job.responsibilities):
        return job
    lines = list(dict.fromkeys([*kept, *extra]))
    duties = tuple(duty_phrase(line) for line in lines)
    return replace(job, responsibilities=tuple(lines), duties=duties)


def is_event_duty(line: str) -> bool:
    """Whether a duty is an event met now and then ("respond to breakdowns on the on-call
    rota", "handle complaints") rather than routine work done every day ("carry out
    diagnostic hearing assessments"): one of its words, in any form, is an event word."""
    from .answers import lemma_set

    return bool(lemma_set(line) & _event_words())


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    return frozenset(w.lower() for w in duties_vocabulary()["event_words"])
