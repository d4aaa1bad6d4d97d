"""Rules found by opening six development pairs from fields the interviewer was never tuned
on: each is tested here on invented text from yet another field (aviation, purchasing).

Each test fails without the rule it names (see the comment on the rule in the package).
"""

from __future__ import annotations

import re

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.answers import is_off_topic, names_topic_term, read, read_answer
from interview_core.interviewer.duties import is_reporting_line
from interview_core.interviewer.employers import is_bracket_tail
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.plan import is_askable, is_missing
from interview_core.interviewer.wording import wordings

# --- a reporting line is the organisation chart, not a duty --------------------------------


def test_a_reporting_line_is_no_duty_to_ask_about() -> None:
    line = "You will report to the Head of Cabin Services and manage two cabin supervisors"
    assert is_reporting_line(line)
    assert not is_askable(line)


def test_reporting_on_something_is_a_duty() -> None:
    for line in (
        "Report to the airline safety board on incident trends each quarter",
        "Track and report fuel savings to the operations director",
    ):
        assert not is_reporting_line(line)
        assert is_askable(line)


# --- an answer about habits in general needs an example, not a result ----------------------


def test_an_answer_telling_no_occasion_is_vague() -> None:
    question = "How do you keep the cabin safe during a quick turnaround?"
    answer = (
        "We look over the cabin logs at every turnaround and I keep an eye on how the new "
        "joiners are doing with the door checks. The base manager gets a monthly summary from "
        "me and reads it."
    )
    assert read(question, answer).kind == "vague"


def test_an_occasion_without_a_result_still_asks_for_the_result() -> None:
    question = "Tell me about a turnaround when the catering arrived late: what did you do?"
    answer = (
        "During a turnaround at Stansted the catering truck arrived forty minutes late. I "
        "reorganised the boarding order, briefed the crew about the late catering and moved "
        "the trolley checks to after pushback."
    )
    assert read(question, answer).kind == "no_outcome"


# --- the topic of a question is the whole line it was built on ------------------------------

DUTY = (
    "Recognise and respond to in-flight medical emergencies, including suspected anaphylaxis, "
    "hypoglycaemia and cardiac arrest, using the onboard medical kit and ground-based medical "
    "advice in line with airline protocols."
)
MEDICAL = (
    "On a night service to Tenerife a passenger's lips began swelling after the meal. I "
    "recognised anaphylaxis, fetched the adrenaline auto-injector from the kit, laid her flat "
    "with her legs raised and called for a doctor over the PA. A paediatrician on board helped "
    "with monitoring and we diverted to Faro, where paramedics met the aircraft and she "
    "recovered fully."
)


def test_an_answer_naming_a_rare_term_of_the_topic_keeps_to_it() -> None:
    question = f"Tell me about a time you had to respond to in-flight medical emergencies. {DUTY}"
    assert names_topic_term(question, MEDICAL)
    assert not is_off_topic(question, MEDICAL)
    holiday = (
        "Last summer I walked the coast path in Cornwall with my sister, camped in orchards, "
        "swam every morning and ate far too many pasties on the way."
    )
    assert not names_topic_term(question, holiday)
    assert is_off_topic(question, holiday)


CABIN_CV = """Maria Lopes
Senior cabin crew member

Experience
Senior Cabin Crew Member
May 2019 – present
Skyline Atlantic Airways, Manchester
- Lead a crew of 6 on long-haul flights to the Caribbean and North America.
- Delivered onboard sales of £9k a month, top 10% of the base.
- Trained 14 new joiners in safety and emergency procedures.

Cabin Crew Member
Mar 2015 – Apr 2019
Northern Isles Air, Glasgow
- Worked short-haul rotations of up to four sectors a day.
"""
CABIN_JOB = f"""Cabin Service Manager
Key responsibilities
- {DUTY}
- Lead and brief the cabin crew before every flight and debrief afterwards.
- Manage onboard sales and the bar and duty-free stock reconciliation.
- Handle passenger complaints and disruptive passengers calmly and safely.
"""
OTHER = (
    "On a flight to Orlando last year two passengers argued over a seat. I separated them, "
    "moved one to a spare seat in premium and logged it for the captain; complaints on that "
    "route fell by a third that quarter."
)


def test_an_answer_on_the_examples_the_duty_gave_is_not_redirected() -> None:
    turns: list[Turn] = []
    asked_medical = False
    for _ in range(8):
        ctx = InterviewContext(
            "Cabin Service Manager", "Skyline Atlantic Airways", CABIN_CV, CABIN_JOB, tuple(turns)
        )
        decision = interviewer_for(ctx).next_decision(tuple(turns), 8)
        if asked_medical:
            assert decision.asked.followup != "redirect", decision.text
            break
        medical = "medical" in decision.text
        assert not medical or "anaphylaxis" not in decision.text  # the question says it short
        asked_medical = medical
        turns.append(Turn(decision.text, MEDICAL if medical else OTHER))
    assert asked_medical


