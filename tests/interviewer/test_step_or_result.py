"""A result told in plain words (no number) is heard as a result; a step the candidate took
is not one. Invented answers from fields the development set does not hold: audiology,
wind-turbine maintenance, farriery, pastry, court interpreting, crane operation."""

import pytest

from interview_core.interviewer.answers import read_answer

RESULTS_IN_WORDS = [
    # A change in the patient's, the client's or the work's state.
    "His mum said he hated the new hearing aids, so I went through the fitting again with "
    "him, changed the domes and set a quieter programme. By the review he was wearing them daily.",
    "Last winter the client was unhappy about the downtime on two turbines. I met the site "
    "manager, walked him through the fault log and agreed a plan. The client signed the new "
    "service contract the following month.",
    "I fill in the service report at the end of each visit and upload the photos before I "
    "leave site. We passed the annual audit with no findings.",
    "After her fall I adapted the stairs, arranged a stairlift and practised transfers with "
    "her twice a week. She was back at school within a week.",
    "A horse came in lame after being shod elsewhere. I took the shoe off, found a nail too "
    "close to the white line and reshod it with a wider web shoe. Two days later he was "
    "sound and back in work.",
    "The bride wanted a gluten-free tier. I tested three sponges, picked the almond one and "
    "baked it the day before. The couple came back to order their christening cake.",
    # A fault that stayed away, a practice that stuck, a count against what it was.
    "The slew brake kept tripping. I traced it to a worn encoder, replaced it and added a "
    "check to the weekly list. The trips stopped and we've had no brake faults in the year since.",
    "I sat with the interpreter team and rewrote the booking form with the court clerks. "
    "Every hearing is now booked routinely with two interpreters.",
    "I reset the cooling schedule for the laminated doughs and retrained the night baker. "
    "We had two failed batches in the quarter instead of eleven.",
    "I planned each lift of the precast stair cores with the slinger and checked the radius. "
    "We placed all forty cores without a single damaged unit.",
    "The wind picked up over the limit mid-lift. I landed the load, stopped lifting and "
    "told the supervisor. Nothing was damaged and we have had no near misses since.",
]

STEPS_ONLY = [
    # Every past-tense verb is the candidate's own step: no result yet.
    "The deaf client kept missing parts of the hearing because the usher sat her at the "
    "back. I asked the clerk to move her to the front, agreed breaks every forty minutes "
    "with the judge and signed the oath for her.",
    "When the crane's anemometer failed, the site lift plan stopped. I signed the permit, "
    "checked the backup reading and briefed the slinger.",
    "I iced the cake, boxed it and we agreed to deliver it at noon.",
    # A standard kept, not a result: "made sure … within two hours".
    "For the foals I set up a hoof-trimming rota and made sure every foal was seen within "
    "two weeks of birth.",
    # A share moved is a step, not a measured change.
    "In the spring I moved about twenty percent of the ingredient budget to local flour and "
    "rewrote the recipe cards.",
    # A name, a thing, a condition: no change in anything.
    "I checked the hoist against Approved Code of Practice L113 and wrote a lifting "
    "improvement plan for the site.",
    "If the slewing ring stopped I would lower the load and call the appointed person.",
    "I split the drops between the two vans and rang the shops before noon.",
    # The situation before anything was done is no result.
    "When two of our farriers left, my list went up to forty horses a week. I rang every "
    "owner, sorted them by urgency and booked the others with a colleague.",
]


@pytest.mark.parametrize("answer", RESULTS_IN_WORDS)
def test_a_result_said_in_plain_words_is_a_result(answer: str) -> None:
    assert read_answer(answer).has_outcome, answer


@pytest.mark.parametrize("answer", STEPS_ONLY)
def test_a_step_of_the_candidate_is_no_result(answer: str) -> None:
    assert not read_answer(answer).has_outcome, answer


# The problem as it stood, then the candidate's steps, whatever ends the first part: an
# ellipsis, "?!", "...", a dash with or without spaces, a blank line (orthoptics, air-traffic
# control, a sommelier's cellar). The change told before the steps is no result.
SITUATIONS = [
    "Waiting times at the orthoptic clinic went up over the winter",
    "Night arrivals in the sector rose over the winter",
    "Complaints about the cellar grew over the winter",
]
ENDINGS = ["… I", "?! I", "...  I", " — so I", "—so I", " - so I", ".\n\n  I"]


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize("situation", SITUATIONS)
def test_a_change_before_the_first_step_is_the_situation_whatever_ends_it(
    situation: str, ending: str
) -> None:
    answer = situation + ending + " rebuilt the diary with the team and moved reviews to Fridays."
    assert not read_answer(answer).has_outcome, answer
    # A change told after the steps is their result.
    later = (
        "I rebuilt the diary with the team" + ending + " moved reviews to Fridays; waits went down."
    )
    assert read_answer(later).has_outcome, later
