"""The plan of the interview: which topics, in which order, built from the two documents."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from lemminflect import getAllLemmas

from ..language.cv import LISTED
from ..language.evidence import evidence_for
from ..language.field_skills import is_code, key_words, shown_by, shown_share, word_found
from ..language.people import line_developing
from ..language.profile import CandidateProfile, JobProfile, Mention
from ..language.skills import (
    TOOL_CATEGORIES,
    Skill,
    display_term,
    extract_skills,
    is_credential,
    is_scheme,
    names_setting,
    skill_named,
    surface_forms,
)
from ..language.text import content_stems, content_words, letter_runs, stem, stopwords
from .answers import lemma_set
from .duties import is_reporting_line
from .leadership import job_leadership_line, shows_people_led
from .phrases import as_duty, cuts_a_list, jd_sentence, whole_clause
from .requirements import candidates as requirement_candidates
from .requirements import importance_of_line, telling_shown, telling_words
from .wording import behavioural_prompts, generic_questions, templates


@dataclass(frozen=True)
class PlanItem:
    """One planned question topic."""

    key: str
    kind: str  # "deep" | "gap" | "soft" | "project" | "duty" | "role" | "generic"
    skill: Skill | None = None
    must: bool = False
    payload: str = ""  # the CV or job-description line the question is built on
    cv: Mention | None = None  # where the CV mentions the skill, when it does
    jd_line: str = ""  # the job-description line that makes the skill matter
    # The duties a role-level scene is built from ("" each when none): asked nowhere else.
    scene: tuple[str, ...] = ()


@dataclass(frozen=True)
class Asked:
    """What an earlier question was about, as far as the planner can tell."""

    key: str
    kind: str
    skill: Skill | None = None
    followup: str | None = None  # "example" | "outcome" | "tangent"
    covers: tuple[str, ...] = ()
    text: str = ""
    where: str | None = None  # the employer the question was anchored to
    duty: str = ""  # the job's duty the question was about, as a gerund phrase
    # A probe of the answer before, folded into this planned question's lead-in when a
    # question of its own would take a must-ask's slot ("example" | "outcome" | ...).
    folded: str | None = None


@dataclass
class State:
    asked: list[Asked] = field(default_factory=list)
    covered: set[str] = field(default_factory=set)

    def add(self, asked: Asked) -> None:
        self.asked.append(asked)
        self.covered.add(asked.key)
        self.covered.update(asked.covers)


SOFT_PROMPTS = behavioural_prompts()
_DEFAULT_SOFT = {
    "technical": ("Problem Solving", "Communication", "Teamwork"),
    "data": ("Communication", "Critical Thinking", "Stakeholder Management"),
    "sales": ("Resilience", "Relationship Building", "Negotiation"),
    "healthcare": ("Empathy", "Resilience", "Teamwork"),
    "animal_care": ("Communication", "Resilience", "Teamwork"),
    "general": ("Teamwork", "Problem Solving", "Communication"),
}
_SENIOR_SOFT = ("Leadership", "Mentoring", "Stakeholder Management")


@dataclass(frozen=True)
class Documents:
    job_title: str
    company: str
    cv_text: str
    jd_text: str
    job: JobProfile
    cv: CandidateProfile
    seed: int


def _leadership_item(
    docs: Documents, softs: Sequence[PlanItem], on_musts: Sequence[str]
) -> PlanItem | None:
    """The question on leading people a job asks for and the CV shows weakly or not at all
    (`leadership.py`); None when the job does not ask it, the CV shows it, or a must-ask
    is on the job's line of it already. Asked as the job's ask, never as a gap."""
    line = job_leadership_line(docs.job)
    if not line or shows_people_led(docs.cv) == "strong":
        return None
    if any(m and (m == line or restates(line, [m])) for m in on_musts):
        return None
    name = _SENIOR_SOFT[0]
    item = next((i for i in softs if i.key == f"soft:{name}"), None)
    if item is None:
        skill = skill_named(name)
        if skill is None:
            return None
        item = PlanItem(f"soft:{name}", "soft", skill)
    return replace(item, payload="")


def _same_spelling(a: str, b: str) -> bool:
    # "visualisation" and "visualization", "behaviour" and "behavior" are the same word.
    def norm(word: str) -> str:
        return re.sub(r"our\b", "or", word.lower()).replace("s", "z")

    return norm(a) == norm(b)


def term_for(docs: Documents, skill: Skill) -> str:
    """The skill as the documents write it: the CV's spelling first, then the JD's."""
    if skill.category == LISTED:
        return listed_term(docs, skill.name)
    term = display_term(skill, docs.cv_text + "\n" + docs.jd_text)
    for text in (docs.cv_text, docs.jd_text):
        forms = surface_forms(text, skill)
        if forms:
            # The first document that names it decides: the CV's words, else the job's
            # ("client onboarding", not the lexicon's "customer onboarding").
            own = _own_words(forms[0], term)
            if own or any(f.lower() == term.lower() for f in forms):
                return own or term
            if text is docs.jd_text:
                # The job names a narrower thing the lexicon files under a broader skill
                # ("fire risk assessments" under risk management): its own phrase is said.
                phrase = job_phrase(text, forms[0], term)
                if phrase:
                    return phrase
            break
    for text in (docs.cv_text, docs.jd_text):
        for found in surface_forms(text, skill):
            if found != term and _same_spelling(found, term):
                return found if term[:1].isupper() == found[:1].isupper() else found.lower()
    return term


def job_phrase(text: str, form: str, term: str) -> str:
    """The job's own noun phrase for a skill it names as `form` ("risk assessments"), with
    the one word before it that narrows it ("fire risk assessments" of "carry out fire risk
    assessments"), when it is another phrase than the lexicon's `term` (another head noun);
    "" when `form` is no plain phrase of two words or more (an acronym, a name, a verb)."""
    words = form.split()
    if len(words) < 2 or not form.islower() or _same_spelling(words[-1], term.split()[-1]):
        return ""
    if not _noun_ended(words[-1]) or words[-1] in _SMALL_WORDS:
        return ""
    # As the job writes it: a plural stays one ("financial statements", never "statement").
    phrase = form
    found = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE)
    if found is None:
        return phrase
    line_start = text.rfind("\n", 0, found.start()) + 1
    before = re.findall(r"[A-Za-z][\w'-]*|[^\w\s]", text[line_start : found.start()])
    if before and _narrows(before):
        return f"{before[-1]} {phrase}"
    return phrase


def _narrows(before: Sequence[str]) -> bool:
    """Whether the last of the words `before` a phrase is a noun narrowing it ("fire" of
    "carry out fire risk assessments", "Conduct fire risk assessments"), not the duty's verb,
    a verb joined by "and" ("write and review risk assessments") or a small word."""
    word = before[-1]
    if not word.islower() or not word.isalpha() or word in stopwords():
        return False
    lemmas = getAllLemmas(word)
    if "NOUN" not in lemmas or len(before) == 1:
        return False  # the line's first word is its verb ("Review risk assessments")
    prior = before[-2]
    if "VERB" not in lemmas:
        return prior.lower() not in ("and", "or", ",")
    # A word that is a verb too narrows only after a particle or the duty's leading verb.
    led = len(before) == 2 and "VERB" in getAllLemmas(prior.lower())
    return led or (prior.lower() in stopwords() and prior.lower() not in ("and", "or", "to"))


def listed_term(docs: Documents, name: str) -> str:
    """A skills-list item as said mid-sentence: a word the list capitalises only as its
    first item ("Rigging, dismantling") in lower case when the documents write it so
    elsewhere ("using rigging and lowering systems"); names and acronyms as written."""
    text = f"{docs.cv_text}\n{docs.jd_text}"

    def word(match: re.Match[str]) -> str:
        w = match.group(0)
        plain = w[:1].isupper() and w[1:].islower()
        lowered = re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text)
        return w.lower() if plain and lowered else w

    return re.sub(r"[A-Za-z][\w'-]*", word, name)


def cited_in_passing(docs: Documents, skill: Skill) -> bool:
    """Whether the CV names `skill` only through an acronym it cites in passing ("reported
    one near miss under RIDDOR", "stored in line with COSHH"): a rule the work followed, not
    work done with it, so no deep question is built on it."""
    forms = surface_forms(docs.cv_text, skill)
    if not forms or any(not _acronym(f) or f.lower() == skill.name.lower() for f in forms):
        return False
    citing = "|".join(re.escape(w) for w in templates("deep.citing_words"))
    return all(
        re.search(rf"\b(?:{citing})\s+(?:the\s+)?{re.escape(form)}\b", m.text, re.IGNORECASE)
        for form in forms
        for m in docs.cv.mentions_of(skill)
        if form in m.text
    )


def _acronym(form: str) -> bool:
    return len(form) >= 3 and form.isupper() and form.isalpha()


def _own_words(found: str, term: str) -> str:
    """A document's own name for a skill written as a common noun phrase ("client onboarding"
    for the lexicon's "customer onboarding"), when it differs in words, not only in spelling;
    "" to keep `term` (names, acronyms and single words keep the lexicon's writing)."""
    words = found.split()
    if not term[:1].islower():
        return ""
    if len(words) == 1 and found[:1].isupper() and any(c.isupper() for c in found[1:]):
        return found  # a product named for it ("SystmOne" on a CV, for electronic health records)
    if len(words) < 2:
        return ""
    plain = [w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words]
    own = " ".join(plain)
    if own.lower() == term.lower() or _same_spelling(own, term):
        return ""
    # Only another word for the same thing: as many words, the same head ("onboarding");
    # a loose alias ("presenting to" for presentation skills) is no name for it.
    same_head = own.split()[-1].lower() == term.split()[-1].lower()
    return own if same_head and len(own.split()) == len(term.split()) else ""


_SMALL_WORDS = frozenset(
    ["a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def is_title(text: str, docs: Documents) -> bool:
    """Whether a CV line is a job title or a heading rather than something the candidate did:
    a role title of the CV, or Title Case apart from small words."""
    lowered = text.lower()
    if any(r.title and r.title.lower() in lowered for r in docs.cv.roles):
        return True
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def is_quotable(mention: Mention | None) -> bool:
    # Experience bullets and projects are worth quoting back; a skills list is not.
    return mention is not None and mention.section in ("experience", "projects")


# A line from a role this far down the CV (0 the current one, 1 the one before) is old work.
_STALE_ROLE = 2


def _staleness(docs: Documents, mention: Mention) -> int:
    """How far down the CV's roles the line's employer comes (0: the current or latest role);
    a line under no role (a project, the summary) counts as the role before's: no evidence
    of the current work, nor old."""
    employers = [r.employer for r in docs.cv.roles]
    if mention.employer is None or mention.employer not in employers:
        return 1
    return employers.index(mention.employer)


def _mention_for(docs: Documents, skill: Skill, used: set[str]) -> Mention | None:
    """The best CV line for `skill`, avoiding lines another question already quotes."""
    mentions = docs.cv.mentions_of(skill)
    # A role's title line ("Senior Social Worker") says nothing the candidate did.
    quotable = [m for m in mentions if is_quotable(m) and not is_title(m.text, docs)]
    # The current and recent work first (a job's line before a project's or the summary's),
    # a line with a result first within it: the oldest
    # job's line is the weakest ground for a question on work the candidate does now.
    quotable.sort(
        key=lambda m: (
            _staleness(docs, m),
            m.section != "experience",
            not re.search(r"\d", m.text),
        )
    )
    if quotable and _staleness(docs, quotable[0]) >= _STALE_ROLE:
        # Only a job older than the last two shows it: the skills list says it as well
        # ("Your CV lists hydraulics…"), and the question asks about the work now.
        listed = [m for m in mentions if not is_quotable(m)]
        if listed:
            return listed[0]
    fresh = [m for m in quotable if m.text not in used]
    if fresh:
        return fresh[0]
    if quotable:
        return quotable[0]
    return mentions[0] if mentions else None


def _jd_piece(line: str, skill: Skill, max_words: int = 22) -> str:
    """The whole clause of a job-description line about `skill` ("" when none fits)."""
    for term in [skill.name, *surface_forms(line, skill)]:
        piece = whole_clause(line, term, max_words)
        if piece:
            # A bare list item ("Kubernetes") says nothing the skill name does not.
            return piece if len(piece.split()) >= 3 and jd_sentence(piece) else ""
    return ""


def _jd_line_for(docs: Documents, skill: Skill, used: set[str]) -> str:
    """A responsibility (else requirement) line about `skill` no other question quotes.

    An empty line means "no fresh line": the question then names the skill on its own
    rather than quoting the same responsibility twice."""
    for line in docs.job.lines_mentioning(skill):
        if line in used or restates(line, used):
            continue
        piece = _jd_piece(line, skill)
        if piece:
            used.add(line)
            return piece
    return ""


def restates(line: str, others: Sequence[str] | set[str]) -> bool:
    """Whether a job line says again what one of `others` says: a requirement ("experience
    planning and running user research") that restates a duty ("plan and run user research
    and usability testing"), so a second question on it would ask about the same duty. Two
    thirds of the shorter line's words of substance, three at least, in any form."""
    mine = content_stems(line) - _REQUIREMENT_STEMS
    for other in others:
        theirs = content_stems(other) - _REQUIREMENT_STEMS
        smaller = min(len(mine), len(theirs))
        if other and smaller >= 3 and len(mine & theirs) >= max(3, round(smaller * 2 / 3)):
            return True
    return False


def duty_lines(job: JobProfile) -> tuple[str, ...]:
    """The job's duties: its responsibilities, or, when none were found under a heading, the
    listed lines that read as duties ("Building and improving…", "Triage patients…")."""
    if job.responsibilities:
        return job.responsibilities
    return tuple(
        line
        for line in job.requirements
        if (found := as_duty(line, duty=True)) is not None
        and found[0] == "base"
        and line[:1].isalpha()
        and len(line.split()) >= 4
    )


def _askable(line: str) -> bool:
    """A duty worth a question: sayable whole, and more than a reporting line ("Report to
    the CEO") — at least three words that carry meaning."""
    if is_reporting_line(line):
        return False  # the organisation chart, not the work ("report to X and manage Y")
    found = as_duty(line, duty=True)
    return found is not None and len(lemma_set(found[1]) - _THIN_WORDS) >= 3


def is_askable(line: str) -> bool:
    """Whether a job-description line is a duty worth a question of its own."""
    return _askable(line)


# Words that leave a duty thin: "report to the CEO", "work with the team".
_THIN_WORDS = frozenset(
    ["report", "reports", "work", "works", "working", "team", "ceo", "director", "manager"]
)


def cv_line_for_duty(docs: Documents, phrase: str) -> str:
    """An achievement line of the CV that already does the duty `phrase` (two thirds of its
    content words, at least three, in any form; the thing it names and two of the instances
    it gives; or, for a duty developing people, a line leading them), "" when none does:
    then the question asks for the closest thing instead of pretending the CV is silent."""
    wanted = content_stems(phrase) - _THIN_STEMS
    highlights = [line for role in docs.cv.roles for line in role.highlights]
    if len(wanted) >= 3:
        need = max(3, round(len(wanted) * 2 / 3))
        for line in highlights:
            if len(wanted & content_stems(line)) >= need and not is_title(line, docs):
                return line
    # "Lead procurement of contracts, including catering, cleaning and energy": a line naming
    # the thing and two of the instances the duty gives ("renegotiating catering and cleaning
    # contracts") does it.
    given = _INSTANCES.search(phrase)
    instances = phrase[given.end() :] if given else ""
    if instances:
        thing = content_stems(phrase[: given.start()]) - _THIN_STEMS
        named = content_stems(instances) - _THIN_STEMS
        for line in highlights:
            stems = content_stems(line)
            if thing & stems and len(named & stems) >= 2 and not is_title(line, docs):
                return line
    # "Coach and develop less experienced technicians": a line leading people does it
    # ("Trained 5 new technicians"), as the coach reads it too (`language/people.py`).
    return line_developing(phrase, [h for h in highlights if not is_title(h, docs)]) or ""


_THIN_STEMS = frozenset(content_stems(" ".join(_THIN_WORDS)))
# Where a duty starts giving instances of what it names ("…contracts, including catering").
_INSTANCES = re.compile(r",?\s+(?:including|such as|e\.g\.)\s+", re.IGNORECASE)


def has_career_break(docs: Documents) -> bool:
    """Whether the CV's dated roles have a gap of more than 18 months (a career change, a degree, a
    break): then a single "N years of experience" sums different careers, so it is not said."""
    spans = sorted(
        (
            r.start_year * 12 + (r.start_month or 1),
            r.end_year * 12 + (r.end_month or 12) if r.end_year is not None else 10**6,
        )
        for r in docs.cv.roles
        if r.start_year is not None and not r.volunteer
    )
    reach = spans[0][1] if spans else 0
    for start, end in spans[1:]:
        if start - reach > 18:  # a one-year course between posts is no break
            return True
        reach = max(reach, end)
    return False


def _requirement_only(docs: Documents, skill: Skill) -> bool:
    """Whether only the job's requirements (no duty) ask for `skill`."""
    lines = docs.job.lines_mentioning(skill)
    return bool(lines) and not any(is_duty(docs, line) for line in lines)


def is_duty(docs: Documents, line: str) -> bool:
    """Whether a job-description line (or a clause of one) comes from the duties."""
    return any(line in r for r in duty_lines(docs.job))


def shown_in_words(skill: Skill, texts: Sequence[str], jd_text: str = "") -> bool:
    """Whether every content word of the skill's name, or of the way the job writes it,
    appears (in any inflection) in the texts: "A/B testing" is shown by "A/B tested",
    "Dashboards" by "dashboard"."""
    have: set[str] = set()
    for text in texts:
        have |= lemma_set(text)
    names = [skill.name, *surface_forms(jd_text, skill)] if jd_text else [skill.name]
    for name in names:
        # Each word of the name must appear in some form ("dashboards" by "dashboard").
        words = content_words(name)
        if words and all(lemma_set(w) & have for w in words):
            return True
    return any(
        lemma_set(form) and lemma_set(form) <= lemma_set(skill.name)
        for text in texts
        for form in surface_forms(text, skill)
    )


_ALTERNATIVES = re.compile(r"\b(?:or|such as|for example|e\.g\.|like|including)\b", re.I)


def _alternative_shown(docs: Documents, skill: Skill) -> bool:
    """Whether a line asking for `skill` offers alternatives ("Jest, Cypress or Playwright")
    and the CV shows one of them: the requirement is met, nothing is missing."""
    for line in docs.job.lines_mentioning(skill):
        if _ALTERNATIVES.search(line):
            others = [s for s in extract_skills(line) if s != skill]
            if any(docs.cv.has(o) for o in others):
                return True
            if any(
                _plain_alternative_shown(docs, line, form) for form in surface_forms(line, skill)
            ):
                return True
    return False


def _beside(line: str, form: str) -> list[str]:
    """The plain-words alternatives a job line offers next to `form` ("service improvement"
    in "audit or service improvement (essential)", and in "service improvement or audit")."""
    beside = (
        rf"(?:^|\b(?:of|in|with|for|to)\s+)([\w-]+(?:\s+[\w-]+){{0,2}}?)\s+or\s+{re.escape(form)}",
        rf"{re.escape(form)}\s+or\s+([\w-]+(?:\s+[\w-]+){{0,2}}?)\s*(?:[,.;()]|$)",
    )
    return [f.group(1) for pattern in beside for f in re.finditer(pattern, line, re.IGNORECASE)]


def _plain_alternative_shown(docs: Documents, line: str, form: str) -> bool:
    """Whether the plain-words alternative offered next to `form` ("audit or service
    improvement", "service improvement or audit") is on the CV, every content word of it in
    some form: the lexicon need not know a thing for the CV to show it."""
    have = lemma_set(docs.cv_text)
    for alternative in _beside(line, form):
        words = [
            w
            for w in re.findall(r"[\w-]+", alternative.lower())
            if w not in _REQUIREMENT_WORDS and w not in _SMALL_WORDS
        ]
        if words and all(lemma_set(w) & have for w in words):
            return True
    return False


# Words of a requirement line that say nothing about what is required.
_REQUIREMENT_WORDS = frozenset(
    [
        "experience",
        "experienced",
        "knowledge",
        "understanding",
        "strong",
        "good",
        "solid",
        "proven",
        "excellent",
        "ability",
        "able",
        "skill",
        "skills",
        "familiarity",
        "familiar",
        "working",
        "work",
        "year",
        "years",
        "including",
        "least",
        "desirable",
        "essential",
        "plus",
        "similar",
        "relevant",
        "hands",
        "practical",
        "demonstrable",
    ]
)


_REQUIREMENT_STEMS = frozenset(content_stems(" ".join(_REQUIREMENT_WORDS)))


def is_certainly_missing(docs: Documents, skill: Skill, answers: Sequence[str] = ()) -> bool:
    """Whether the CV can be said to lack `skill`: nothing shows it (`is_missing`) and
    nothing on the CV or in the answers comes close to the line that asks for it ("double-
    entry ledgers" for "double-entry accounting"). When unsure, the question asks neutrally."""
    if not is_missing(docs, skill, answers):
        return False
    words = [w for w in key_words(skill.name) if not is_code(w)]
    stems = content_stems(" ".join([docs.cv_text, *answers]))
    if words and all(word_found(w, [docs.cv_text, *answers]) or stem(w) in stems for w in words):
        # Half shown: every word of it on the CV in some form, on different lines ("wrote
        # the budget bid", "managed a team of four" for budget management). Asked neutrally.
        return False
    texts = [docs.cv_text, *answers]
    if telling_shown(skill.name, texts):
        # "reviewed 18 months of readmissions" for clinical audit: a word telling of the
        # practice, or of its kin, may show it under other words.
        return False
    have: set[str] = set()
    for text in texts:
        have |= lemma_set(text)
    own = lemma_set(skill.name)
    jd_counts = Counter(content_words(docs.jd_text))
    for line in docs.job.lines_mentioning(skill):
        # The job's own words for it ("quality improvement" for clinical governance), and
        # an alternative the line offers ("audit or quality improvement"), may be shown.
        forms = surface_forms(line, skill)
        offered = [*forms, *(a for f in forms for a in _beside(line, f))]
        if any(telling_shown(other, texts) for other in offered):
            return False
        # "Power BI dashboards" with Power BI on the CV: the CV comes close, ask instead.
        if any(o != skill and docs.cv.has(o) for o in extract_skills(line)):
            return False
        near = _neighbours(line, skill) - own
        # Words the job uses again and again ("patients", "customers") say nothing specific.
        near = {
            w
            for w in near
            if w not in _REQUIREMENT_WORDS and len(w) > 3 and jd_counts.get(w, 0) < 2
        }
        if near & have:
            return False
    return True


def _neighbours(line: str, skill: Skill, reach: int = 2) -> set[str]:
    """Lemmas of the words right beside the skill's mention in `line` ("double-entry" beside
    "accounting")."""
    tokens = line.split()
    lowered = [t.lower().strip(",.;:()") for t in tokens]
    names = [skill.name, *surface_forms(line, skill)]
    out: set[str] = set()
    for name in names:
        parts = name.lower().split()
        for i in range(len(lowered) - len(parts) + 1):
            if lowered[i : i + len(parts)] == parts:
                window = (
                    tokens[max(0, i - reach) : i] + tokens[i + len(parts) : i + len(parts) + reach]
                )
                out |= lemma_set(" ".join(window))
    return out


def is_missing(docs: Documents, skill: Skill, answers: Sequence[str] = ()) -> bool:
    """Claims policy: the CV lacks `skill` only when neither the CV nor the answers show it,
    or anything that implies it, or the words of its name."""
    # With the job: a requirement line's named terms ("compliance with CDM 2015") count too.
    if evidence_for(docs.cv, skill, answers, job=docs.job) is not None:
        return False
    return not shown_in_words(skill, [docs.cv_text, *answers], docs.jd_text)


def clause_with(text: str, skill: Skill) -> str:
    """The part of a CV line (split at semicolons) that mentions `skill`."""
    pieces = [p.strip() for p in text.split("; ") if p.strip()]
    return next((p for p in pieces if skill in extract_skills(p)), pieces[0] if pieces else text)


def is_product(skill: Skill) -> bool:
    return display_term(skill) == skill.name


def is_chosen_tool(skill: Skill) -> bool:
    """Whether a lexicon skill is a tool one chooses over alternatives ("Flink", "HubSpot",
    "Power BI"), so that "why did you choose it?" fits: a product of a tool category, or a
    product of the field's lexicon whose name is no acronym ("TUPE", "RAMS", "PROMs": a
    process, a document, a standard) and names no law, rule or scheme ("Care Act 2014")."""
    if not is_product(skill) or skill_kind(skill) != "tool":
        return False
    if skill.category in TOOL_CATEGORIES:
        return True
    words = skill.name.split()
    if any(re.match(r"[A-Z&]{2,}", w) for w in words):
        return False
    rules = set(templates("deep.rule_words"))
    return not any(w.lower() in rules or re.fullmatch(r"\d{4}", w) for w in words)


def skill_kind(skill: Skill) -> str:
    """What kind of thing a CV skill is, for the wording of a question on it: "tool" (a
    product or a system one uses: "Tableau", "SCADA"), "practice" (work one does: "PLC
    programming", "health and safety", "staff training"; a scheme: "Pharmacy First"),
    "quality" (a trait one shows: "communication", "attention to detail") or "setting" (a
    place work happens in: "Crown Court")."""
    if names_setting(skill):
        return "setting"  # a place work happens in ("Crown Court"): work there is asked about
    last = letter_runs(skill.name)[-1:] or [""]
    done = last[0].endswith("ing") or last[0] in templates("deep.practice_heads")
    if done or is_scheme(skill) or names_scheme(skill.name):
        # A scheme or programme ("Pharmacy First", "Duke of Edinburgh Award") is work done
        # under it, never a tool used.
        return "practice"
    if skill.category == "soft":
        return "quality"
    if skill.category in TOOL_CATEGORIES:
        return "tool"
    # A product named in the field's lexicon ("HubSpot", "Salesforce") is a tool; an acronym
    # there is a standard or a qualification ("PCI DSS", "GCSE"), which is practised.
    if is_product(skill) and not any(w.isupper() for w in skill.name.split()):
        return "tool"
    return "practice"


def names_scheme(name: str) -> bool:
    """Whether a name holds a word of a scheme or programme ("Cycle to Work scheme", "Duke of
    Edinburgh Award", "Sure Start programme"): `deep.scheme_words`."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    return bool(words & set(templates("deep.scheme_words")))


def kind_as_written(skill: Skill, term: str) -> str:
    """`skill_kind`, told also by how the documents write it: Emergency Care written "A&E"
    is a setting, and asked about as work there."""
    kind = skill_kind(skill)
    return "setting" if kind != "setting" and names_setting(skill, term) else kind


def setting_place(term: str) -> str:
    """A setting as said after "in": an acronym or a bare word as written ("A&E", "ICU",
    "theatre"), a name of more words with "the" ("the Crown Court", "the emergency
    department")."""
    if len(term.split()) == 1 or term.lower().startswith("the "):
        return term
    return f"the {term}"


def cv_term(docs: Documents, skill: Skill) -> str:
    """A CV skill as the CV's own list writes it, for a question that says the CV lists it
    ("staff training", not the lexicon's "learning and development"; "SCADA", not "PLC
    programming"): a form of the skill that is a whole item of a list on the CV and names a
    thing (a noun phrase); else `term_for`, the documents' spelling of the lexicon's name."""
    term = term_for(docs, skill)
    items = _list_items(docs.cv_text)
    # A list item's capital is a list's, not a name's, only when the skill is a common noun
    # as the documents write it ("staff training"): a product the CV writes "Intercom" keeps
    # its capital.
    common = not term[:1].isupper()
    # The skills list's own form first: "HACCP" there, not the certificate "Level 2 Food
    # Hygiene" above it, which is no work to ask about.
    listed = " ".join(m.text for m in docs.cv.mentions_of(skill) if m.section == "skills")
    forms = [*surface_forms(listed, skill), *surface_forms(docs.cv_text, skill)] if listed else []
    for found in forms or surface_forms(docs.cv_text, skill):
        # The list's item that holds the form, when short: "SCADA fault analysis" for SCADA.
        within = rf"(?<![\w-]){re.escape(found.lower())}(?![\w-])"
        form = next((i for i in items if len(i.split()) <= 4 and re.search(within, i.lower())), "")
        words = form.split()
        if not form or not _noun_ended(words[-1]) or names_credential(docs, form):
            continue  # a card or a course ("IPAF & PASMA") is held, not work to ask about
        if all(w.islower() for w in words[1:]) and not words[0].isupper() and common:
            return form.lower()  # "Staff training" opening a list: a common noun
        return form  # a name or an acronym ("SCADA", "Part L", "Intercom") as written
    return term


def names_credential(docs: Documents, text: str) -> bool:
    """Whether `text` (an item of the CV) names a credential, a ticket or a training course
    rather than work: a line of the CV's certificates or of those in progress, or a form
    holding a word of `deep.credential_words` ("Safeguarding Adults Level 2", "IPAF &
    PASMA")."""
    lowered = text.lower().strip()
    held = (*docs.cv.certifications, *docs.cv.in_progress)
    if lowered and any(lowered in line.lower() for line in held):
        return True
    words = "|".join(templates("deep.credential_words"))
    return re.search(rf"\b(?:{words})\b", text, re.IGNORECASE) is not None


def _list_items(text: str) -> tuple[str, ...]:
    """The items of the lists on a CV ("Wine list curation, cellar management, staff
    training"), in order: a line cut at commas (never one inside a number: "1,800"),
    semicolons, bullets and bars."""
    return tuple(
        dict.fromkeys(
            item.strip(" .:-–—•*\t")
            for line in text.splitlines()
            for item in re.split(r"(?<!\d),|,(?!\d{3}\b)|[;|•·]|\s[–—-]\s", line)
            if item.strip(" .:-–—•*\t")
        )
    )


def _noun_ended(word: str) -> bool:
    """Whether `word` can be a noun (the head of a noun phrase), a gerund too ("PLC
    programming")."""
    word = word.lower().strip(".,;:")
    lemmas = getAllLemmas(word)
    return not lemmas or "NOUN" in lemmas or "PROPN" in lemmas or word.endswith("ing")


def related_cv_skill(docs: Documents, skill: Skill) -> Skill | None:
    """A CV skill close to a missing one: a shared name word, or a sibling product."""
    # Sharing the word telling of it ("Financial Audit" for "Clinical Audit"), never only
    # a word saying where the work is done ("Clinical Nutrition": a non-sequitur).
    words = set(telling_words(skill.name))
    candidates = [s for s in docs.cv.skills if s != skill and not is_credential(s)]
    for other in candidates:
        if words & set(telling_words(other.name)):
            return other
    if skill.category in TOOL_CATEGORIES:
        # Power BI is missing but Tableau is there: same category, both products.
        for other in candidates:
            if other.category == skill.category and is_product(other) == is_product(skill):
                return other
    return None


def role_kind(job: JobProfile) -> str:
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


def field_deep_skills(docs: Documents) -> dict[Skill, tuple[Mention | None, str]]:
    """The CV's skills-list items in its own words that a duty of the job names, each with
    the CV achievement showing it (None when only the list does) and the duty: one item per
    duty and per achievement, in the CV's order. Spoken languages, codes and certificates
    are no work to ask about in depth."""
    duties = [line for line in duty_lines(docs.job) if _askable(line)]
    if len(duties) < 3:
        return {}  # a job of few duties needs them for its story and its scene
    # The current and recent work's achievements: the oldest job's line is the weakest
    # ground for a question on work the candidate does now (`_STALE_ROLE`).
    highlights = [
        (line, role.employer)
        for index, role in enumerate(docs.cv.roles)
        for line in role.highlights
        if not is_title(line, docs) and index < _STALE_ROLE
    ]
    spoken = {lang.lower() for lang in docs.cv.spoken_languages}
    found: dict[Skill, tuple[Mention | None, str]] = {}
    taken: set[str] = set()
    for skill in docs.cv.listed_skills:
        name = skill.name
        words = re.findall(r"[\w'-]+", name)
        # A language is one capitalised word ("French"); a list read whole as languages
        # still holds skills ("cellar management").
        if (
            (name.lower() in spoken and len(words) == 1 and name[:1].isupper())
            or any(is_code(w) for w in words)
            or extract_skills(name)
            or len(content_words(name)) == 0
        ):
            continue
        # The question joins the item to the duty ("Your CV mentions brewhouse scheduling
        # … you'd oversee the commissioning of the new brewhouse"): the duty must name the
        # item whole, not one word of it, or the two are different work.
        line = next(
            (d for d in duties if d not in taken and shown_by(name, [d]) and _names_whole(name, d)),
            "",
        )
        if not line:
            continue
        # The achievement naming most of the item shows it best ("made remedial shoes for
        # laminitic horses" over "shoe and trim 25 horses a week" for "remedial shoeing").
        showing = [
            (text, where)
            for text, where in highlights
            if text not in taken and shown_by(name, [text])
        ]
        shown = max(showing, key=lambda h: shown_share(name, h[0])[0], default=None)
        mention = Mention(shown[0], shown[1], "experience") if shown else None
        taken.add(line)
        if shown:
            taken.add(shown[0])
        found[skill] = (mention, line)
    return found


def _names_whole(name: str, line: str) -> bool:
    """Whether a job line names a skill of the CV's words whole: all its naming words, or all
    but one of three or more."""
    found, total = shown_share(name, line)
    return found >= total or (total >= 3 and found >= total - 1)


def _role_duty(job: JobProfile) -> str:
    """The responsibility a role-level scenario is built on ("" when it quotes none)."""
    if role_kind(job) != "senior" or job.family == "healthcare":
        return ""  # junior, mid, manager and clinical scenarios are written without one
    # A reporting line ("report to the Head of Procurement") is no piece of work to plan.
    duties = [
        d
        for d in job.responsibilities
        if (found := as_duty(d, duty=True))
        and found[0] == "base"
        and _askable(d)
        and not re.match(r"(?:you will\s+)?report\b", d, re.IGNORECASE)
    ]
    for pattern in _ROLE_DUTY.get(job.family, ()):
        found = [d for d in duties if re.search(pattern, d, re.IGNORECASE)]
        if found:
            return found[0]
    return duties[0] if job.family == "general" and duties else ""


def names_the_occupation(docs: Documents, skill: Skill) -> bool:
    """Whether the skill is the occupation itself ("social work" for a social worker,
    "warehouse operations" for a warehouse operations manager): every word of it begins a
    word of the job's or the current role's title. A deep-dive on it says nothing."""
    role = docs.cv.current_role
    titles = f"{docs.job_title} {role.title if role and role.title else ''}".lower()
    title_words = letter_runs(titles)
    words = letter_runs(skill.name)

    def begins(word: str) -> bool:
        stem = word[: max(4, len(word) - 3)]
        return any(t.startswith(stem) for t in title_words)

    return bool(words) and all(begins(w) for w in words)


def _on_duty(docs: Documents, item: PlanItem) -> bool:
    """Whether a planned question is about one of the job's duties."""
    if item.kind in ("duty", "story"):
        return True
    return bool(item.jd_line) and is_duty(docs, item.jd_line)


def needs_scene(job: JobProfile, role_line: str) -> bool:
    """Whether the role-level question is a scene built from the job's own duties: every job
    but a manager's or a junior's (asked about leading and learning), a sales or a clinical
    one (with scenes of their own), and one whose scenario already quotes a duty."""
    if role_kind(job) in ("manager", "junior") or job.family in ("sales", "healthcare"):
        return False
    return not role_line


def scene_phrase(line: str, max_words: int = 12) -> tuple[str, str]:
    """A duty as a short phrase a scene can hold, with its form: ("base", "own the daily route
    plan in Paragon") or ("noun", "the supervision of people on probation"); ("", "") when it
    has none. Its main clause without brackets, examples or a trailing participle clause
    ("…, balancing cost and fill"), at most `max_words` words, never a list cut in half
    ("install containment, cabling" is half a list), and never a duty that is upheld rather
    than done ("safeguard children", "comply with…": no scene weighs it against other work)."""
    found = as_duty(line, max_words=30, duty=True)
    if found is None or found[0] not in ("base", "noun") or is_reporting_line(line):
        return "", ""
    form, phrase = found
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase)
    phrase = _EXAMPLES_TAIL_WORDS.sub("", phrase)
    tails = "|".join(re.escape(t) for t in templates("role.scene_standard_tails"))
    phrase = re.sub(rf"\s+(?:{tails})\b.*$", "", phrase, flags=re.IGNORECASE)
    # Its main clause: up to a semicolon, a colon, a dash or a participle ("…, balancing
    # cost and fill"), never a list's "-ing" item ("to product, marketing and leadership").
    cut = next(
        (
            m.start()
            for m in _CLAUSE_END.finditer(phrase)
            if m.group().strip() != "," or not cuts_a_list(phrase, m.start())
        ),
        len(phrase),
    )
    phrase = phrase[:cut].strip(" ,;:")
    # A trailing ", with recommendations" after a list says how, not what: the scene's time
    # words follow the duty ("… and leadership from first thing").
    phrase = re.sub(r",\s+(?:with|by|using|via)\s+[^,]*$", "", phrase)
    if len(phrase.split()) > max_words:
        return "", ""  # no short form of it says the whole duty
    first, comma, rest = phrase.partition(", ")
    if comma and not re.search(r"\b(?:and|or)\b", rest):
        return "", ""  # a clause cut inside a list
    if any(phrase.lower().startswith(f"{o} ") for o in templates("role.scene_weak_openings")):
        return "", ""  # a shared duty or a standing role puts no scene's weight on anyone
    words = [w.lower() for w in re.findall(r"[A-Za-z'-]+", phrase)]
    upheld = set(templates("role.scene_upheld_words"))
    if set(lemma_set(" ".join(words[:3]))) & upheld:
        return "", ""
    # "take part in projects" says too little to picture: two words of substance at least.
    weighty = [w for w in content_words(phrase) if w.lower() not in _LIGHT_SCENE_WORDS]
    if len(weighty) < 2:
        return "", ""
    if form == "noun" and (
        " and " in phrase or not phrase[:1].islower() or "work" in lemma_set(phrase)
    ):
        # "the preparation of reports and attendance at court" is two things; "partnership
        # work with police" no thing to picture needing you.
        return "", ""
    return form, phrase


# Words that carry little of a duty: "take part in", "support", "work with", "help".
_LIGHT_SCENE_WORDS = frozenset(
    ["take", "part", "participate", "support", "help", "assist", "work", "ensure", *_THIN_WORDS]
)


# Where a duty's main clause ends: a semicolon, a colon, a dash, a comma before a participle.
_CLAUSE_END = re.compile(r"\s*[;:]\s+|\s+[–—]\s+|,\s+(?=\w+ing\b)")

# The examples after a duty ("…, including X and Y", "such as X"): a scene says the duty.
_EXAMPLES_TAIL_WORDS = re.compile(
    r"\s*,?\s+(?:including|incl\.|such as|e\.g\.|for example|from\s+[^,;]+?\s+to)\s+.*$",
    re.IGNORECASE,
)


def build_plan(docs: Documents) -> list[PlanItem]:
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

    current = cv.current_role
    current_employer = current.employer if current is not None else None

    def depth_score(skill: Skill) -> float:
        mention = _mention_for(docs, skill, set())
        score = float(rank.get(skill, 50))
        if not is_quotable(mention):
            score += 10
        elif mention is not None and re.search(r"\d", mention.text):
            score -= 1.5
        if mention is not None and mention.employer and mention.employer != current_employer:
            score += 1.5  # an earlier job's line: the current role's work is asked about first
        return score

    # Only skills the CV names itself: "Django" on a CV is no story about "Python". Skills a
    # duty of the job names come first, so the deep-dive also covers one of its duties.
    duties_text = duty_lines(job)

    def in_duties(skill: Skill) -> bool:
        return any(line in duties_text for line in job.lines_mentioning(skill))

    # The CV's own skills-list items a duty of the job names ("rigging" for "carry out
    # aerial dismantling and rigging"), with the achievement that shows each: the CV's
    # words come before the lexicon's labels, which may stand for a passing mention.
    field = field_deep_skills(docs)
    field_lines = {skill: line for skill, (_, line) in field.items()}

    duty_rank = {line: i for i, line in enumerate(duties_text)}

    def field_score(skill: Skill) -> float:
        # Ranked as a lexicon skill is, by the place of its duty in the job (the main duties
        # come first), a little ahead: the CV's own words are the better ground.
        mention = field[skill][0]
        score = duty_rank.get(field[skill][1], 50) - 1.0 + (10 if mention is None else 0)
        if mention is not None and re.search(r"\d", mention.text):
            score -= 1.5
        if mention is not None and mention.employer and mention.employer != current_employer:
            score += 1.5
        return score

    claimed = sorted(
        [
            *(
                s
                for s in usable
                if cv.names(s)
                and not names_the_occupation(docs, s)
                and not cited_in_passing(docs, s)
            ),
            *field,
        ],
        key=lambda s: (False, field_score(s)) if s in field else (not in_duties(s), depth_score(s)),
    )

    def jd_line_for(skill: Skill) -> str:
        if skill not in field_lines:
            return _jd_line_for(docs, skill, used_jd)
        line = field_lines[skill]
        if line in used_jd or restates(line, used_jd):
            return ""
        used_jd.add(line)
        return _jd_piece(line, skill) or line

    deep: list[PlanItem] = []
    for skill in claimed:
        if len(deep) == 3:
            break
        mention = field[skill][0] if skill in field else _mention_for(docs, skill, used_cv)
        if is_quotable(mention) and mention is not None and mention.text in used_cv:
            continue  # that CV line is already being discussed
        lines = [field_lines[skill]] if skill in field else job.lines_mentioning(skill)
        if (
            (deep or skill in field)
            and lines
            and all(line in used_jd or restates(line, used_jd) for line in lines)
        ):
            # Every line asking for it is a duty another question is about; a skill of the
            # CV's own words is asked only with a duty of its own to cover.
            continue
        # The job's lines go to questions in the order they are asked: the first deep-dive,
        # then the first gap, then the later deep-dives (see below).
        jd_line = "" if deep else jd_line_for(skill)
        deep.append(PlanItem(f"deep:{skill.name}", "deep", skill, cv=mention, jd_line=jd_line))
        if mention is not None and is_quotable(mention):
            used_cv.add(mention.text)

    # Gaps: what the duties or requirements ask for that nothing on the CV shows.
    missing = [
        s
        for s in usable
        if job.lines_mentioning(s) and is_missing(docs, s) and not _alternative_shown(docs, s)
    ]

    def later_deep_lines() -> None:
        deep[1:] = [replace(i, jd_line=jd_line_for(i.skill)) if i.skill else i for i in deep[1:]]

    # A requirement in the field's own words ("base maintenance experience on heavy checks")
    # nothing shows competes with the skill gaps asked for by requirement lines only: the
    # one that matters more to the job is asked, the other not (one requirement question).
    needs = requirement_candidates(docs, duties_text)
    on_requirements = [s for s in missing if _requirement_only(docs, s)]
    sources: list[Skill | str] = list(missing)

    def importance(line: str) -> int:
        return importance_of_line(docs, line, duties_text)

    if needs and (
        not on_requirements
        or importance(needs[0].line)
        >= max(importance(line) for line in job.lines_mentioning(on_requirements[0]))
    ):
        sources = [needs[0].line, *(s for s in missing if s not in on_requirements)]
    gaps: list[PlanItem] = []
    for index, source in enumerate(sources[:2]):
        if index == 1:
            later_deep_lines()  # the first gap is asked before the later deep-dives
        if isinstance(source, str):
            # Its line is not marked used: a duty it restates is still asked on its own.
            gaps.append(PlanItem("gap:requirement", "gap", None, jd_line=source))
            continue
        jd_line = _jd_line_for(docs, source, used_jd)
        gaps.append(PlanItem(f"gap:{source.name}", "gap", source, jd_line=jd_line))
    if len(sources) < 2:
        later_deep_lines()

    soft_names = [s.name for s in job.soft_skills if s.name in SOFT_PROMPTS]
    asked_for = set(soft_names)
    if job.seniority in ("lead", "manager"):
        soft_names = [*_SENIOR_SOFT[:2], *soft_names]
        # A lead's or a manager's role asks for leadership by its nature; mentoring only when
        # the job says so ("a great deal depends on mentoring" would put words in its mouth).
        asked_for.add(_SENIOR_SOFT[0])
    soft_names += list(_DEFAULT_SOFT[job.family])
    softs: list[PlanItem] = []
    for name in list(dict.fromkeys(soft_names))[:3]:
        skill = skill_named(name)
        mention = _mention_for(docs, skill, used_cv) if skill else None
        if mention is not None and (mention.text in used_cv or mention.section != "experience"):
            mention = None
        # payload "default": the job did not ask for it, so the question must not claim so.
        payload = "" if name in asked_for else "default"
        softs.append(PlanItem(f"soft:{name}", "soft", skill, payload=payload, cv=mention))
        if mention is not None:
            used_cv.add(mention.text)

    projects = [
        PlanItem(f"project:{i}", "project", None, payload=p.text)
        for i, p in enumerate(cv.projects)
        if p.has_metric and p.text not in used_cv
    ][:2]
    # The job's own duties, each quoted by at most one question: one asked as a story from
    # the candidate's past ("Tell me about a time you had to…"), the others as experience.
    fresh_duties = [
        (i, line)
        for i, line in enumerate(duty_lines(job))
        if line not in used_jd and not restates(line, used_jd) and _askable(line)
    ]
    # The first duty is the story: asked as one when it is an event (a breakdown, a
    # complaint, a deadline), else as a process with one case that didn't go to plan.
    story_duty = fresh_duties[:1]
    stories = [PlanItem(f"story:{i}", "story", None, payload=line) for i, line in story_duty]
    rest = [d for d in fresh_duties if d not in story_duty]
    duties = [PlanItem(f"duty:{i}", "duty", None, payload=line) for i, line in rest[:3]]
    role = PlanItem("role", "role", must=True, payload=role_line)
    generic = [PlanItem(f"generic:{i}", "generic") for i in range(len(generic_questions()))]

    # The first three are musts, kept even when probes eat the slots: each covers a different
    # duty of the job, and one is behavioural. Without CV-backed skills, the CV's
    # achievements and the job's duties take their place.
    # A deep-dive opens the middle only when the CV says what was done with the skill; a
    # skills-list item ("SystmOne") makes a thin first question, so a duty comes first then.
    quoted = [i for i in deep if is_quotable(i.cv)]
    on_duty = [i for i in deep if i.jd_line and is_duty(docs, i.jd_line)]
    technical = quoted or on_duty or projects or duties or deep
    behavioural = stories or softs
    third = [i for i in duties if i not in technical[:1]][:1] or gaps[:1] or softs[1:2]
    # Three of the job's duties are covered however many probes take slots: when the first
    # question is not about a duty, another duty question is a must as well, before the
    # role-level scenario.
    # A role-level scenario is not counted among them, even when built on a duty: it is the
    # must-ask that gives way when probes and a follow-up take the slots (see the engine).
    covering = [i for i in (*technical[:1], *behavioural[:1], *third) if _on_duty(docs, i)]
    more = [i for i in duties if i not in (*technical[:1], *third)]
    fourth = more[: max(0, 3 - len(covering))]
    # What fills a free slot: another of the job's duties before a CV achievement (more of
    # the job is covered), and no achievement a duty question quotes already ("Your CV says
    # you set up a group class" belongs with "you'd deliver group programmes").
    placed = (*technical[:1], *third, *fourth)
    quoted_by_duty = {
        cv_line_for_duty(docs, as_duty(i.payload, duty=True)[1])
        for i in duties
        if as_duty(i.payload, duty=True)
    }
    fillers = [
        i
        for i in (*duties, *projects)
        if i not in placed and not (i.kind == "project" and i.payload in quoted_by_duty)
    ]
    # One question on a requirement nothing shows is a must too, after the duties and the
    # behavioural question: a requirement the CV may lack is what an interviewer checks.
    asks_requirement = [
        i for i in gaps[:1] if i.skill is None or (i.skill and _requirement_only(docs, i.skill))
    ]
    musts = {i.key for i in (*technical[:1], *behavioural[:1], *third, *fourth)}
    musts |= {i.key for i in asks_requirement}
    # A job that asks for people leadership, of a CV that shows it weakly or not at all: one
    # question on leading people is a must, unless a must-ask is on that line already.
    on_musts = [i.payload or i.jd_line for i in (*technical[:1], *behavioural[:1], *third, *fourth)]
    leading = _leadership_item(docs, softs, on_musts)
    if leading is not None:
        musts.add(leading.key)

    def pick(items: Sequence[PlanItem], index: int) -> list[PlanItem]:
        return [items[index]] if index < len(items) else []

    ordered: list[PlanItem] = [
        *pick(technical, 0),
        *pick(behavioural, 0),
        *third,
        *fourth,
        *([leading] if leading is not None else []),
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
    # A role-level scene is built from duties no must-ask covers: first those no question
    # is planned on, then the last planned ones, which then are not asked on their own.
    scene: list[str] = []
    if needs_scene(job, role_line):
        planned = [i.payload for i in duties if i.key not in musts]
        pool = [line for _, line in rest[3:]] + planned[::-1]
        for line in pool:
            if scene_phrase(line)[1] and len(scene) < 2:
                scene.append(line)
        if not scene and not duties:
            # A job with one duty only: the story's, met on a day when something urgent
            # calls (the story asks how it is done; the scene, what comes first).
            scene = [i.payload for i in stories if scene_phrase(i.payload)[1]][:1]
    plan: list[PlanItem] = []
    seen: set[str] = set()
    for item in ordered:
        if item.key in seen or (item.kind == "duty" and item.payload in scene):
            continue
        seen.add(item.key)
        if item.key in musts:
            item = replace(item, must=True)
        if item.kind == "role" and scene:
            item = replace(item, scene=tuple(scene))
        plan.append(item)
    return plan
