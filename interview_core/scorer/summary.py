"""The interview summary: skill coverage, insights, strengths, weaknesses, CV improvements."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas, getInflection
from wordfreq import zipf_frequency

from ..context import InterviewContext
from ..feedback_schema import (
    Dimensions,
    FeedbackReport,
    GeneratedBy,
    Insights,
    QuestionFeedback,
    SkillCoverage,
    TalkingPoint,
    TermCount,
    headline_score,
)
from ..language import denials
from ..language import skills as skill_lexicon
from ..language.cv import CandidateProfile, names_post, title_fields
from ..language.evidence import clauses_naming, evidence_for, profile_lines
from ..language.examples import AdvertExample, example_named, examples_in, only_as_example
from ..language.field_skills import (
    FIELD_SKILL,
    FieldSkill,
    FieldSkillCoverage,
    field_skill_coverage,
    field_skills,
    held_words,
    is_code,
    is_held_thing,
    key_words,
    names_plainly,
    qualification_words,
    shown_by,
    shows_duty,
    word_found,
)
from ..language.figures import (
    RESULT,
    SCALE,
    Figure,
    changes,
    figure_role,
    figures,
    number_units,
    spelled_value,
)
from ..language.job import JobProfile
from ..language.layout import is_contact
from ..language.people import leads_people, people_leading_line
from ..language.progress import in_progress
from ..language.text import (
    clause_spans,
    content_stems,
    content_words,
    holds_term,
    normalise_quotes,
    phrase_alternation,
    sentences,
    stopwords,
    tokens,
    words,
)
from .answer import (
    AnswerAssessment,
    assess_answer,
    best_result_sentence,
    led_by_action,
    tells_own_habit,
)
from .cv import (
    achievements,
    best_achievement,
    cv_profile,
    is_contact_or_header,
    is_post_held,
    is_role_header,
    quote,
    quote_around,
    quote_cv,
    told_lines,
)
from .deeds import (
    clause_at,
    denies,
    does_work,
    event_words,
    handles_event,
    names_a_post,
    others_do,
    phrase_in,
    shown_by_words,
    shows_at,
    shows_skill,
    soft_shown_by_words,
    tells_steps,
    undenied,
    verb_object_span,
    without_conditions,
    word_span,
)
from .dimensions import USEFUL_WORDS
from .lexicons import lexicons, light_stem, same_stem
from .outline import fitting_achievement, join, stronger_answer
from .questions import rarity
from .rules import (
    BRIEF_WORDS,
    FOCUS_CLEAR_COVER,
    FOCUS_MIN_WEIGHT,
    OWN_DUTY_CLEAR_COVER,
    OWN_STEPS,
    STRONG_SCORE,
    advice_for,
    applies,
    beside_focus,
    habitual_steps,
    honest_gap,
    own_part_clear,
    praise,
    stays_general,
    steps_taken,
    tells_result,
    verdict,
)
from .rules import wording as advice_wording
from .signals import I_PAST_VERB, job_profile, job_terms
from .vagueness import bare_claim

# Job words this common (Zipf about 5.3 and above) are not worth listing as terms used.
MIN_TERM_RARITY = 0.5
# An answer this long that takes up a question counts towards its talking point.
MIN_POINT_WORDS = 40

OFFLINE_PROVIDER = "offline"
OFFLINE_MODEL = "rule-based scorer"
_DATA = Path(__file__).parent / "data" / "summary.json"

MAX_ITEMS = 5
MAX_MISSING = 4
STRONG_ANSWER = 55
WEAK_ANSWER = 70
WEAK_DIMENSION = 75
# An answer whose relevance score is this low tells of another matter: its figures back
# nothing asked, and its missing figures are not its problem.
ON_QUESTION_RELEVANCE = 50
# An answer this short is no story to finish: the "short" item names it.
MIN_STORY_WORDS = 25


@lru_cache(maxsize=1)
def wording() -> dict:
    """The summary wording (`data/summary.json`)."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class InterviewAnalysis:
    """Everything computed locally about an interview, whoever judges the answers."""

    assessments: tuple[AnswerAssessment, ...]
    skill_coverage: tuple[SkillCoverage, ...]
    insights: Insights
    job_skills: tuple[str, ...]


@dataclass(frozen=True)
class Judged:
    """The per-question scorer's reading of the answers that coverage reuses (0-based)."""

    own_work: frozenset[int]
    """Answers telling the candidate's own action: steps of their own, or a routine told in
    them; not a claim in general ("I'm always the one people ring")."""
    on_question: frozenset[int]
    """Of those, the ones the scorer judged solidly on their question."""


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


# --- coverage -----------------------------------------------------------------------------


def _with_implied(found: list[skill_lexicon.Skill]) -> set[skill_lexicon.Skill]:
    return set(found) | set(skill_lexicon.implied_skills(found))


def _implying(skill: skill_lexicon.Skill, found: Sequence[skill_lexicon.Skill]) -> list:
    """Those of `found` that are `skill` or imply it (Terraform for infrastructure as code)."""
    return [f for f in found if f == skill or skill in skill_lexicon.implied_skills([f])]


def _claimed_by_line(skill: skill_lexicon.Skill, line: str) -> SkillCoverage:
    """A skill claimed (not shown in an answer) by one CV line, quoted without its bullet."""
    return SkillCoverage(
        skill=skill.name,
        category=skill.category,
        status="undemonstrated",
        evidence=quote(line.lstrip("-•*· "), EVIDENCE_QUOTE_CHARS),
    )


def skill_coverage(
    ctx: InterviewContext,
    answers: Sequence[str],
    off_topic: frozenset[int] = frozenset(),
    stories: frozenset[int] = frozenset(),
    judged: Judged | None = None,
) -> list[SkillCoverage]:
    """Each job skill: demonstrated (an answer shows it or something implying it, or the CV
    holds it when it is a credential), claimed on the CV only (undemonstrated), or missing
    (neither CV nor answers show it or imply it).

    Answers whose 0-based index is in `off_topic` show nothing. Those in `stories` tell an
    occasion of the candidate's own with its result, on their question: a story given to a
    question about a skill demonstrates it, and the evidence is quoted from a story first.
    `judged` carries the per-question scorer's reading (`Judged`): an answer it found no
    step of the candidate's own in shows no skill but a credential held, and one it judged
    on its question with the candidate's own steps shows the one skill its question asks
    about, in whatever words it tells it.
    """
    cv = cv_profile(ctx.cv_text) if ctx.cv_text else None
    job = (
        job_profile(ctx.job_title, ctx.company_name, ctx.job_description)
        if ctx.job_description
        else None
    )
    # What the role asks for, read from its duties and requirements: the company blurb and
    # the benefits ("paid CITB renewals") never become skills the candidate lacks.
    # Checks the employer performs (DBS) are practicalities, not skills.
    # Nor is the job itself a skill: the field its title names ("Customer Success" of
    # "Customer Success Manager", "Social Work" of "Social Worker").
    the_job = title_fields(ctx.job_title)
    needed = (
        {
            s
            for s in (*job.skills, *job.soft_skills, *job.nice_to_have)
            if not skill_lexicon.is_employer_check(s) and s not in the_job
        }
        if job
        else set()
    )
    # In the order the advert names them.
    in_text = job_terms(ctx.job_description).skills if ctx.job_description else ()
    job_skills = tuple(
        dict.fromkeys(
            [*(s for s in in_text if s in needed), *(s for s in needed if s not in in_text)]
        )
    )
    # What the answers show: their plans ("By two months I'd be supervising…") show nothing.
    answers = [_without_plans(a) for a in answers]
    per_answer = [skill_lexicon.extract_skills(a) if a else [] for a in answers]
    cv_found = list(skill_lexicon.extract_skills(ctx.cv_text)) if ctx.cv_text else []
    questions = [t.question for t in ctx.turns] if len(ctx.turns) == len(answers) else []
    # An answer the scorer found no step of the candidate's own in ("I've been covering for
    # my shift lead", "quality control is something I'm passionate about") claims a skill
    # at most: it shows none but a credential held ("I hold my NEBOSH").
    claims = (
        frozenset(i for i in range(len(answers)) if i not in judged.own_work)
        if judged is not None
        else frozenset()
    )
    on_question = judged.on_question if judged is not None else frozenset()
    asked_alone = _asked_alone(questions, job_skills)
    out: list[SkillCoverage] = []
    for skill in job_skills:
        credential = skill_lexicon.is_credential(skill)
        unshown = off_topic if credential else off_topic | claims
        # A story naming the skill is quoted by its sentence naming it; else a story told to
        # a question about the skill shows it, though it never says the word.
        shown = _shown_in_answers(skill, answers, per_answer, unshown, stories)
        if shown is None or (shown.question or 0) - 1 not in stories:
            shown = (
                _story_asked_about(
                    skill.name,
                    lambda q, s=skill: _asks_about(q, s),
                    questions,
                    answers,
                    stories - claims,
                    paraphrased=frozenset(
                        i for i in on_question if skill in asked_alone.get(i, ())
                    ),
                )
                or shown
            )
        if shown:
            out.append(shown)
            continue
        hits = _implying(skill, cv_found)
        # "Alongside Gas Safe registered engineers": a credential the CV names only as other
        # people's is not the candidate's.
        if credential and cv is not None and _others_only(cv, skill):
            out.append(SkillCoverage(skill=skill.name, category=skill.category, status="missing"))
            continue
        if hits or (cv and cv.has(skill)):
            evidence = None
            for hit in hits:
                # A short certificate or education line ("SSSTS, 2019") is the evidence;
                # elsewhere a line that short is a heading.
                lines = [
                    m.text
                    for m in (cv.mentions_of(hit) if cv else ())
                    if not is_contact_or_header(m.text)
                    or (
                        m.section in _HELD_SECTIONS
                        and not is_contact(m.text)
                        and not is_role_header(m.text)
                    )
                ]
                if lines:
                    evidence = _quote_skill(lines[0], hit)
                    break
            out.append(
                SkillCoverage(
                    skill=skill.name,
                    category=skill.category,
                    status="undemonstrated",
                    evidence=evidence,
                )
            )
        else:
            # The CV may show the job's need in other words: a requirement line's named term
            # ("compliance with CDM 2015") on the CV, or a skill the CV lists.
            # A product ("Epic") is shown only by its own name: another term of the job's
            # line ("or a similar LIMS") on the CV is a different product.
            by_term = None if skill_lexicon.is_proper_name(skill) else job
            found = evidence_for(cv, skill, (), job=by_term) if cv and job else None
            if found is not None and not is_contact_or_header(found.line):
                out.append(
                    SkillCoverage(
                        skill=skill.name,
                        category=skill.category,
                        status="undemonstrated",
                        evidence=quote_around(
                            found.line,
                            found.term or _form_in(found.line, found.via),
                            EVIDENCE_QUOTE_CHARS,
                        ),
                    )
                )
            elif cv and (line := _in_the_adverts_word(skill, ctx.job_description, cv)):
                # "Contribute to service audit" (Clinical Audit by its word "audit") met by
                # "Worked with audit team to cut waiting times": the advert gives the context.
                out.append(_claimed_by_line(skill, line))
            elif own := _duty_in_own_words(skill, job, cv, answers, unshown):
                # "Ensuring compliance with Red Tractor" met by "Red Tractor audits passed":
                # the CV or an answer does what the job's line asks, in its own words.
                line, number = own
                out.append(
                    SkillCoverage(
                        skill=skill.name,
                        category=skill.category,
                        status="demonstrated" if number else "undemonstrated",
                        evidence=quote(line, 140),
                        question=number,
                    )
                )
            elif skill.name.lower() in _people_skills() and people_leading_line(ctx.cv_text or ""):
                # Leading, supervising, mentoring: a CV line leading people claims them, as
                # the weaknesses read it (`leads_people`). The evidence quoted is a duty or
                # achievement line: a role's header ("Team Leader — Acme Ltd, 2019–2023"), a
                # contact or summary line claims it without showing it.
                duty = _people_leading_duty(cv) if cv else None
                out.append(
                    _claimed_by_line(skill, duty)
                    if duty
                    else SkillCoverage(
                        skill=skill.name, category=skill.category, status="undemonstrated"
                    )
                )
            else:
                out.append(
                    SkillCoverage(skill=skill.name, category=skill.category, status="missing")
                )
    # What the job asks for in its field's own words ("NPTC CS30/31", "aerial rescue"), found
    # on the CV or in the answers by word family when the lexicon knows none of it.
    if job is not None:
        named = {c.skill.lower() for c in out}
        asked_fields = field_skills(job)
        for field in _field_coverage(job, cv, answers, off_topic, claims):
            told = _story_asked_about(
                field.name,
                lambda q, n=field.name: shown_by(n, [q]),
                questions,
                answers,
                stories - claims,
                FIELD_SKILL,
                paraphrased=frozenset(
                    i
                    for i in on_question
                    if _field_alone(field.name, questions[i], job_skills, asked_fields)
                ),
            )
            if field.status == "demonstrated" and (field.question or 0) - 1 in stories:
                told = None  # the story's own sentence naming it
            if told is not None and field.name.lower() not in named:
                out.append(told)
            elif field.name.lower() not in named:
                out.append(
                    SkillCoverage(
                        skill=field.name,
                        category=FIELD_SKILL,
                        status=field.status,  # type: ignore[arg-type]
                        # An answer's sentence is quoted from its start, as the
                        # strengths quote it; a long CV line around the skill's words.
                        evidence=(
                            quote(field.evidence, EVIDENCE_QUOTE_CHARS)
                            if field.question
                            else _quote_field(field.evidence, field.name)
                        )
                        if field.evidence
                        else None,
                        question=field.question,
                    )
                )
    # "Supervision of installation teams" beside Supervision shown: the phrase is partly met.
    if cv is not None or answers:
        out = _met_by_head(out, cv, answers, off_topic)
    # "An ERP or brewery management system (e.g. Ekos)": the advert's own example on the CV
    # or in an answer shows what it illustrates, and an example is no gap of its own.
    if ctx.job_description:
        out = _met_by_examples(out, ctx.job_description, cv, answers, off_topic)
    # "EUSR National Water Hygiene card" on the CV's certificates: a credential is shown by
    # holding it, as no answer could show it better.
    if cv is not None and job is not None:
        out = _held_shown(out, cv, job, ctx.job_description)
    # "Gainsight, ChurnZero or Totango": one of the alternatives meets the requirement, so
    # the others are no gap once it is shown or claimed.
    alternatives = _alternatives(ctx.job_description) if ctx.job_description else {}
    met = {c.skill for c in out if c.status != "missing"}
    return [
        c
        for c in out
        if (c.status != "missing" or not (alternatives.get(c.skill, frozenset()) & met))
        and not names_post(c.skill)
    ]


def _asked_alone(
    questions: Sequence[str], job_skills: Sequence[skill_lexicon.Skill]
) -> dict[int, frozenset[skill_lexicon.Skill]]:
    """For each question (0-based), the job skill it asks about alone: the one job skill it
    names, or one implying or implied by every other it names ("Shift Leadership" beside
    Leadership). A question naming two things ("lead the team and drive improvement")
    targets neither alone: an answer must name the one it shows."""
    out: dict[int, frozenset[skill_lexicon.Skill]] = {}
    for index, question in enumerate(questions):
        asked = [s for s in job_skills if _asks_about(question, s)]
        out[index] = frozenset(
            s for s in asked if all(t == s or _akin_by_implication(s, t) for t in asked)
        )
    return out


def _akin_by_implication(a: skill_lexicon.Skill, b: skill_lexicon.Skill) -> bool:
    return a in skill_lexicon.implied_skills([b]) or b in skill_lexicon.implied_skills([a])


def _field_alone(
    name: str,
    question: str,
    job_skills: Sequence[skill_lexicon.Skill],
    asked: Sequence[FieldSkill],
) -> bool:
    """Whether the question asks about the field skill `name` alone: it names it, and no
    job skill of the lexicon nor another field skill."""
    if not shown_by(name, [question]) or any(_asks_about(question, s) for s in job_skills):
        return False
    return not any(f.name != name and shown_by(f.name, [question]) for f in asked)


