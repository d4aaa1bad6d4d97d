"""Whether an answer to a question on the job's own work tells a story from an earlier job in
another line of work ("at Currys on Black Friday I handled the queue", from a lettings
negotiator whose CV also holds lettings work).

A story from another line of work is fair for a question on a way of working (a behavioural
question); for a question on the field's own work a careful interviewer hears it and asks,
gently, for one from the field. Cautious by design: only when the answer names the employer
of a CV role whose title shares no word of the trade with the job's (nor its job family), and
the CV holds a role in the job's line of work to draw the example from.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from wordfreq import zipf_frequency

from ..language.job import title_family, title_family_word
from .answers import lemma_set
from .plan import Documents
from .render import employer_of

_FILE = Path(__file__).with_name("other_work.toml")


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    with _FILE.open("rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class OtherWork:
    """A story told from another line of work: where it is from, and where the field is."""

    other: str  # the employer the story names ("Currys")
    field: str  # the employer of the candidate's latest role in the job's line of work


def _trade_words(title: str) -> set[str]:
    """The words of a title that name the trade, in any form: not its rank or its kind of
    post ("senior", "assistant", "manager")."""
    generic = {w.lower() for w in _vocabulary()["rank_words"]}
    return {w for w in lemma_set(title) if w not in generic}


def in_line_of(title: str, job_title: str) -> bool:
    """Whether a CV role's `title` is in the line of work of the job (`job_title`): a word
    of the trade in common, or the same job family decided by the same words. A family is
    broad: "Healthcare Assistant" and "Clinical Trials Coordinator" are both health care, but
    a ward story is no example of coordinating trials."""
    if _trade_words(title) & _trade_words(job_title):
        return True
    family = title_family(title)
    if family is None or family != title_family(job_title):
        return False
    return bool(lemma_set(title_family_word(title)) & lemma_set(title_family_word(job_title)))


def _name_forms(employer: str) -> list[str]:
    """The ways a candidate says an employer's name: in full without the company's form
    ("Currys" of "Currys plc"), or by its distinctive first words ("Stepping Hill" of
    "Stepping Hill Hospital", "Skyline" of "Skyline Aviation Services"): two words or more,
    or one word rare in everyday English, never one that ends on a small word ("University
    of")."""
    vocabulary = _vocabulary()
    forms = {w.lower() for w in vocabulary["company_forms"]}
    words = [w for w in re.findall(r"[\w&'’]+", employer) if w.lower() not in forms]
    if not words or len("".join(words)) < 3:
        return []
    out = [words]
    for end in range(len(words) - 1, 0, -1):
        head = words[:end]
        if head[-1].lower() in vocabulary["name_joiners"] or not head[-1][:1].isupper():
            continue
        rare = zipf_frequency(head[0], "en") < float(vocabulary["name_max_zipf"])
        if len(head) >= 2 or (rare and len(head[0]) >= 4):
            out.append(head)
    return [r"\s+".join(re.escape(w) for w in form) for form in out]


def _names(answer: str, employer: str) -> bool:
    """Whether `answer` (or a question) names the employer, written as a name (see
    `_name_forms`)."""
    return any(
        re.search(rf"(?<![\w-]){name}(?![\w-])", answer) is not None
        for name in _name_forms(employer)
    )


def other_work_story(docs: Documents, answer: str, question: str = "") -> OtherWork | None:
    """The other line of work a story in `answer` comes from, when it names the employer of
    a CV role in another line and the CV holds a role in the job's own; None otherwise (also
    when the answer names a field employer too: a comparison, not a story from elsewhere; and
    when the `question` itself asked about that employer's work)."""
    roles = [r for r in docs.cv.roles if r.title and employer_of(r)]
    duties = lemma_set(" ".join(docs.job.responsibilities))
    # A role under another title whose CV lines say the job's own work ("suppliers",
    # "contracts", "tenders" of a buyer before a category manager) is the same line of work.
    most = int(_vocabulary()["max_shared_duty_words"])
    field = [
        r
        for r in roles
        if in_line_of(r.title, docs.job_title)
        or len(lemma_set(" ".join(r.highlights)) & duties) > most
    ]
    if not field:
        return None  # a career changer has no example from the field to give yet
    field_names = {employer_of(r).lower() for r in field}
    if any(_names(answer, employer_of(r)) for r in field):
        return None
    for role in roles:
        name = employer_of(role)
        if role in field or name.lower() in field_names:
            continue
        if _names(answer, name) and not _names(question, name):
            return OtherWork(other=name, field=employer_of(field[0]))
    return None
