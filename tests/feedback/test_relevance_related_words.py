"""An on-topic story told in the field's own words, used neither by the question nor by its
advert bullet, is on the question (scorer/related.py): the words of the term's skill in the
lexicon, of the CV lines that name it or tell its duty, take it up below the question's own
words. An off-topic story (a holiday, a bike ride, a day at the seaside) and a story on
another duty of the same job stay off. Every job, CV and answer is invented, from fields not
in the repository's pairs."""

from __future__ import annotations

import pytest

from bench.eval_scorer import relevance_reading
from interview_core.language.skills import skill_named
from interview_core.scorer.answer import assess_answer
from interview_core.scorer.focus import family, question_focus
from interview_core.scorer.related import (
    lexicon_words,
    neighbours,
    related_topic,
    settings,
)

ORTHOPTIST = {
    "job": (
        "- Assess and manage children with amblyopia and strabismus in paediatric clinics\n"
        "- Run visual field clinics for glaucoma and neuro-ophthalmology patients\n"
        "- Screen reception-age children in local schools\n"
        "- Supervise orthoptic students on placement\n"
    ),
    "cv": (
        "Sana Malik\nOrthoptist, Wexford Children's Eye Clinic, 2019 - 2025\n"
        "- Ran occlusion (patching) and atropine clinics for amblyopia, 30 children a week\n"
        "- Performed Humphrey visual fields for the glaucoma service\n"
        "- Led the school vision screening programme for 40 primary schools\n"
        "Education\nBSc Orthoptics, University of Liverpool, 2015 - 2018\n"
    ),
    "question": (
        "In this role you'd assess and manage children with amblyopia. Tell me about a time "
        "you did that: what did you do, and how did it turn out?"
    ),
    # "A lazy eye", "occlusion with a patch", "atropine drops": amblyopia in the clinic's words.
    "on": (
        "A four-year-old boy came to my clinic with a lazy eye that school screening had "
        "picked up. His acuity in the right eye was 6/24, so I started occlusion with a patch "
        "for two hours a day and talked his parents through why it mattered and how to make "
        "patching a game. When he stopped wearing it I switched to atropine drops at the "
        "weekend. After six months his vision in that eye was 6/9 and he was discharged to "
        "the optometrist."
    ),
    "rival": (
        "I ran the visual field clinic for the glaucoma service on Tuesdays. One patient kept "
        "producing unreliable Humphrey results with lots of fixation losses, so I re-instructed "
        "him, gave him rest breaks and repeated the test on the other machine. The reliable "
        "field showed a new defect and the consultant changed his drops the same week."
    ),
    "off": (
        "Last summer I went on a walking holiday in the Lake District with my sister. We "
        "climbed Helvellyn by Striding Edge, camped by Ullswater and swam in the lake every "
        "evening. On the last day it poured with rain, so we spent the afternoon in a tea room "
        "eating scones."
    ),
}

SOMMELIER = {
    "job": (
        "- Recommend wine pairings to guests for the tasting menu\n"
        "- Build and manage the wine list and the cellar stock\n"
        "- Train front-of-house staff in wine service\n"
        "- Work with suppliers on allocations and pricing\n"
    ),
    # The CV line never says "pairing": it tells the tasting-menu duty in its own words.
    "cv": (
        "Tom Becker\nSommelier, The Old Mill Restaurant, 2018 - 2025\n"
        "- Matched Riesling, Etna Rosso and sherry to an eight-course tasting menu\n"
        "- Cut cellar stock holding by 20% with a monthly count\n"
        "- Trained waiting staff in decanting and service\n"
        "Education\nWSET Level 3 Award in Wines, 2017\n"
    ),
    "question": (
        "In this role you'd recommend wine pairings to guests. Tell me about a time you did "
        "that well: what did you do, and how did it go?"
    ),
    "on": (
        "A table of six came in for the tasting menu and one of them only drank red. For the "
        "scallop course everyone else had a dry Riesling, and I poured her a lightly chilled "
        "Etna Rosso, which has enough acidity to sit with the shellfish. For the lamb I "
        "suggested a Rioja Reserva by the glass. She came back a month later and asked for me "
        "by name, and the table's drinks spend was about forty percent above our average."
    ),
    "rival": (
        "Our cellar count was out every month and nobody knew why. I set up a monthly stock "
        "take with two of us counting, matched it against the till sales, and found that "
        "bottles used for cooking were never recorded. Once the kitchen signed them out the "
        "count matched within two bottles and we cut what we held by a fifth."
    ),
    "off": (
        "On my days off I ride my bike along the coast. Last month I did a hundred miles with "
        "my cycling club, stopping for cake at a little cafe in the harbour, and I finally beat "
        "my personal best on the big climb before we rode home in the dark."
    ),
}