def _others_only(cv: CandidateProfile, skill: skill_lexicon.Skill) -> bool:
    """Whether every CV line naming the credential names it as someone else's."""
    lines = [m.text for m in cv.mentions_of(skill)]
    return bool(lines) and all(_anothers_mention(line, skill) for line in lines)


def _held_lines(cv: CandidateProfile) -> list[str]:
    """The CV lines naming what the candidate holds: its certificates, qualifications and
    education, and the cells of its header ("Full driving licence"); never a credential the
    CV says is not held yet (`in_progress`)."""
    lines = [line for line, section in profile_lines(cv) if section in _HELD_SECTIONS]
    lines += list(cv.certifications)
    lines += [
        cell for h in cv.header for cell in re.split(r"\s+[|•·]\s+", h) if not is_contact(cell)
    ]
    return [line for line in dict.fromkeys(lines) if line.strip() and not in_progress(line)]


def _asked_as_held(skill: skill_lexicon.Skill, job_text: str) -> bool:
    """Whether the advert asks for the skill as a thing held: its name followed by a noun of
    holding ("National Water Hygiene card"), or named as the subject of a qualification
    ("General Certificate in Brewing", "Diploma in Fire Safety")."""
    held = held_words()
    nouns = {*held["nouns"], *(f"{n}s" for n in held["nouns"]), *held["statuses"]}
    qualifications = nouns | qualification_words()
    for line in job_text.splitlines():
        low = line.lower()
        for form in skill_lexicon.surface_forms(line, skill):
            at = low.find(form.lower())
            if at < 0:
                continue
            after = re.findall(r"[a-z]+", low[at + len(form) :])[:2]
            before = re.findall(r"[a-z']+", low[:at])[-4:]
            if any(w in nouns for w in after) or (
                before[-1:] in (["in"], ["of"]) and qualifications & set(before[:-1])
            ):
                return True
    return False


def _held_shown(
    out: list[SkillCoverage], cv: CandidateProfile, job: JobProfile, job_text: str
) -> list[SkillCoverage]:
    """The coverage with each credential the CV holds shown: a certificate, licence, card or
    registration asked for (a lexicon credential, a field skill that is a thing held, or a
    skill the advert asks for as a card or certificate) that a line of the CV's
    certificates, qualifications or header names as the candidate's own. The evidence is
    that line."""
    lines = _held_lines(cv)
    if not lines:
        return out
    asked = field_skills(job)
    by_name = {f.name: f for f in asked}
    kept: list[SkillCoverage] = []
    for item in out:
        if item.status != "demonstrated" and item.question is None:
            line = _holding_line(item, lines, by_name, asked, job_text)
            if line is not None:
                item = item.model_copy(update={"status": "demonstrated", "evidence": line})
        kept.append(item)
    return kept


def _holding_line(
    item: SkillCoverage,
    lines: Sequence[str],
    by_name: dict[str, FieldSkill],
    asked: Sequence[FieldSkill],
    job_text: str,
) -> str | None:
    """The quoted held line showing the item's credential, or None (not a credential, or
    no line holds it as the candidate's)."""
    if item.category == FIELD_SKILL:
        field = by_name.get(item.skill)
        if field is None or not is_held_thing(field, asked):
            return None
        for line in lines:
            span = word_span(line, item.skill)
            if (
                shown_by(item.skill, [line])
                and span is not None
                and not names_a_post(line, *span, True)
            ):
                return _quote_field(line, item.skill)
        return None
    skill = skill_lexicon.skill_named(item.skill)
    if skill is None or not (skill_lexicon.is_credential(skill) or _asked_as_held(skill, job_text)):
        return None
    for line in lines:
        found = skill_lexicon.extract_skills(line, context_free=True)
        hits = _implying(skill, found)
        if hits and not any(_anothers_mention(line, h) for h in hits):
            return _quote_skill(line, hits[0])
    return None


def _met_by_head(
    out: list[SkillCoverage],
    cv: CandidateProfile | None,
    answers: Sequence[str],
    off_topic: frozenset[int],
) -> list[SkillCoverage]:
    """The coverage with a missing requirement phrase ("Supervision of installation teams")
    partly met where the job's skill at its head (Supervision) is shown or claimed and the
    CV or the answers hold every other telling word of it ("installation", "teams"), though
    in no one line together: claimed, never shown, with the head's evidence. Shown needs one
    sentence doing the whole of it."""
    texts = [line for line, _ in profile_lines(cv)] if cv else []
    texts += [a for i, a in enumerate(answers) if a and i not in off_topic]
    heads = [c for c in out if c.status != "missing" and c.category != FIELD_SKILL]
    kept: list[SkillCoverage] = []
    for item in out:
        if item.status == "missing" and item.category == FIELD_SKILL:
            named = content_stems(item.skill)
            for head in heads:
                own = content_stems(head.skill)
                rest = [w for w in key_words(item.skill) if not content_stems(w) & own]
                if own and own < named and rest and all(word_found(w, texts) for w in rest):
                    item = item.model_copy(
                        update={
                            "status": "undemonstrated",
                            "evidence": head.evidence,
                            "question": head.question,
                        }
                    )
                    break
        kept.append(item)
    return kept


def _people_leading_duty(cv: CandidateProfile) -> str | None:
    """The first duty or achievement line of the CV (a role's bullet, a project) that has the
    candidate leading people; never a role's header, a contact or a summary line."""
    lines = [*(h for role in cv.roles for h in role.highlights), *(p.text for p in cv.projects)]
    return next(
        (
            line.strip()
            for line in lines
            if not is_contact_or_header(line)
            and not is_role_header(line)
            and people_leading_line(line)
        ),
        None,
    )


@lru_cache(maxsize=1)
def _people_skills() -> frozenset[str]:
    """The skills of leading people (`akin_soft_skills`), in lower case."""
    return frozenset(n.lower() for group in wording()["akin_soft_skills"] for n in group)


# CV sections whose short lines name what the candidate holds ("SSSTS, 2019").
_HELD_SECTIONS = frozenset({"certifications", "education", "qualifications"})
# A coverage item's evidence is quoted to this length, around the words that show the skill.
EVIDENCE_QUOTE_CHARS = 140


def _form_in(line: str, skill: skill_lexicon.Skill) -> str | None:
    """How `line` writes `skill` ("AWS" for Amazon Web Services), if it does."""
    forms = skill_lexicon.surface_forms(line, skill)
    return forms[0] if forms else None


def _quote_skill(line: str, skill: skill_lexicon.Skill) -> str:
    """A CV line quoted as evidence of `skill`: a long skills list around the skill's name."""
    return quote_around(line, _form_in(line, skill), EVIDENCE_QUOTE_CHARS)


def _quote_field(line: str, name: str) -> str:
    """A line quoted as evidence of a field skill, around the first of its words it holds."""
    span = word_span(line, name)
    term = line[span[0] : span[1]] if span else None
    return quote_around(line, term, EVIDENCE_QUOTE_CHARS)


def _names_in(item: SkillCoverage, text: str) -> bool:
    """Whether `text` (a stretch of the advert) names the coverage item's skill."""
    skill = skill_lexicon.skill_named(item.skill) if item.category != FIELD_SKILL else None
    if skill is not None:
        return skill in skill_lexicon.extract_skills(text, context_free=True)
    # "spatial database" in "maintain spatial databases (PostGIS, FME)": in any word form.
    return holds_term(text, item.skill) or shown_by(item.skill, [text])


def _advert_forms(item: SkillCoverage, job_text: str) -> list[str]:
    """How the advert writes the item's skill ("ERP" for ERP Systems)."""
    skill = skill_lexicon.skill_named(item.skill) if item.category != FIELD_SKILL else None
    if skill is None:
        return [item.skill]
    return list(
        dict.fromkeys(
            f for line in job_text.splitlines() for f in skill_lexicon.surface_forms(line, skill)
        )
    )


def _met_by_examples(
    out: list[SkillCoverage],
    job_text: str,
    cv: CandidateProfile | None,
    answers: Sequence[str],
    off_topic: frozenset[int],
) -> list[SkillCoverage]:
    """The coverage with the advert's examples read: a missing skill that an example of it
    ("CAD software (e.g. Vectorworks)") shows on the CV or in an answer is claimed or
    demonstrated by that line, and a skill the advert names only as an example ("AutoCAD"
    of "CAD software such as AutoCAD or Vectorworks") is no gap of its own."""
    listed = examples_in(job_text)
    if not listed:
        return out
    cv_lines = [
        line
        for line, section in (profile_lines(cv) if cv else [])
        if section != "header" and not is_contact(line) and not is_role_header(line)
    ]
    said = [
        (number, sentence)
        for number, answer in enumerate(answers, 1)
        if number - 1 not in off_topic and answer
        for sentence in map(undenied, sentences(answer))
        if not _shows_nothing(sentence) and does_work(sentence)
    ]
    kept: list[SkillCoverage] = []
    for item in out:
        if item.status == "missing":
            found = _shown_by_example(item, listed, cv_lines, said)
            if found is not None:
                kept.append(found)
                continue
            forms = _advert_forms(item, job_text)
            if forms and all(only_as_example(job_text, f) for f in forms):
                continue  # an example of another thing asked for: that thing carries the gap
        kept.append(item)
    return kept


def _shown_by_example(
    item: SkillCoverage,
    listed: Sequence[AdvertExample],
    cv_lines: Sequence[str],
    said: Sequence[tuple[int, str]],
) -> SkillCoverage | None:
    """The item demonstrated (an answer) or claimed (a CV line) by one of the advert's
    examples of it; None when no example of it is named."""
    for example in listed:
        if not _names_in(item, example.illustrated):
            continue
        for number, sentence in said:
            name = example_named(example, sentence)
            if name:
                at = max(0, sentence.lower().find(name.lower()))
                return item.model_copy(
                    update={
                        "status": "demonstrated",
                        "evidence": _evidence_at(sentence, at, at + len(name)),
                        "question": number,
                    }
                )
        for line in cv_lines:
            name = example_named(example, line)
            if name:
                return item.model_copy(
                    update={
                        "status": "undemonstrated",
                        "evidence": quote_around(line, name, EVIDENCE_QUOTE_CHARS),
                    }
                )
    return None


def _asks_about(question: str, skill: skill_lexicon.Skill) -> bool:
    """Whether a question names `skill`, or a skill that implies it."""
    return bool(_implying(skill, skill_lexicon.extract_skills(question)))


def _touches_as_own(name: str, named: set[str], answer: str) -> bool:
    """Whether some sentence of the answer touching a word of the skill's name (`named`)
    does not make it someone else's work, nor a supposition ("If I came in…, I'd…")."""
    for sentence in sentences(answer):
        if not named & content_stems(sentence) or _shows_nothing(sentence):
            continue
        span = word_span(sentence, name)
        if span is None or not others_do(sentence, *span):
            return True
    return False


def _story_asked_about(
    name: str,
    asks: Callable[[str], bool],
    questions: Sequence[str],
    answers: Sequence[str],
    stories: frozenset[int],
    category: str | None = None,
    paraphrased: frozenset[int] = frozenset(),
) -> SkillCoverage | None:
    """The skill demonstrated by a story told to a question about it that touches it in a
    word of its name, though no sentence shows it by the lexicon's reading ("For estates, I
    led our £1.1m bid … finished £40k under budget" for estates management). A follow-up
    ("Let's stay with budgeting…") asks about the skill of the question before it when it
    takes up a word of the skill's name. An answer in `paraphrased` (the per-question scorer
    judged it on its question, which asks about this skill alone, with the candidate's own
    steps) shows it in whatever words it tells it: "I changed the jar-testing routine…" for
    process improvement. Of several such stories, the one with most steps of the
    candidate's own; the evidence is its result (or its first step)."""
    # The telling words of its name: "management" of People Management tells nothing.
    named = content_stems(name) - content_stems(" ".join(wording()["skill_name_generic_words"]))
    found: list[tuple[int, int, str]] = []
    for index in sorted(stories | paraphrased):
        if index >= len(questions):
            continue
        question = questions[index]
        before = questions[index - 1] if index else ""
        if not (asks(question) or (before and asks(before) and named & content_stems(question))):
            continue
        # The story must touch the skill in some word of its name ("For estates, I led…"),
        # unless the scorer judged it on its question: a story of another matter told to
        # the question shows nothing of it.
        if index not in paraphrased and not named & content_stems(answers[index]):
            continue
        # …in a sentence where the candidate does it: "the production office does the RAMS
        # mostly and we just read them" hands it to someone else.
        if index not in paraphrased and not _touches_as_own(name, named, answers[index]):
            continue
        told = [s for s in sentences(answers[index]) if not s.rstrip("…").endswith("?")]
        steps = sum(1 for s in told if led_by_action(s))
        evidence = best_result_sentence(told) or next(filter(led_by_action, told), None)
        if steps and evidence:
            found.append((steps, -index, evidence))
    if not found:
        return None
    steps, index, evidence = max(found)
    if category is None:
        skill = skill_lexicon.skill_named(name)
        category = skill.category if skill else FIELD_SKILL
    return SkillCoverage(
        skill=name,
        category=category,
        status="demonstrated",
        evidence=quote(evidence, EVIDENCE_QUOTE_CHARS),
        question=1 - index,
    )


def _bare(sentence: str) -> bool:
    """A claim of the skill in general ("I use Python all the time"), no figure to it."""
    return bare_claim(sentence) and not changes(sentence) and not figures(sentence)


