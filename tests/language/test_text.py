"""The shared tokeniser, stopword list and same-question rule."""

import re

from interview_core.language.text import (
    content_words,
    is_same_question,
    phrase_alternation,
    sentences,
    singular,
    stopwords,
    tokens,
    words,
)


def test_words_lower_case_and_drop_possessives_and_numbers() -> None:
    assert words("Priya’s team shipped 3 releases") == ["priya", "team", "shipped", "releases"]
    assert words("item 2", numbers=True) == ["item", "2"]
    assert tokens("Led the NHS audit") == ["Led", "the", "NHS", "audit"]


def test_content_words_drop_stopwords_and_short_words() -> None:
    assert "the" in stopwords() and "tell" in stopwords()
    assert content_words("Tell me about the Kafka migration at Acme") == [
        "kafka",
        "migration",
        "acme",
    ]


def test_sentences_split_on_full_stops_and_lines() -> None:
    assert sentences("One thing. Another thing!\nA third") == [
        "One thing.",
        "Another thing!",
        "A third",
    ]


def test_same_question_in_other_words_is_the_same() -> None:
    asked = "Walk me through the Kafka migration you led at Acme."
    assert is_same_question("Could you walk me through the Kafka migration you led at Acme?", asked)
    assert not is_same_question("How do you mentor junior engineers on your team?", asked)
    assert not is_same_question("What drew you to nursing?", "What would you change first?")


def test_letter_runs_and_term_pattern_are_the_shared_word_readers() -> None:
    from interview_core.language.text import holds_term, letter_runs, term_pattern

    # Invented: a farrier's, a thatcher's and a luthier's words.
    assert letter_runs("Hot-shoeing & cold fitting (Level 3)") == [
        "hot",
        "shoeing",
        "cold",
        "fitting",
        "level",
    ]
    assert letter_runs("Don’t re-ridge") == ["don", "t", "re", "ridge"]
    assert holds_term("Fret-levelling, nut cutting and set-ups", "fret levelling")
    assert holds_term("Fret levelling", "FRET-LEVELLING")
    assert not holds_term("refretting", "fret")
    found = term_pattern("long straw").search("Thatching in Long-Straw and combed wheat reed")
    assert found is not None and found.group() == "Long-Straw"


def test_singular_keeps_words_that_only_end_in_s() -> None:
    for word in ("status", "analysis", "bus", "gas", "process", "CSS"):
        assert singular(word) == word.lower()
    plurals = {"statuses": "status", "analyses": "analysis", "buses": "bus", "gases": "gas"}
    plurals |= {"processes": "process", "Tickets": "ticket", "KPIs": "kpi", "SKUs": "sku"}
    for word, one in plurals.items():
        assert singular(word) == one
    assert singular("certified") == "certified"  # a verb's form, not a plural


def test_phrase_alternation_tries_the_longest_phrase_first() -> None:
    pattern = re.compile(rf"(?:{phrase_alternation(['cut', 'cut back', 'cut back on'])})")
    assert pattern.match("cut back on costs").group(0) == "cut back on"
    assert pattern.match("cut\tback").group(0) == "cut\tback"
    assert pattern.match("c.t") is None  # escaped