ARBORIST = {
    "job": (
        "- Carry out tree felling and sectional dismantling on domestic and commercial sites\n"
        "- Operate woodchippers and stump grinders safely\n"
        "- Complete site risk assessments and traffic management plans\n"
        "- Deal with customers and give quotes\n"
    ),
    "cv": (
        "Luke Harding\nClimbing Arborist, Greenbough Tree Care, 2017 - 2025\n"
        "- Dismantled large trees over buildings using lowering rigs, a Port-a-Wrap and a "
        "speedline\n"
        "- Ran a two-person crew on highway verges\n"
        "Qualifications\nNPTC CS30, CS31, CS38, CS39 chainsaw and climbing tickets\n"
    ),
    "question": (
        "In this role you'd carry out tree felling and sectional dismantling. Tell me about a "
        "hard one: what did you do, and how did it turn out?"
    ),
    "on": (
        "We had a big leaning ash with dieback hanging over a conservatory, with no room to "
        "drop anything. I climbed it and set a lowering point high in the crown, then took the "
        "limbs off in small pieces on the Port-a-Wrap while my groundie ran the friction. Once "
        "the crown was off I blocked the stem down to about four metres and pulled the last "
        "section over into the one clear gap. Nothing touched the glass and we were off site "
        "by three."
    ),
    "rival": (
        "The stump grinder kept throwing stones towards a footpath on a council job. I "
        "stopped, put up extra barriers and a banksman, and changed the angle I was working at "
        "so the debris went into the bank. I wrote it into our method statement so the next "
        "crew set it up that way from the start."
    ),
    # "fell asleep" shares a word with "felling" by chance: still a day out.
    "off": (
        "At the weekend I took my kids to the seaside. We built sandcastles, had fish and "
        "chips on the pier and went on the rides at the fair until it got dark, then drove "
        "home singing along to the radio with the windows down and everyone fell asleep."
    ),
}

FIELDS = {"orthoptist": ORTHOPTIST, "sommelier": SOMMELIER, "arborist": ARBORIST}


def _read(field: str, kind: str) -> str:
    case = FIELDS[field]
    return relevance_reading(case["question"], case[kind], case["job"], case["cv"])


@pytest.mark.parametrize("field", FIELDS)
def test_an_on_topic_story_in_the_fields_own_words_is_on_the_question(field: str) -> None:
    case = FIELDS[field]
    a = assess_answer(case["question"], case["on"], case["job"], case["cv"])
    assert _read(field, "on") == "on"
    assert not a.parts["relevance"].signals["drifting"]


@pytest.mark.parametrize("field", FIELDS)
def test_a_story_on_another_duty_of_the_job_stays_beside_the_question(field: str) -> None:
    assert _read(field, "rival") != "on"


@pytest.mark.parametrize("field", FIELDS)
def test_a_story_of_life_outside_work_stays_off_topic(field: str) -> None:
    case = FIELDS[field]
    a = assess_answer(case["question"], case["off"], case["job"], case["cv"])
    assert a.off_topic
    assert a.score <= 20


@pytest.mark.parametrize("field", ["orthoptist", "sommelier"])
def test_related_words_weigh_less_than_the_questions_own(field: str) -> None:
    case = FIELDS[field]
    a = assess_answer(case["question"], case["on"], case["job"], case["cv"])
    assert 0 < related_topic(a.signals.focus) <= settings()["relevance"]["factor"] < 1


def test_a_core_term_named_in_passing_is_no_story_on_it() -> None:
    # "Sectional" met once, as "the last section", near the end; the CV's words for
    # dismantling (a lowering point, the Port-a-Wrap) take it up in part only.
    case = ARBORIST
    a = assess_answer(case["question"], case["on"], case["job"], case["cv"])
    assert not a.signals.focus.core_taken