def _shown_in_answers(
    skill: skill_lexicon.Skill,
    answers: Sequence[str],
    per_answer: Sequence[Sequence[skill_lexicon.Skill]],
    off_topic: frozenset[int],
    stories: frozenset[int] = frozenset(),
) -> SkillCoverage | None:
    """The first answer sentence where the candidate does `skill` (or one implying it), named
    or in other words (`deeds.shown_by_words`); None when none does, or when an answer
    denies it ("I wouldn't call myself a PLC programmer"). The stories (`stories`) are read
    first, and a claim in general ("I use Python all the time") shows nothing."""
    on_topic = sorted(
        (
            (number, answer, found)
            for number, (answer, found) in enumerate(zip(answers, per_answer, strict=True), 1)
            if number - 1 not in off_topic and answer
        ),
        key=lambda item: item[0] - 1 not in stories,
    )
    denying = [
        (number, answer)
        for number, answer, found in on_topic
        if any(
            denies(sentence, hit)
            for hit in _implying(skill, found)
            for sentence in sentences(answer)
        )
    ]
    if denying:
        return _nearest_claim(skill, denying)
    for number, answer, found in on_topic:
        story = tells_steps(answer)
        for hit in _implying(skill, found):
            for sentence in sentences(answer):
                # A question back to the panel ("how is the rota shared?") shows nothing.
                if sentence.rstrip("…").endswith("?") or _bare(sentence):
                    continue
                if skill_lexicon.find_mentions(sentence, hit) and shows_skill(sentence, hit, story):
                    return _covered(skill, _evidence(sentence, hit), number)
    # The job asks for the skill, so its context is given: a story's sentence doing what the
    # skill's ambiguous word names ("I then audited it every quarter" for Clinical Audit)
    # shows it without the context word the lexicon needs elsewhere.
    for number, answer, _ in on_topic:
        story = tells_steps(answer)
        for sentence in sentences(answer) if story else ():
            if sentence.rstrip("…").endswith("?"):
                continue
            for span in skill_lexicon.context_word_spans(sentence, skill):
                # The candidate's own deed: "I then audited", not "the manager audited".
                doer = _I_DOES.search(normalise_quotes(sentence[: span[0]]))
                if doer and shows_at(sentence, *span, credential=not skill.is_soft, story=story):
                    return _covered(skill, _evidence_at(sentence, *span), number)
    phrases = shown_by_words(skill.name)
    for number, answer, _ in on_topic if phrases else ():
        story = tells_steps(answer)
        for sentence in sentences(answer):
            span = phrase_in(sentence, phrases)
            if (
                span
                and not sentence.endswith("?")
                and not _bare(sentence)
                and shows_at(sentence, *span, story=story)
            ):
                return _covered(skill, _evidence_at(sentence, *span), number)
    # "We re-planned the night rota" for Rota Planning: a skill named by its object and a
    # noun of doing, done as the verb and its object in the candidate's own deed.
    as_deed = (skill.name, *_aliases_by_name().get(skill.name.lower(), ()))
    for number, answer, _ in on_topic:
        story = tells_steps(answer)
        for sentence in sentences(answer):
            if sentence.rstrip("…").endswith("?") or _shows_nothing(sentence):
                continue
            span = verb_object_span(sentence, as_deed)
            if span and not _bare(sentence) and shows_at(sentence, *span, story=story):
                return _covered(skill, _evidence_at(sentence, *span), number)
    # "We had an outage at midday. I isolated the array…": a story handling the event the
    # skill is the handling of shows it, though it never names the skill.
    events = event_words(skill.name)
    for number, answer, _ in on_topic if events else ():
        said = handles_event(answer, events)
        if said:
            return _covered(skill, _evidence_at(said, 0, len(said)), number)
    # A field's skill told in its own words by the lexicon's names for it, in another word
    # order or form: "I assessed his swallow at the bedside" for a swallow assessment
    # (Dysphagia Management). Only names of two words or more, in a story's deed.
    named_by = _alias_phrases(skill.name) if not skill.is_soft else ()
    for number, answer, _ in on_topic if named_by else ():
        if not tells_steps(answer):
            continue
        for sentence in sentences(answer):
            if sentence.rstrip("…").endswith("?") or _shows_nothing(sentence) or _bare(sentence):
                continue
            for alias in named_by:
                span = word_span(sentence, alias) if shown_by(alias, [sentence]) else None
                # The candidate's own deed in the clause ("I assessed his swallow": "his"
                # is the patient's, not the doer), not turned down.
                clause = clause_at(sentence, *span) if span else ""
                if (
                    span
                    and does_work(clause)
                    and not denials.says_not_done(clause)
                    and not denials.denies_at(sentence, *span)
                    and not names_a_post(sentence, *span, skill_lexicon.is_credential(skill))
                    # "our Gas Safe engineer": the whole name describes someone else.
                    and not (
                        skill_lexicon.is_credential(skill) and _anothers_mention(sentence, skill)
                    )
                ):
                    return _covered(skill, _evidence_at(sentence, *span), number)
    # A soft skill shown in a story's own words: "I sat down with each of them and listened"
    # (communication), "we agreed a script together" (teamwork). Only a story of the
    # candidate's own steps shows it; a view ("Communication is key") or a plan never does.
    soft = soft_shown_by_words(skill.name) if skill.is_soft else ()
    for number, answer, _ in on_topic if soft else ():
        if not tells_steps(answer):
            continue
        for sentence in sentences(answer):
            if sentence.rstrip("…").endswith("?") or _shows_nothing(sentence):
                continue
            span = phrase_in(sentence, soft)
            if span and does_work(clause_at(sentence, *span)) and shows_at(sentence, *span):
                return _covered(skill, _evidence_at(sentence, *span), number)
    return None


def _nearest_claim(
    skill: skill_lexicon.Skill, denying: Sequence[tuple[int, str]]
) -> SkillCoverage | None:
    """A skill an answer turned down ("I haven't used AKS in production") is never shown by
    it; the nearest thing it then brings on that very skill, told with the candidate's own
    steps ("the nearest is a proof of concept on AKS that I built"), claims it at most
    (undemonstrated, quoted); else None."""
    for number, answer in denying:
        nearest = denials.nearest_told(answer)
        if not nearest or not (denials.nearest_steps(answer) or tells_steps(nearest)):
            continue
        for sentence in sentences(answer):
            low = normalise_quotes(sentence.lower())
            at = low.find(nearest[:40]) if nearest[:40] in low else -1
            if at < 0 and not nearest.startswith(low[:40]):
                continue
            part = sentence[max(at, 0) :]
            found = skill_lexicon.extract_skills(part, context_free=True)
            if _implying(skill, found):
                return SkillCoverage(
                    skill=skill.name,
                    category=skill.category,
                    status="undemonstrated",
                    evidence=quote(part[:1].upper() + part[1:], EVIDENCE_QUOTE_CHARS),
                    question=number,
                )
    return None


@lru_cache(maxsize=1)
def _aliases_by_name() -> dict[str, tuple[str, ...]]:
    """Each lexicon skill's plain names of two words or more (its `aliases`; not the words
    that need a context), by lower-cased skill name."""
    return {
        entry["name"].lower(): tuple(a for a in entry.get("aliases", ()) if len(a.split()) >= 2)
        for entry in skill_lexicon.lexicon_entries()
    }


def _alias_phrases(name: str) -> tuple[str, ...]:
    """The skill's names of two words or more whose words all tell something (no stopword
    or generic word among them): "swallow assessment", not "supervised a team"."""
    out = []
    for alias in _aliases_by_name().get(name.lower(), ()):
        keys = key_words(alias)
        if len(keys) >= 2 and len(keys) == len(alias.split()):
            out.append(alias)
    return tuple(out)


# "I then", "we also": the candidate (or their team) right before the deed's word.
_I_DOES = re.compile(r"\b(?:i|we)(?:\s+[a-z]+ly|\s+then|\s+also|\s+had)?\s+$", re.IGNORECASE)


def _covered(skill: skill_lexicon.Skill, evidence: str, number: int) -> SkillCoverage:
    return SkillCoverage(
        skill=skill.name,
        category=skill.category,
        status="demonstrated",
        evidence=evidence,
        question=number,
    )


# A sentence longer than this is quoted by the clause naming the skill.
EVIDENCE_CHARS = 100


def _evidence(sentence: str, skill: skill_lexicon.Skill) -> str:
    """The sentence showing the skill, or of a long one the clause naming it ("I already mentor
    three trainee legal advisers", not the sentence's opening on advising benches)."""
    if len(sentence) <= EVIDENCE_CHARS:
        return sentence
    forms = skill_lexicon.surface_forms(sentence, skill)
    at = sentence.lower().find(forms[0].lower()) if forms else -1
    if at < 0:
        return quote(sentence, 160)
    return _evidence_at(sentence, at, at + len(forms[0]))


def _evidence_at(sentence: str, start: int, end: int) -> str:
    """The sentence, or of a long one the clause holding `start`..`end`."""
    if len(sentence) <= EVIDENCE_CHARS:
        return sentence
    clause = clause_at(sentence, start, end)
    clause = re.sub(
        r"^(?:and|but|so|because|while|where|when|which)\s+", "", clause, flags=re.IGNORECASE
    )
    if len(clause.split()) < 4:
        return quote(sentence, 160)
    return quote(clause[:1].upper() + clause[1:], 160)


def _field_coverage(
    job: JobProfile,
    cv: CandidateProfile | None,
    answers: Sequence[str],
    off_topic: frozenset[int],
    claims: frozenset[int] = frozenset(),
) -> list:
    """The field skills' coverage (`field_skill_coverage`), an answer counting only where the
    candidate does or holds the skill: "the two who were doing WSET Level 3" shows the
    trainees' certificate, not the candidate's; "Health and safety is a priority in any
    theatre" shows nothing. Answers in `claims` (no step of the candidate's own) show only
    a thing held; a CV line naming a thing held only as someone else's ("alongside NRCPD
    registered interpreters") claims nothing."""
    out = []
    # "wax removal (microsuction)": a sentence doing microsuction shows wax removal.
    asked = field_skills(job)
    closer = {f.name: [s.name for s in asked if f.name in s.specifies] for f in asked}
    held = {f.name for f in asked if is_held_thing(f, asked)}
    done = (
        {f.name: f for f in field_skill_coverage(job, cv, answers, off_topic | claims)}
        if claims
        else {}
    )
    for field in field_skill_coverage(job, cv, answers, off_topic):
        unshown = off_topic if field.name in held else off_topic | claims
        field = done.get(field.name, field) if field.name not in held else field
        # A sentence that does not show it is taken out of its answer and the rest read again.
        rest = list(answers)
        while field.status == "demonstrated" and field.question and field.evidence:
            answer = rest[field.question - 1]
            span = next(
                (
                    found
                    for name in (field.name, *closer.get(field.name, ()))
                    if (found := word_span(field.evidence, name)) is not None
                ),
                None,
            )
            if span is not None and shows_at(
                field.evidence, *span, credential=True, story=tells_steps(answer)
            ):
                break
            rest[field.question - 1] = " ".join(s for s in sentences(answer) if s != field.evidence)
            again = [
                f for f in field_skill_coverage(job, cv, rest, unshown) if f.name == field.name
            ]
            if not again or rest[field.question - 1] == answer:
                field = again[0] if again and again[0].status != "demonstrated" else None
                break
            field = again[0]
        if field is not None and field.name in held and cv is not None:
            field = _held_by_candidate(field, cv)
        if field is not None:
            out.append(field)
    return out


def _held_by_candidate(field: FieldSkillCoverage, cv: CandidateProfile) -> FieldSkillCoverage:
    """The field coverage of a thing held, with a CV line that names it only as someone
    else's ("Worked alongside NRCPD registered interpreters") replaced by another CV line
    holding it, or missing when none does."""
    if field.status != "undemonstrated" or field.question or not field.evidence:
        return field

    def anothers(line: str) -> bool:
        span = word_span(line, field.name)
        return span is not None and names_a_post(line, *span, True)

    if not anothers(field.evidence):
        return field
    for line, _ in profile_lines(cv):
        if line != field.evidence and shown_by(field.name, [line]) and not anothers(line):
            return replace(field, evidence=line)
    return replace(field, status="missing", evidence=None)


def _in_the_adverts_word(
    skill: skill_lexicon.Skill, job_text: str, cv: CandidateProfile
) -> str | None:
    """A CV bullet or skills line holding the word by which the advert asks for `skill` when
    that word needs a context ("service audit" for Clinical Audit): the advert gives the
    context, so the CV's "Worked with audit team…" claims it, unless the line reads the word
    as another skill ("external audit of the accounts" is Auditing) or as a line of report
    ("reporting to the director")."""

    # The word as a thing named ("service audit"), not a line's opening verb ("Lead the…").
    def named_thing(line: str, start: int, end: int) -> bool:
        opening = re.search(r"\w", line[:start]) is None
        return not opening and not re.match(r"\s+(?:to|into)\b", line[end:])

    if not any(
        named_thing(line, *span)
        for line in job_text.splitlines()
        for span in skill_lexicon.context_word_spans(line, skill)
    ):
        return None
    lines = [h for role in cv.roles for h in role.highlights] + [line for _, line in cv.listed]
    for line in lines:
        for start, end in skill_lexicon.context_word_spans(line, skill):
            if not named_thing(line, start, end):
                continue
            others = [
                (m.start(), m.end())
                for other in skill_lexicon.extract_skills(line)
                if other != skill
                for form in skill_lexicon.surface_forms(line, other)
                for m in re.finditer(re.escape(form), line)
            ]
            if not any(a < end and start < b for a, b in others):
                return line
    return None


def _duty_in_own_words(
    skill: skill_lexicon.Skill,
    job: JobProfile | None,
    cv: CandidateProfile | None,
    answers: Sequence[str],
    off_topic: frozenset[int],
) -> tuple[str, int | None] | None:
    """A CV line (question None) or an answer sentence (its question) doing what the job's
    lines naming `skill` ask, in its own words; None when nothing does."""
    # A product ("Cypress") is shown only by its own name, never by the work it is for.
    if job is None or skill_lexicon.is_proper_name(skill):
        return None
    generic = frozenset(wording()["skill_name_generic_words"])
    clauses = [
        (c, skill_lexicon.surface_forms(c, skill))
        for need in job.asks_naming(skill)
        for c in clauses_naming(need, skill)
    ]
    if not clauses:
        return None
    lines = [
        line
        for line, section in (profile_lines(cv) if cv else [])
        # A short skills-list line ("Compliance audits · KPI reporting") shows it too.
        if section != "header" and not is_contact(line) and not is_role_header(line)
    ]
    for clause, forms in clauses:
        for line in lines:
            if shows_duty(clause, line, forms, generic):
                return line, None
    for number, answer in enumerate(answers, 1):
        if number - 1 in off_topic or not answer:
            continue
        for sentence in map(undenied, sentences(answer)):
            # "Good communication is key" names the duty; only a deed shows it.
            if _shows_nothing(sentence) or not does_work(sentence):
                continue
            # "I asked the NMC registered nurse…": the credential is the nurse's.
            if skill_lexicon.is_credential(skill) and _anothers_mention(sentence, skill):
                continue
            if any(shows_duty(c, sentence, forms, generic) for c, forms in clauses):
                return sentence, number
    return None


def _anothers_mention(sentence: str, skill: skill_lexicon.Skill) -> bool:
    """Whether the sentence names the skill only as someone else's: every mention of it
    describes another person ("the HCPC registered physio") or is another's work."""
    low = sentence.lower()
    spans = [
        (at, at + len(form))
        for form in skill_lexicon.surface_forms(sentence, skill)
        if (at := low.find(form.lower())) >= 0
    ]
    return bool(spans) and all(
        names_a_post(sentence, *span, True) or others_do(sentence, *span) for span in spans
    )


def _reasons_not_plans(low: str) -> str:
    """A lower-case answer less its plans (`_shows_nothing`) but for those giving a reason for
    wanting the role (`motivation_reasons`: "I'd love to join because…")."""
    reasons = wording()["motivation_reasons"]
    kept = [
        s
        for s in sentences(low)
        if not _shows_nothing(s)
        or any(re.search(rf"(?<![\w']){re.escape(r)}\b", s) for r in reasons)
    ]
    return " ".join(kept)


def _without_plans(answer: str) -> str:
    """An answer less its plans and questions back, line breaks kept."""
    if not answer:
        return answer
    kept = []
    for line in answer.splitlines():
        parts = [s for s in sentences(line) if not _shows_nothing(s)]
        kept.append(" ".join(parts))
    return "\n".join(kept)


def _shows_nothing(sentence: str) -> bool:
    """A question back to the panel, or a plan with no deed in it ("In my first month I'd…",
    not "I led a Kronos integration, and I'd like to do that again"): neither shows a skill
    the candidate has."""
    low = normalise_quotes(sentence.lower())
    if sentence.rstrip("…").endswith("?"):
        return True
    return bool(lexicons().hypothetical.spans(low)) and not _tells_deed(low)


# "I led", "I've done", "I have run": the candidate's own past deed.
_I_VERB = re.compile(r"(?<![\w'])i(?:'ve|\s+have)?\s+(?:\w+ly\s+)?([a-z]+)\b")


# "If I were asked", "I had hoped": no deed.
_AUXILIARIES = frozenset({"be", "will", "would", "can", "could", "shall", "may"})


def _tells_deed(low: str) -> bool:
    """Whether a lower-case sentence tells something the candidate did ("I led…"); a
    condition ("If I came in and found…") tells nothing done."""
    for match in _I_VERB.finditer(without_conditions(low)):
        word = match.group(1)
        for lemma in getAllLemmas(word).get("VERB", ()):
            if (
                lemma not in _AUXILIARIES
                and word != lemma
                and word
                in (getInflection(lemma, "VBD") or ()) + (getInflection(lemma, "VBN") or ())
            ):
                return True
    return False


# What may stand between two skills of one list of alternatives: "A, B or C", "A/B",
# "A or another B", "A or a similar B".
_ALTERNATIVE_GAP = re.compile(r"(?:,|/|,?\s*(?:or|and)(?:\s+(?:an?other|a\s+similar|similar))?)")


