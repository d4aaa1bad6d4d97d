"""The offline interviewer: a deterministic planner that needs no key and no network.

It reads the CV and the job description (see `profile.py`), plans the interview, and adapts
to each answer the way a prepared human interviewer would:

1. an opener linking the candidate's most recent role to this role at this company;
2. deep-dives on skills the job needs and the CV claims, citing where the CV mentions them;
3. probes of requirements the CV does not show;
4. behavioural (STAR) questions for the soft skills the job asks for;
5. one role-level question: design for senior technical roles, a deal or clinical scenario,
   leadership for managers, prioritisation or learning for junior roles;
6. follow-ups when an answer is vague, has no outcome, or opens a new technical thread;
7. a closing question, always last.

It keeps no state between calls: every call re-reads the turns so far. It replays its own
decisions for earlier turns, and when an earlier question came from another provider (after a
fallback) it infers which topics that question covered instead.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..language.profile import CandidateProfile, JobProfile, Mention, analyse_cv, analyse_job
from ..language.skills import (
    Skill,
    display_term,
    extract_skills,
    hard_skills,
    is_credential,
    skill_named,
    surface_forms,
)
from ..language.text import is_same_question
from .base import InterviewContext, Provider, ProviderReply, Turn

# --- answer analysis ----------------------------------------------------------------------

_HEDGES = (
    "some stuff",
    "stuff",
    "things like that",
    "kind of",
    "sort of",
    "i guess",
    "i think so",
    "not sure",
    "maybe",
    "a bit",
    "a few things",
    "various",
    "etc",
    "and so on",
    "whatever",
    "basically",
    "i suppose",
    "i don't know",
    "i dont know",
    "hard to say",
    "here and there",
    "bits and pieces",
    "some things",
    "a lot of things",
)
_RESULT = re.compile(
    r"\b(reduc\w*|increas\w*|improv\w*|result\w*|sav(?:ed|ing|ings)|cut|grew|grow\w*|"
    r"achiev\w*|exceed\w*|decreas\w*|doubl\w*|halv\w*|tripl\w*|faster|fewer|lower|higher|"
    r"outcome|impact|led to|so that|which meant|meaning that|won|closed|hit|beat|"
    r"shipped|launched|delivered|recovered|stabilis\w*|stabiliz\w*|prevented|avoided|"
    r"eliminat\w*|promoted|adopted|renewed|signed|praised|thanked|discharged|percent|"
    r"per cent|zero|none of|no longer|went from|down from|up from|on time|ahead of)\b",
    re.IGNORECASE,
)
_ACTION = re.compile(
    r"\b(i|we)\s+(?:\w+\s+)?(\w+ed|built|led|ran|wrote|made|set|took|drove|cut|chose|found|"
    r"got|sold|won|spoke|met|brought|gave|kept|began|did|went|put|sent|taught|told|held|"
    r"called|asked|moved|split|rewrote|shipped)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d|%|£|\$|€|\b(?:twice|half|double|dozen|hundred|thousand|million)\b", re.I)


@dataclass(frozen=True)
class AnswerSignals:
    """What a quick read of an answer tells an interviewer."""

    words: int
    hedges: int
    specificity: int
    has_outcome: bool
    skills: tuple[Skill, ...]

    @property
    def is_vague(self) -> bool:
        """Too short or too hedgy to learn from without a concrete example."""
        if self.words < 8:
            return True
        if self.words < 25 and self.specificity < 2:
            return True
        return (
            self.hedges >= 2 and self.specificity < 2 or self.hedges >= 1 and self.specificity == 0
        )


def read_answer(answer: str) -> AnswerSignals:
    """Signals from one answer: length, hedging, specifics, and whether it gives a result."""
    text = answer or ""
    lowered = text.lower()
    words = re.findall(r"[\w'’%£$€.-]+", text)
    hedges = sum(len(re.findall(rf"\b{re.escape(h)}\b", lowered)) for h in _HEDGES)
    skills = tuple(extract_skills(text))
    # Capitalised words inside a sentence are names: employers, products, people, places.
    proper = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+", text)
    proper = [p for p in proper if p not in ("I", "I'm", "I've", "I'd")]
    specificity = (
        int(bool(_NUMBER.search(text)))
        + int(bool(skills or proper))
        + int(bool(_ACTION.search(text)))
    )
    has_outcome = bool(_NUMBER.search(text) or _RESULT.search(text))
    return AnswerSignals(len(words), hedges, specificity, has_outcome, skills)


# --- text helpers -------------------------------------------------------------------------

_IRREGULAR_VERBS = frozenset(
    [
        "built",
        "led",
        "ran",
        "wrote",
        "made",
        "took",
        "drove",
        "grew",
        "won",
        "cut",
        "set",
        "sold",
        "brought",
        "kept",
        "taught",
        "spoke",
        "began",
        "chose",
        "found",
        "gave",
        "held",
        "oversaw",
        "became",
        "own",
        "manage",
        "run",
        "keep",
        "care",
        "mentor",
        "document",
        "lead",
        "build",
        "maintain",
        "support",
        "work",
        "deliver",
        "design",
        "develop",
        "write",
        "coordinate",
        "train",
        "handle",
        "sell",
        "partner",
        "present",
        "drive",
        "deploy",
        "teach",
        "supervise",
        "ship",
        "plan",
        "recognise",
        "recognize",
        "escalate",
        "administer",
        "triage",
        "assess",
        "monitor",
        "produce",
        "automate",
        "introduce",
        "migrate",
        "launch",
        "create",
        "analyse",
        "analyze",
        "improve",
        "reduce",
        "increase",
        "cut",
        "close",
        "negotiate",
        "prospect",
        "grow",
        "manage",
    ]
)
_PERSON_ADJECTIVES = (
    r"(?:be\s+)?(?:able|comfortable|happy|confident|willing|fluent|experienced|familiar|"
    r"passionate|skilled|keen|eager|motivated|organised|organized|calm)\b"
)
_LEADING_ADJECTIVES = re.compile(
    r"^(?:strong|excellent|solid|proven|good|great|advanced|deep|demonstrable|"
    r"demonstrated|significant|extensive|outstanding|exceptional)\s+",
    re.IGNORECASE,
)
# Words that must never appear in a question: the interviewer does not evaluate mid-interview.
FEEDBACK_PHRASES = (
    "great answer",
    "good answer",
    "excellent answer",
    "nice answer",
    "well done",
    "good job",
    "great job",
    "impressive",
    "that's great",
    "that is great",
    "perfect",
    "brilliant",
    "fantastic",
    "love that",
    "i like that",
    "good point",
    "great point",
    "strong answer",
    "excellent",
    "awesome",
)


def _stable_int(*parts: str) -> int:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    # Keep acronyms and names ("SQL", "Kafka"); lower ordinary capitalised words.
    if first[:1].isupper() and first[1:].islower() and skill_named(first) is None:
        return text[:1].lower() + text[1:]
    return text


def _trim_to_clause(text: str, must_keep: str = "", max_words: int = 22) -> str:
    """The clause of `text` that keeps `must_keep`, so a quotation stays short."""
    text = text.strip().rstrip(".;:,")
    if len(text.split()) <= max_words:
        return text
    for separator in ("; ", " — ", " – ", ": ", ", "):
        pieces = [p.strip() for p in text.split(separator) if p.strip()]
        if len(pieces) < 2:
            continue
        keep = next((p for p in pieces if must_keep and must_keep.lower() in p.lower()), pieces[0])
        if len(keep.split()) <= max_words:
            return keep.rstrip(".;:")
    return " ".join(text.split()[:max_words]).rstrip(",;:") + "…"


def _as_candidate_clause(line: str, must_keep: str = "") -> str | None:
    """ "Built X" → "you built X"; None when the line does not start with a verb."""
    text = _trim_to_clause(line, must_keep)
    first = text.split(" ", 1)[0].lower().strip(",")
    is_verb = first in _IRREGULAR_VERBS or (
        len(first) > 4 and (first.endswith("ed") or first.endswith("ise") or first.endswith("ize"))
    )
    if not is_verb:
        return None
    clause = text[:1].lower() + text[1:]
    clause = re.sub(r"\bmy\b", "your", clause)
    clause = re.sub(r"\bI\b", "you", clause)
    return f"you {clause}"


def _as_duty(line: str) -> str:
    """A job-description line as a clause after "you'd" or "we're looking for"."""
    text = re.sub(r"^(?:you will|you'll|you would|to)\s+", "", line.strip(), flags=re.I)
    text = _LEADING_ADJECTIVES.sub("", text)
    text = _trim_to_clause(text)
    first = text.split(" ", 1)[0]
    if _DUTY_START.match(text) and not first.isupper():
        text = text[:1].lower() + text[1:]  # "Triage patients" → "you'd triage patients"
    else:
        text = _lower_first(text)
    # "Able to ..." / "Comfortable with ..." describe a person, not a thing to look for.
    if re.match(_PERSON_ADJECTIVES, text, re.IGNORECASE):
        text = "someone " + text
    return text


_DUTY_START = re.compile(
    r"^(?:you will\s+|you'll\s+)?(build|lead|own|design|develop|deliver|drive|manage|maintain|"
    r"improve|work|partner|mentor|coach|create|run|support|ensure|write|review|shape|define|"
    r"scale|operate|implement|analyse|analyze|present|triage|administer|provide|carry|care|"
    r"assess|monitor|follow|contribute|handle|sell|prospect|negotiate|close|grow|keep|"
    r"collaborate|plan|coordinate|train|teach|document|report|identify|establish|champion|"
    r"help|respond|resolve|conduct|prepare|oversee|supervise|recruit|hire|set|track|"
    r"optimi[sz]e|automate|migrate|architect|research|test|deploy|investigate|communicate|"
    r"liaise|engage|win|expand|generate|promote|process|record|escalate|educate|advise|"
    r"assist|serve)\b",
    re.IGNORECASE,
)


def _jd_sentence(line: str) -> str:
    """A job-description line restated by the interviewer, as a full sentence."""
    duty = _as_duty(line)
    if _DUTY_START.match(line.strip()):
        return f"In this role you'd {duty}."
    return f"We're looking for {duty}."


# --- the plan -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """One planned question topic."""

    key: str
    kind: str  # "deep" | "gap" | "soft" | "project" | "duty" | "role" | "generic"
    skill: Skill | None = None
    must: bool = False
    payload: str = ""  # the CV or job-description line the question is built on
    cv: Mention | None = None  # where the CV mentions the skill, when it does
    jd_line: str = ""  # the job-description line that makes the skill matter


@dataclass(frozen=True)
class _Asked:
    """What an earlier question was about, as far as the planner can tell."""

    key: str
    kind: str
    skill: Skill | None = None
    followup: str | None = None  # "example" | "outcome" | "tangent"
    covers: tuple[str, ...] = ()
    text: str = ""
    where: str | None = None  # the employer the question was anchored to


@dataclass
class _State:
    asked: list[_Asked] = field(default_factory=list)
    covered: set[str] = field(default_factory=set)

    def add(self, asked: _Asked) -> None:
        self.asked.append(asked)
        self.covered.add(asked.key)
        self.covered.update(asked.covers)

    @property
    def followups(self) -> int:
        return sum(1 for a in self.asked if a.followup)


# Behavioural prompts: "Tell me about <prompt>". A family-specific wording wins over default.
_SOFT_PROMPTS: dict[str, dict[str, str]] = {
    "Communication": {
        "default": "a time you had to explain something complex to people without your background",
        "healthcare": "a time you had to explain something difficult to a patient or their family",
        "sales": "a time you had to get a complicated message across to a senior buyer",
    },
    "Written Communication": {
        "default": "a piece of writing you produced that changed what other people decided",
    },
    "Presentation Skills": {
        "default": "a presentation you gave to a senior or sceptical audience",
        "sales": "a pitch or presentation to a senior buying group that did not go to plan",
    },
    "Leadership": {
        "default": "a time you had to lead a group through a difficult change",
    },
    "People Management": {
        "default": "a time you had to manage someone whose performance was slipping",
    },
    "Stakeholder Management": {
        "default": "a time you had to balance stakeholders who wanted different things",
        "sales": "a deal where the stakeholders on the buying side wanted different things",
    },
    "Teamwork": {
        "default": "a time you worked closely with colleagues to deliver something none of you could do alone",
    },
    "Cross-Functional Collaboration": {
        "default": "a time you worked with people from other disciplines to solve a problem",
        "healthcare": "a time you worked with the wider multidisciplinary team to get the right care for a patient",
    },
    "Conflict Resolution": {
        "default": "a time you disagreed with a colleague and had to resolve it",
        "healthcare": "a time you had to calm a tense situation with a patient, a relative or a colleague",
    },
    "Mentoring": {
        "default": "someone you mentored or coached and how they developed",
        "healthcare": "a student or newly qualified colleague you supported",
    },
    "Negotiation": {
        "default": "a negotiation where you had to give something up to reach agreement",
        "sales": "a negotiation where procurement pushed hard on price",
    },
    "Empathy": {
        "default": "a time you had to understand someone's point of view before you could help them",
        "healthcare": "a time a patient or relative was frightened or upset and you had to support them",
    },
    "Time Management": {
        "default": "a week where you had more work than time",
    },
    "Prioritisation": {
        "default": "a time you had competing priorities and could not do everything",
        "healthcare": "a shift where several patients needed you at once",
        "sales": "a quarter where you had to choose which deals to focus on",
    },
    "Problem Solving": {
        "default": "a difficult problem you solved where the cause was not obvious at first",
    },
    "Critical Thinking": {
        "default": "a time you questioned an assumption or a number everyone else accepted",
    },
    "Decision Making": {
        "default": "a decision you had to make without all the information you wanted",
    },
    "Adaptability": {
        "default": "a time the plan changed suddenly and you had to adapt",
        "technical": "a time you had to make progress while the requirements were still unclear",
    },
    "Attention to Detail": {
        "default": "a time your attention to detail caught a mistake before it caused harm",
    },
    "Ownership": {
        "default": "a problem you took ownership of even though it was not strictly yours",
    },
    "Proactivity": {
        "default": "something you started on your own initiative because you saw it was needed",
    },
    "Resilience": {
        "default": "a time you stayed effective under real pressure",
        "sales": "a stretch where deals kept slipping and you still had to hit your number",
        "healthcare": "a shift where the pressure was at its highest",
    },
    "Customer Focus": {
        "default": "a time you went out of your way to solve a customer's problem",
    },
    "Relationship Building": {
        "default": "a relationship with a senior person you built from nothing",
        "sales": "a senior executive relationship you built from a cold start",
    },
    "Influencing": {
        "default": "a time you changed someone's mind without any authority over them",
    },
    "Active Listening": {
        "default": "a time listening carefully changed what you did",
    },
    "Emotional Intelligence": {
        "default": "a time you noticed how a colleague was feeling and it changed how you acted",
    },
    "Creativity": {
        "default": "a time you found an unusual way round an obstacle",
    },
    "Strategic Thinking": {
        "default": "a time you changed a plan because you saw where things were heading",
    },
    "Organisational Skills": {
        "default": "a time you had to keep many moving parts on track at once",
    },
    "Multitasking": {
        "default": "a time you had to juggle several urgent tasks at once",
    },
    "Learning Agility": {
        "default": "something you had to learn quickly to do your job",
    },
    "Delegation": {
        "default": "a time you delegated something important and how you followed it up",
    },
    "Giving Feedback": {
        "default": "a time you had to give a colleague difficult feedback",
    },
    "Professionalism": {
        "default": "a time you had to handle something confidential or sensitive",
    },
    "Patience": {
        "default": "a time you had to stay patient with someone who was struggling",
    },
    "Cultural Awareness": {
        "default": "a time you adapted how you worked for someone from a different background",
    },
    "Work Ethic": {
        "default": "a time you had to see something through when it would have been easy to stop",
    },
}
_DEFAULT_SOFT = {
    "technical": ("Problem Solving", "Communication", "Teamwork"),
    "data": ("Communication", "Critical Thinking", "Stakeholder Management"),
    "sales": ("Resilience", "Relationship Building", "Negotiation"),
    "healthcare": ("Empathy", "Resilience", "Teamwork"),
    "general": ("Teamwork", "Problem Solving", "Communication"),
}
_SENIOR_SOFT = ("Leadership", "Mentoring", "Stakeholder Management")


@dataclass(frozen=True)
class _Documents:
    job_title: str
    company: str
    cv_text: str
    jd_text: str
    job: JobProfile
    cv: CandidateProfile
    seed: int


def _same_spelling(a: str, b: str) -> bool:
    # "visualisation" and "visualization", "behaviour" and "behavior" are the same word.
    def norm(word: str) -> str:
        return re.sub(r"our\b", "or", word.lower()).replace("s", "z")

    return norm(a) == norm(b)


def _term(docs: _Documents, skill: Skill) -> str:
    """The skill as the documents write it: the CV's spelling first, then the JD's."""
    term = display_term(skill, docs.cv_text + "\n" + docs.jd_text)
    for text in (docs.cv_text, docs.jd_text):
        for found in surface_forms(text, skill):
            if found != term and _same_spelling(found, term):
                return found if term[:1].isupper() == found[:1].isupper() else found.lower()
    return term


def _quotable(mention: Mention | None) -> bool:
    # Experience bullets and projects are worth quoting back; a skills list is not.
    return mention is not None and mention.section in ("experience", "projects")


def _mention_for(docs: _Documents, skill: Skill, used: set[str]) -> Mention | None:
    """The best CV line for `skill`, avoiding lines another question already quotes."""
    mentions = docs.cv.mentions_of(skill)
    quotable = [m for m in mentions if _quotable(m)]
    fresh = [m for m in quotable if m.text not in used]
    if fresh:
        return fresh[0]
    if quotable:
        return quotable[0]
    return mentions[0] if mentions else None


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    pieces: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and text.startswith(separator, i):
            pieces.append(text[start:i])
            start = i + len(separator)
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _jd_piece(line: str, skill: Skill, max_words: int = 22) -> str:
    """The part of a job-description line about `skill`: the whole line when it is short."""
    text = line.strip().rstrip(".;:,")
    if len(text.split()) <= max_words:
        return text
    for separator in ("; ", ", "):
        pieces = _split_outside_brackets(text, separator)
        piece = next((p for p in pieces if skill in extract_skills(p)), None)
        if piece is not None and len(piece.split()) <= max_words:
            # A bare list item ("Kubernetes") says nothing the skill name does not.
            return piece if len(piece.split()) >= 3 else ""
    return ""


def _jd_line_for(docs: _Documents, skill: Skill, used: set[str]) -> str:
    # An empty line means "no fresh line": the question then names the skill on its own
    # rather than quoting the same responsibility twice.
    for line in docs.job.lines_mentioning(skill):
        piece = _jd_piece(line, skill)
        if piece and piece not in used:
            return piece
    return ""


def _clause_with(text: str, skill: Skill) -> str:
    """The part of a CV line (split at semicolons) that mentions `skill`."""
    pieces = [p.strip() for p in text.split("; ") if p.strip()]
    return next((p for p in pieces if skill in extract_skills(p)), pieces[0] if pieces else text)


# Words too common in skill names to say two skills are related ("wound care", "patient care").
_GENERIC_NAME_WORDS = frozenset(
    {
        "management",
        "skills",
        "analysis",
        "testing",
        "care",
        "data",
        "development",
        "design",
        "engineering",
        "sales",
        "systems",
        "services",
        "support",
        "planning",
        "monitoring",
    }
)
_TOOL_CATEGORIES = frozenset({"language", "framework", "cloud", "data", "tool"})


def _is_product(skill: Skill) -> bool:
    return display_term(skill) == skill.name


def _related_cv_skill(docs: _Documents, skill: Skill) -> Skill | None:
    """A CV skill close to a missing one: a shared name word, or a sibling product."""
    words = {
        w
        for w in re.findall(r"[a-z]+", skill.name.lower())
        if len(w) > 2 and w not in _GENERIC_NAME_WORDS
    }
    candidates = [s for s in docs.cv.skills if s != skill and not is_credential(s)]
    for other in candidates:
        if words & set(re.findall(r"[a-z]+", other.name.lower())):
            return other
    if skill.category in _TOOL_CATEGORIES:
        # Power BI is missing but Tableau is there: same category, both products.
        for other in candidates:
            if other.category == skill.category and _is_product(other) == _is_product(skill):
                return other
    return None


def _role_kind(job: JobProfile) -> str:
    if job.seniority == "manager":
        return "manager"
    if job.seniority == "junior":
        return "junior"
    if job.is_senior:
        return "senior"
    return "mid"


# Which responsibilities make the best role-level scenario, best first, per job family.
_ROLE_DUTY: dict[str, tuple[str, ...]] = {
    "technical": (r"platform|architect|technical design", r"design|system|service", r"build|scale"),
    "data": (r"experiment|a/b", r"analys|model|measure|insight|forecast", r"dashboard|report"),
    "sales": (r"sales cycle|deal", r"stakeholder|negotiat", r"territory|account|pipeline"),
}


def _role_duty(job: JobProfile) -> str:
    """The responsibility a role-level scenario is built on ("" when it quotes none)."""
    if _role_kind(job) != "senior" or job.family == "healthcare":
        return ""  # junior, mid, manager and clinical scenarios are written without one
    duties = [d for d in job.responsibilities if _DUTY_START.match(d)]
    for pattern in _ROLE_DUTY.get(job.family, ()):
        found = [d for d in duties if re.search(pattern, d, re.IGNORECASE)]
        if found:
            return found[0]
    return duties[0] if job.family == "general" and duties else ""


def _build_plan(docs: _Documents) -> list[_Item]:
    """The middle of the interview (between opener and closing), in asking order."""
    job, cv = docs.job, docs.cv
    technical_senior = job.family in ("technical", "data") and job.is_senior
    skip = {"System Design", "Distributed Systems"} if technical_senior else set()
    usable = [s for s in job.skills if not is_credential(s) and s.name not in skip]
    used_cv: set[str] = set()
    # The role-level scenario gets its responsibility first; the others quote other lines.
    role_line = _role_duty(job)
    used_jd: set[str] = {role_line}

    # Deep-dives: the skills the job stresses most that the CV backs with real experience,
    # preferring lines with numbers in them (they make the best stories).
    rank = {s: i for i, s in enumerate(job.skills)}

    def depth_score(skill: Skill) -> float:
        mention = _mention_for(docs, skill, set())
        score = float(rank.get(skill, 50))
        if not _quotable(mention):
            score += 10
        elif mention is not None and re.search(r"\d", mention.text):
            score -= 1.5
        return score

    # Only skills the CV names itself: "Django" on a CV is no story about "Python".
    claimed = sorted((s for s in usable if cv.names(s)), key=depth_score)
    deep: list[_Item] = []
    for skill in claimed:
        if len(deep) == 3:
            break
        mention = _mention_for(docs, skill, used_cv)
        if _quotable(mention) and mention is not None and mention.text in used_cv:
            continue  # that CV line is already being discussed
        jd_line = _jd_line_for(docs, skill, used_jd)
        deep.append(_Item(f"deep:{skill.name}", "deep", skill, cv=mention, jd_line=jd_line))
        if mention is not None and _quotable(mention):
            used_cv.add(mention.text)
        used_jd.add(jd_line)

    missing = [s for s in usable if not cv.has(s)]
    missing += [s for s in job.nice_to_have if not cv.has(s) and not is_credential(s)]
    gaps: list[_Item] = []
    for skill in missing[:2]:
        jd_line = _jd_line_for(docs, skill, used_jd)
        gaps.append(_Item(f"gap:{skill.name}", "gap", skill, jd_line=jd_line))
        used_jd.add(jd_line)

    soft_names = [s.name for s in job.soft_skills if s.name in _SOFT_PROMPTS]
    if job.seniority in ("lead", "manager"):
        soft_names = [*_SENIOR_SOFT[:2], *soft_names]
    asked_for = set(soft_names)
    soft_names += list(_DEFAULT_SOFT[job.family])
    softs: list[_Item] = []
    for name in list(dict.fromkeys(soft_names))[:3]:
        skill = skill_named(name)
        mention = _mention_for(docs, skill, used_cv) if skill else None
        if mention is not None and (mention.text in used_cv or mention.section != "experience"):
            mention = None
        # payload "default": the job did not ask for it, so the question must not claim so.
        payload = "" if name in asked_for else "default"
        softs.append(_Item(f"soft:{name}", "soft", skill, payload=payload, cv=mention))
        if mention is not None:
            used_cv.add(mention.text)

    projects = [
        _Item(f"project:{i}", "project", None, payload=p.text)
        for i, p in enumerate(cv.projects)
        if p.has_metric and p.text not in used_cv
    ][:2]
    duties = [
        _Item(f"duty:{i}", "duty", None, payload=line)
        for i, line in enumerate(job.responsibilities)
        if line not in used_jd
    ][:3]
    role = _Item("role", "role", must=True, payload=role_line)
    generic = [_Item(f"generic:{i}", "generic") for i in range(len(_GENERIC))]

    # The first of each kind is a must: it is kept even when follow-ups eat the slots.
    # Without CV-backed skills, the CV's achievements and the job's duties take their place.
    technical = deep or projects or duties
    fillers = [i for i in (*projects, *duties) if i not in technical[:1]]
    musts = {i.key for i in (*technical[:1], *gaps[:1], *softs[:1])}

    def pick(items: Sequence[_Item], index: int) -> list[_Item]:
        return [items[index]] if index < len(items) else []

    ordered: list[_Item] = [
        *pick(technical, 0),
        *pick(gaps, 0),
        *pick(softs, 0),
        *(pick(deep, 1) or fillers[:1]),
        role,
        *pick(softs, 1),
        *pick(deep, 2),
        *pick(gaps, 1),
        *fillers,
        *pick(softs, 2),
        *generic,
    ]
    plan: list[_Item] = []
    seen: set[str] = set()
    for item in ordered:
        if item.key in seen:
            continue
        seen.add(item.key)
        if item.key in musts:
            item = _Item(item.key, item.kind, item.skill, True, item.payload, item.cv, item.jd_line)
        plan.append(item)
    return plan


# --- rendering ----------------------------------------------------------------------------

_GENERIC = (
    "What piece of work are you proudest of so far, and what does it show about how you'd "
    "approach the {title} role at {company}?",
    "What does a typical week look like in your current or most recent job, and which parts "
    "of it are closest to what {a_title} at {company} does?",
    "Which part of the {title} role at {company} do you expect to find hardest, and how "
    "would you prepare for it?",
    "Tell me about a time something went wrong because of a decision you made: what happened, "
    "and what did you change afterwards?",
    "Tell me about a time you received critical feedback at work: what was it, and what did "
    "you do with it?",
    "How do you keep your skills current for a role like {title}, and what have you learned "
    "most recently?",
)


class _Renderer:
    """Turns plan items and follow-ups into interviewer's wording."""

    def __init__(self, docs: _Documents) -> None:
        self.docs = docs

    def _variant(self, key: str, options: Sequence[str], shift: int = 0) -> str:
        return options[(_stable_int(str(self.docs.seed), key) + shift) % len(options)]

    @property
    def title(self) -> str:
        return self.docs.job_title.strip() or "this"

    @property
    def company(self) -> str:
        return self.docs.company.strip() or "our company"

    # -- opener and closing --

    def opener(self) -> list[str]:
        role = self.docs.cv.current_role
        t, c = self.title, self.company
        if role is None or not (role.title or role.employer):
            return [
                f"To start, could you give me a short overview of your background and what "
                f"draws you to the {t} role at {c}?",
                f"Let's begin with you: how would you sum up your experience so far, and why "
                f"does the {t} position at {c} appeal to you?",
                f"To open, tell me a little about the path that led you to apply for the {t} "
                f"role at {c}, and what you'd bring to it?",
            ]
        where = f" at {role.employer}" if role.employer else ""
        if role.title:
            as_title = f"as {_article(role.title)} {role.title}{where}"
            being = f"{_article(role.title)} {role.title}{where}"
        else:
            as_title = being = f"at {role.employer}"
        if role.is_current:
            now = f"you're currently {being}"
        else:
            now = f"you most recently worked {as_title}"
        years = self.docs.cv.years_experience
        if years and years > 1:
            shows = f"Your CV shows {years} years of experience, most recently {as_title}."
        else:
            shows = f"Your CV shows your most recent work {as_title}."
        return [
            f"To start, could you walk me through your background, in particular your time "
            f"{as_title}, and what draws you to the {t} role at {c}?",
            f"Let's begin with your current position: {now}. What from that experience do "
            f"you think carries over most directly to the {t} role here at {c}?",
            f"{shows} What made you apply for the {t} role at {c}, and how has that work "
            f"prepared you for it?",
        ]

    def closing(self) -> list[str]:
        t, c = self.title, self.company
        return [
            f"To finish: if you joined {c} as {t}, what would you want to have achieved by "
            f"the end of your first 90 days?",
            f"We're at the last question. What would success look like for you after your "
            f"first 90 days at {c}, and what would you need from the team to get there?",
            f"Before we wrap up: why this {t} role at {c} in particular, and what questions "
            f"do you have for us?",
            f"Finally, looking ahead: what would you focus on in your first 90 days as {t} at "
            f"{c}, and what questions do you have for us?",
        ]

    # -- planned items --

    def _jd_link(self, item: _Item) -> str:
        if item.jd_line:
            return _jd_sentence(item.jd_line)
        assert item.skill is not None
        term = _term(self.docs, item.skill)
        return f"{term[:1].upper()}{term[1:]} is a big part of this role."

    def deep(self, item: _Item) -> list[str]:
        assert item.skill is not None
        skill = item.skill
        term = _term(self.docs, skill)
        link = self._jd_link(item)
        mention = item.cv
        people_work = skill.category in ("domain", "soft")
        if mention is not None and _quotable(mention):
            if mention.employer:
                at = f" at {mention.employer}"
            elif mention.section == "projects":
                at = " in a project"
            else:
                at = ""
            piece = _clause_with(mention.text, skill)
            clause = _as_candidate_clause(piece, term)
            said = clause if clause else f'"{_trim_to_clause(piece, term)}"'
            cite = f"Your CV mentions {term}{at}: {said}."
            if people_work:
                endings = [
                    "Can you talk me through a specific situation from that work: what you "
                    "did, and how it turned out?",
                    f"Tell me about one case where your {term} was really tested: what did "
                    f"you do, and what happened?",
                    f"How did you approach it day to day, and what would you do differently "
                    f"at {self.company}?",
                ]
            else:
                endings = [
                    f"Walk me through one piece of that {term} work in detail: what problem "
                    f"were you solving, what did you decide, and why?",
                    f"What was the hardest {term} decision you made there, and what trade-offs "
                    f"did you weigh?",
                    f"How did you approach it, and what would you do differently if you built "
                    f"it again for {self.company}?",
                ]
        else:
            if mention is not None and mention.section == "summary":
                cite = f"Your CV summary highlights {term}."
            else:
                cite = f"Your CV lists {term} among your skills."
            if people_work:
                endings = [
                    f"Tell me about the situation where your {term} mattered most: what did "
                    f"you do, and how did it turn out?",
                    f"Where have you relied on {term} most, and what would you do differently "
                    f"at {self.company}?",
                ]
            else:
                endings = [
                    f"Tell me about the most demanding {term} work you've done: what was the "
                    f"problem, what did you do, and why?",
                    f"Where have you used {term} most seriously, and what was the hardest "
                    f"decision you made with it?",
                ]
        return [f"{cite} {link} {e}" for e in endings]

    def gap(self, item: _Item) -> list[str]:
        assert item.skill is not None
        skill = item.skill
        term = _term(self.docs, skill)
        cap = term[:1].upper() + term[1:]
        link = self._jd_link(item)
        related = _related_cv_skill(self.docs, skill)
        near = f", though it does mention {_term(self.docs, related)}" if related else ""
        like = f", such as {_term(self.docs, related)}" if related else ""
        extra = f" {link}" if item.jd_line else ""
        c = self.company
        if skill.category in ("domain", "practice", "soft"):
            return [
                f"{link} I don't see {term} on your CV{near}. What experience do you have of "
                f"it, and how would you build it up in your first months at {c}?",
                f"One thing I couldn't find on your CV is {term}, which matters here.{extra} "
                f"Have you done anything close to it{like}, and how would you close that gap?",
                f"{link} {cap} doesn't come up in your CV{near}. What exposure have you had to "
                f"it, and how would you get up to speed?",
            ]
        return [
            f"{link} I don't see {term} on your CV{near}. What experience do you have with it, "
            f"and how would you get up to speed in your first months at {c}?",
            f"One thing I couldn't find on your CV is {term}, which matters here.{extra} Have "
            f"you worked with it, or with something close to it{like}, and how would you close "
            f"that gap?",
            f"{link} {cap} doesn't come up in your CV{near}. What exposure have you had to it, "
            f"and how would you build it up quickly?",
        ]

    def soft(self, item: _Item) -> list[str]:
        name = item.key.split(":", 1)[1]
        prompts = _SOFT_PROMPTS.get(name, {})
        skill = item.skill
        term = display_term(skill) if skill else name.lower()
        prompt = prompts.get(self.docs.job.family) or prompts.get(
            "default", f"a time your {term} made a real difference at work"
        )
        star = "what was the situation, what did you do, and what was the result?"
        options = [
            f"The {self.title} role calls for {term}. Tell me about {prompt}: {star}",
            f"Let's talk about {term}. Describe {prompt}: what was at stake, what did you do "
            f"yourself, and how did it turn out?",
            f"{self.company} needs {term} in this role. Can you tell me about {prompt}, "
            f"walking me through the situation, your actions and the outcome?",
        ]
        if item.payload == "default":
            options = [
                f"Let's talk about {term}. Describe {prompt}: what was at stake, what did you "
                f"do yourself, and how did it turn out?",
                f"Let's turn to {term}. Tell me about {prompt}: {star}",
                f"Thinking about the {self.title} role at {self.company}, tell me about "
                f"{prompt}: {star}",
            ]
        mention = item.cv
        if mention is not None and mention.employer:
            clause = _as_candidate_clause(
                _clause_with(mention.text, skill) if skill else mention.text
            )
            if clause:
                # The CV already claims it: ask for the story behind the claim, first.
                return [
                    f"Your CV says that at {mention.employer} {clause}. Thinking about "
                    f"{term}, tell me about {prompt}: {star}"
                ]
        return options

    def project(self, item: _Item) -> list[str]:
        text = item.payload
        achievement = next((a for a in self.docs.cv.projects if a.text == text), None)
        employer = achievement.employer if achievement else None
        clause = _as_candidate_clause(text)
        quote = _trim_to_clause(text)
        if clause and employer:
            lead = f"Your CV says that at {employer} {clause}."
        else:
            lead = f'I\'d like to hear more about this line on your CV: "{quote}".'
        return [
            f"{lead} What was your own part in that, and how did you get to that result?",
            f"{lead} Where did it start, what did you personally do, and what got in the way?",
            f"{lead} How would you apply what you learned there as {self.title} at {self.company}?",
        ]

    def duty(self, item: _Item) -> list[str]:
        sentence = _jd_sentence(item.payload)
        return [
            f"{sentence} Tell me about the closest thing you've done to that: what was your "
            f"part, and how did it go?",
            f"{sentence} What in your experience so far has prepared you for that, and can "
            f"you give me an example?",
            f"{sentence} How would you approach that in your first months at {self.company}?",
        ]

    def role(self, item: _Item) -> list[str]:
        job = self.docs.job
        kind = _role_kind(job)
        t, c = self.title, self.company
        duty = _as_duty(item.payload) if item.payload else None

        top = [_term(self.docs, s) for s in job.skills if not is_credential(s)][:2]
        stack = " and ".join(top) if top else f"the way {c} works"
        if kind == "manager":
            return [
                f"As {t} at {c} you'd be responsible for other people's work. How would you set "
                f"direction for the team in your first months, and how would you handle "
                f"someone who is struggling?",
                f"As {t} at {c}, how would you decide what your team works on, and how would "
                f"you know whether it is working?",
            ]
        if kind == "junior":
            return [
                f"Tell me about something you had to learn quickly for work or study: how did "
                f"you go about it, and how would you get up to speed on {stack} at {c}?",
                f"If you joined {c} as {t}, how would you go about learning {stack} in your first "
                f"weeks, and how would you know when to ask for help?",
            ]
        if job.family == "technical" and kind == "senior":
            task = duty or f"design a core service for the {t} team"
            return [
                f"Imagine your first big project at {c} is to {task}. How would you approach "
                f"the design: the main components, the trade-offs, and how you'd know it was "
                f"working?",
                f"Suppose {c} asked you to {task}. Walk me through the architecture you'd "
                f"start with, what you'd expect to break first as it grows, and why?",
            ]
        if job.family == "data" and kind == "senior":
            task = duty or f"answer a key question for the {t} team"
            return [
                f"Imagine {c} asks you to {task}. How would you design the analysis: what "
                f"data you'd need, which method you'd choose, and how you'd make sure the "
                f"result can be trusted?",
                f"Suppose your first project at {c} is to {task}. Walk me through how you'd "
                f"scope it, what could mislead you in the data, and how you'd present the "
                f"findings?",
            ]
        if job.family == "sales" and kind == "senior":
            task = duty or "win a large new account"
            return [
                f"Picture a large opportunity at {c} where you'd need to {task}. Walk me "
                f"through how you'd run it: who you'd engage and in what order, how you'd "
                f"qualify it, and how you'd keep it from stalling?",
                f"Suppose you're working an opportunity at {c} that needs you to {task}. How "
                f"would you map the buying group, qualify the opportunity, and keep it moving "
                f"to signature?",
            ]
        if job.family == "sales":
            return [
                f"Say it's the last month of the quarter at {c}: you're behind your number and "
                f"have more opportunities than time. How do you decide where to spend your "
                f"week?",
            ]
        if job.family == "healthcare":
            busy = (
                "triaging new arrivals"
                if any(s.name == "Triage" for s in job.skills)
                else ("looking after your patients")
            )
            return [
                f"Imagine a busy shift at {c}: you're {busy} when one of your patients starts "
                f"to deteriorate and a relative asks to speak to you urgently. How would you "
                f"prioritise, and who would you escalate to?",
                f"Picture a shift at {c} where you're short-staffed and {busy}. How would you "
                f"decide what comes first, and how would you keep every patient safe?",
            ]
        if job.family in ("technical", "data"):
            return [
                f"Imagine your first month as {t} at {c}: two people each ask you for something "
                f"urgent involving {stack} by Friday, and you can't do both. What would you do?",
            ]
        if job.is_senior:
            task = duty or f"own an important area of work as {t}"
            return [
                f"Tell me about the most complex piece of work you've owned end to end, and "
                f"how you'd use what you learned to {task} at {c}?",
            ]
        return [
            f"Imagine your first month as {t} at {c}: two people each ask you for something "
            f"urgent by Friday, and you can't do both. What would you do?",
        ]

    def generic(self, item: _Item) -> list[str]:
        index = int(item.key.split(":", 1)[1])
        a_title = f"{_article(self.title)} {self.title}"
        return [_GENERIC[index].format(title=self.title, company=self.company, a_title=a_title)]

    def planned(self, item: _Item, ordinal: int = 0) -> list[str]:
        """Candidate wordings for a planned item, the preferred one first.

        `ordinal` is the item's place among planned items of its kind, so two behavioural
        questions in one interview start from different wordings.
        """
        options = {
            "deep": self.deep,
            "gap": self.gap,
            "soft": self.soft,
            "project": self.project,
            "duty": self.duty,
            "generic": self.generic,
        }
        found = self.role(item) if item.kind == "role" else options[item.kind](item)
        return _rotate(found, _stable_int(str(self.docs.seed), item.kind) + ordinal)

    # -- follow-ups --

    def _topic(self, asked: _Asked) -> str:
        if asked.skill is not None and asked.kind in ("deep", "tangent"):
            where = f" at {asked.where}" if asked.where else ""
            return f" of your work with {_term(self.docs, asked.skill)}{where}"
        if asked.skill is not None and asked.kind == "soft":
            return f" involving {display_term(asked.skill)}"
        if asked.skill is not None and asked.kind == "gap":
            return f" of how you picked up something like {_term(self.docs, asked.skill)} quickly"
        if asked.kind == "opener":
            role = self.docs.cv.current_role
            if role is not None and role.employer:
                return f" from your time at {role.employer} that is relevant to {self.company}"
            return f" from your own work that is relevant to {self.company}"
        return " from your own work"

    def example_followup(self, asked: _Asked) -> list[str]:
        topic = self._topic(asked)
        return [
            f"Could you make that more concrete by picking one specific example{topic}: what "
            f"was the situation, what did you do yourself, and what happened?",
            f"Let's go one level deeper: can you give me one concrete example{topic}, with the "
            f"details of what you personally did?",
            f"Can you walk me through a specific example{topic}, so I understand exactly what "
            f"your part was?",
        ]

    def outcome_followup(self, asked: _Asked) -> list[str]:
        if asked.skill is not None and asked.kind in ("deep", "tangent"):
            what = f"that {_term(self.docs, asked.skill)} work"
        elif asked.kind == "soft":
            what = "that situation"
        else:
            what = "that"
        return [
            f"What was the result of {what}, and how did you measure it?",
            f"How did {what} turn out: what changed as a result, and how did you measure it?",
            f"What was the outcome of {what} in concrete terms, and how did you or the team "
            f"measure whether it worked?",
        ]

    def tangent_followup(self, skill: Skill, answer: str) -> list[str]:
        term = display_term(skill, answer)  # echo the candidate's own words for it
        return [
            f"You mentioned {term}. What role did it play there, and why did you choose it "
            f"over the alternatives?",
            f"I'd like to pick up on {term}, which you just mentioned: how exactly did you use "
            f"it, and what would you do differently with it next time?",
            f"You brought up {term}. What problem was it solving in that setup, and what were "
            f"its drawbacks?",
        ]


