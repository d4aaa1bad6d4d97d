"""The layout of a document as text: headings, bullets, wrapped lines, contact lines.

Both readers (CV and job) see a document as a list of `Block`s: a heading, a bullet (with
its wrapped continuation lines joined back on) or a plain line. Nothing here knows what a
CV or a job is; the rules are about how text is laid out.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .dates import has_range
from .text import phrase_alternation, tokens

# Word's second-level bullet pastes as a lone "o" (and its symbol-font bullets as private-use
# characters); "o" counts only before a capital, where no English line starts with it.
BULLET = re.compile(
    r"^\s*(?:[-*•·▪‣◦●■□➢➤►▸✓✔–—>~+\uf0a7\uf0b7\uf0d8]|\d{1,2}[.)]|o(?=\s+[A-Z0-9]))\s+"
)
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
_MD_NOISE = re.compile(r"(?<!\w)[*_`]+|[*_`]+(?!\w)")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s*")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_CODE_CHIPS = re.compile(r"(?<=\S)`\s+`(?=\S)")
_RULE_LINE = re.compile(r"^\s*[-=_*~]{3,}\s*$")
# Typed decoration around a section name: "== Skills ==", "[Education]", "— Profile —",
# "<< Experience >>", "Skills: ————". The words inside are what the heading says.
_DECORATION_CHARS = r"=#*~_\-–—•·▪■□►▸▶◄◂◀<>\[\]{}|/\\:+"
_DECORATED = re.compile(rf"^([{_DECORATION_CHARS}\s]*)(.*?)([{_DECORATION_CHARS}\s.]*)$")

# Contact details by their shape: an e-mail, a phone number (international, a UK number
# from 0, a North American one), a web address, a UK postcode or a US state and ZIP code.
_CONTACT_SHAPES = (
    r"[\w.+-]+@[\w-]+\.[\w.]+"
    r"|(?:\+|\b0)\d[\d ()-]{7,}\d"
    r"|(?:\(\d{3}\)\s?|\b\d{3}[-.])\d{3}[-.]\d{4}\b"
    r"|https?://|\bwww\."
    r"|(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)"
    r"|(?-i:,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b)"
)
# A line that stops mid-phrase continues on the next one.
CONTINUES = re.compile(
    r"([,;(/&–-]|\b(?:and|or|of|with|the|to|for|in|on|at|by|from|a|an|as|such as|into|"
    r"across|including|via|per|using|than|over|under|within|through|while|whilst))\s*$",
    re.IGNORECASE,
)

# A formula that stands alone: never the wrapped end of the bullet above it.
_STANDS_ALONE = re.compile(r"^references?(?: are)? available (?:up)?on request\b", re.IGNORECASE)
# "Skills: enteral feeding, …", "Tools used: Revit, …" under a role's bullets: a label of up to
# three capitalised words and a colon opens a line of its own, never a wrapped bullet's tail.
_LABELLED_LINE = re.compile(r"^[A-Z][\w&/-]*(?: [\w&/-]+){0,2}:\s+\S")


@dataclass(frozen=True)
class Block:
    """One logical line: its text without markers, whether it was a heading or a bullet."""

    text: str
    kind: str
    """ "heading", "bullet" or "line"."""
    raw: str
    blank_before: bool = False


def clean(line: str) -> str:
    """A line without bullet markers, Markdown emphasis and surrounding punctuation."""
    line = BULLET.sub("", line)
    line = _MD_HEADING.sub("", line)
    # "`QGIS` `PostGIS` `FME`": Markdown code chips side by side are the items of a list.
    line = _CODE_CHIPS.sub(", ", line)
    line = _MD_NOISE.sub("", line)
    line = re.sub(r"\s+", " ", line)
    return line.strip(" \t;:|")


def is_bullet(line: str) -> bool:
    """Whether `line` starts with a bullet marker ("•", "▪", "*", "-", "1.")."""
    return bool(BULLET.match(line))


@lru_cache(maxsize=1)
def _contact_words() -> dict[str, Any]:
    with (Path(__file__).parent / "data" / "contact.toml").open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def _contact() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of contact details, and that of a profile named alone."""
    table = _contact_words()
    labels = phrase_alternation(table["labels"])
    short = phrase_alternation(table["abbreviations"])
    sites = phrase_alternation(table["sites"])
    details = re.compile(
        rf"{_CONTACT_SHAPES}|\b(?:{sites})\.com\b"
        rf"|\b(?:{labels})\s*:|\b(?:{short})\.\s*[+(\d]",
        re.IGNORECASE,
    )
    profile = re.compile(rf"\b(?:{phrase_alternation(table['profiles'])})\b", re.IGNORECASE)
    return details, profile