def _alternatives(job_description: str) -> dict[str, frozenset[str]]:
    """Skills a job line offers as alternatives to each other (named by skill name)."""
    out: dict[str, set[str]] = {}
    for line in job_description.splitlines():
        if not re.search(r"\bor\b|/", line):
            continue
        spans: list[tuple[int, int, str]] = []
        for skill in skill_lexicon.extract_skills(line):
            for form in skill_lexicon.surface_forms(line, skill)[:1]:
                start = line.find(form)
                if start >= 0:
                    spans.append((start, start + len(form), skill.name))
        spans.sort()
        # Runs of skills joined only by separators, and whether an "or" joins them.
        groups: list[tuple[list[str], bool]] = []
        previous_end = -1
        for start, end, name in spans:
            gap = line[previous_end:start].strip() if previous_end >= 0 else None
            if gap is not None and start >= previous_end and _ALTERNATIVE_GAP.fullmatch(gap):
                names, joined = groups[-1]
                names.append(name)
                groups[-1] = (names, joined or "or" in gap.split() or "/" in gap)
            else:
                groups.append(([name], False))
            previous_end = max(previous_end, end)
        for names, joined in groups:
            if len(names) > 1 and joined:
                for name in names:
                    out.setdefault(name, set()).update(n for n in names if n != name)
    return {k: frozenset(v) for k, v in out.items()}


# --- insights ------------------------------------------------------------------------------


def _spoken_forms(answers: Sequence[str]) -> dict[str, Counter[str]]:
    """The forms each word stem takes in the answers, lower case unless capitalised
    mid-sentence ("HMRC", "Revit")."""
    forms: dict[str, Counter[str]] = {}
    for answer in answers:
        for sentence in sentences(answer):
            for position, word in enumerate(t for t in tokens(sentence) if t[:1].isalpha()):
                form = word if position and not word.islower() else word.lower()
                forms.setdefault(light_stem(word), Counter())[form] += 1
    return forms


def _as_spoken(term: str, forms: Counter[str]) -> str:
    """A job term as the candidate said it: the advert's word if they used it, else their
    most used form of it; capitalised only as they capitalised it ("HMRC", not "hmrc")."""
    if not forms:
        return term
    lower: Counter[str] = Counter()
    for form, n in forms.items():
        lower[form.lower()] += n
    best = term.lower() if term.lower() in lower else lower.most_common(1)[0][0]
    if best in forms:
        return best
    return next(f for f in forms if f.lower() == best)


def _insights(
    ctx: InterviewContext,
    assessments: Sequence[AnswerAssessment],
    coverage: Sequence[SkillCoverage],
) -> Insights:
    lex = lexicons()
    answers = [a.answer for a in assessments]
    total_words = sum(a.signals.word_count for a in assessments)
    answered = [a for a in assessments if a.answered]
    by_name = {
        s.name: s for s in (job_terms(ctx.job_description).skills if ctx.job_description else ())
    }
    counted: Counter[str] = Counter()
    for item in coverage:
        if item.status == "demonstrated" and item.skill in by_name:
            n = sum(len(skill_lexicon.find_mentions(a, by_name[item.skill])) for a in answers)
            if n:
                counted[item.skill] = n
    skill_words = {w for name in counted for w in words(name)}
    all_stems = Counter(light_stem(w) for a in answers for w in content_words(a))
    spoken = _spoken_forms(answers)
    stems_listed: set[str] = set()
    for a in assessments:
        for term in a.signals.job_terms:
            stem = light_stem(term)
            if (
                term in by_name
                # "work", "part", "three", "late": every job advert says them.
                or rarity(term.lower()) < MIN_TERM_RARITY
                or lexicons().number_words.spans(term.lower())
                or term.lower() in skill_words
                or term.lower() in {c.lower() for c in counted}
                # "payroll" and "payrolls", "Payroll" from the advert: one word, listed once.
                or stem in stems_listed
            ):
                continue
            stems_listed.add(stem)
            # Shown as the candidate said it ("HMRC", "payroll"), not as the advert wrote it.
            shown = _as_spoken(term, spoken.get(stem, Counter()))
            counted[shown] = max(counted[shown], all_stems[stem], 1)

    # "three (6)" says nothing about what the candidate talked about.
    top_words = Counter(
        w
        for a in answers
        for w in content_words(a)
        if len(w) >= 4 and not lex.number_words.spans(w.lower())
    )
    fillers: Counter[str] = Counter()
    hedges: Counter[str] = Counter()
    for a in assessments:
        fillers.update(a.signals.fillers)
        hedges.update(a.signals.hedges)
    # "kind of" is a hedge or a filler, never both in one report: a phrase both lexicons
    # hold is listed as the hedge it softens a claim with.
    for phrase in set(fillers) & set(hedges):
        del fillers[phrase]

    points: list[TalkingPoint] = []
    for key, (label, markers) in lex.talking_points.items():
        where: list[int] = []
        for number, a in enumerate(assessments, start=1):
            if a.off_topic:
                continue
            lowered = normalise_quotes(a.answer.lower())
            if key == "motivation" and a.reading.kind != "motivation":
                # "I'd be keen to complete my renewal with you" in a 90-day plan is a plan,
                # not a reason for wanting the role: only a plan giving a reason counts.
                lowered = _reasons_not_plans(lowered)
            hit = bool(markers.spans(lowered))
            if key == "skills":
                hit = hit or bool(a.signals.skills_named)
            # An answer that takes up a "why this role" question is about motivation, and
            # one that tells what the candidate does or did at work is about experience.
            takes_up = a.answered and a.signals.word_count >= MIN_POINT_WORDS
            if key == "motivation":
                hit = hit or (takes_up and a.reading.kind == "motivation")
            if key == "experience":
                hit = hit or bool(re.search(r"\b\d+\s+years\b", lowered))
                hit = hit or (
                    takes_up and bool(I_PAST_VERB.search(lowered)) and bool(a.signals.work_terms)
                )
            if hit:
                where.append(number)
        points.append(TalkingPoint(key=key, label=label, covered=bool(where), questions=where))

    return Insights(
        total_words=total_words,
        average_answer_words=round(total_words / len(answered), 1) if answered else 0.0,
        job_terms=[TermCount(term=t, count=c) for t, c in counted.most_common(12) if c > 0],
        top_words=[TermCount(term=t, count=c) for t, c in top_words.most_common(10) if c >= 2],
        filler_words=[TermCount(term=t, count=c) for t, c in fillers.most_common(8)],
        hedge_words=[TermCount(term=t, count=c) for t, c in hedges.most_common(8)],
        fillers_per_100_words=round(sum(fillers.values()) * 100 / max(total_words, 1), 1),
        talking_points=points,
    )


def analyse_interview(ctx: InterviewContext) -> InterviewAnalysis:
    """Score every answer and compute skill coverage and insights (no advice text yet)."""
    done: list[AnswerAssessment] = []
    for t in ctx.turns:
        # A follow-up is read with the turn before: its answer and its question's topic.
        before = done[-1] if done else None
        done.append(
            assess_answer(
                t.question,
                t.answer or "",
                ctx.job_description,
                ctx.cv_text,
                ctx.company_name,
                previous=before.answer if before else "",
                previous_question=before.reading if before else None,
            )
        )
    assessments = tuple(done)
    off = frozenset(i for i, a in enumerate(assessments) if a.off_topic)
    # Stories with their result, on their question: the strongest evidence of a skill.
    stories = frozenset(
        i
        for i, a in enumerate(assessments)
        if i not in off
        and a.dimensions.relevance >= ON_QUESTION_RELEVANCE
        and tells_steps(a.answer)
        and tells_result(a)
        # "I haven't used SAP myself … so I'm used to closing out work orders": the
        # nearest thing, not the skill asked about.
        and not denials.says_not_done(a.answer)
    )
    # The scorer's own reading of each answer, which coverage reuses rather than reading the
    # answers again: whether it tells the candidate's own action, and whether it is solidly
    # on its question.
    own_work = frozenset(
        i
        for i, a in enumerate(assessments)
        if a.answered
        # "…so I added Prometheus metrics and alert rules": one step of the candidate's own,
        # told in a short answer, is still the candidate's action.
        and (
            own_part_clear(a)
            or habitual_steps(a.answer) >= OWN_STEPS
            or bool(I_PAST_VERB.search(a.answer.lower()))
        )
        and not stays_general(a)
    )
    on_question = frozenset(
        i
        for i in own_work
        if i not in off
        and solidly_on_question(assessments[i])
        and assessments[i].reading.kind not in wording()["not_examples"]
        and not denials.says_not_done(assessments[i].answer)
    )
    coverage = tuple(
        skill_coverage(
            ctx, [a.answer for a in assessments], off, stories, Judged(own_work, on_question)
        )
    )
    skills = tuple(
        s.name for s in (job_terms(ctx.job_description).skills if ctx.job_description else ())
    )
    return InterviewAnalysis(assessments, coverage, _insights(ctx, assessments, coverage), skills)


def mean_dimensions(items: Sequence[Dimensions]) -> Dimensions:
    """The average of several sets of rubric scores (zeros for none)."""
    if not items:
        return Dimensions(relevance=0, structure=0, evidence=0, communication=0)
    n = len(items)
    return Dimensions(
        relevance=round(sum(d.relevance for d in items) / n),
        structure=round(sum(d.structure for d in items) / n),
        evidence=round(sum(d.evidence for d in items) / n),
        communication=round(sum(d.communication for d in items) / n),
    )


# --- strengths and weaknesses ----------------------------------------------------------------


def _beside(a: AnswerAssessment) -> bool:
    # A rambling answer names its length first; its drift is still beside the question.
    return any(f.rule in ("drifting", "new_story") for f in advice_for(a))


def _shown_at_work(
    evidence: str, number: int | None, an: InterviewAnalysis, skill: str = ""
) -> bool:
    """A sentence showing a skill at work: a step the candidate took ("I built…"), from a
    substantial answer that is not the opening account of their background ("I qualified
    with CIMA in 2020", "Before that I ran CRM at…" claim a skill; they do not show it)."""
    if not number or not 0 < number <= len(an.assessments):
        return False
    a = an.assessments[number - 1]
    if a.reading.kind == "motivation" or a.signals.word_count < BRIEF_WORDS:
        return False
    # An answer its own feedback calls beside its question does not show the skill its
    # question asks about: the report would say both that the story does not bear on the
    # topic and that it shows it.
    if a.off_topic or (_beside(a) and _asked_skill(skill, a.question)):
        return False
    return _did(evidence)


def _asked_skill(skill: str, question: str) -> bool:
    """Whether the question asks about the skill: every telling word of its name is one of
    the question's ("communication" of "How do you communicate with a worried owner?"; not
    "A/B testing" of a question on testing with users)."""
    generic = set(wording()["skill_name_generic_words"]) | stopwords()
    asked = {light_stem(w) for w in content_words(question)}
    telling = [w for w in re.findall(r"[\w/+-]+", skill.lower()) if w not in generic]
    return bool(telling) and all(any(same_stem(light_stem(w), q) for q in asked) for w in telling)


def _did(sentence: str) -> bool:
    """A sentence telling a step the candidate took ("I built…", "I set up…")."""
    low = normalise_quotes(sentence.lower())
    return led_by_action(sentence) or bool(lexicons().star_strong["action"].spans(low))


def _numbers(items: Sequence[int]) -> str:
    return join([str(i) for i in items])


def _dimension_tip(name: str, an: InterviewAnalysis) -> str:
    tips = wording()["tips"]
    if name != "structure":
        return tips[name]
    stories = sum(1 for a in an.assessments if a.reading.wants_story)
    return tips["structure_story" if stories * 2 >= len(an.assessments) else "structure_plan"]


# A figure opening on one of these words lost its number ("a few thousand pounds").
_SCALE_WORDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions"})


def _reads_whole(f: Figure) -> bool:
    """A figure that reads whole quoted alone: it says what it counts, is not fused to the
    word it qualifies ("90-cover"), keeps its number ("thousand pounds" of "a few thousand
    pounds"), and a count above one is not followed by a singular noun, which marks a code
    or a cut-off phrase ("2391 renewal", "47 enquiry")."""
    if not f.quotable or "-" in f.text:
        return False
    parts = f.text.split()
    if parts[0].lower() in _SCALE_WORDS:
        return False
    if f.has_unit or len(parts) < 2:
        return True
    value = _figure_value(parts[0])
    last = parts[-1].lower()
    lemmas = getAllLemmas(last)
    singular_noun = "NOUN" in lemmas and last in lemmas["NOUN"] and "VERB" not in lemmas
    return not (singular_noun and value not in ("", "1"))


def _backs_with_figures(a: AnswerAssessment) -> bool:
    """Whether the answer puts any figure on what it says, in digits or in words ("fourteen
    procedures a day"), its own or one its question gave it."""
    return bool(a.signals.figures or a.signals.number_words)


# How a figure measures: a share, money or a multiple ("96%", "£40k", "halved") measures
# whatever it stands beside; a time or a count ("48 hours", "400 patients") is the size of
# the work unless a change or a result word leads it ("within 48 hours", "saved 300 hours").
MEASURE, TIME, COUNT = "measure", "time", "count"
_LEAD_CHARS = 30


def _measure_kind(f: Figure) -> str:
    if f.kind != "amount":
        return MEASURE
    low = f.text.lower()
    units = number_units()
    if re.search(r"[£$€%]|\d\s?(?:k|m|bn|x|pp)$", low) or any(
        re.search(rf"\b{re.escape(u)}$", low) for u in units["measure"]
    ):
        return MEASURE
    if any(re.search(rf"\b{re.escape(u)}$", low) for u in units["time"]):
        return TIME
    return COUNT


def _result_led(sentence: str, f: Figure) -> bool:
    """A result word or a change word stands right before the figure, a word between at
    most ("saved 300 hours", "within 48 hours", "cleared 37 reviews", "down to 8")."""
    before = normalise_quotes(sentence[: f.start].lower())[-_LEAD_CHARS:]
    return bool(_result_lead().search(before))


@lru_cache(maxsize=1)
def _result_lead() -> re.Pattern[str]:
    words_ = "|".join(re.escape(w) for w in wording()["figure_result_leads"])
    return re.compile(
        # "rose by 1.1 degrees", "fell by about eight minutes": the size of the change.
        rf"(?<![\w'])(?:{words_})\s+(?:by\s+)?"
        rf"(?:(?:about|around|over|nearly|almost|the|a|an|all|every)\s+)?$"
    )


def result_evidence(a: AnswerAssessment, after_own_step: bool = False) -> list[str]:
    """The figures of the answer that measure a result or the candidate's own work, each as
    it would be quoted: a change told with its size ("from 60 percent to 85 percent"), a
    share or an amount of money, or a time or count that a result word leads ("saved 300
    hours"). A plan ("by day 60 I'd…"), a denial, a dated event, the question's own figures,
    the size of the work ("covered 400 patients", "took two years") and codes ("2391
    renewal") are none. With `after_own_step`, only the results told from the candidate's
    first own step on: what came before is the situation they walked into."""
    asked = normalise_quotes(a.question.lower())
    out: list[str] = []
    sentences = list(a.signals.sentences)
    # Only a story opens on the situation; an account of one's background opens on results.
    if after_own_step and a.reading.wants_story:
        # With no step told as "I did", no sentence reads as the situation before it.
        first = next((i for i, s in enumerate(sentences) if steps_taken(s, "i")), 0)
        sentences = sentences[first:]
    for sentence in sentences:
        if _shows_nothing(sentence) or denials.says_not_done(sentence) or _dated_event(sentence):
            continue
        spans = changes(sentence)
        for start, end in spans:
            told = sentence[start:end].strip()
            if told.lower() not in asked and not _question_figure(told, asked):
                out.append(told)
        for f in figures(sentence):
            if any(b <= f.start < e for b, e in spans) or f.text.lower() in asked:
                continue
            if not _reads_whole(f) and f.kind == "amount":
                continue
            # "a £2m budget", "40 beds", "an 8% loading": the size of the work or a figure
            # chosen, not what came of it.
            if figure_role(sentence, f) == SCALE:
                continue
            kind = _measure_kind(f)
            if kind == MEASURE and (f.kind != "amount" or f.has_unit) or _result_led(sentence, f):
                out.append(f.text)
    return list(dict.fromkeys(out))


def _figure_example(a: AnswerAssessment, found: list[str]) -> str | None:
    """The figure to quote of an answer's results: one of its result sentence if it reads
    whole ("85 percent" of "rose from 60 percent to 85 percent"), else the first that does."""
    best = a.best_sentence() or ""
    picked = _result_figure(best, found, told_only=False)
    if picked:
        return picked
    # No one result sentence: the last figure a sentence tells as a result ("coverage reached
    # 64%"), never the state before it ("about 31% coverage" when the candidate joined).
    for sentence in reversed(a.signals.sentences):
        picked = _result_figure(sentence, found, told_only=True)
        if picked:
            return picked
    return next(
        (f.text for t in found for f in figures(t) if _reads_whole(f) and f.text == t), None
    )