def _rotate(options: list[str], seed: int) -> list[str]:
    """All options, starting at a seed-chosen one: deterministic variety in phrasing."""
    if not options:
        return options
    start = seed % len(options)
    return options[start:] + options[:start]


# --- the interviewer ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Decision:
    text: str
    asked: _Asked


class _Interviewer:
    """Plans and writes questions for one pair of documents."""

    def __init__(self, docs: _Documents) -> None:
        self.docs = docs
        self.plan = _build_plan(docs)
        self.render = _Renderer(docs)
        self.ordinal: dict[str, int] = {}
        for item in self.plan:
            same_kind = [i for i in self.plan if i.kind == item.kind]
            self.ordinal[item.key] = same_kind.index(item)
        self.plan_skills = {
            i.skill for i in self.plan if i.skill is not None and i.kind in ("deep", "gap")
        }

    def next_question(self, turns: Sequence[Turn], max_questions: int) -> str:
        """The question after `turns`, replaying (or inferring) what each earlier one was."""
        state = _State()
        for index, turn in enumerate(turns):
            decision = self._decide(turns[:index], state, max_questions)
            if decision.text.strip() == turn.question.strip():
                state.add(decision.asked)
            else:
                state.add(self._infer(turn.question, turns[:index]))
        return self._decide(turns, state, max_questions).text

    # -- reading earlier questions --

    def _infer(self, question: str, before: Sequence[Turn]) -> _Asked:
        """What another provider's question covered, judged by the topics it names."""
        lowered = question.lower()
        covers = []
        for item in self.plan:
            if item.skill is not None and (
                item.skill.name.lower() in lowered
                or _term(self.docs, item.skill).lower() in lowered
            ):
                covers.append(item.key)
        skill = next((i.skill for i in self.plan if i.key in covers), None)
        if re.search(r"concrete example|specific example|how did you measure", lowered):
            return _Asked("foreign", "foreign", skill, "example", tuple(covers), question)
        return _Asked(f"foreign:{len(before)}", "foreign", skill, None, tuple(covers), question)

    # -- deciding --

    def _fresh(self, options: Sequence[str], previous: Sequence[str]) -> str | None:
        for text in options:
            if not any(is_same_question(text, p) for p in previous):
                return text
        return None

    def _decide(self, turns: Sequence[Turn], state: _State, max_questions: int) -> _Decision:
        number = len(turns) + 1
        previous = [t.question for t in turns]
        if number >= max_questions and number > 1:
            options = _rotate(self.render.closing(), self.docs.seed)
            text = self._fresh(options, previous) or options[0]
            return _Decision(text, _Asked("closing", "closing", text=text))
        if number == 1:
            options = _rotate(self.render.opener(), self.docs.seed)
            return _Decision(options[0], _Asked("opener", "opener", text=options[0]))

        follow = self._followup(turns, state, max_questions, previous)
        if follow is not None:
            return follow

        remaining_plan = [i for i in self.plan if i.key not in state.covered]
        slots = max_questions - number  # non-closing slots left, this one included
        musts = [i for i in remaining_plan if i.must]
        queue = musts if len(musts) >= slots else remaining_plan
        for item in queue:
            text = self._fresh(self.render.planned(item, self.ordinal[item.key]), previous)
            if text is not None:
                where = item.cv.employer if item.cv is not None else None
                asked = _Asked(item.key, item.kind, item.skill, text=text, where=where)
                return _Decision(text, asked)
        # Everything planned has been asked (or asked by someone else): one more open one.
        t, c = self.render.title, self.render.company
        options = [
            f"Is there anything in your experience we haven't covered that you think matters "
            f"for the {t} role at {c}?",
            f"What would your last manager say is the one thing you should work on before "
            f"taking on the {t} role at {c}?",
            f"Looking back over your career so far, which decision shaped you most as a "
            f"candidate for the {t} role at {c}?",
        ]
        text = self._fresh(options, previous) or options[number % len(options)]
        return _Decision(text, _Asked(f"extra:{number}", "generic", text=text))

    def _followup(
        self,
        turns: Sequence[Turn],
        state: _State,
        max_questions: int,
        previous: Sequence[str],
    ) -> _Decision | None:
        number = len(turns) + 1
        if not state.asked or not turns or number > max_questions - 2:
            return None  # the last slots go to planned questions and the closing
        last = state.asked[-1]
        if last.followup is not None or state.followups >= 3 or last.kind == "closing":
            return None  # never two follow-ups in a row: move on instead
        musts = [i for i in self.plan if i.must and i.key not in state.covered]
        if len(musts) > max_questions - number - 1:
            return None  # a follow-up now would squeeze out a planned must-ask
        answer = turns[-1].answer or ""
        signals = read_answer(answer)

        choice: tuple[str, list[str], Skill | None] | None = None
        if signals.is_vague:
            choice = ("example", self.render.example_followup(last), last.skill)
        elif not signals.has_outcome and last.kind in ("deep", "soft", "project", "foreign"):
            choice = ("outcome", self.render.outcome_followup(last), last.skill)
        elif last.kind in ("opener", "deep", "soft", "project", "duty", "gap", "generic"):
            asked_skills = {s for p in previous for s in extract_skills(p)}
            fresh = [
                s
                for s in hard_skills(signals.skills)
                # Products only ("Flink", "HubSpot"): "why did you choose it" fits a tool,
                # not a practice or a concept.
                if (s.category in _TOOL_CATEGORIES or s.category == "domain")
                and _is_product(s)
                and s not in self.plan_skills
                and s not in asked_skills
                and s != last.skill
                and not is_credential(s)
            ]
            if fresh:
                choice = ("tangent", self.render.tangent_followup(fresh[0], answer), fresh[0])
        if choice is None:
            return None
        kind, options, skill = choice
        text = self._fresh(
            _rotate(options, _stable_int(str(self.docs.seed), kind, str(number))), previous
        )
        if text is None:
            return None
        topic_kind = "tangent" if kind == "tangent" else last.kind
        key = f"followup:{number}"
        covers = (f"tangent:{skill.name}",) if kind == "tangent" and skill else ()
        return _Decision(text, _Asked(key, topic_kind, skill, kind, covers, text))