def is_contact(line: str) -> bool:
    """Whether `line` carries contact details: an e-mail, a phone number, a web address, a
    postcode, a labelled detail ("Address: …") or a profile named on a short line ("Leeds ·
    LinkedIn"). One rule for the readers and the coach (`data/contact.toml`)."""
    details, profile = _contact()
    if details.search(line):
        return True
    return bool(profile.search(line)) and (
        len(tokens(line, numbers=True)) <= _contact_words()["profile_line_max_words"]
    )


def heading_text(line: str, plain: re.Pattern[str] | None = None) -> str | None:
    """The heading's words if `line` looks like a section heading, else None.

    Marked headings ("# Skills", "**Skills**", "Skills:", "SKILLS") are recognised anywhere;
    an unmarked line only when it matches `plain`, the usual section names of that kind of
    document. A line with a date range is never a heading.
    """
    raw = line.strip()
    numbered = _NUMBERED.match(raw)
    if numbered and plain is not None and not has_range(raw):
        # "3. Qualifications", "2) Employment": a numbered section name is a heading, not
        # the first item of a numbered list; other numbered lines stay items.
        rest = clean(raw[numbered.end() :]).rstrip(":").strip().replace("’", "'")
        if rest and len(rest.split()) <= 5 and plain.match(rest):
            return rest
    if raw and not has_range(raw):
        decorated = _decorated_heading(raw, plain)
        if decorated is not None:
            return decorated
    if not raw or is_bullet(raw) or has_range(raw):
        return None
    text = clean(raw).rstrip(":").strip().replace("’", "'")
    words = text.split()
    if not words or len(words) > 7:
        return None
    if raw.startswith("#") or (raw.startswith("**") and raw.rstrip(":").endswith("**")):
        return text
    if raw.endswith(":") and len(words) <= 6:
        return text
    if plain is not None and len(words) <= 5 and plain.match(text):
        return text
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(words) <= 5:
        return text
    return None


def _decorated_heading(raw: str, plain: re.Pattern[str] | None) -> str | None:
    """The section name inside typed decoration ("== Skills ==", "[Education]", "— Profile —",
    "Skills: ————"), else None. Decoration on both sides marks a heading whose words are a
    section name or in capitals; on one side only, the words must be a section name, and a
    lone bullet before them ("- Skills") keeps the line an item."""
    edges = _DECORATED.match(raw)
    if edges is None:
        return None
    left, inner, right = (part.strip() for part in edges.groups())
    inner = inner.strip().replace("’", "'")
    if not inner or not (left or right) or not any(c.isalpha() for c in inner):
        return None
    right = right.rstrip(".").strip()
    if not left and right in ("", ":"):
        # "- Experience with NEC4 contracts.", "Skills:": an item, or a heading read as before
        return None
    if is_bullet(raw) and not set(left) & set(right):
        return None  # "– Skills –" mirrors its dash; "- Skills:" is an item
    words = inner.split()
    if len(words) > 5:
        return None
    named = plain is not None and bool(plain.match(inner))
    letters = [c for c in inner if c.isalpha()]
    capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
    if named or (left and right and capitals):
        return inner
    return None


