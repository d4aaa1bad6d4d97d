"""The strongest example is a story of the candidate's own, solidly on its question, never a
plan for the first months while such a story was told; the figures strength quotes a result,
never the length or the size of the work; a plan answering one part of a two-part question
is told which part it left out. Invented interviews from fields outside the development set
(tree surgery, ferry deck crew, bookbinding, beekeeping)."""

from __future__ import annotations

import re
from dataclasses import replace

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import assess_answer, score_interview
from interview_core.scorer.rules import advice_for, parts_left_out, verdict
from interview_core.scorer.summary import keeps_to_question, solidly_on_question

ARB_JD = """Arborist Team Leader | Oakline Tree Care
Oakline Tree Care looks after trees for councils, schools and homeowners.
Responsibilities
- Lead a climbing crew of four on tree surgery and felling work
- Carry out tree surveys and write risk assessments for every site
- Plan the weekly work programme and keep jobs on budget
- Keep the crew safe: aerial rescue, chainsaw checks and traffic management
Requirements
- NPTC climbing and chainsaw tickets
- Three years leading a tree surgery crew"""
ARB_CV = """Sam Fielding
Lead Climber, Greenbough Arboriculture, Exeter  2019 - Present
- Lead a crew of three on council and domestic tree work
- Write site risk assessments and method statements
- Trained two apprentices to NPTC climbing standard
"""
MOTIVATION = (
    "What made you apply for the Arborist Team Leader role at Oakline Tree Care?",
    "I've been a lead climber at Greenbough for five years, running a crew of three on "
    "council and domestic jobs, and I write our risk assessments. Oakline appeals because of "
    "your council contracts and because the role is about leading a crew full time.",
)
TRAINING = (
    "Tell me about a time you trained someone new in the crew.",
    "I trained two apprentices to NPTC climbing standard. I paired each one with me on easy "
    "domestic jobs first, let them rig small limbs while I watched, and went through a knot "
    "and rescue drill every Friday. Both passed their climbing tickets first time within a "
    "year, and one of them now leads his own small jobs.",
)
CLOSING = (
    "We're at the last question. What would success look like for you after your first 90 "
    "days at Oakline Tree Care, and what would you need from the team to get there?",
    "In the first ninety days I'd want to learn your council contracts, how you price jobs and "
    "how the crews plan the week. I'd spend the first month on site with each crew, then agree "
    "priorities with the manager and review the risk assessment templates. By three months "
    "I'd hope to be leading the crew on council work on my own, with every site risk assessed "
    "before we start, and the weekly programme running to plan without overtime.",
)
CLOSING_WHOLE = (
    CLOSING[0],
    CLOSING[1] + " From the team I'd need an experienced climber alongside me for the first "
    "council jobs and time with the manager each Friday to review the programme.",
)


def _ctx(turns, title="Arborist Team Leader", company="Oakline Tree Care", cv=ARB_CV, jd=ARB_JD):
    return InterviewContext(title, company, cv, jd, tuple(Turn(q, a) for q, a in turns))


def _strongest(items: list[str]) -> int | None:
    for item in items:
        m = re.search(
            r"[Qq]uestion (\d+) was (?:your|the) strongest|example was question (\d+)", item
        )
        if m:
            return int(m.group(1) or m.group(2))
    return None


def test_a_plan_scoring_higher_is_not_the_strongest_beside_a_story_of_ones_own() -> None:
    report = score_interview(_ctx([MOTIVATION, TRAINING, CLOSING]))
    scores = {q.number: q.score for q in report.questions}
    assert scores[3] > scores[2]  # the plan fits its question closely and scores higher
    assert _strongest(report.strengths) == 2


SHORT_STORY = (
    "Tell me about a time you kept a tree job on budget.",
    "I rebooked the crane for half days. I moved the climbers to the far trees. I agreed a "
    "fixed price with the hire firm. The job finished under budget.",
)


def test_a_weak_story_of_ones_own_still_keeps_a_plan_from_being_named_strongest() -> None:
    story = assess_answer(*SHORT_STORY, ARB_JD, ARB_CV)
    report = score_interview(_ctx([SHORT_STORY, CLOSING_WHOLE]))
    named = _strongest(report.strengths)
    assert named != 2
    if named is None:
        assert story.score < 55


def test_a_two_part_first_months_question_answered_in_half_names_the_half_left_out() -> None:
    a = assess_answer(*CLOSING, ARB_JD, ARB_CV)
    assert parts_left_out(a) == ["needs"]
    found = advice_for(a)
    assert "skips_part" in [f.rule for f in found]
    line = verdict(a)
    assert "need from the team" in line and not line.startswith("Strong")
    item = next(f for f in found if f.rule == "skips_part")
    assert "need from the team" in item.advice


def test_the_whole_two_part_answer_is_not_told_it_left_a_part_out() -> None:
    a = assess_answer(*CLOSING_WHOLE, ARB_JD, ARB_CV)
    assert parts_left_out(a) == []
    assert "skips_part" not in [f.rule for f in advice_for(a)]


BIND_JD = """Bookbinder | Marlow Bindery
Repair and rebind rare books for libraries and collectors; train the bench team.
Requirements: conservation binding; leather and cloth work; record keeping."""
BIND_CV = (
    "Rosa Lind\nBookbinder, Fenwick Bindery, Bath  2017 - Present\n- Rebind and repair rare books\n"
)


