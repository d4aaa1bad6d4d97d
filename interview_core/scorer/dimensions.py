"""The four rubric dimensions of one answer, each 0-100 with the signals behind it.

- relevance: does the answer take up the question's own topic and the job's terms? An answer
  that touches neither is off-topic and capped low, whatever its length or polish;
- structure: what "well built" means depends on the question: STAR for a behavioural
  question, steps with reasons and a check for technical, situational and closing ones, and
  a specific reason plus what one would bring for motivation questions;
- evidence: figures, named tools, systems and organisations, a result, "I" over "we", less
  generic and buzzword language. It is measured as a density, so length adds nothing;
- communication: length within the useful range (longer answers lose points), filler and
  hedge words per 100 words, run-on sentences and digressions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..feedback_schema import Dimensions
from ..language.answers import NO_READING, SharedReading
from .lexicons import clamp, saturate
from .questions import QuestionReading
from .related import on_topic_in_related_words, related_topic
from .signals import ScoringSignals

# The useful length of a spoken answer: about 30 seconds to 2 minutes.
USEFUL_WORDS = (60, 220)
# A reply asked only for how a story ended says it in fewer words.
USEFUL_RESULT_WORDS = (25, 150)
# Past this, communication has fallen to its floor.
RAMBLING_WORDS = 400
# Counts of figures, names and job terms are scaled down past this many words: evidence
# and fit are a matter of density, so a longer answer does not earn more by length alone.
DENSITY_WORDS = 130
TOO_SHORT_WORDS = 25

# An answer's score weighs relevance, structure, evidence and communication.
WEIGHTS = {"relevance": 0.30, "structure": 0.25, "evidence": 0.30, "communication": 0.15}
# An off-topic answer never scores above this, however long or well structured.
OFF_TOPIC_CAP = 20
# Below the cap, an off-topic answer keeps this share of what its other qualities earn, so
# it scores below a weak answer to the question itself.
OFF_TOPIC_FACTOR = 0.1
# An answer off the question is told by the one rule the interviewer redirects it by
# (`language/answers.off_topic_reading`), and by the coach's own evidence below where the
# interviewer's reading does not take the answer for a story of the candidate's own work
# (`SharedReading.own_work`).
# Off-topic: the answer takes up less than OFF_TOPIC_COVER of the question's topic in the
# question's own word families, its words shared with the job description and the CV weigh
# less than OFF_TOPIC_MAX_WORK_WEIGHT or OFF_TOPIC_WORK_SHARE of its other words (by rarity, so "team" or "months" count little), and
# it is about something distinctive of its own: its other words weigh at least
# OFF_TOPIC_MIN_OTHER_WEIGHT (a vague answer to the question is weak, not off-topic).
# With no topic word at all but the work's words, it is drifting instead, and its
# relevance is held to DRIFT_CAP.
OFF_TOPIC_COVER = 0.5
OFF_TOPIC_MAX_WORK_WEIGHT = 1.5
OFF_TOPIC_MIN_OTHER_WEIGHT = 6.0
# A long story of its own may share a few words with the work by chance: up to this share
# of its other words' weight.
OFF_TOPIC_WORK_SHARE = 0.1
# A story about life outside work: at least PERSONAL_MIN_WORDS distinct words of leisure,
# family, home or travel (`personal_life`, not used by the job, CV or question) while the
# words it shares with the question, the job and the CV make up less than
# PERSONAL_MAX_WORK_SHARE of its rarity-weighted content. It is off-topic even when a few
# common words of the question ("regularly", "keep") turn up in it by chance. With fewer
# such words it needs a still smaller work share (PERSONAL_FEW_WORK_SHARE).
PERSONAL_MIN_WORDS = 3
PERSONAL_MAX_WORK_SHARE = 0.25
PERSONAL_FEW_WORDS, PERSONAL_FEW_WORK_SHARE = 2, 0.15
# A story that takes up no word of the question's topic, in no form, and tells of life
# outside work (PERSONAL_FEW_WORDS such words) is off-topic with a larger share of work words
# than a story that touches the topic may have: "colleagues" or "after work" in a story about
# a climbing wall place it, they do not answer the question.
PERSONAL_UNTOUCHED_WORK_SHARE = 0.3
DRIFT_CAP = 45
# A question whose topic words are all common ("what was the result, how did you measure
# it?", a follow-up) says too little to call an answer drifting.
MIN_TOPIC_WEIGHT_TO_JUDGE = 0.8
MIN_CLOSING_TOPIC_WEIGHT = 2.0
# Shorter answers are judged too short rather than off the topic, unless they are plainly
# about life outside work: at least PERSONAL_FEW_WORDS words of it in MIN_WORDS_FOR_PERSONAL
# words or more ("we went to Tenerife with the kids, best holiday we've had").
MIN_WORDS_FOR_TOPIC = 25
MIN_WORDS_FOR_PERSONAL = 10
# Past the useful length an answer loses up to this share of its score by RAMBLING_WORDS:
# however good its content, an interviewer stops following a four-minute answer.
LONG_ANSWER_LOSS = 0.4
# Below this relevance an answer's score is scaled down towards the off-topic cap.
LOW_RELEVANCE = 45

# Relevance: the question's topic, the job's terms, and the kind of answer the type wants.
RELEVANCE_TOPIC, RELEVANCE_JOB, RELEVANCE_FIT = 0.55, 0.25, 0.20
# STAR parts for behavioural questions.
STAR_WEIGHTS = {"situation": 0.2, "task": 0.15, "action": 0.35, "result": 0.3}
# The reply to "How did that turn out?": the story before set the scene and the task, so the
# reply is built on its ending and what the candidate did to reach it.
RESULT_REPLY_WEIGHTS = {"result": 0.7, "action": 0.3}
# Plan parts for technical, situational and closing questions ("example": backed by experience).
PLAN_WEIGHTS = {"steps": 0.3, "reasoning": 0.35, "check": 0.15, "example": 0.2}
# Reflection: the lesson named, the occasion that taught it, how practice changed since.
REFLECTION_WEIGHTS = {"lesson": 0.4, "occasion": 0.3, "change": 0.3}
# Motivation: a reason, a link to one's own experience, what one would bring.
MOTIVATION_WEIGHTS = {"reason": 0.4, "experience": 0.3, "bring": 0.3}
# Share of digressing sentences tolerated before structure and communication suffer.
DIGRESSION_TOLERANCE = 0.3
# Evidence parts.
EVIDENCE_WEIGHTS = {"figures": 0.35, "names": 0.25, "outcome": 0.2, "ownership": 0.2}
VAGUENESS_CAP = 45.0
HEDGE_VAGUENESS = 4
# Communication penalties per filler and hedge per 100 words, and per word of sentence
# length beyond the run-on threshold.
FILLER_PENALTY, HEDGE_PENALTY = 8.0, 6.0
RUN_ON_WORDS, RUN_ON_PENALTY = 28, 1.2
DIGRESSION_PENALTY = 60.0


@dataclass(frozen=True)
class DimensionScore:
    """One dimension's score and the named signals it was computed from."""

    score: float
    signals: dict[str, float]


