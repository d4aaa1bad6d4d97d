"""What an answer's doings and families tell: the candidate's own doings make an answer only
when they touch some work of the question, the CV or the job (moving house told as "I packed,
I booked the van" is no answer), and a family named as someone else's ("his mother rang me")
is a person of a case, not life outside work. Invented text from fields not in the repository
(brewing, speech and language therapy, prison work)."""

from __future__ import annotations

from interview_core.language.answers import _own_life_text, lemma_set, read

_BREWER = frozenset(
    lemma_set(
        "Head Brewer, Tollgate Brewery — 2018 – present. Brew cask and keg ales on a 20-barrel "
        "plant: mash, sparge, run-off and wort boiling; manage fermentation and cellar quality, "
        "cost recipes and train assistant brewers. Job: Production Brewer | Saltmarsh Ales. Brew to schedule, keep quality "
        "records, clean and maintain the brewhouse."
    )
)
_QUESTION = "Tell me about a brew day that went wrong: what did you do, and how did it end?"


def test_own_doings_outside_any_work_are_off_the_question() -> None:
    answer = (
        "The hardest week I've had lately was moving flat. I packed every box myself, I "
        "booked the van, I rang the letting agent twice a day when the keys were late, and I "
        "carried the sofa up four floors. We were in by the Sunday night."
    )
    reading = read(_QUESTION, answer, _BREWER)
    assert reading.off_topic and reading.kind == "off_topic"


def test_own_doings_in_the_work_stay_an_answer() -> None:
    answer = (
        "The mash stuck on a wheat ale last March. I stopped the run-off, I underlet the mash, "
        "I raked the bed and recirculated the wort until it ran clear, and I added rice hulls "
        "to the recipe after. We made the full length, and no mash has stuck since."
    )
    reading = read(_QUESTION, answer, _BREWER)
    assert not reading.off_topic and reading.kind != "off_topic"


def test_someone_elses_family_is_a_person_of_the_case() -> None:
    kept = _own_life_text(
        "His mother rang me on the Friday, the father came to the review, and the "
        "client's daughter wrote in; my kids were cheering and my friend's dad drove."
    )
    assert "mother" not in kept and "father" not in kept and "daughter" not in kept
    assert "kids" in kept and "dad" in kept  # the candidate's own, and a friend's


def test_a_case_naming_a_family_is_not_off_the_question() -> None:
    context = frozenset(
        lemma_set(
            "Speech and Language Therapist, community paediatrics. Assess and treat children "
            "with speech sound and language disorders, train parents and school staff."
        )
    )
    question = (
        "Tell me about a child whose therapy stalled: what did you change, and what came of it?"
    )
    answer = (
        "A six-year-old with a severe speech sound disorder had plateaued after a term. His "
        "mother rang me to say he'd stopped trying at home, and his dad had just moved out. "
        "I reassessed his speech sounds, switched to a cycles approach, and I trained his "
        "teaching assistant and his parents to run five-minute practice each morning. After "
        "eight weeks his "
        "percentage of consonants correct went from 54 to 71."
    )
    reading = read(question, answer, context)
    assert not reading.off_topic and reading.kind != "off_topic"
