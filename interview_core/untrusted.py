"""Untrusted text stays text: Markdown escaping, link defusing and spreadsheet-safe cells.

Job titles, company names, CVs, job descriptions, answers and model output are written by
people (or models) other than the reader. Wherever they are shown as Markdown they must not
become links, images, HTML or formatting; in a CSV they must not become formulas.
"""

from __future__ import annotations

import re
from typing import Any

# A zero-width word joiner: invisible, but it splits what a linkifier would recognise.
LINK_BREAK = "\u2060"

# The ASCII punctuation that starts or ends Markdown syntax (emphasis, links, images,
# autolinks, HTML, headings, lists, tables, code, entities), plus Streamlit's `$` (LaTeX)
# and `:` (colours, icons); CommonMark lets any of them be backslash-escaped.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=&])")

# What GFM-style linkifiers turn into links without any markup: `scheme://`, `www.` and
# e-mail addresses (`x@y.z`), plus `mailto:`-like schemes.
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]{1,31}):(?=//|[^\s]*@)")
_WWW = re.compile(r"(?i)\b(www)\.")
_AT = re.compile(r"(?<=\w)@(?=\w)")

# A spreadsheet reads a cell starting with one of these as a formula (OWASP's list).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse_links(text: str) -> str:
    """`text` with an invisible break inside every bare URL, `www.` name and e-mail address."""
    text = _SCHEME.sub(lambda m: m.group(1) + ":" + LINK_BREAK, text)
    text = _WWW.sub(lambda m: m.group(1) + LINK_BREAK + ".", text)
    return _AT.sub("@" + LINK_BREAK, text)


def markdown_literal(text: str) -> str:
    """`text` shown literally by any CommonMark/GFM renderer: no markup, no links, no HTML."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", defuse_links(text))


def csv_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula.

    Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
    apostrophe (the spreadsheet convention for "this is text"); other values pass unchanged.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
