"""Typed-in text from users: what may be stored, and the sentence when it may not.

Both front doors hand raw strings to the core, so these rules hold for the web shim, JSON
clients and Streamlit alike. A NUL character cannot be stored by PostgreSQL and lone
surrogates (which a JSON body can carry) cannot be encoded at all, so both are refused with
a sentence rather than left to fail in the database driver. Zero-width and other invisible
characters do not make a value non-empty.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationFailed

# Format characters that render as nothing: zero-width spaces and joiners, word joiner,
# invisible operators, BOM, soft hyphen, combining grapheme joiner, Mongolian vowel separator.
_INVISIBLE_RE = re.compile("[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def refuse_unstorable(value: str, label: str) -> None:
    """Raise ValidationFailed when `value` holds a NUL or a lone surrogate."""
    if "\x00" in value:
        raise ValidationFailed(
            f"{label} contains a NUL character, which cannot be stored; remove it and try again."
        )
    if _SURROGATE_RE.search(value):
        raise ValidationFailed(
            f"{label} contains characters that are not valid text; retype it and try again."
        )


def is_blank(value: str) -> bool:
    """True when nothing visible remains once spaces and invisible characters are removed."""
    return not _INVISIBLE_RE.sub("", value).strip()


def clean_line(value: object, label: str, max_chars: int) -> str:
    """A one-line value (title, company): spaces collapsed, 1 to `max_chars` characters."""
    text = value if isinstance(value, str) else ""
    refuse_unstorable(text, label)
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if is_blank(text):
        raise ValidationFailed(f"{label} is required.")
    if len(text) > max_chars:
        raise ValidationFailed(f"{label} must be at most {max_chars} characters.")
    return text


def clean_block(value: object, label: str, max_chars: int, empty_message: str) -> str:
    """A multi-line value (an answer): trimmed, not blank, at most `max_chars` characters."""
    text = value if isinstance(value, str) else ""
    refuse_unstorable(text, label)
    text = text.strip()
    if is_blank(text):
        raise ValidationFailed(empty_message)
    if len(text) > max_chars:
        raise ValidationFailed(
            f"{label} is too long: {len(text):,} characters; the limit is {max_chars:,}."
        )
    return text