# A reflective answer with this much of a lesson's markers names one.
LESSON_NAMED = 0.5


def names_lesson(q: QuestionReading, s: ScoringSignals) -> bool:
    """A reflective question answered with a lesson: what it asks for, though told in words
    other than the question's ("arrears are a symptom" for "running a caseload")."""
    return q.wants_reflection and s.reflection["lesson"] >= LESSON_NAMED


def plans_faulted(q: QuestionReading) -> bool:
    """What the candidate would do counts against the answer: a story question that does not
    also ask how they would go about it or what they would do differently."""
    return q.wants_story and not q.asks_plan and not q.asks_reflection


def relevance(
    q: QuestionReading, s: ScoringSignals, has_job: bool, shared: SharedReading = NO_READING
) -> DimensionScore:
    """How far the answer takes up the question's topic and the job's terms."""
    scale = min(1.0, DENSITY_WORDS / max(s.word_count, 1))
    job_fit = saturate(len(s.job_terms) * scale, 2.5) if has_job else 0.5
    topic = q.topic_cover(s.topic_exact, s.topic_matched) if q.topic_stems else job_fit
    # A story told in the field's own words ("ArcPy scripts" for Python, "a woman in
    # established labour" for intrapartum care) takes the question up in related words, below
    # its own words (`related.py`).
    in_related = related_topic(s.focus) if q.topic_stems else 0.0
    topic = max(topic, in_related)
    if q.asks_result:
        # "What was the outcome of that?" asks how the story before ended: an answer telling
        # the ending takes up all it asks, in the story's words, not the question's.
        topic = max(topic, s.star["result"])
    if q.kind in ("closing", "motivation", "reflective"):
        # Answered in the candidate's own terms: the job's words count as much as the question's.
        topic = max(topic, job_fit)
    hypothetical_share = min(1.0, s.hypothetical * s.per100 / 4) if plans_faulted(q) else 0.0
    if q.wants_story:
        fit = s.told_example * (1 - hypothetical_share)
    elif q.kind == "motivation":
        fit = max(s.motivation["reason"], 0.5 * float(s.mentions_company))
    elif q.wants_reflection:
        fit = 0.6 + 0.4 * max(s.reflection["lesson"], s.told_example)
    else:
        fit = 0.6 + 0.4 * max(s.plan["steps"], s.told_example)
    score = 100 * (RELEVANCE_TOPIC * topic + RELEVANCE_JOB * job_fit + RELEVANCE_FIT * fit)
    off_topic = scored_off_topic(q, s, has_job, shared)
    # Closing and motivation questions are answered in the candidate's own terms; their
    # wording says little about what a good answer mentions.
    # A closing question is judged too when it names a duty ("In this role you'd take part
    # in code review… How would you approach that in your first months?"); a bare "first 90
    # days" question says too little about what a good answer covers.
    judge = q.kind != "motivation" and sum(q.topic_weights) >= (
        MIN_CLOSING_TOPIC_WEIGHT if q.kind == "closing" else MIN_TOPIC_WEIGHT_TO_JUDGE
    )
    drifting = (
        not off_topic
        and judge
        and not q.asks_result
        and not s.topic_matched
        and not on_topic_in_related_words(s.focus)
        and s.word_count >= MIN_WORDS_FOR_TOPIC
        and not names_lesson(q, s)
    )
    if off_topic:
        score = min(score, OFF_TOPIC_CAP)
    elif drifting:
        score = min(score, DRIFT_CAP)
    return DimensionScore(
        clamp(score),
        {
            "topic": topic,
            "job_fit": job_fit,
            "fit": fit,
            "off_topic": float(off_topic),
            "drifting": float(drifting),
        },
    )