def test_the_cv_line_naming_the_term_gives_its_words() -> None:
    case = ORTHOPTIST
    focus = question_focus(case["question"], case["job"], case["cv"])
    # "Ran occlusion (patching) and atropine clinics for amblyopia".
    assert {"occlus", "atropin"} <= set(focus.related["amblyopia"])


def test_a_cv_heading_gives_no_related_words() -> None:
    case = ORTHOPTIST
    focus = question_focus(case["question"], case["job"], case["cv"])
    # "Orthoptist, Wexford Children's Eye Clinic, 2019 - 2025" names children by chance.
    assert not {"wexford", "eye"} & set(focus.related.get("children", {}))


def test_a_cv_line_telling_the_advert_duty_in_its_words_gives_its_words() -> None:
    case = SOMMELIER
    focus = question_focus(case["question"], case["job"], case["cv"])
    assert {"riesl", "etna"} <= set(focus.related["pairings"])


def test_the_lexicon_gives_a_skills_aliases_and_neighbours() -> None:
    skill = skill_named("Intrapartum Care")
    assert skill is not None
    assert skill_named("Midwifery") in neighbours(skill)
    got = lexicon_words(skill, family, set())
    # "delivery suite", "labour ward", "care in labour".
    assert {"suit", "labour"} <= set(got)
    assert max(got.values()) <= settings()["lexicon"]["weight"]


def test_a_competency_has_no_lexicon_words() -> None:
    skill = skill_named("Leadership")
    assert skill is not None
    assert lexicon_words(skill, family, set()) == {}


# The two stories a reviewer found read as beside the question: a GIS analyst's ArcPy scripts
# for Python (the lexicon: ArcPy implies Python), a midwife's woman in established labour for
# intrapartum care (the lexicon: labour read beside a CTG is intrapartum care).
GIS_JOB = (
    "- Maintain the council's spatial datasets and the corporate GIS\n"
    "- Automate data processing and map production with Python\n"
    "- Produce maps and spatial analysis for planning, highways and public health\n"
)
GIS_CV = (
    "GIS Technician, Eastmoor District Council, 2019 - 2024\n"
    "- Automated map production in ArcPy (Python) for 40 parish plans\n"
    "- Maintained the local land and property gazetteer in ArcGIS\n"
)
MIDWIFE_JOB = (
    "- Provide intrapartum care on the delivery suite on shift\n"
    "- Provide antenatal and postnatal care on the ward and in clinic\n"
    "- Support and assess student midwives in practice\n"
)
MIDWIFE_CV = (
    "Midwife (Band 5), Riverside Maternity Unit, 2021 - 2025\n"
    "- Rotated through delivery suite, birth centre and postnatal ward\n"
    "- Mentored two student midwives\n"
)
REVIEWED = [
    (
        GIS_JOB,
        GIS_CV,
        "Your CV mentions Python: you automated map production in ArcPy (Python) for 40 "
        "parish plans. Walk me through one piece of that Python work in detail: what problem "
        "were you solving, what did you decide, and why?",
        "The parish plans were the big one. Every quarter forty maps had to be made by hand "
        "and each took half a day. I wrote ArcPy scripts that pulled the latest layers from "
        "the gazetteer, set the extent and legend per parish and exported the PDFs overnight. "
        "I decided to build it as one toolbox so colleagues could run it from ArcGIS Pro "
        "without touching code. The quarterly run went from twenty days of work to one morning.",
    ),
    (
        MIDWIFE_JOB,
        MIDWIFE_CV,
        "In this role you'd provide intrapartum care on the delivery suite on shift. Can you "
        "talk me through a specific situation from that work: what you did, and how it "
        "turned out?",
        "I was looking after a woman in established labour. The CTG showed late "
        "decelerations, so I did a fresh set of observations, moved her onto her left side and "
        "escalated to the registrar straight away. The registrar did a fetal blood sample, "
        "which came back borderline, and we went for an assisted birth. The baby was born in "
        "good condition with Apgars of 9, and I debriefed with the woman and her partner the "
        "next day.",
    ),
]


@pytest.mark.parametrize(("job", "cv", "question", "answer"), REVIEWED)
def test_the_reviewers_stories_are_on_the_question(
    job: str, cv: str, question: str, answer: str
) -> None:
    a = assess_answer(question, answer, job, cv)
    assert not a.parts["relevance"].signals["drifting"]
    assert relevance_reading(question, answer, job, cv) == "on"
