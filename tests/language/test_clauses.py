"""The one splitter of sentences and clauses (`language/text.py`, break sets in
`data/clauses.toml`). Texts invented, from fields the repository holds no documents of."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from interview_core.language import text
from interview_core.language.text import clause_at, clause_breaks, clause_spans, clauses

_TABLE = Path(text.__file__).parent / "data" / "clauses.toml"
_CORE = Path(text.__file__).parents[1]

SAMPLES = [
    "We lost two hawks in a season. I rebuilt the weathering, and the losses stopped; none since.",
    "The brine had gone cloudy before I changed the salt ratio — it cleared in 3 days, which saved the batch.",
    "Pipe voicing, wind-chest repair (pallets, sliders) and tuning or regulation.",
    "Crossing 14 ran late!  Then the ramp jammed? So I took the stern line: we docked at 9.40.",
    "",
]


def test_every_break_set_cuts_as_its_pattern_splits() -> None:
    table = tomllib.loads(_TABLE.read_text("utf-8"))
    for kind, spec in table.items():
        flags = re.IGNORECASE if spec.get("ignore_case") else 0
        for sample in SAMPLES:
            assert clauses(sample, kind) == re.split(spec["pattern"], sample, flags=flags), kind


def test_a_requirement_is_cut_outside_brackets_only() -> None:
    line = "Hawk handling, telemetry (Marshall, Wildlife Materials) and falconry law"
    assert [c.strip() for c in clauses(line, "requirement", brackets=True)] == [
        "Hawk handling",
        "telemetry (Marshall, Wildlife Materials)",
        "falconry law",
    ]


def test_the_clause_of_a_mention_stops_where_the_candidate_starts_acting() -> None:
    sentence = "The brine had gone cloudy before I changed the salt ratio, and it cleared"
    start = sentence.index("brine")
    assert clause_at(sentence, start, start + 5, "doer") == "The brine had gone cloudy"
    start = sentence.index("salt")
    assert clause_at(sentence, start, start + 4, "doer") == "before I changed the salt ratio"


def test_spans_and_breaks_agree() -> None:
    sentence = (
        "I re-leathered the pallets; the swell box closes cleanly, and the tuner signed it off"
    )
    spans = clause_spans(sentence, "standalone")
    assert [sentence[a:b] for a, b in spans] == [
        "I re-leathered the pallets",
        "the swell box closes cleanly",
        "the tuner signed it off",
    ]
    assert [(b, c) for (_, b), (c, _) in zip(spans, spans[1:], strict=False)] == clause_breaks(
        sentence, "standalone"
    )


def test_no_engine_keeps_its_own_clause_break_pattern() -> None:
    for module in (
        "scorer/answer.py",
        "scorer/deeds.py",
        "scorer/summary.py",
        "language/answers.py",
        "language/evidence.py",
    ):
        assert "_CLAUSE_BREAK" not in (_CORE / module).read_text("utf-8"), module


def test_the_coachs_three_clause_cuts_differ_so_stay_three_sets() -> None:
    # One set for all three would change what the coach quotes (see data/clauses.toml).
    sentence = (
        "Foot balance had slipped before I took over, and we reshod the string; lameness fell "
        "by half"
    )
    cut = {
        kind: [c.strip() for c in clauses(sentence, kind)]
        for kind in ("result", "doer", "standalone")
    }
    assert cut["doer"][:2] == ["Foot balance had slipped", "before I took over"]
    assert cut["result"][0] == "Foot balance had slipped before I took over"
    assert cut["standalone"] == [
        "Foot balance had slipped before I took over",
        "we reshod the string",
        "lameness fell by half",
    ]
    assert len({tuple(c) for c in cut.values()}) == 3


def test_a_situation_ends_at_a_stop_an_ellipsis_or_a_dash() -> None:
    # A sommelier's answer: the situation, then the candidate's step, however it is cut.
    for ending in ("… ", "?! ", "...  ", " — ", "—", " - ", ".\n\n"):
        text = f"The tasting list had grown stale{ending}I rewrote it"
        pieces = clauses(text, "situation")
        assert len(pieces) == 2 and pieces[1] == "I rewrote it", ending
    assert clauses("A well-kept cellar", "situation") == ["A well-kept cellar"]