def scored_off_topic(
    q: QuestionReading, s: ScoringSignals, has_job: bool, shared: SharedReading
) -> bool:
    """Whether the answer is about something else than the question: the verdict of the rule
    the interviewer redirects by (`shared.off_topic`), so the coach never scores an answer the
    interviewer redirected; or the coach's own evidence (`coach_off_topic`), unless the
    interviewer's reading takes the answer for a story of the candidate's own work
    (`shared.own_work`: the ski instructor who "stopped them, put the strongest skier at the
    back", told in words the question and the CV never use)."""
    if s.word_count == 0:
        return False
    # A question whose words name no topic ("What was the result of that, and how did you
    # know?") is left only for life outside work: any account of the work may answer it.
    topical = sum(q.topic_weights) >= MIN_TOPIC_WEIGHT_TO_JUDGE
    own = coach_off_topic(q, s, has_job)
    # The interviewer's redirect alone marks down an answer about life outside work or a view
    # in which the candidate does nothing; a story of the candidate's doing it redirects (told
    # in words the documents lack) is off only when the coach's own signs agree: a work story
    # capped at 20 by one reading's slip costs too much.
    # A question whose words name no topic leaves only life outside work off it.
    redirected = shared.off_topic and (shared.leaves_work or (topical and (not shared.acts or own)))
    return redirected or (own and not shared.own_work)