@lru_cache(maxsize=32)
def _interviewer(job_title: str, company: str, cv_text: str, jd_text: str) -> _Interviewer:
    docs = _Documents(
        job_title=job_title,
        company=company,
        cv_text=cv_text,
        jd_text=jd_text,
        job=analyse_job(job_title, company, jd_text),
        cv=analyse_cv(cv_text),
        seed=_stable_int(job_title, company, cv_text, jd_text),
    )
    return _Interviewer(docs)


def _chunks(text: str, words_per_chunk: int = 3) -> Iterator[str]:
    tokens = re.findall(r"\S+\s*", text)
    for start in range(0, len(tokens), words_per_chunk):
        yield "".join(tokens[start : start + words_per_chunk])


def plan_question(ctx: InterviewContext) -> str:
    """The offline interviewer's next question for `ctx`, as one string."""
    interviewer = _interviewer(ctx.job_title, ctx.company_name, ctx.cv_text, ctx.job_description)
    return interviewer.next_question(ctx.turns, ctx.max_questions)


class OfflineProvider(Provider):
    """The default provider: a deterministic interviewer that reads both documents."""

    name = "offline"
    model = "offline-planner"

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        """Plan question `ctx.question_number` and stream it a few words at a time."""
        return ProviderReply(chunks=_chunks(plan_question(ctx)))
