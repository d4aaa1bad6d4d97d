"""The stronger-answer outline does not ask for what the answer already does, on fields outside
the development set (forestry, audiology, brewing, veterinary nursing, air traffic control,
arboriculture).

Steps told with their reasons are not sent back for their reasons; a result told with its
value ("which was worth…") is not sent back for what it meant; a habit kept since ("since
then I keep the gain under 30 dB") is neither a result to quote nor a measured ending; and
a CV bullet wrapped after its semicolon keeps the semicolon, so two items do not run
together into one garbled line.
"""

from __future__ import annotations

from interview_core.language.layout import blocks
from interview_core.scorer import assess_answer
from interview_core.scorer.outline import measured_change, reasons_told, stronger_answer

WHY = "why you chose"
MEANT = "say what it meant for the people affected"

THINNING_JOB = (
    "Forest manager at Highland Woods. You will plan thinning, harvesting and restocking "
    "programmes in conifer plantations and manage contractors."
)
THINNING_Q = (
    "Tell me about a time you planned a thinning programme in a plantation. What did you do, "
    "and how did it turn out?"
)


def _thinning(steps: str, ending: str) -> str:
    return (
        "When I took over the Glenmore spruce plantation in 2021, its thinning programme was "
        "two years overdue and wind-blow was rising along the western edge. " + steps + ending
    )


REASONED = (
    "I planned the first thinning myself at a quarter of the stems, marking the racks so the "
    "contractors could work them before winter. I moved the harvesting to the frozen months "
    "because the peat would not carry the forwarder in autumn. I also restocked the gaps with "
    "mixed broadleaves and walked the block with the contractors every fortnight. "
)
BARE = (
    "I planned the first thinning myself at a quarter of the stems and marked the racks. I "
    "moved the harvesting to the frozen months. I also restocked the gaps with mixed "
    "broadleaves and walked the block with the contractors every fortnight. "
)


def test_steps_told_with_their_reasons_are_not_sent_back_for_them() -> None:
    ending = "Wind-blow losses fell from 8% to 2% over three seasons."
    reasoned = assess_answer(THINNING_Q, _thinning(REASONED, ending), THINNING_JOB, "")
    assert reasons_told(reasoned)
    outline = stronger_answer(reasoned, "", [], "")
    assert not any(WHY in line or "why you took" in line for line in outline), outline
    # The same steps without a reason still get the line asking for them.
    bare = assess_answer(THINNING_Q, _thinning(BARE, ending), THINNING_JOB, "")
    assert not reasons_told(bare)
    assert any(WHY in line or "reason" in line for line in stronger_answer(bare, "", [], ""))


def test_one_reason_is_not_yet_the_reasons_for_the_steps() -> None:
    q = (
        "Tell me about a time you had to manage a busy sector when a runway closed. What did "
        "you do, and how did it go?"
    )
    answer = (
        "One Friday evening at Scottish Control the main runway at Edinburgh closed for a "
        "burst tyre with twelve arrivals inbound. I held the arrivals at the stacks so the "
        "approach unit had time to reconfigure. I coordinated the diversions to Glasgow with "
        "the supervisor. I briefed each crew on the expected delay. All twelve landed safely "
        "and the runway reopened after forty minutes."
    )
    a = assess_answer(q, answer, "Air Traffic Controller at NATS", "")
    assert not reasons_told(a)


def test_a_result_told_with_its_value_is_not_sent_back_for_what_it_meant() -> None:
    valued = _thinning(
        BARE,
        "Wind-blow losses fell from 8% to 2% over three seasons, which was worth about forty "
        "thousand pounds a year to the estate.",
    )
    a = assess_answer(THINNING_Q, valued, THINNING_JOB, "")
    assert not any(MEANT in line for line in stronger_answer(a, "", [], ""))
    plain = _thinning(BARE, "Wind-blow losses fell from 8% to 2% over three seasons.")
    b = assess_answer(THINNING_Q, plain, THINNING_JOB, "")
    assert any(MEANT in line for line in stronger_answer(b, "", [], ""))