def coach_off_topic(q: QuestionReading, s: ScoringSignals, has_job: bool) -> bool:
    """No word of the question's topic and hardly any of the job's: about something else."""
    if s.word_count < MIN_WORDS_FOR_TOPIC:
        return (
            has_job
            and s.word_count >= MIN_WORDS_FOR_PERSONAL
            and len(s.personal_words) >= PERSONAL_FEW_WORDS
            and personal_story(s)
        )
    if has_job and personal_story(s):
        return True
    if q.topic_stems and q.topic_cover(s.topic_exact) >= OFF_TOPIC_COVER:
        return False
    if not has_job:
        # Without a job description (nor a CV) there is no way to tell work from a story
        # about something else: never call an answer off-topic on the question's words alone.
        return False
    limit = max(OFF_TOPIC_MAX_WORK_WEIGHT, OFF_TOPIC_WORK_SHARE * s.other_weight)
    # A story told in words of work that no list holds ("the till", "a mystery shopper"),
    # with the candidate's own actions and a figure, is work beside the question at worst.
    work_story = s.star["action"] >= 0.5 and bool(s.figures)
    if (
        sum(q.topic_weights) >= MIN_TOPIC_WEIGHT_TO_JUDGE
        and not s.topic_matched
        and not work_story
        and len(s.personal_words) >= PERSONAL_FEW_WORDS
        and work_share(s) < PERSONAL_UNTOUCHED_WORK_SHARE
    ):
        return True
    about_else = bool(s.personal_words) or s.work_weight == 0 or not work_story
    return about_else and s.work_weight < limit and s.other_weight >= OFF_TOPIC_MIN_OTHER_WEIGHT


def work_share(s: ScoringSignals) -> float:
    """The share of the answer's rarity-weighted content words the question, job or CV use."""
    related = s.work_weight + s.topic_weight
    total = related + s.other_weight
    return related / total if total else 1.0


def personal_story(s: ScoringSignals) -> bool:
    """Told in the words of life outside work, with little of the question's or the job's."""
    personal = len(s.personal_words)
    share = work_share(s)
    if personal >= PERSONAL_MIN_WORDS and share < PERSONAL_MAX_WORK_SHARE:
        return True
    return personal >= PERSONAL_FEW_WORDS and share < PERSONAL_FEW_WORK_SHARE


def structure(q: QuestionReading, s: ScoringSignals) -> DimensionScore:
    """How well the answer is built for this type of question."""
    if q.wants_story and q.asks_result:
        parts = {p: s.star[p] for p in RESULT_REPLY_WEIGHTS}
        weights = RESULT_REPLY_WEIGHTS
        factor = 1.0
    elif q.wants_story:
        parts = dict(s.star)
        weights = STAR_WEIGHTS
        factor = s.star_proportion
    elif q.wants_reflection:
        # Judged on the lesson, the occasion behind it and what changed: not STAR's measured
        # result, nor a plan's steps.
        parts = {**s.reflection, "occasion": s.told_example}
        weights = REFLECTION_WEIGHTS
        factor = 1.0
    elif q.kind == "motivation":
        experience = max(s.star["action"], s.star["situation"], s.star["result"])
        parts = {**s.motivation, "experience": experience}
        weights = MOTIVATION_WEIGHTS
        factor = 1.0
    else:
        parts = {**s.plan, "example": s.told_example}
        weights = PLAN_WEIGHTS
        factor = 1.0
    factor -= max(0.0, s.digression_share - DIGRESSION_TOLERANCE)
    score = 100 * max(0.4, factor) * sum(weights[p] * parts[p] for p in weights)
    return DimensionScore(clamp(score), {**parts, "proportion": factor})