def _named_section_label(text: str, plain: re.Pattern[str] | None) -> bool:
    """Whether `text` opens with a section's name and a spaced dash ("Skills – casting, …"):
    a labelled line of its own."""
    label = re.match(r"^([^–—:]{2,30}?)\s+[–—-]\s+\S", text)
    return bool(label and plain is not None and plain.match(label.group(1).strip()))


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ":"))


def _looks_like_header_line(text: str, role_like: re.Pattern[str] | None) -> bool:
    # A short line without a full stop that names a role, or a date line: a new entry,
    # not the tail of the bullet above.
    if has_range(text):
        return True
    if role_like is None or len(text.split()) > 10 or _ends_sentence(text):
        return False
    return bool(role_like.search(text))


_GAP = re.compile(r"\S(\s{3,}|\t+)(?=\S)")


def _column_start(line: str) -> int | None:
    """Where the second of two headings side by side starts ("EXPERIENCE      SKILLS")."""
    gaps = list(_GAP.finditer(line.expandtabs(8)))
    return gaps[0].end(1) if len(gaps) == 1 else None


def _split_at(line: str, column: int) -> tuple[str, str] | None:
    """A line of a two-column page cut where the right column starts, or None when text runs
    across that place (the page is one column again)."""
    if len(line.rstrip()) <= column:
        return line, ""
    for gap in re.finditer(r"\s{2,}", line):
        if gap.start() <= column + 1 and gap.end() >= column - 3:
            return line[: gap.start()], line[gap.end() :]
    if not line[:column].strip():
        return "", line
    return None


def _row_cells(line: str) -> list[str] | None:
    """The cells of a text table's row ("2021 – now | Signaller | - Ran the panel"), or None
    when the line is not one."""
    inner = line.strip()
    if inner.count("|") < 1 or _MD_TABLE_RULE.match(line):
        return None
    if inner.startswith("|") and inner.endswith("|") and len(inner) > 1:
        inner = inner[1:-1]  # a Markdown row: "| a | b |"
    return [cell.strip() for cell in inner.split("|")]


def unfold_table_rows(text: str) -> str:
    """A text table whose rows run on over lines with their first cells left blank (a
    role's bullets under one "Period | Role | Key points" row) written as an entry line
    followed by its bullets, so each bullet stays with its role.

    Only a table with such run-on rows changes: a table of one line per row is read by
    its cells elsewhere.
    """
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        run_end = index
        rows: list[list[str]] = []
        while run_end < len(lines):
            cells = _row_cells(lines[run_end])
            if cells is None or len(cells) < 2 or (rows and len(cells) != len(rows[0])):
                if rows and _MD_TABLE_RULE.match(lines[run_end]):
                    run_end += 1  # the "|---|---|" rule under a Markdown header row
                    continue
                break
            rows.append(cells)
            run_end += 1
        if len(rows) < 2 or not any(not any(r[:-1]) and r[-1] for r in rows[1:]):
            out.append(lines[index])
            index += 1
            continue
        first = rows[0]
        # The header row names the columns: short cells, no figures, and it is not run on.
        if not any(ch.isdigit() for ch in "".join(first)) and all(
            len(c.split()) <= 4 for c in first
        ):
            rows = rows[1:]
        for row in rows:
            lead = [c for c in row[:-1] if c]
            if lead:
                out.append(" | ".join(lead))
            if row[-1]:
                out.append(row[-1])
        index = run_end
    return "\n".join(out)