# --- a wrapped title's bracket tail is never named as the employer --------------------------

WRAPPED_CV = """Dana Okafor
Fleet buyer

Experience
Purchasing Manager (Indirect: Fleet, Print and
Marketing Services)
Apr 2020 – to date
Harrowgate Mills Ltd, Bradford (group purchasing, 9 sites)
- Renegotiated the fleet leasing contract for 140 vans, saving £310k a year.
- Ran 9 tenders for print and marketing agencies through Jaggaer.

Buyer
Jun 2016 – Mar 2020
Kestrel Print Group, Halifax
- Bought paper and inks worth £4m a year from 12 suppliers.
"""
BUYER_JOB = """Senior Buyer – Fleet and Facilities
Key responsibilities
- Run tenders for fleet, print and facilities contracts.
- Negotiate and manage supplier contracts and supplier reviews.
- Report savings to the finance director each quarter.
"""


def test_a_bracket_tail_is_no_employer() -> None:
    assert is_bracket_tail("Marketing Services", WRAPPED_CV)
    assert not is_bracket_tail("Kestrel Print Group", WRAPPED_CV)
    assert not is_bracket_tail("Harrowgate Mills Ltd", WRAPPED_CV)


def test_the_opener_does_not_name_a_bracket_tail() -> None:
    ctx = InterviewContext("Senior Buyer", "Pennine Water", WRAPPED_CV, BUYER_JOB, ())
    opener = interviewer_for(ctx).next_question((), 8)
    assert "Purchasing Manager" in opener
    assert "Marketing Services" not in opener


# --- an alternative in plain words that the CV shows meets the requirement ------------------

CHARITY_CV = """Ruth Adebayo
Fundraising officer

Experience
Fundraising Officer
Feb 2021 – present
Tynedale Food Bank, Hexham
- Wrote quarterly grant reports to 6 trusts, keeping £180k of yearly funding in place.
- Ran a volunteer team of 25 for the winter appeal, which raised £42k.
- Set up a donor database in Beacon and cleaned 3,000 records.
"""
CHARITY_JOB = """Fundraising Manager
Key responsibilities
- Lead the fundraising team and plan income across trusts, events and individual giving.
- Build relationships with major donors, trusts and local businesses.
- Report income against targets to the board of trustees every quarter.

About you
- Experience of grant reporting or bid writing.
- A full driving licence.
"""


def test_a_plain_words_alternative_on_the_cv_is_no_gap() -> None:
    ctx = InterviewContext("Fundraising Manager", "Coquet Trust", CHARITY_CV, CHARITY_JOB, ())
    interviewer = interviewer_for(ctx)
    missing = [s for s in interviewer.docs.job.skills if is_missing(interviewer.docs, s)]
    assert missing, "the lexicon's name for bid writing is not on the CV"
    assert not [item for item in interviewer.plan if item.kind == "gap"]


# --- a figure someone asked for is the problem, not the result ------------------------------


def test_a_requested_figure_is_no_result() -> None:
    question = "Tell me about a negotiation with a ground handling agent: what did you do?"
    answer = (
        "The airport authority asked for a 15% increase in our ground handling fees. I rebuilt "
        "the shift pattern around the morning flight bank, retrained four dispatchers to cover "
        "two roles and moved the de-icing crew onto annualised hours."
    )
    assert not read_answer(answer).has_outcome
    assert read(question, answer).kind == "no_outcome"


def test_a_deadline_met_is_a_result() -> None:
    answer = (
        "The regulator wanted new crew rosters within two weeks. I rebuilt the roster rules in "
        "the planning tool with the union rep and we delivered all 40 rosters within the deadline."
    )
    assert read_answer(answer).has_outcome


# --- a skill's name may be plural: no template gives it a singular verb ---------------------


def _all_templates(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [t for item in node for t in _all_templates(item)]
    if isinstance(node, dict):
        return [t for item in node.values() for t in _all_templates(item)]
    return []


def test_no_template_gives_a_plural_skill_a_singular_verb() -> None:
    # "presentation skills matters a great deal" on a physiotherapy job.
    singular = re.compile(r"\{term\} (?:matters|is|was|has|makes|counts|does)\b")
    found = [t for t in _all_templates(wordings()) if singular.search(t)]
    assert not found, found