def test_a_first_months_question_on_priorities_and_what_people_say() -> None:
    question = (
        "Last question from me: what would you make your priorities in your first 90 days at "
        "Marlow Bindery, and what would you want people to say about your start?"
    )
    plan = (
        "In the first month I'd learn your bench methods and the library contracts, and by two "
        "months I'd want to be rebinding the collectors' books on my own. By ninety days I'd "
        "hope to have the repair log up to date and one training session run for the bench."
    )
    said = plan + " I'd want the team to say I made their week easier and asked good questions."
    assert parts_left_out(assess_answer(question, plan, BIND_JD, BIND_CV)) == ["said"]
    assert parts_left_out(assess_answer(question, said, BIND_JD, BIND_CV)) == []


def test_a_one_part_question_has_no_part_left_out() -> None:
    question = "To finish: what would you want to have achieved by the end of your first 90 days?"
    a = assess_answer(question, CLOSING[1], ARB_JD, ARB_CV)
    assert parts_left_out(a) == []


FERRY_JD = """Deck Officer | Solent Link Ferries
Keep watch on the bridge, lead the deck crew on berthing and cargo loading, run safety drills.
Requirements: STCW certificate; passenger ship experience; crew leadership."""
FERRY_CV = """Ali Brook
Second Officer, Wightline Ferries, Portsmouth  2018 - Present
- Lead the deck crew on berthing and vehicle loading
"""


def test_the_figures_example_is_a_result_never_a_duration_or_the_size_of_the_work() -> None:
    turns = [
        (
            "Tell me about a time you improved how the deck crew loaded vehicles.",
            "Loading kept overrunning at the evening sailing. I redrew the lane plan, moved "
            "about sixty percent of the freight to the upper deck and briefed the crew before "
            "each sailing. The class approved the new plan within three weeks, and late "
            "departures fell from 14% to 3% over the summer.",
        ),
        (
            "Tell me about a time you led a safety drill that exposed a problem.",
            "During a man overboard drill the rescue boat took too long to launch. I timed each "
            "step, found the davit brake was stiff, had it serviced and retrained a team of 12. "
            "Launch time came down from six minutes to two, and the next inspection passed.",
        ),
    ]
    report = score_interview(_ctx(turns, "Deck Officer", "Solent Link Ferries", FERRY_CV, FERRY_JD))
    item = next(s for s in report.strengths if "measured result" in s)
    quoted = re.findall(r"“([^”]+)”", item)
    assert quoted == ["3%"]


def test_with_only_durations_and_sizes_the_figures_item_quotes_nothing() -> None:
    turns = [
        (
            "Tell me about a time you sped up the turnaround at the berth.",
            "Turnarounds kept running late. I split the crew into two teams, moved about sixty "
            "percent of the cars to the bow ramp and briefed everyone at the start. We were "
            "turned round within twenty minutes, and the master kept the new plan.",
        ),
        (
            "Tell me about a time you dealt with a crew shortage.",
            "Two deckhands went sick before a busy weekend. I rang round the relief list, "
            "rearranged the watches for a team of 12 and took a loading shift myself. We ran "
            "every sailing within three weeks of the new rota being set, with no cancellations.",
        ),
    ]
    report = score_interview(_ctx(turns, "Deck Officer", "Solent Link Ferries", FERRY_CV, FERRY_JD))
    item = next((s for s in report.strengths if "measured result" in s), None)
    if item:
        assert not re.search(r"minutes|weeks|sixty percent|team of", item)


HIVE_JD = """Apiary Manager | Heathbloom Honey
Plan and run the season's hive inspections, manage swarm control and disease checks, and lead
two seasonal beekeepers. Requirements: beekeeping qualification; disease inspection
experience; team leadership."""
HIVE_CV = """Jo Park
Beekeeper, Downland Apiaries, Lewes  2016 - Present
- Inspect 120 colonies for brood disease
"""


def test_a_story_meeting_only_the_questions_side_words_is_not_solidly_on_it() -> None:
    question = (
        "This role involves planning the season's hive inspections. Tell me about one case "
        "from that work that went wrong: what did you do, and what came of it?"
    )
    on_question = (
        "Last spring our inspection plan fell apart when a cold April pushed every colony "
        "behind. I replanned the season's inspections by apiary, put the strongest colonies "
        "first and moved the weak ones to a ten-day cycle. We caught two swarms early and "
        "finished the spring inspections on schedule."
    )
    b = assess_answer(question, on_question, HIVE_JD, HIVE_CV)
    assert keeps_to_question(b) and solidly_on_question(b)
    # The same story read as meeting the question's side words only ("the season"), none of
    # its heart ("hive inspections"), nor the advert's duty it comes from: the verdict may
    # still band it on the question, but it is no strongest example.
    side = replace(
        b.signals.focus,
        core_named=0.0,
        core_taken=False,
        names_core_tool=False,
        duties=replace(b.signals.focus.duties, own=0.0),
    )
    a = replace(b, signals=replace(b.signals, focus=side))
    assert not solidly_on_question(a)