def unfold_columns(text: str, plain_heading: re.Pattern[str] | None = None) -> str:
    """A two-column page as PDF text gives it ("EXPERIENCE      SKILLS" then lines holding
    both columns) read one column after the other, so no line mixes a job with a skill.

    The columns start at a line naming two sections side by side and end where text runs
    across the gap between them.
    """
    lines = text.expandtabs(8).splitlines()
    for index, line in enumerate(lines):
        column = _column_start(line)
        if column is None:
            continue
        left, right = line[:column].strip(), line[column:].strip()
        if heading_text(left, plain_heading) is None or heading_text(right, plain_heading) is None:
            continue
        lefts, rights = [left], [right]
        end = len(lines)
        for number in range(index + 1, len(lines)):
            cut = _split_at(lines[number], column)
            if cut is None:
                end = number
                break
            lefts.append(cut[0].rstrip())
            if cut[1].strip():
                rights.append(cut[1].strip())
        if len(rights) < 2:
            continue
        rest = unfold_columns("\n".join(lines[end:]), plain_heading)
        return "\n".join([*lines[:index], *lefts, "", *rights, "", rest])
    return text


def _underlines(rule: str, above: str) -> bool:
    """Whether a rule line underlines the text line above it: about as long as it."""
    text = above.strip()
    if not text or _RULE_LINE.match(above) or is_bullet(above):
        return False
    return abs(len(rule.strip()) - len(text)) <= max(3, len(text) // 5)


def blocks(
    text: str,
    plain_heading: re.Pattern[str] | None = None,
    role_like: re.Pattern[str] | None = None,
) -> list[Block]:
    """The document as headings, bullets and lines, wrapped bullet lines joined back on.

    A line continues the bullet above when it starts in lower case, when the bullet stops
    mid-phrase ("…with", "…,"), or when the bullet is long and unfinished and the line does
    not itself look like the start of a new entry (`role_like`, a date range).
    """
    out: list[Block] = []
    blank = False
    last_raw = ""  # the raw line last put into a block, where a wrapped line carries on
    above = ""  # the raw line above this one
    for raw in unfold_columns(unfold_table_rows(text), plain_heading).splitlines():
        underline = bool(_RULE_LINE.match(raw)) and _underlines(raw, above)
        above = raw
        if underline:
            # "Stockport Council" over "----------": the rule underlines the line above
            # (a sub-heading); it parts it from nothing below.
            continue
        if not raw.strip() or _RULE_LINE.match(raw) or _MD_TABLE_RULE.match(raw):
            blank = True
            continue
        heading = heading_text(raw, plain_heading)
        if heading is not None:
            out.append(Block(heading, "heading", raw, blank))
            blank = False
            continue
        cleaned = clean(raw)
        if not cleaned:
            continue
        if is_bullet(raw):
            out.append(Block(cleaned, "bullet", raw, blank))
            last_raw = raw
            blank = False
            continue
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == "bullet"
            and not blank
            and not _STANDS_ALONE.match(cleaned)
            and not _LABELLED_LINE.match(cleaned)
            and not _named_section_label(cleaned, plain_heading)
        ):
            prev = previous.text
            starts_lower = cleaned[:1].islower()
            unfinished = not _ends_sentence(prev)
            if (
                starts_lower
                or CONTINUES.search(prev)
                or (
                    unfinished
                    and len(prev) >= 60
                    and not _looks_like_header_line(cleaned, role_like)
                    and not is_contact(cleaned)
                )
            ):
                # "…on Acturis;" wrapped before "prepared market presentations…": the
                # semicolon `clean` took off the line's end still parts the two items.
                glue = "; " if last_raw.rstrip().endswith(";") else " "
                out[-1] = Block(
                    f"{prev}{glue}{cleaned}", "bullet", previous.raw, previous.blank_before
                )
                last_raw = raw
                continue
        # Prose wrapped onto the next line: lower-case start after an unfinished line.
        if (
            previous is not None
            and previous.kind == "line"
            and not blank
            and cleaned[:1].islower()
            and not is_contact(cleaned)
            and not _ends_sentence(previous.text)
            and not has_range(cleaned)
            and not has_range(previous.text)
        ):
            glue = "; " if last_raw.rstrip().endswith(";") else " "
            out[-1] = Block(
                f"{previous.text}{glue}{cleaned}", "line", previous.raw, previous.blank_before
            )
            last_raw = raw
            continue
        out.append(Block(cleaned, "line", raw, blank))
        last_raw = raw
        blank = False
    return out