def evidence(q: QuestionReading, s: ScoringSignals) -> DimensionScore:
    """How concrete and believable the answer is, per word rather than in total."""
    # Beyond the useful length, counts are scaled down: a long answer holds more figures
    # by length alone, which is not better evidence.
    scale = min(1.0, DENSITY_WORDS / max(s.word_count, 1))
    figure_weight = sum(1.2 if f.has_unit else 1.0 for f in s.figures) + 0.5 * s.number_words
    figure_weight += 0.3 * len(s.years)
    names = len({n.lower() for n in (*s.skills_named, *s.proper_nouns)})
    outcome = s.star["result"] if q.wants_story else max(s.star["result"], s.plan["check"])
    parts = {
        "figures": saturate(figure_weight * scale, 0.8),
        "names": saturate(names * scale, 1.5),
        "outcome": outcome,
        "ownership": s.ownership,
    }
    hypothetical = s.hypothetical if plans_faulted(q) else 0
    vagueness = min(
        VAGUENESS_CAP,
        (
            4 * s.generic
            + 5 * hypothetical
            + 6 * sum(s.buzzwords.values())
            # "I think", "I can't remember": a claim the speaker is unsure of is weak evidence.
            + HEDGE_VAGUENESS * sum(s.hedges.values())
        )
        * s.per100,
    )
    score = 100 * sum(EVIDENCE_WEIGHTS[p] * parts[p] for p in EVIDENCE_WEIGHTS) - vagueness
    return DimensionScore(clamp(score), {**parts, "vagueness": vagueness})


def length_fit(word_count: int, useful: tuple[int, int] = USEFUL_WORDS) -> float:
    """1 inside the useful length; less when shorter, and less again when longer."""
    lo, hi = useful
    if word_count < 15:
        return 0.1 * word_count / 15
    if word_count < lo:
        return 0.1 + 0.9 * (word_count - 15) / (lo - 15)
    if word_count <= hi:
        return 1.0
    return max(0.1, 1.0 - 0.9 * (word_count - hi) / (RAMBLING_WORDS - hi))


def overlength(word_count: int) -> float:
    """How far past the useful length an answer runs: 0 within it, 1 at RAMBLING_WORDS."""
    hi = USEFUL_WORDS[1]
    return min(1.0, max(0.0, (word_count - hi) / (RAMBLING_WORDS - hi)))


def communication(s: ScoringSignals, q: QuestionReading | None = None) -> DimensionScore:
    """How easy the answer is to follow: length, fillers, hedges, run-ons, digressions."""
    filler_rate = sum(s.fillers.values()) * s.per100
    hedge_rate = sum(s.hedges.values()) * s.per100
    asked_result = q is not None and q.asks_result
    length = length_fit(s.word_count, USEFUL_RESULT_WORDS if asked_result else USEFUL_WORDS)
    digression = max(0.0, s.digression_share - DIGRESSION_TOLERANCE)
    score = (
        100 * length
        - FILLER_PENALTY * filler_rate
        - HEDGE_PENALTY * hedge_rate
        - RUN_ON_PENALTY * max(0.0, s.avg_sentence_words - RUN_ON_WORDS)
        - DIGRESSION_PENALTY * digression
    )
    return DimensionScore(
        clamp(score),
        {"length": length, "fillers_per_100": filler_rate, "hedges_per_100": hedge_rate},
    )


def combine(
    q: QuestionReading, s: ScoringSignals, has_job: bool, shared: SharedReading = NO_READING
) -> tuple[int, Dimensions, dict[str, DimensionScore]]:
    """The answer's score (0-100), its dimensions and the signals behind each."""
    parts = {
        "relevance": relevance(q, s, has_job, shared),
        "structure": structure(q, s),
        "evidence": evidence(q, s),
        "communication": communication(s, q),
    }
    if s.word_count == 0:
        parts = {k: DimensionScore(0.0, v.signals) for k, v in parts.items()}
    score = sum(WEIGHTS[k] * parts[k].score for k in WEIGHTS)
    rel = parts["relevance"].score
    # An answer that misses the question, or is too short to show anything, cannot score
    # well however polished its other parts are.
    if rel < LOW_RELEVANCE:
        score *= 0.55 + 0.45 * rel / LOW_RELEVANCE
    if s.word_count < TOO_SHORT_WORDS:
        score *= 0.4 + 0.6 * s.word_count / TOO_SHORT_WORDS
    score *= 1 - LONG_ANSWER_LOSS * overlength(s.word_count)
    if parts["relevance"].signals["off_topic"]:
        score = min(score * OFF_TOPIC_FACTOR, OFF_TOPIC_CAP)
    dims = Dimensions(**{k: round(v.score) for k, v in parts.items()})
    return round(clamp(score)), dims, parts
