"""Professional memberships and registrations named on a CV: post-nominal initials
("MRCSLT", "FCCA"), "Member of the Royal College of …", "registered with the HCPC". They
are credentials like certificates; the wording lives in `data/memberships.toml`.

`same_credential` tells two lines naming one credential ("HCPC registration (SL12345)",
"Registered with the Health and Care Professions Council"), so the CV lists it once.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .text import phrase_alternation

_DATA = Path(__file__).parent / "data" / "memberships.toml"
# A capitalised name, with the small words a body's name holds inside it.
_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:of|and|for|&|the|in|[A-Z][\w&'’-]*))*"
_SMALL = frozenset({"of", "and", "for", "&", "the", "in"})


@lru_cache(maxsize=1)
def _table() -> dict:
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = _table()
    grades = phrase_alternation(table["grades"])
    initials = "".join(table["body_initials"])
    # "MRCSLT", "CMIOSH", "MIMechE": a grade, then a body's initials (three capitals in all).
    post = re.compile(rf"(?<![\w&/-])(?:{grades})[{initials}][A-Za-z]{{1,7}}(?![\w&/-])")
    member = re.compile(
        rf"(?<![\w-])(?i:{phrase_alternation(table['member_words'])})\s+(?:the\s+)?({_NAME})"
    )
    registered = re.compile(rf"(?<![\w-])(?i:registered\s+with)\s+(?:the\s+)?({_NAME})")
    return post, member, registered


def _is_body(name: str) -> bool:
    """Whether `name` names a professional body: initials, or a body's word inside it."""
    words = {w.lower() for w in re.findall(r"[\w’']+", name)}
    return bool(re.fullmatch(r"[A-Z]{2,8}", name)) or bool(words & set(_table()["body_words"]))


def _trim(name: str) -> str:
    """A name without the small words or a lone capital word ending it ("… Therapists and")."""
    words = name.split()
    while words and words[-1].lower() in _SMALL:
        words.pop()
    return " ".join(words)


def _post_nominal(token: str) -> bool:
    capitals = sum(c.isupper() for c in token)
    return capitals >= 3 and token not in set(_table()["not_memberships"])


def post_nominals(line: str) -> list[str]:
    """Membership initials on a line standing alone: after a name, in brackets, in a list
    ("Hannah Cole MRCSLT", "(MRCSLT)", "MCIPD, MCMI"), never before a lower-case word
    ("MRSA screening")."""
    post, _, _ = _patterns()
    out: list[str] = []
    for m in post.finditer(line):
        rest = line[m.end() :]
        if re.match(r"\s+[a-z]", rest) and not line[: m.start()].rstrip().endswith("("):
            continue
        if _post_nominal(m.group(0)):
            out.append(m.group(0))
    return out


def named_memberships(line: str) -> list[str]:
    """Memberships and registrations written out: "Member of the Royal College of Speech and
    Language Therapists", "registered with the HCPC" (as "HCPC registration")."""
    _, member, registered = _patterns()
    out: list[str] = []
    for m in member.finditer(line):
        name = _trim(m.group(1))
        if name and _is_body(name):
            lead = re.sub(r"\s+", " ", line[m.start() : m.start(1)].strip())
            out.append(f"{lead[:1].upper()}{lead[1:]} {name}")
    for m in registered.finditer(line):
        name = _trim(m.group(1))
        if name and _is_body(name):
            out.append(f"{name} registration")
    return out


def memberships(line: str) -> list[str]:
    """Every membership or registration the line names, in either form."""
    return [*post_nominals(line), *named_memberships(line)]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _SMALL).upper()


def _key(line: str) -> tuple[str, ...]:
    text = re.sub(r"\([^()]*\)|\b(?:19|20)\d{2}\b", " ", line)
    filler = set(_table()["filler"])
    return tuple(w for w in re.findall(r"[\w&+]+", text.lower()) if w not in filler)


def same_credential(one: str, other: str) -> bool:
    """Whether two CV lines name the same credential: the same words once brackets, years and
    words of registering are left out, or one giving the other's initials ("HCPC" and "Health
    and Care Professions Council"; "MRCSLT" and "Member of the Royal College of …")."""
    a, b = _key(one), _key(other)
    if not a or not b:
        return False
    if a == b:
        return True
    for short, long in ((a, b), (b, a)):
        if len(short) != 1 or len(long) < 2:
            continue
        letters, spelt = short[0].upper(), _initials(list(long))
        grades = sorted(_table()["grades"], key=len, reverse=True)
        graded = [letters[len(g) :] for g in grades if letters.startswith(g.upper())]
        member = bool(re.search(r"\b(?:member|fellow)\b", (one + " " + other).lower()))
        if spelt == letters or (member and spelt in graded):
            return True
    return False


def distinct(credentials: list[str]) -> list[str]:
    """`credentials` with each credential once, as it is first named."""
    out: list[str] = []
    for item in credentials:
        if not any(same_credential(kept, item) for kept in out):
            out.append(item)
    return out