def _result_figure(sentence: str, found: list[str], told_only: bool) -> str | None:
    """The figure of `sentence` to quote as its result: one it tells as a result ("rose to
    96.8%") before one it leaves untold, and a share or an amount before a time beside it,
    which is often the window the measure is taken over ("96% of patients dosed within 24
    hours"). With `told_only`, only a sentence that tells a result gives one."""
    whole = [
        f
        for f in figures(sentence)
        if _reads_whole(f)
        and any(f.text in t for t in found)
        and figure_role(sentence, f) != SCALE
        and not _before_change(sentence, f)
    ]
    told = [f for f in whole if figure_role(sentence, f) == RESULT]
    if told_only and not told:
        return None
    ranked = [
        [f for f in told if _measure_kind(f) == MEASURE],
        [f for f in whole if _measure_kind(f) == MEASURE],
        told,
        whole,
    ]
    return next((pool[-1].text for pool in ranked if pool), None)


def _before_change(sentence: str, f: Figure) -> bool:
    """The state before a change ("25 minutes" of "from around 25 minutes to under 4", "64"
    of "88 percent, from 64"): where things stood, not the result."""
    for start, end in changes(sentence):
        if start <= f.start < end:
            rest, lead = sentence[f.end : end], sentence[start : f.start].lower()
            last = re.findall(r"\b(from|to)\b", lead)
            if re.search(r"\bto\b", rest) or (last and last[-1] == "from"):
                return True
    return False


def _measures(example: str, found: list[str]) -> bool:
    """A quoted figure that is a share, money or a multiple ("96%", "£40k"), or the end of a
    change told with its size ("386 days" of "down from 412 to 386 days")."""
    if any(example in told and example != told for told in found):
        return True
    quoted = figures(example)
    return bool(quoted) and _measure_kind(quoted[0]) == MEASURE


def _quotes_result(a: AnswerAssessment, example: str, found: list[str]) -> bool:
    """A figure to quote as a result: the end or the whole of a change told with its size
    ("386 days" of "down from 412 to 386 days"), or a share, an amount or a multiple its
    sentence reads as a result (`figure_role`: "cut waste by 12%", "96% retention"). A time
    or a count alone ("within three weeks", "a team of 12") is the length or the size of the
    work, and a figure a step of the candidate's holds ("I retuned sixty percent of the
    thresholds") is how much they did, not what came of it."""
    if any(example in told for told in found if changes(told)):
        return True
    for sentence in a.signals.sentences:
        for f in figures(sentence):
            if f.text != example or _measure_kind(f) != MEASURE:
                continue
            if figure_role(sentence, f) == RESULT:
                return True
    return False


_CHANGE_QUOTE = re.compile(r"^(?:(?:down|up)\s+)?from\b", re.IGNORECASE)


def _change_example(found: list[str]) -> str | None:
    """A change told from its start to its end ("from twenty-six minutes to nine"), quoted
    whole when no figure of it reads alone."""
    return next((t for t in found if _CHANGE_QUOTE.match(t) and changes(t)), None)


def _question_figure(told: str, asked: str) -> bool:
    """A change the question already told ("from 14 weeks to 6 weeks" of "Your CV says you cut
    the waiting list from 14 weeks to 6 weeks")."""
    numbers = re.findall(r"\d[\d,.]*", told)
    return bool(numbers) and all(
        re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", asked) for n in numbers
    )


def keeps_to_question(a: AnswerAssessment) -> bool:
    """An answer that takes up its question: not off the topic, not drifting to another matter
    and not reading as beside it."""
    return (
        a.answered
        and not a.off_topic
        and not _beside(a)
        and not _wanders(a)
        and a.dimensions.relevance >= ON_QUESTION_RELEVANCE
    )


def solidly_on_question(a: AnswerAssessment) -> bool:
    """An answer whose bearing on its question is beyond doubt, as the strongest example must
    be: it keeps to its question (`keeps_to_question`: not beside it by the reading the
    verdicts use) and, for a story asked about a clear focus, names the heart of that focus
    or takes it up (`scorer/focus.py`), or clearly tells the advert's duty the question comes
    from. A story meeting only the question's side words ("lessons" in a story about a
    class's behaviour, for a question on planning engaging lessons) is on a neighbouring
    matter, however the verdict bands it."""
    if not keeps_to_question(a):
        return False
    focus = a.signals.focus
    if not a.reading.wants_story or focus.weight < FOCUS_MIN_WEIGHT:
        return True
    own_duty = focus.duties.own >= OWN_DUTY_CLEAR_COVER and focus.duties.own >= focus.duties.rival
    return focus.core_named > 0 or focus.core_taken or focus.names_core_tool or own_duty


def shows_the_work(a: AnswerAssessment) -> bool:
    """An example of the candidate's own work: told with their own steps and how it ended,
    to a question that asks for more than their reasons or their plans (`not_examples`),
    and not saying they have not done what was asked."""
    return (
        a.answered
        and a.reading.kind not in wording()["not_examples"]
        and own_part_clear(a)
        and tells_result(a)
        and not denials.says_not_done(a.answer)
    )


def _plain_skill(name: str, evidence: str, job_text: str = "") -> str:
    """A skill as a coach would write it mid-sentence: as the candidate's quote spells it,
    else as the advert does ("risk assessments"), else the lexicon's way ("stakeholder
    management", "Kafka"), else the name as read."""
    at = evidence.lower().find(name.lower())
    if at >= 0:
        return evidence[at : at + len(name)]
    skill = skill_lexicon.skill_named(name)
    if skill and job_text:
        term = _advert_term(skill, job_text)
        if term:
            return _mid_sentence(term, skill)
    return skill_lexicon.display_term(skill, evidence) if skill else name


def _unsure(sentence: str) -> bool:
    """A sentence denying the work or hedging it ("I haven't run a team myself", "I think it
    probably helped"): never quoted as a strength."""
    low = normalise_quotes(sentence.lower())
    return denials.says_not_done(sentence) or bool(lexicons().hedges.spans(low))


_YEAR = re.compile(r"(?<![\d£$€.,])(?:19|20)\d\d(?![\d%])")


def _dated_event(sentence: str) -> bool:
    """ "I became chartered in 2021": a dated event, its only number a year, is no result."""
    return bool(_YEAR.search(sentence)) and not figures(sentence) and not changes(sentence)


def _quotable_sentences(a: AnswerAssessment) -> list[str]:
    return [s for s in a.signals.sentences if not _unsure(s) and not _dated_event(s)]


def _own_result(a: AnswerAssessment) -> str | None:
    """The result sentence the candidate's own steps led to: a change told before their
    first step ("I…" and a past verb) is the situation they walked into ("my caseload rose
    to forty"), no result of theirs."""
    kept = _quotable_sentences(a)
    first = next((i for i, s in enumerate(kept) if steps_taken(s, "i")), None)
    return best_result_sentence(kept[first:]) if first is not None else None


def _strength_quote(a: AnswerAssessment) -> str | None:
    """The answer's result sentence to hold up, leaving out denials, hedges and dated
    events: the result of the candidate's own steps, else the clearest result it tells."""
    return _own_result(a) or best_result_sentence(_quotable_sentences(a))


def _example_rank(a: AnswerAssessment) -> tuple[bool, bool, int]:
    """How well an example shows the candidate can do what was asked: it takes up the
    question's own topic (its core, clearly covered) rather than a neighbouring matter, then
    it ends in a result of the candidate's own, then its score."""
    focus = a.signals.focus
    on_topic = focus.takes_core and focus.cover >= FOCUS_CLEAR_COVER
    own = _own_result(a) is not None or bool(result_evidence(a, after_own_step=True))
    return (on_topic, own, a.score)


def rambles(a: AnswerAssessment) -> bool:
    """An answer far beyond the useful length: the per-answer advice names its length first."""
    return a.answered and applies("too_long", a)


def _wanders(a: AnswerAssessment) -> bool:
    """A long answer that also wanders from what was asked (its advice says it drifts)."""
    return bool(a.parts["relevance"].signals["drifting"]) or applies("drifting", a)