HEARING_Q = (
    "Tell me about a time you had to change how a patient's hearing aids were fitted. What "
    "did you do, and how did it go?"
)
HEARING = (
    "At the Leeds clinic last year a retired teacher kept returning her aids because speech "
    "sounded tinny. I re-ran real-ear measurements and found the high frequencies were "
    "over-amplified. I reprogrammed the aids and booked her back a week later. Since then I "
    "check real-ear figures on every fitting and keep the gain under 30 dB at 4 kHz for "
    "first-time users. She now wears them all day and came to our tinnitus group."
)


def test_a_habit_kept_since_is_no_result_and_no_measured_ending() -> None:
    a = assess_answer(HEARING_Q, HEARING, "Audiologist at Northshire NHS Trust", "")
    assert not measured_change(a)
    outline = stronger_answer(a, "", [], "")
    assert not any("30 dB" in line for line in outline), outline


def test_a_measured_ending_after_a_habit_is_still_measured() -> None:
    q = (
        "Tell me about a time you improved how theatre instruments were prepared. What did "
        "you do, and how did it go?"
    )
    answer = (
        "At the Ridgeway referral hospital our theatre kits were often missing items. I "
        "rebuilt every kit list with the surgeons and I photographed each tray layout. Since "
        "then I check every tray against its photo before it is wrapped. Missing-item "
        "reports fell from 14 a month to 2 within a quarter."
    )
    a = assess_answer(q, answer, "Veterinary Nurse at Ridgeway Referrals", "")
    assert measured_change(a)


def test_a_cv_bullet_wrapped_after_its_semicolon_keeps_it() -> None:
    cv = (
        "EXPERIENCE\n"
        "Senior Arborist, Greenway Trees Ltd 2019 – present\n"
        "- Surveyed 1,200 street trees for the council to BS 5837;\n"
        "prepared tree constraints plans and method statements.\n"
        "- Led a crew of four on crown reductions and\n"
        "sectional fells near live lines.\n"
    )
    bullets = [b.text for b in blocks(cv) if b.kind == "bullet"]
    assert bullets == [
        "Surveyed 1,200 street trees for the council to BS 5837; prepared tree constraints "
        "plans and method statements.",
        "Led a crew of four on crown reductions and sectional fells near live lines.",
    ]


def test_people_named_by_whom_they_are_to_the_candidate_tell_what_it_meant() -> None:
    from interview_core.scorer.outline import people_told

    assert people_told("the clients we advise have cut their nitrogen use by a fifth")
    assert people_told("one result is that the patients i see were home a day sooner")
    # Still only a count of them, or a measure: nothing has happened to them.
    assert not people_told("we advise 40 clients i know well")
    assert not people_told("the patients i see number about 600 a year")


def test_the_first_step_is_kept_even_in_an_irregular_past_form() -> None:
    q = (
        "Tell me about a time a runway closed while you were controlling arrivals. What did "
        "you do yourself, and how did it turn out?"
    )
    answer = (
        "One Friday evening at Scottish Control the main runway at Edinburgh closed for a "
        "burst tyre with twelve arrivals inbound and fuel running low on two of them. I told "
        "the supervisor at once and held the arrivals at the stacks in an order set by fuel. "
        "I coordinated the two diversions to Glasgow with their approach unit. All twelve "
        "landed safely within the hour. Afterwards I wrote the runway-closure checklist we "
        "now use on every shift, so the next team would have the order of calls written down."
    )
    a = assess_answer(q, answer, "Air Traffic Controller at NATS", "")
    outline = stronger_answer(a, "", [], "")
    kept = [line for line in outline if line.startswith("Keep your own steps")]
    assert not kept or "I told the supervisor" in kept[0], outline
    assert not any("Afterwards I wrote" in line for line in outline), outline