def strengths(an: InterviewAnalysis, job_text: str = "") -> list[str]:
    """What went well, each item true of this interview and quoting it where it can; a skill
    is named in the advert's words (`job_text`) where it has them."""
    w = wording()["strengths"]
    items = [a for a in an.assessments if a.answered and not a.off_topic]
    out: list[str] = []
    if not items:
        return out
    # An answer beside its question, or a story only loosely on it, is never held up as the
    # best, however good its story, nor one saying the candidate has not done what was asked.
    candidates = [
        (n, a)
        for n, a in enumerate(an.assessments, 1)
        if solidly_on_question(a) and not honest_gap(a)
    ]
    # The strongest answer is the one that best shows the candidate can do the job: an
    # example of their own with its steps and how it ended, before a plan for the first
    # months or the reasons for applying, whatever their scores (each kind of question is
    # scored on its own shape, so scores do not rank one kind against another). Those are
    # named only when no such example was told: a weak one is still no reason to hold up a
    # plan as the strongest, so then no answer is.
    stories = [(n, a) for n, a in candidates if shows_the_work(a)]
    examples = [(n, a) for n, a in stories if a.score >= STRONG_ANSWER]
    if examples:
        best_n, best = max(examples, key=lambda p: _example_rank(p[1]))
    else:
        best_n, best = max(candidates or [(0, items[0])], key=lambda p: p[1].score)
    # An example that scored higher but told a neighbouring matter or no result of the
    # candidate's own was passed over: the item then says why this one is the clearest,
    # never that it scored highest.
    clearest = any(a.score > best.score for _, a in examples)
    # An answer beside its question, or one of another kind, may have scored higher: then
    # "strongest" is said of the answers that kept to their question, or of the examples,
    # so the report's scores never contradict it.
    higher = any(a.score > best.score for a in items)
    if candidates and best.score >= STRONG_ANSWER and (examples or not stories):
        sentence = _strength_quote(best)
        # "I became chartered in 2021": a dated event, its only figure a year, is no result
        # to hold up.
        if sentence and figures(sentence) and not _figure_values(sentence):
            sentence = None
        key = "best_answer" if sentence else "best_answer_plain"
        among = "_example" if examples else "_on_question"
        if clearest:
            # Its quote is named as the candidate's own result only when it is one.
            key = "best_answer" if sentence and _own_result(best) else "best_answer_plain"
            among, higher = "_clearest", True
        out.append(
            w[key + (among if higher else "")].format(
                n=best_n,
                score=best.score,
                quote=quote(sentence, 140) if sentence else "",
                praise=praise(best),
            )
        )
    # Each answer with a figure measuring a result or the candidate's own work counts, out of
    # all the answers, as a reader counts them: not a plan, a denial, the size of the work or
    # a code, nor an answer off the topic (`items` holds none: its figures back nothing
    # asked). An example that fits its question loosely is still backed by its figure: how
    # it bears on the question is the per-answer feedback's to say, and a relevance held
    # down for drifting would otherwise take measured stories out of the count. The example
    # comes from a counted answer, an on-question one first, so readers can check both.
    counted = [(a, found) for a in items if (found := result_evidence(a))]
    # A share, an amount or a change shows a result at a glance; a time ("six weeks") needs
    # its sentence to say it is one, so it is the example only when no answer has another.
    # A figure told before the candidate's first step is the problem they met ("about 4% of
    # authorisations timed out"): one told after it is the example when an answer has one.
    # The example quoted is a result, never the size or the length of the work: a share, an
    # amount or the end of a change that its sentence tells as what came of the work ("fell
    # to 4%"), not "three weeks" of "approved within three weeks" nor "sixty percent" of "I
    # retuned sixty percent of the thresholds". A change whose end does not read alone is
    # quoted whole ("from twenty-six minutes to nine"); with none, the item quotes nothing.
    samples = [
        (not keeps_to_question(a), not own, i, example)
        for i, (a, found) in enumerate(counted)
        for own, mine in ((True, result_evidence(a, after_own_step=True)), (False, found))
        if mine
        and (own or not a.reading.wants_story)
        and (example := _figure_example(a, mine) or _change_example(mine))
        and _quotes_result(a, example, mine)
    ]
    sample = min(samples)[-1] if samples else None
    if len(counted) >= 2:
        key = "figures" if sample else "figures_plain"
        out.append(w[key].format(count=len(counted), total=len(an.assessments), figure=sample))
    # Praise only skills shown in action ("I built…"), not ones merely mentioned; the item
    # names the one skill its quote shows, as the candidate would write it.
    shown = [
        c
        for c in an.skill_coverage
        if c.status == "demonstrated"
        and c.evidence
        and _shown_at_work(c.evidence, c.question, an, c.skill)
    ]
    if shown:
        out.append(
            w["skills_shown"].format(
                skills=_plain_skill(shown[0].skill, shown[0].evidence, job_text),
                evidence=shown[0].evidence,
                n=shown[0].question,
            )
        )
    # The rubric's dimension scores are in the report's table; a line repeating the highest
    # says nothing a coach would.
    i_total = sum(a.signals.i_count for a in items)
    we_total = sum(a.signals.we_count for a in items)
    # "Consistently" only when no answer was told mostly as "we" (advice would say otherwise).
    we_heavy = any(applies("we_over_i", a) for a in items)
    if i_total >= 8 and i_total >= 2 * we_total and not we_heavy:
        out.append(w["ownership"].format(i=_times(i_total), we=_times(we_total)))
    total = sum(a.signals.word_count for a in items)
    fillers = sum(sum(a.signals.fillers.values()) for a in items)
    # Delivery is not clean, nor the length good, beside an answer that rambled.
    rambling = any(rambles(a) for a in an.assessments)
    if total >= 200 and fillers * 100 / total < 1 and not rambling:
        out.append(w["clean_delivery"])
    in_band = [a for a in items if USEFUL_WORDS[0] <= a.signals.word_count <= USEFUL_WORDS[1]]
    if len(in_band) >= max(2, len(an.assessments) * 3 // 4) and not rambling:
        out.append(w["good_length"].format(words=round(total / len(items))))
    return out[:MAX_ITEMS]


MAX_GAPS = 3
# An acronym or a name with capitals inside ("CGM", "DAFNE", "ePMA", "NVQ3").
_NAMED_GAP = re.compile(r"(?<![\w-])(?:[A-Z]{2,}[\w/-]*|[a-z]+[A-Z][\w-]*)(?![\w-])")
# An acronym's plural ("GPs", "KPIs", "SOPs"): a kind of people or things, not a named system.
_PLURAL_ACRONYM = re.compile(r"([A-Z]{2,})s")


def names_system(term: str) -> bool:
    """Whether a term of the advert's names a system, programme or scheme ("CGM", "DAFNE",
    "NPTC CS30/31"), not an acronym's plural alone ("liaising with GPs", "store KPIs")."""
    return any(not _PLURAL_ACRONYM.fullmatch(m.group(0)) for m in _NAMED_GAP.finditer(term))


def real_gaps(an: InterviewAnalysis, ctx: InterviewContext | None) -> list[str]:
    """What the job asks for that neither the CV nor any answer shows, as the advert writes
    it: its field's named systems and programmes ("CGM", "insulin pump therapy"), its hard
    skills, and leading or supervising people when the job asks for it. A soft skill of any
    other kind, a desirable skill, a sector named in passing and an example of another need
    are no gap to name."""
    if ctx is None or not ctx.job_description:
        return []
    job_text = ctx.job_description
    job = job_profile(ctx.job_title, ctx.company_name, job_text)
    nice = {s.name for s in job.nice_to_have}
    people = {n.lower() for group in wording()["akin_soft_skills"] for n in group}
    sectors = {s.name for s in skill_lexicon.sector_only(job_text)}
    cv_text = ctx.cv_text or ""
    cv_skills = _with_implied(list(skill_lexicon.extract_skills(cv_text))) if cv_text else set()
    cv_stems = {light_stem(t) for t in content_words(cv_text)}
    # The people skills a CV shows for each other ("Coaching" for mentoring).
    cv_names = {s.name.lower() for s in cv_skills}
    akin = [{n.lower() for n in group} for group in wording()["akin_soft_skills"]]
    # The field's named systems and programmes first, then hard skills, then people.
    fields: list[str] = []
    hard: list[str] = []
    out: list[str] = []
    answers = [a.answer or "" for a in an.assessments]
    owned: list[str] = []
    required = _required_field_phrases(job)
    for item in an.skill_coverage:
        # A skill claimed only by the nearest thing an answer brought after turning it down
        # ("I haven't used AKS in production; the nearest is…") is still a gap it owned.
        claimed_in_answer = item.status == "undemonstrated" and item.question is not None
        if (
            (item.status != "missing" and not claimed_in_answer)
            or item.skill in nice
            or item.skill in sectors
        ):
            continue
        skill = skill_lexicon.skill_named(item.skill) if item.category != FIELD_SKILL else None
        # A gap the candidate owned up to ("I don't hold the CKA yet") is named whatever its
        # kind, so the weaknesses credit the honesty and give a route.
        term = (_advert_term(skill, job_text) or item.skill) if skill else item.skill
        if any(owns_up_to(term, a, skill) for a in answers):
            owned.append(_mid_sentence(term, skill) if skill else term)
            continue
        if claimed_in_answer:
            continue
        # Of the field's own terms, a named system, programme or scheme ("CGM", "DAFNE",
        # "NPTC CS30/31"), or a requirement whose telling word neither the CV nor any answer
        # uses ("international data transfers"); a phrase of the advert's the CV may say in
        # other words ("efficient arrivals") is no named gap.
        if item.category == FIELD_SKILL:
            if names_system(item.skill):
                if not _term_word_in(item.skill, cv_text):
                    fields.append(item.skill)
            elif item.skill.lower() in required and not _rare_word_told(
                item.skill, cv_text, answers
            ):
                fields.append(item.skill)
            continue
        if skill is None or skill_lexicon.is_credential(skill):
            continue
        if skill.is_soft and item.skill.lower() not in people:
            continue
        if skill.is_soft and any(item.skill.lower() in g and g & cv_names for g in akin):
            continue
        if (
            _named_in_other_words(item.skill, cv_stems)
            or _named_as_kind(skill, job_text)
            or named_as_partner(skill, job_text)
            or named_as_audience(skill, job_text)
            or _met_by_another(skill, job_text, cv_text, cv_skills)
            or phrase_in(cv_text, shown_by_words(item.skill))
        ):
            continue
        term = _advert_term(skill, job_text)
        # When unsure, no gap is named: a CV near the term ("Power BI" for "a BI tool"), or one
        # whose lines lead people, when the gap is leading them.
        if not term or _term_word_in(term, cv_text) or (skill.is_soft and leads_people(cv_text)):
            continue
        (out if skill.is_soft else hard).append(_mid_sentence(term, skill))
    return _distinct_terms([*owned, *fields, *hard, *out])[:MAX_GAPS]


def _required_field_phrases(job: JobProfile) -> frozenset[str]:
    """The field skills (lower case) the advert states as requirements, not nice-to-haves."""
    return frozenset(
        f.name.lower() for f in field_skills(job) if f.required and names_plainly(f.name)
    )


def _rare_word_told(phrase: str, cv_text: str, answers: Sequence[str]) -> bool:
    """Whether the CV or an answer uses, in some form, the rarest telling word of a field
    phrase ("transfers" of "international data transfers"): when it does, the candidate may
    have it in other words, and no gap is named."""
    keys = [k for k in key_words(phrase) if not is_code(k)]
    if not keys:
        return True
    rarest = min(keys, key=lambda k: zipf_frequency(k.lower(), "en"))
    return word_found(rarest, [cv_text, *answers])


def owns_up_to(term: str, answer: str, skill: skill_lexicon.Skill | None = None) -> bool:
    """Whether `answer` owns up to lacking `term` (a gap's name as the advert writes it, or
    the lexicon `skill` it names): it turns the term down ("we don't use Power BI"), a
    sentence saying the candidate has not done or does not hold something names it ("I don't
    hold the CKA yet", "I haven't used AKS in production; the nearest is…"), or the answer
    admits a gap and names it."""
    if not answer:
        return False
    if denials.denies_term(term, answer):
        return True
    for said in denials.denial_sentences(answer):
        if _gap_named(term, said):
            return True
        found = skill_lexicon.extract_skills(said, context_free=True) if skill else ()
        # The skill itself: turning down AKS in production owns nothing of Kubernetes.
        if skill is not None and skill in found:
            return True
    # An answer owning up to a gap and naming the term before the nearest thing it brings
    # ("the nearest is a proof of concept with Kubernetes" owns nothing of Kubernetes).
    nearest = denials.nearest_told(answer)
    before = normalise_quotes(answer.lower())
    before = before[: before.find(nearest)] if nearest and nearest in before else before
    return denials.admits_gap(answer) and _gap_named(term, before)


# An answer owning up to a gap brings something of its own when this many words follow
# outside its denials ("my work has been low voltage up to 415 volts…").
MIN_NEAREST_WORDS = 8


def _brings_more(answer: str) -> bool:
    """Whether an answer owning up to a gap brings the nearest thing: a lead to it ("the
    nearest is…"), or words enough of its own beside its denials."""
    if denials.offers_nearest(answer):
        return True
    denied = denials.denial_sentences(answer)
    rest = [
        p
        for s in sentences(answer)
        for p in re.split(r";|\s[–—-]\s", s)
        if p.strip() and p not in denied
    ]
    return len(words(" ".join(rest))) >= MIN_NEAREST_WORDS


def _gap_named(term: str, text: str) -> bool:
    """Whether `text` names the gap: the term, its words, or its code ("RMARA" of "RMARA
    registration with the ARA")."""
    return (
        holds_term(text, term)
        or shown_by(term, sentences(text))
        or any(is_code(k) and word_found(k, [text]) for k in key_words(term))
    )


def _distinct_terms(terms: Iterable[str | None]) -> list[str]:
    """The terms, each named once whatever its case ("SAP" and "SAP" of two skills)."""
    out: dict[str, str] = {}
    for term in terms:
        if term:
            out.setdefault(term.lower(), term)
    return list(out.values())


def _term_word_in(term: str, cv_text: str) -> bool:
    """Whether the CV uses a telling word of the advert's term ("BI" of "a BI tool")."""
    generic = set(wording()["gap_generic_words"])
    telling = {_singular(w).lower() for w in re.findall(r"[\w-]+", term)} - generic
    return bool(telling & _words_of(cv_text))


def _singular(word: str) -> str:
    """An acronym's plural read as the acronym ("KPIs" as "KPI"); other words as written."""
    m = _PLURAL_ACRONYM.fullmatch(word)
    return m.group(1) if m else word


@lru_cache(maxsize=64)
def _words_of(text: str) -> frozenset[str]:
    """The lower-cased words of `text`, read once per CV however many terms are checked; an
    acronym's plural is read as the acronym too ("SOPs" as "SOP")."""
    found = re.findall(r"[\w-]+", text)
    return frozenset(w.lower() for w in found) | {_singular(w).lower() for w in found}


def weaknesses(an: InterviewAnalysis, ctx: InterviewContext | None = None) -> list[str]:
    """What to work on, each item true of this interview; with the interview's context, the
    job's needs that neither the CV nor any answer showed are named."""
    w = wording()["weaknesses"]
    items = list(an.assessments)
    if not items:
        return []
    out: list[str] = []
    gaps = real_gaps(an, ctx)
    off = [n for n, a in enumerate(items, 1) if a.off_topic]
    if off:
        out.append(
            w["off_topic"].format(
                Question="Question" if len(off) == 1 else "Questions", questions=_numbers(off)
            )
        )
    on_topic = [(n, a) for n, a in enumerate(items, 1) if not a.off_topic]
    worst_n, worst = min(on_topic, key=lambda p: p[1].score) if on_topic else (0, None)
    worst_rule = ""
    if worst is not None and worst.score < WEAK_ANSWER:
        found = advice_for(worst)
        if found:
            worst_rule = found[0].rule
            # Beside an off-topic item, the off-topic answers scored lower: say it is the
            # weakest of the rest.
            key = "worst_on_topic" if off else "worst_answer"
            out.append(w[key].format(n=worst_n, score=worst.score, gap=found[0].label))
    # What the job asks for and nothing in the interview or on the CV showed: a gap the
    # candidate owned up to is praised and closed, a thing held is met by a dated route.
    if gaps:
        out.extend(_gap_items(gaps, items, ctx))
    # Answers far beyond the useful length, named, unless the weakest-answer line has just
    # said so of the only one.
    rambling = [(n, a) for n, a in enumerate(items, 1) if rambles(a)]
    said_of_worst = worst_rule == "too_long" and [n for n, _ in rambling] == [worst_n]
    if rambling and not said_of_worst:
        wandering = any(_wanders(a) for _, a in rambling)
        out.append(
            w["rambling_wandering" if wandering else "rambling"].format(
                Question="Question" if len(rambling) == 1 else "Questions",
                questions=_numbers([n for n, _ in rambling]),
                words=join([str(a.signals.word_count) for _, a in rambling]),
            )
        )
    judged = [(n, a) for n, a in enumerate(items, 1) if a.answered and not a.off_topic]
    # A story question answered with a real account that stops before its result, as its
    # own feedback says; a brief reply or a plan ("I'd do some research") is no story to
    # finish, and a story beside the question or never lived has a first fix of its own.
    no_result = [
        n
        for n, a in judged
        if a.reading.wants_story
        and not tells_result(a)
        and a.signals.word_count >= MIN_STORY_WORDS
        and a.signals.hypothetical < 2
        and any(g.rule == "no_result" for g in advice_for(a))
    ]
    dims = mean_dimensions([a.dimensions for a in items]).model_dump()
    low, value = min(dims.items(), key=lambda kv: kv[1])
    tip = _dimension_tip(low, an)
    # "Never skip the result" is said by the stories' own item when some skipped it, and is
    # untrue when none did.
    story_tip = low == "structure" and tip == wording()["tips"]["structure_story"]
    if value < WEAK_DIMENSION and not story_tip:
        out.append(w["dimension"].format(dimension=low, value=value, tip=tip))
    if len(no_result) >= 2:
        out.append(w["no_result"].format(count=len(no_result), questions=_numbers(no_result)))
    no_figures = [
        n
        for n, a in judged
        if not _backs_with_figures(a)
        and not honest_gap(a)
        and a.reading.kind != "motivation"
        and a.dimensions.relevance >= ON_QUESTION_RELEVANCE
    ]
    if len(no_figures) >= max(2, len(judged) // 3):
        out.append(
            w["no_figures"].format(
                Question="Question" if len(no_figures) == 1 else "Questions",
                questions=_numbers(no_figures),
            )
        )
    # As the answer's own advice says it: an honest "I haven't, but I would…" is no made-up
    # occasion, nor an answer telling mostly what was done with a "would" or two in it.
    hypothetical = [
        n
        for n, a in judged
        if a.reading.wants_story and any(g.rule == "hypothetical_story" for g in advice_for(a))
    ]
    if hypothetical:
        out.append(
            w["hypothetical"].format(
                question="question" if len(hypothetical) == 1 else "questions",
                questions=_numbers(hypothetical),
            )
        )
    i_total = sum(a.signals.i_count for _, a in judged)
    we_total = sum(a.signals.we_count for _, a in judged)
    if we_total >= 5 and we_total > i_total:
        out.append(w["we_over_i"].format(we=_times(we_total), i=_times(i_total)))
    ins = an.insights
    if ins.fillers_per_100_words >= 2 and ins.filler_words:
        out.append(
            w["fillers"].format(filler=ins.filler_words[0].term, rate=ins.fillers_per_100_words)
        )
    hedge_total = sum(t.count for t in ins.hedge_words)
    if ins.total_words and hedge_total * 100 / ins.total_words >= 1.5:
        out.append(w["hedges"].format(hedge=ins.hedge_words[0].term))
    # Skills the CV names but no answer named are left to the coverage table: whether an
    # answer showed a skill without naming it is more than word matching can tell.
    short = [n for n, a in judged if a.signals.word_count < 40]
    if len(short) >= 2:
        out.append(w["short"].format(count=len(short)))
    return out[:MAX_ITEMS]


def _kinds(skill: skill_lexicon.Skill) -> set[skill_lexicon.Skill]:
    """The kinds of thing a product is, as the lexicon reads its own names ("SAP S/4HANA"
    reads as ERP Systems) or says it implies."""
    entry = next(
        (e for e in skill_lexicon.lexicon_entries() if e["name"] == skill.name), {"aliases": []}
    )
    names = "; ".join([skill.name, *entry.get("aliases", ())])
    found = set(skill_lexicon.extract_skills(names)) | set(skill_lexicon.implied_skills([skill]))
    return {k for k in found if k != skill and not k.is_soft}


def kin_on_cv(skill: skill_lexicon.Skill | None, cv_text: str) -> str | None:
    """Another product of the same kind the CV names ("SAP" for a job on Microsoft Dynamics,
    both ERP systems), as the CV writes it: the bridge to the gap, not a gap to fill from
    nothing; None for a skill that is no named product or no such kin."""
    if (
        skill is None
        or not cv_text
        or skill.category not in skill_lexicon.TOOL_CATEGORIES
        and not (skill_lexicon.is_proper_name(skill))
    ):
        return None
    kinds = _kinds(skill)
    if not kinds:
        return None
    for other in skill_lexicon.extract_skills(cv_text):
        if other == skill or other in kinds or other.is_soft:
            continue
        if _kinds(other) & kinds:
            return skill_lexicon.display_term(other, cv_text)
    return None


def _gap_items(
    gaps: Sequence[str], items: Sequence[AnswerAssessment], ctx: InterviewContext | None
) -> list[str]:
    """The weaknesses naming the job's gaps (`real_gaps`), in three kinds: gaps an answer
    owned up to ("I haven't attended VFS clinics; the nearest is…"), met with how to close
    them; things held (a degree, a licence, a registration, a status: "CEng"), met with a
    dated route rather than an example; and the rest, met with an example or the nearest."""
    w = wording()["weaknesses"]
    asked = (
        field_skills(job_profile(ctx.job_title, ctx.company_name, ctx.job_description))
        if ctx is not None and ctx.job_description
        else []
    )
    held_names = {f.name.lower() for f in asked if is_held_thing(f, asked)}
    answers = [(n, a.answer or "") for n, a in enumerate(items, 1)]
    owned: dict[str, list[int]] = {}
    routes: dict[str, list[int]] = {}
    held_owned: dict[str, list[int]] = {}
    touched: dict[str, list[int]] = {}
    bridges: list[tuple[str, str]] = []
    held: list[str] = []
    rest: list[str] = []
    for term in gaps:
        skill = skill_lexicon.skill_named(term)
        denied = [n for n, text in answers if owns_up_to(term, text, skill)]
        if term.lower() in held_names:
            # "I'd set up my CEng development plan…": a route set out, though not dated; "I
            # don't hold the CKA yet" with no step towards it is owned, and a route is asked.
            told = [n for n, text in answers if _gap_named(term, text)]
            if told and not (denied and not any(in_progress(dict(answers)[n]) for n in told)):
                routes.setdefault(term, told)
            elif denied:
                held_owned[term] = denied
            else:
                held.append(term)
            continue
        if denied:
            owned[term] = denied
        elif kin := kin_on_cv(skill, ctx.cv_text if ctx is not None else ""):
            # "Microsoft Dynamics" with SAP on the CV: the honest advice is the bridge.
            bridges.append((term, kin))
        elif touched_on := [n for n, text in answers if _gap_named(term, text)]:
            # "I do the RAMS, well the office does…": an answer that names the thing without
            # an occasion of one's own doing it; "no answer showed it" would read as false.
            touched[term] = touched_on
        else:
            rest.append(term)

    def told_in(key: str, found: dict[str, list[int]]) -> str:
        """The item for gaps the answers spoke to, naming the questions where they did."""
        numbers = sorted({n for told in found.values() for n in told})
        return w[key].format(
            skills=join(list(found)),
            it="it" if len(found) == 1 else "them",
            each="it" if len(found) == 1 else "each",
            question="question" if len(numbers) == 1 else "questions",
            questions=_numbers(numbers),
            **{"is": "is" if len(found) == 1 else "are"},
        )

    out: list[str] = []
    if owned:
        # Credit the nearest thing only where an answer owning up to a gap brought one.
        numbers = {n for told in owned.values() for n in told}
        nearest = any(_brings_more(text) for n, text in answers if n in numbers)
        out.append(told_in("gaps_owned" if nearest else "gaps_owned_bare", owned))
    if routes:
        out.append(told_in("gaps_held_route", routes))
    if held_owned:
        out.append(told_in("gaps_held_owned", held_owned))
    if touched:
        out.append(told_in("gaps_touched", touched))
    for term, kin in bridges:
        out.append(w["gaps_bridge"].format(skill=term, kin=kin))
    if held:
        out.append(w["gaps_held"].format(skills=join(held), it="it" if len(held) == 1 else "them"))
    if rest:
        one = len(rest) == 1
        out.append(
            w["gaps"].format(
                skills=join(rest), each="it" if one else "each", it="it" if one else "them"
            )
        )
    return out


# --- CV improvements -------------------------------------------------------------------------


def _figure_value(figure_text: str) -> str:
    """The number a figure states, in digits ("twenty-two percent" -> "22", "£1,200" -> "1200")."""
    # A range ("20-30%", "6–8 weeks") states its upper end.
    numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", figure_text)
    if numbers:
        return numbers[-1].replace(",", "")
    words = figure_text.lower().split()
    # The longest run of number words at its start ("one point one million pounds").
    for end in range(len(words), 0, -1):
        value = spelled_value(" ".join(words[:end]))
        if value is not None:
            return format(value, "f").rstrip("0").rstrip(".")
    return ""


def _on_cv(figure_text: str, cv_text: str) -> bool:
    """Whether the CV already states the figure's number, in digits or in words."""
    value = _figure_value(figure_text)
    if not value:
        return False
    flat = re.sub(r"(?<=\d),(?=\d)", "", cv_text)
    in_digits = re.search(rf"(?<![\d.]){re.escape(value)}(?![\d]|\.\d)", flat)
    return bool(in_digits) or any(_figure_value(f.text) == value for f in figures(cv_text))


def _named_in_other_words(skill: str, cv_stems: set[str]) -> bool:
    """Whether the CV uses a telling word of the skill's name ("risk" for Risk Management,
    "stock" for Stock Control): the work is on it in the CV's words, so no "add it" advice."""
    generic = set(wording()["skill_name_generic_words"])
    telling = [w for w in content_words(skill) if w.lower() not in generic]
    return any(light_stem(w) in cv_stems for w in telling)


# Where a skills list breaks between its items.
_LIST_BREAK = re.compile(r"\s*(?:[|·•;]|\s{2,})\s*")


def _listed_part(line: str, skill: skill_lexicon.Skill, limit: int = 100) -> str:
    """The part of a skills-list line that names `skill`: the whole line when it is short, else
    the list's item holding it ("staff management and rotas" of a long "Herd health planning |
    … | staff management and rotas | …" line), so a quote never breaks off before the term."""
    forms = skill_lexicon.surface_forms(line, skill)
    if not forms:
        return line
    # Of a list line ("Safeguarding • Clinical audit and quality improvement"), the item
    # naming the skill, so the quote is not of other skills.
    items = [i.strip() for i in _LIST_BREAK.split(line) if i.strip()]
    held = [i for i in items if forms[0].lower() in i.lower()]
    if len(items) > 1 and held and len(held[0]) <= limit:
        return held[0]
    # A quote of the line cut at `limit` still shows the term.
    end = line.lower().find(forms[0].lower()) + len(forms[0])
    if len(line) <= limit or end <= limit - 2:
        return line
    # Commas inside brackets ("(MEDDPICC, BANT)") do not end an item.
    for sep in (_LIST_BREAK, re.compile(r"\s*,\s*(?![^()]*\))")):
        items = [i for i in sep.split(line) if i.strip()]
        held = [i for i in items if any(f.lower() in i.lower() for f in forms)]
        if held and len(held[0]) <= limit:
            return held[0].strip()
    # No list breaks near it: the words about the term, so the quote shows it.
    start = line.lower().find(forms[0].lower())
    piece = line[max(0, start - limit // 3) :]
    return piece if start < limit // 3 else "…" + piece.split(" ", 1)[-1]


def _list_is_enough(skill: skill_lexicon.Skill) -> bool:
    """A records system ("SystmOne and Rio" for Electronic Health Records) is used, not
    achieved: listing it is all a CV needs to do."""
    enough = {w.lower() for w in wording()["list_is_enough_words"]}
    return any(w.lower() in enough for w in words(skill.name))


def _akin(skill: skill_lexicon.Skill, other: skill_lexicon.Skill) -> bool:
    """Whether two soft skills show each other: one implies the other, or both are in one
    group of `people_skill_groups` (leading a team shows supervising and coaching it)."""
    if other in skill_lexicon.implied_skills([skill]) or skill in skill_lexicon.implied_skills(
        [other]
    ):
        return True
    names = {skill.name.lower(), other.name.lower()}
    return any(names <= {n.lower() for n in group} for group in wording()["akin_soft_skills"])


# A word at least this rare (`questions.rarity`) tells what a skills-list item is about.
TELLING_RARITY = 0.85


def _bullet_shows(profile: CandidateProfile, skill: skill_lexicon.Skill, listed: str) -> bool:
    """Whether a bullet of the CV shows a listed skill already: it names the skill or one
    implying it, a soft skill akin to it (a team led for Supervision), or the list's item in
    its own words ("Manage and rota a team of nine" for "staff management and rotas")."""
    generic = frozenset(wording()["skill_name_generic_words"])
    forms = skill_lexicon.surface_forms(listed, skill)
    items = [i for i in _LIST_BREAK.split(listed) if any(f.lower() in i.lower() for f in forms)]
    pieces = [
        p
        for item in items or [listed]
        for p in re.split(r",\s*|\s+and\s+", item)
        if any(f.lower() in p.lower() for f in forms)
    ]
    bullets = [h for role in profile.roles for h in role.highlights]
    bullets += [p.text for p in profile.projects]
    phrases = shown_by_words(skill.name)
    # The list item's telling words ("audit" of "clinical audit", "Rhymetime" of "Early years
    # sessions: Rhymetime and Storytime") in a bullet: the bullet shows the work it names.
    telling = {
        light_stem(w)
        for p in items or pieces
        for w in content_words(p)
        if w.lower() not in generic and rarity(w.lower()) >= TELLING_RARITY
    }
    for bullet in bullets:
        if telling & {light_stem(w) for w in content_words(bullet)}:
            return True
        # "Ran a 19-venue tour on a budget of £1.2m" shows Budget Management in its own words.
        if phrases and phrase_in(bullet, phrases):
            return True
        named = skill_lexicon.extract_skills(bullet)
        if any(n == skill or skill in skill_lexicon.implied_skills([n]) for n in named):
            return True
        if skill.is_soft and any(n.is_soft and _akin(skill, n) for n in named):
            return True
        if any(shows_duty(p, bullet, forms, generic) for p in pieces):
            return True
    return False


# A result quoted as a CV bullet is at most this long.
BULLET_CHARS = 160


def _points_back(clause: str) -> bool:
    """ "That one increased deposits", "It cut waste": a clause that needs the answer around it."""
    first = next(iter(words(clause)), "")
    return first in frozenset(wording()["bullet_back_pointers"])


# "I did specify", "I've grown": the candidate's "I" and its helper, which a CV bullet drops.
_I_LEAD = re.compile(r"^i(?:'ve|’ve| have| did)?\s+(?=[a-z])", re.IGNORECASE)


def _past(word: str) -> str | None:
    """The past tense of a verb form ("specify", "grown" -> "specified", "grew"), or None."""
    lemmas = getAllLemmas(word.lower()).get("VERB", ())
    past = getInflection(lemmas[0], "VBD") if lemmas else None
    return past[0] if past else None


def _as_bullet(clause: str) -> str:
    """A result clause written as a CV bullet: "Specified and installed…" for "I did specify
    and install…", "Grew output…" for "I've grown output…"; as it is, capitalised, when it
    does not open on "I" and a verb."""
    whole = clause[:1].upper() + clause[1:]
    m = _I_LEAD.match(clause)
    if not m:
        return whole
    rest = clause[m.end() :].split(" ")
    helper = m.group(0).strip().lower().replace("’", "'")
    if helper == "i":
        # "I cut waste by 12%": kept only when its verb is a past form already.
        past = _past(rest[0])
        # "I was promoted", "I had…": no action verb to lead a bullet.
        if past != rest[0].lower() or past in ("was", "were", "had", "did"):
            return whole
    else:
        past = _past(rest[0])
        if not past:
            return whole
        rest[0] = past
        # "I did specify and install": the second verb too.
        if helper == "i did" and len(rest) > 2 and rest[1] == "and" and (two := _past(rest[2])):
            rest[2] = two
    text = " ".join(rest)
    return text[:1].upper() + text[1:]


def standalone_result(sentence: str, cv: str) -> str | None:
    """The whole clauses of a result sentence that can stand as a CV bullet on their own: with
    a figure the CV lacks and a result word, opening on no word that points back ("That
    one…"), and short enough to quote whole (never cut mid-clause)."""
    text = " ".join(sentence.split()).rstrip(".")
    # (start, end) of each clause that can stand alone, as written.
    spans = clause_spans(text, "standalone")
    for i, (begin, _) in enumerate(spans):
        if _points_back(text[begin:]):
            continue
        fitting = [text[begin:end] for _, end in spans[i:] if end - begin <= BULLET_CHARS]
        if not fitting:
            continue
        part = fitting[-1]  # the most whole clauses that fit
        found = figures(part)
        said = lexicons().star_strong["result"].spans(normalise_quotes(part.lower()))
        if found and said and not any(_on_cv(f.text, cv) for f in found):
            return _as_bullet(part)
    return None


# A result shares this many content words with a CV bullet (or half of its own, at least
# two) when the bullet tells the same work.
SAME_BULLET_STEMS = 3


def _bullet_on_cv(result: str, cv: str) -> bool:
    """Whether a CV achievement already tells the work the result is about ("output grew…
    without extra tanks" for "I've grown output by half without more tanks")."""
    stems = {light_stem(w) for w in content_words(result)}
    for item in achievements(cv):
        shared = len(stems & item.stems)
        if shared >= SAME_BULLET_STEMS or (shared >= 2 and shared * 2 >= len(stems)):
            return True
    return False


# A CV bullet holding this many of an answer's figures (years aside) tells its story.
SAME_STORY_FIGURES = 2


def _figure_values(text: str) -> set[str]:
    """The numbers a text's figures state, years left out ("47 minutes", "£1.3m")."""
    return {v for v, _ in _figure_keys(text)}


def _figure_keys(text: str) -> set[tuple[str, str]]:
    """Each figure's number and what it counts ("19 minutes" -> ("19", "minut"), "20%" ->
    ("20", "%"), a bare "47" -> ("47", "")), years left out."""
    out = set()
    for f in figures(text):
        value = _figure_value(f.text)
        if not value or re.fullmatch(r"(?:19|20)\d\d", value):
            continue
        symbols = "".join(c for c in f.text if c in "£$€%")
        after = re.sub(r"^[^A-Za-z]*", "", f.text).split()
        unit = symbols or (light_stem(after[0]) if after else "")
        out.add((value, unit))
    return out


def _story_on_cv(answer: str, cv: str) -> bool:
    """Whether a CV bullet already tells the answer's story, its figures and all ("from 47
    to 19 minutes"): a further figure of it is no new bullet. Numbers count as the same when
    they count the same thing, or either says not what ("20%" is not "20 bbl")."""
    told = _figure_keys(answer)
    if len(told) < SAME_STORY_FIGURES:
        return False
    for item in achievements(cv):
        on_cv = _figure_keys(item.text)
        shared = {v for v, u in told for w, t in on_cv if v == w and (u == t or not u or not t)}
        if len(shared) >= SAME_STORY_FIGURES:
            return True
    return False


def _denied(an: InterviewAnalysis, skill: skill_lexicon.Skill) -> bool:
    """Whether an answer denies the skill ("I wouldn't call myself a PLC programmer")."""
    return any(denies(s, skill) for a in an.assessments for s in a.signals.sentences)


# Joins a term to the next of a list of alternatives or examples, or follows the last.
_OR_AFTER = re.compile(r"^\s*(?:,\s*)?(?:or|/)\b|^\s*/")
_OR_BEFORE = re.compile(r"(?:\bor|/)\s*(?:an?(?:other)?\s+)?$")
_EXAMPLES_BEFORE = re.compile(r"\((?:e\.g\.?|eg|such as|for example|like)\s*[^()]*$", re.IGNORECASE)
# A capitalised term of the advert ("Ekos", "SAP"): a product, body or standard.
_NAMED_TERM = re.compile(r"(?<![\w'’])[A-Z][\w&+-]*[A-Z0-9][\w&+-]*|(?<=[\s(,/])[A-Z][a-z]{2,}\b")


def _met_by_another(
    skill: skill_lexicon.Skill, job_text: str, cv: str, cv_skills: set[skill_lexicon.Skill]
) -> bool:
    """Whether every advert line naming `skill` offers it as one alternative or example
    among others ("ERP or brewery management software (e.g. Ekos, Breww)") the CV names one
    of, or names it only as the kind of another skill the CV has ("Power BI dashboards")."""
    found = False
    job = job_profile("", "", job_text)
    # The lines asking for it, not the company's blurb ("…and logistics networks").
    lines = {n.line for n in job.asks_naming(skill)} or set(job_text.splitlines())
    for line in lines:
        for form in skill_lexicon.surface_forms(line, skill):
            start = line.find(form)
            end = start + len(form)
            others = [o for o in skill_lexicon.extract_skills(line) if o != skill]
            # "Power BI dashboards": the other skill's name runs straight into this one's.
            if any(
                line[:start].rstrip().endswith(f)
                for o in others
                if o in cv_skills
                for f in skill_lexicon.surface_forms(line, o)
            ):
                found = True
                continue
            offered = (
                _OR_AFTER.search(line[end:])
                or _OR_BEFORE.search(line[:start])
                or _EXAMPLES_BEFORE.search(line[:start])
            )
            if not offered:
                return False
            named = {m.group(0) for m in _NAMED_TERM.finditer(line)} - {form}
            cv_names = any(o in cv_skills for o in others) or any(
                re.search(rf"(?<!\w){re.escape(n)}(?!\w)", cv) for n in named
            )
            if not cv_names and skill.category != "domain":
                return False
            found = True
    return found


@lru_cache(maxsize=1)
def _partner_lead() -> re.Pattern[str]:
    leads = "|".join(re.escape(w) for w in wording()["partner_leads"])
    return re.compile(rf"(?<![\w'])(?:{leads})\s+(?:(?:our|the|your|a)\s+)?$", re.IGNORECASE)


def named_as_partner(skill: skill_lexicon.Skill, job_text: str) -> bool:
    """Whether the advert names the skill only as a team the role works with, by its
    capitalised name ("Work with Customer Success to hand over new customers", "liaise with
    Estates"): a team to hand over to, not a skill the candidate needs."""
    found = False
    for line in job_text.splitlines():
        for form in skill_lexicon.surface_forms(line, skill):
            for m in re.finditer(re.escape(form), line):
                if not form[:1].isupper() or not _partner_lead().search(line[: m.start()]):
                    return False
                found = True
    return found


@lru_cache(maxsize=1)
def _audience_lead() -> re.Pattern[str]:
    verbs = phrase_alternation(wording()["audience_verbs"])
    # "…to product, marketing and " before the form: the list of whom the role tells.
    return re.compile(
        rf"(?<![\w'])(?:{verbs})\b[^.;:\n]{{0,60}}?\bto\s+"
        rf"(?:(?:the|our|your|senior|wider|a)\s+)*(?:[\w&'-]+(?:\s+[\w&'-]+)?(?:,\s*|\s+and\s+|\s+or\s+))*$",
        re.IGNORECASE,
    )


def named_as_audience(skill: skill_lexicon.Skill, job_text: str) -> bool:
    """Whether the advert names the skill only as people the role informs ("Present findings
    clearly to product, marketing and leadership"): an audience, not a skill it asks for."""
    found = False
    for line in job_text.splitlines():
        for form in skill_lexicon.surface_forms(line, skill):
            for m in re.finditer(re.escape(form), line):
                if not _audience_lead().search(line[: m.start()]):
                    return False
                found = True
    return found


def _named_as_kind(skill: skill_lexicon.Skill, job_text: str) -> bool:
    """Whether the advert names a field only as the kind of something else ("the brewing,
    packaging and logistics leadership"): a department or a team, not a skill it asks for."""
    # A product ("Dynamics 365 implementation") is asked for whatever noun follows it.
    if skill.category != "domain" or skill_lexicon.is_proper_name(skill):
        return False
    forms = [
        (line, form)
        for line in job_text.splitlines()
        for form in skill_lexicon.surface_forms(line, skill)
    ]
    for line, form in forms:
        after = line[line.find(form) + len(form) :].split()
        word = after[0].lower().strip(".,;:)") if after else ""
        lemmas = getAllLemmas(word) if word.isalpha() else {}
        if "NOUN" not in lemmas or "ADP" in lemmas or "VERB" in lemmas:
            return False
    return bool(forms)


def _advert_term(skill: skill_lexicon.Skill, job_text: str) -> str | None:
    """The skill as the advert writes it when that is a noun phrase ("method statements",
    "ERP"), else as the lexicon writes it mid-sentence if the advert does too; else none,
    for a summary line says it in the advert's words or not at all."""
    for form in skill_lexicon.surface_forms(job_text, skill):
        # One common word ("churn", "demos") names a topic, not the skill asked for; a post
        # ("Customer Success Manager") names a job.
        if len(form.split()) < 2 and not form.isupper() or names_post(form):
            continue
        last = form.split()[-1]
        lemmas = getAllLemmas(last.lower())
        first = getAllLemmas(form.split()[0].lower())
        noun_end = last.isupper() or ("NOUN" in lemmas and "ADP" not in lemmas)
        if noun_end and not ("VERB" in first and "NOUN" not in first):
            return form
    # The lexicon's way of writing it, only if the advert uses its telling words ("rota
    # planning" for "rotas"): "budget ownership" for an advert that says "a budget of £2m"
    # is not the advert's words.
    term = skill_lexicon.display_term(skill, job_text)
    generic = set(wording()["skill_name_generic_words"])
    advert = {light_stem(w) for w in words(job_text.lower())}
    telling = [w for w in words(term.lower()) if w not in generic]
    if telling and all(any(same_stem(light_stem(w), a) for a in advert) for w in telling):
        return term
    return None


def _mid_sentence(term: str, skill: skill_lexicon.Skill) -> str:
    """A term as it reads mid-sentence: "people management" from a line opening "People
    management", but "CRM" and "Customer Success" kept as written."""
    if not term or term[:2].isupper() or skill_lexicon.is_proper_name(skill):
        return term
    if len(term.split()) > 1 and all(w[:1].isupper() for w in term.split()):
        # Written as a name, capitals and all ("Customer Success").
        return term
    return term[:1].lower() + term[1:]


def _said_as(skill: skill_lexicon.Skill, job_text: str, *texts: str) -> str:
    """A skill in the advert's words, else as the given texts (an answer, the CV) write it,
    else as the lexicon does."""
    term = _advert_term(skill, job_text)
    if term:
        return term
    for text in texts:
        forms = [f for f in skill_lexicon.surface_forms(text, skill) if not names_post(f)]
        if forms:
            return max(forms, key=len)
    return skill_lexicon.display_term(skill, " ".join(texts))


def cv_improvements(an: InterviewAnalysis, ctx: InterviewContext) -> list[str]:
    """CV changes this interview shows to be true, quoting the interview or the CV; a job's
    skill is named in the advert's words where it has them."""
    w = wording()["cv"]
    cv = ctx.cv_text or ""
    job_text = ctx.job_description or ""
    out: list[str] = []
    # A result told in an on-topic answer, with a figure the CV does not have.
    for n, a in enumerate(an.assessments, 1):
        if a.off_topic or a.parts["relevance"].signals["drifting"]:
            continue
        sentence = best_result_sentence(list(a.signals.sentences))
        if (
            not sentence
            or a.signals.hypothetical
            and lexicons().hypothetical.spans(sentence.lower())
            or tells_own_habit(sentence)
        ):
            continue
        bullet = standalone_result(_result_clauses(sentence), cv)
        # "…serviced within three weeks and we renewed at a modest increase": a time taken is
        # no result a CV reader can weigh without the story around it.
        if bullet and not _measures_beyond_time(bullet):
            continue
        # An answer on why the role draws them retells the CV, and a story whose CV bullet
        # is already there needs no second bullet, only its figure added.
        if (
            bullet
            and a.reading.kind != "motivation"
            and not _bullet_on_cv(bullet, cv)
            and not _story_on_cv(a.answer, cv)
        ):
            out.append(w["result"].format(n=n, quote=bullet))
            break
    # A job skill an answer showed that the CV neither names nor implies.
    cv_skills = _with_implied(list(skill_lexicon.extract_skills(cv))) if cv else set()
    by_name = {
        s.name: s for s in (job_terms(ctx.job_description).skills if ctx.job_description else ())
    }
    cv_stems = {light_stem(t) for t in content_words(cv)}
    for item in an.skill_coverage:
        skill = by_name.get(item.skill)
        if (
            item.status == "demonstrated"
            and skill
            and skill not in cv_skills
            and item.question
            and not _named_in_other_words(item.skill, cv_stems)
        ):
            a = an.assessments[item.question - 1]
            # Only work the candidate did: "I'd meet the Dynamics team" (a plan) or "a
            # logistics customer of ours" (a passing mention) is nothing to put on a CV.
            direct = not a.reading.wants_plan and any(
                skill_lexicon.find_mentions(sentence, skill) and _did(sentence)
                for sentence in a.signals.sentences
            )
            if direct:
                said = _said_as(skill, job_text, a.answer)
                out.append(w["skill_unlisted"].format(skill=said, n=item.question))
                break
    # A skill the CV only lists, and no bullet shows in other words.
    profile = cv_profile(cv) if cv else None
    for item in an.skill_coverage:
        skill = by_name.get(item.skill)
        if item.status != "undemonstrated" or not skill or not profile:
            continue
        mentions = profile.mentions_of(skill)
        if not mentions or any(m.section != "skills" for m in mentions):
            continue
        part = _listed_part(mentions[0].text, skill)
        if _list_is_enough(skill) or _bullet_shows(profile, skill, part):
            continue
        # The quoted list must name the skill itself ("SCADA fault analysis" is no listing of
        # PLC Programming), and a skill the candidate disowned is not one to add to the CV.
        if not skill_lexicon.surface_forms(part, skill) or _denied(an, skill):
            continue
        # As the list writes it, which the line quotes (its name where the list has it:
        # "Excel" of "Excel (VLOOKUP, pivot tables)"), else in the advert's words.
        at = part.lower().find(skill.name.lower())
        forms = skill_lexicon.surface_forms(part, skill)
        if at >= 0:
            said = part[at : at + len(skill.name)]
        else:
            said = max(forms, key=len) if forms else _said_as(skill, job_text, part)
        said = said[:1].upper() + said[1:]
        out.append(w["claimed_only"].format(skill=said, evidence=quote(part, 100)))
        break
    gaps = [
        c.skill
        for c in an.skill_coverage
        if c.status == "missing"
        and c.skill in by_name
        and not by_name[c.skill].is_soft
        and not skill_lexicon.is_credential(by_name[c.skill])
        and not _named_in_other_words(c.skill, cv_stems)
    ]
    # "Supplier negotiation" on the CV is Procurement in other words: the advice is to use the
    # advert's words, never that the CV lacks it.
    otherwise = [(g, phrase_in(cv, shown_by_words(g))) for g in gaps]
    named_otherwise = [(g, span) for g, span in otherwise if span]
    if named_otherwise:
        skill, (start, end) = named_otherwise[0]
        said = _advert_term(by_name[skill], job_text)
        if said:
            out.append(w["named_otherwise"].format(skill=said, phrase=cv[start:end]))
    gaps = [g for g, span in otherwise if not span]
    # "The job asks for" only what its duties and requirements ask; a desirable skill is one
    # the advert would welcome.
    nice = (
        {
            s.name
            for s in job_profile(ctx.job_title, ctx.company_name, ctx.job_description).nice_to_have
        }
        if ctx.job_description
        else set()
    )
    # The advert asks for none of the terms it offers as alternatives or examples
    # ("healthcare, aviation or logistics", "ERP or brewery software (e.g. Ekos)") once the
    # CV names one of them, nor for a field it names only as a sector ("logistics networks").
    sectors = {s.name for s in skill_lexicon.sector_only(job_text)}
    gaps = [
        g
        for g in gaps
        if g not in sectors
        and not _named_as_kind(by_name[g], job_text)
        and not named_as_partner(by_name[g], job_text)
        and not named_as_audience(by_name[g], job_text)
        and not _met_by_another(by_name[g], job_text, cv, cv_skills)
    ]
    asked = [g for g in gaps if g not in nice][:3]
    welcome = [g for g in gaps if g in nice][:3]
    for key, missing in (("missing", asked), ("missing_welcome", welcome)):
        if missing:
            # Two skills the advert names by one word ("SAP" for SAP and for ERP Systems)
            # are one term to name.
            terms = _distinct_terms(_advert_term(by_name[g], job_text) for g in missing)
            if not terms:
                continue
            one = len(terms) == 1
            text = w[key].format(
                skills=join(terms), it="it" if one else "them", each="" if one else "for each"
            )
            out.append(" ".join(text.split()))
            break
    # A post held ("Designated safeguarding lead") has no action to put a figure on.
    bare = [x for x in achievements(cv) if not x.has_figure and not is_post_held(x.text)]
    if bare:
        out.append(w["quantify"].format(line=quote(bare[0].text, 140)))
    return out[:MAX_ITEMS]


def _measures_beyond_time(bullet: str) -> bool:
    """A result bullet measures something besides the time it took: a change, a share, an
    amount or a count ("cut rework by 30%", "won 4 new accounts"), not only "within six
    weeks"."""
    return bool(changes(bullet)) or any(_measure_kind(f) != TIME for f in figures(bullet))


# Where a result sentence joins its clauses.
_RESULT_JOIN = re.compile(r",\s+(?:and\s+)?|;\s+|\s+and\s+(?=(?:the|our|my|all|we|it)\b)")


def _result_clauses(sentence: str) -> str:
    """A result sentence less its trailing clauses that tell a setback with no figure of
    their own: "We finished the tour £22,000 under budget", not "…, and the crew bookings were
    confirmed two days late"; the sentence as it is when it has none."""
    parts = [p for p in _RESULT_JOIN.split(sentence.strip().rstrip(".")) if p.strip()]
    setbacks = wording()["cv_setback_words"]
    kept = [parts[0]] + [
        p
        for p in parts[1:]
        if any(re.search(r"\d", f.text) for f in figures(p))
        or changes(p)
        or not any(re.search(rf"\b{re.escape(w)}\b", p.lower()) for w in setbacks)
    ]
    if len(kept) == len(parts):
        return sentence
    text = ", ".join(kept)
    return text[:1].upper() + text[1:]


# --- the report --------------------------------------------------------------------------------


def _question_skills(a: AnswerAssessment, ctx: InterviewContext) -> list[skill_lexicon.Skill]:
    """The job's skills this question is about (by word family or related words), else the
    job's skills an answer that takes up the question names."""
    job = job_terms(ctx.job_description).skills if ctx.job_description else ()
    topic = set(a.reading.topic_stems)
    # In the question's own word families: a loosely related word ("senior" ~ "leadership")
    # would send the advice to a skill the question is not about.
    about = [
        s for s in job if any(same_stem(light_stem(w), q) for w in words(s.name) for q in topic)
    ]
    if about or beside_focus(a):
        # An answer on another matter names the tools of that matter, not of the question.
        return about
    return [s for s in job if s.name in a.signals.skills_named]


def _nearest_cv_line(
    a: AnswerAssessment, cv_text: str, skills: tuple[str, ...], used: set[str]
) -> str | None:
    """The CV achievement nearest the question's topic, for an answer saying honestly the
    candidate has not done it: near, so it need not take up the question's core as an
    example of it must (`fitting_achievement`), and not one the answer already told."""
    avoid = frozenset(used) | told_lines(cv_text, a.reading.text, a.answer)
    return best_achievement(cv_text, a.reading.topic_stems, skills, avoid, a.reading.topic_weights)


def build_question_feedback(an: InterviewAnalysis, ctx: InterviewContext) -> list[QuestionFeedback]:
    """The offline coach's per-question feedback."""
    used: set[str] = set()
    said: set[str] = set()
    given: Counter[str] = Counter()
    out: list[QuestionFeedback] = []
    for number, a in enumerate(an.assessments, start=1):
        skills = _question_skills(a, ctx)
        text = f"{ctx.cv_text}\n{a.answer}"
        tools = [
            skill_lexicon.display_term(s, text)
            for s in skills
            if s.category in skill_lexicon.TOOL_CATEGORIES
        ]
        # "the work on construction" says nothing: a field is not a thing that draws you.
        # Nor is a soft skill ("the work on leadership").
        named = [
            skill_lexicon.display_term(s, text)
            for s in skills
            if s.category not in ("domain", "soft")
        ]
        # A strong plan with nothing behind it is tied to a fitting CV line in its verdict;
        # the outline then cites another one, if any.
        backing = None
        found = advice_for(a)
        if a.score >= STRONG_SCORE and found and found[0].rule == "no_backing":
            backing = fitting_achievement(a, ctx.cv_text, tuple(named), frozenset(used))
            if backing:
                used.add(backing)
        missing = [g.advice for g in found[:MAX_MISSING]]
        if found and found[0].rule == "no_direct_experience":
            # "I haven't run a team myself": the nearest thing they have done may be on
            # their CV, and the advice names it.
            nearest = _nearest_cv_line(a, ctx.cv_text, tuple(named), used)
            if nearest:
                used.add(nearest)
                entry = advice_wording()["rules"]["no_direct_experience"]
                missing[0] = entry["advice_cv"].format(cv=quote_cv(nearest))
        out.append(
            QuestionFeedback(
                number=number,
                question=a.question,
                answer=a.answer,
                score=a.score,
                dimensions=a.dimensions,
                verdict=verdict(a, quote_cv(backing) if backing else None, given),
                missing=missing,
                stronger_answer=stronger_answer(
                    a, ctx.cv_text, named, ctx.company_name, used, tools=tools, used_sentences=said
                ),
                stats=a.stats,
            )
        )
    return out


def score_interview(
    ctx: InterviewContext, *, fallback: bool = False, analysis: InterviewAnalysis | None = None
) -> FeedbackReport:
    """The offline, deterministic feedback of an interview."""
    an = analysis or analyse_interview(ctx)
    questions = build_question_feedback(an, ctx)
    overall = round(sum(q.score for q in questions) / len(questions)) if questions else 0
    return FeedbackReport(
        score=headline_score(overall),
        overall_score=overall,
        dimensions=mean_dimensions([q.dimensions for q in questions]),
        questions=questions,
        strengths=strengths(an, ctx.job_description or ""),
        weaknesses=weaknesses(an, ctx),
        cv_improvements=cv_improvements(an, ctx),
        skill_coverage=list(an.skill_coverage),
        insights=an.insights,
        generated_by=GeneratedBy(
            provider=OFFLINE_PROVIDER, model=OFFLINE_MODEL, fallback=fallback, heuristic=True
        ),
        generated_at=datetime.now(UTC),
    )
