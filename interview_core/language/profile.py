"""Deterministic reading of a job description and a CV into structured profiles.

No model is involved: headings, bullets, date ranges and the skills lexicon are enough to
learn what a role asks for and what a candidate has done, which is what the offline
interviewer (and anything else that wants a quick, explainable summary) needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .skills import Skill, extract_skills, hard_skills, implied_skills, soft_skills

# --- shared text helpers ------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*•·▪‣◦●–—]|\d{1,2}[.)])\s+")
_MD_NOISE = re.compile(r"[*_`]+")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+|\d{{1,2}}\s*/\s*)?((?:19|20)\d{{2}})"
_OPEN_END = r"(present|current|now|today|date|ongoing)"
_RANGE = re.compile(
    rf"{_DATE}\s*(?:-|–|—|to|until)\s*(?:{_DATE}|{_OPEN_END})",
    re.IGNORECASE,
)
_YEARS_PHRASE = re.compile(
    r"(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years|yrs)\b", re.IGNORECASE
)
_SEPARATORS = (" — ", " – ", " - ", " | ", " · ", " @ ", " at ")

# Words that make a phrase a job title rather than an organisation name.
_ROLE_WORDS = re.compile(
    r"\b(engineer|developer|programmer|analyst|scientist|architect|manager|director|head|"
    r"lead|officer|consultant|specialist|coordinator|administrator|assistant|associate|"
    r"executive|representative|nurse|practitioner|midwife|therapist|technician|intern|"
    r"apprentice|designer|writer|editor|teacher|lecturer|tutor|accountant|auditor|advisor|"
    r"adviser|agent|recruiter|researcher|owner|founder|president|vp|cto|ceo|cfo|sdr|bdr|"
    r"ae|clerk|cashier|operator|supervisor|worker|carer|aide|volunteer|fellow|partner|"
    r"strategist|marketer|buyer|planner|controller|paralegal|solicitor|lawyer|pharmacist|"
    r"physician|doctor|surgeon|chef|receptionist|secretary|salesperson|seller|"
    r"administrator|hca|rn|sister|matron|paramedic|scrum master|product owner|"
    r"tester|devops|sre|trainee|graduate)s?\b",
    re.IGNORECASE,
)
_EDUCATION_WORDS = re.compile(
    r"\b(bsc|msc|ba|ma|mba|phd|beng|meng|bachelor|master|degree|diploma|gcse|a-levels?|"
    r"university|college|school|certificate|certification|hons)\b",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(ltd|limited|inc|corp|corporation|llc|llp|plc|gmbh|group|company|co\.|hospital|"
    r"trust|nhs|bank|software|systems|solutions|technologies|labs|digital|agency|studio|"
    r"partners|consulting|services|university|council|clinic|health|care home)\b",
    re.IGNORECASE,
)
_PROJECT_WORDS = re.compile(
    r"\b(project|built|build|led|launched|launch|designed|developed|created|introduced|"
    r"migrated|migration|implemented|automated|delivered|shipped|founded|set up|rolled out|"
    r"redesigned|established|organised|organized|ran|won|closed|generated|grew|reduced|"
    r"increased|improved)\b",
    re.IGNORECASE,
)
_METRIC = re.compile(r"\d|%|£|\$|€")


def _clean(line: str) -> str:
    """A line without bullet markers, markdown emphasis and surrounding punctuation."""
    line = _BULLET.sub("", line)
    line = _MD_NOISE.sub("", line)
    line = re.sub(r"^#+\s*", "", line)
    return re.sub(r"\s+", " ", line).strip(" \t.;:")


def _is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def _heading_text(line: str, plain: re.Pattern[str] | None = None) -> str | None:
    """The heading's words if `line` looks like a section heading, else None.

    Marked headings ("# Skills", "Skills:", "SKILLS") are recognised anywhere; an unmarked
    line only when it matches `plain`, the usual section names of that kind of document.
    """
    raw = line.strip()
    if not raw or _is_bullet(raw):
        return None
    text = _clean(raw)
    words = text.split()
    if not words or len(words) > 7:
        return None
    if raw.startswith("#") or raw.endswith(":"):
        return text
    if plain is not None and len(words) <= 5 and plain.match(text):
        return text
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(words) <= 5:
        return text
    return None


def _mask(text: str, phrase: str) -> str:
    # Blank out the company's own name so "Northwind Logistics" does not read as a
    # logistics requirement; positions are kept so line structure survives.
    if not phrase.strip():
        return text
    return re.sub(re.escape(phrase.strip()), lambda m: " " * len(m.group(0)), text, flags=re.I)


def _sentences(line: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line) if s.strip()]


def _mentions(line: str, skill: Skill) -> bool:
    return skill in extract_skills(line)


# --- job description ----------------------------------------------------------------------

SENIORITY_LEVELS = ("junior", "mid", "senior", "lead", "manager")

_JD_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("nice", re.compile(r"nice to have|bonus|desirable|preferred|plus|would be great", re.I)),
    (
        "about",
        re.compile(
            r"about us|about the company|who we are|benefits|perks|we offer|why join|our values|equal opportunit",
            re.I,
        ),
    ),
    (
        "responsibilities",
        re.compile(
            r"responsib|what you.?ll do|what you will do|you will|duties|in this role|day.to.day|your impact|the job|key tasks|accountabilit",
            re.I,
        ),
    ),
    (
        "requirements",
        re.compile(
            r"requirement|looking for|about you|you have|you.?ll have|you.?ll bring|qualifications|person spec|essential|must have|who you are|skills|experience|profile|criteria",
            re.I,
        ),
    ),
    (
        "intro",
        re.compile(
            r"about the role|the role|overview|summary|introduction|the team|the opportunity", re.I
        ),
    ),
)

_JD_PLAIN_HEADING = re.compile(
    r"^(?:main |key |your |the |our )?(?:duties|responsibilities|requirements|"
    r"person specification|essential(?: criteria)?|desirable(?: criteria)?|nice to have|"
    r"about (?:you|us|the role|the company|the team)|what you(?:'ll| will) do|"
    r"what we(?:'re| are) looking for|qualifications|skills(?: and experience)?|experience|"
    r"benefits|what we offer|the role|role overview|job summary|who you are|"
    r"in this role(?: you will)?)\b[\w ,&/'’()-]{0,20}$",
    re.IGNORECASE,
)
_RESPONSIBILITY_VERBS = re.compile(
    r"^(?:you will\s+|you'll\s+|to\s+)?(build|lead|own|design|develop|deliver|drive|manage|"
    r"maintain|improve|work|partner|mentor|coach|create|run|support|ensure|write|review|"
    r"shape|define|scale|operate|implement|analyse|analyze|present|triage|administer|"
    r"provide|carry|care|assess|monitor|deliver|follow|contribute|handle|sell|prospect|"
    r"negotiate|close|grow|keep|collaborate|plan|coordinate|train|teach|document|report|"
    r"identify|develop|establish|champion|own|help|respond|resolve|conduct|prepare|"
    r"oversee|supervise|recruit|hire|set|track|optimi[sz]e|automate|migrate|architect|"
    r"research|test|deploy|investigate|communicate|liaise|engage|win|expand|generate|"
    r"promote|process|record|escalate|educate|advise|assist|serve)\b",
    re.IGNORECASE,
)
_STRONG_REQUIREMENT = re.compile(
    r"\b(experience (?:in|with|of)|\d+\+? years|knowledge of|understanding of|familiarity|"
    r"proficien|track record|degree in|qualified|certified|ability to|able to|must|required|"
    r"essential|you have|you bring)\b",
    re.IGNORECASE,
)
_NICE_MARKER = re.compile(
    r"\b(nice to have|is a plus|a bonus|desirable|preferred|would be great|welcome|"
    r"not essential|advantageous|an advantage|ideally)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class JobProfile:
    """What a job description asks for."""

    job_title: str
    company_name: str
    seniority: str
    years_required: int | None
    skills: tuple[Skill, ...]
    """Hard skills the role needs, most emphasised first (nice-to-haves excluded)."""
    nice_to_have: tuple[Skill, ...]
    soft_skills: tuple[Skill, ...]
    responsibilities: tuple[str, ...]
    requirements: tuple[str, ...]
    family: str
    """"technical", "data", "sales", "healthcare" or "general": shapes scenario questions."""

    def lines_mentioning(self, skill: Skill) -> list[str]:
        """Responsibility lines naming `skill`, then requirement lines."""
        return [
            line for line in (*self.responsibilities, *self.requirements) if _mentions(line, skill)
        ]

    @property
    def is_senior(self) -> bool:
        """Senior, lead or manager roles."""
        return self.seniority in ("senior", "lead", "manager")


def _seniority(title: str, text: str, years: int | None) -> str:
    t = title.lower()
    if re.search(r"\b(director|head of|vp|vice president|chief|cto|cfo|ceo)\b", t):
        return "manager"
    if re.search(
        r"\b(engineering|team|people|ward|store|sales|operations|general|department|branch|"
        r"line|practice|delivery|development|regional|area|district|site|shift|nurse|"
        r"clinical|service|product development)\s+manager\b",
        t,
    ):
        return "manager"
    # "Staff Engineer" is a lead role; "Staff Nurse" is not.
    if re.search(
        r"\b(lead|principal|staff(?! nurse)|architect|team leader|charge nurse|sister)\b", t
    ):
        return "lead"
    if re.search(r"\b(senior|sr\.?|experienced|enterprise|band [67])\b", t):
        return "senior"
    if re.search(
        r"\b(junior|jr\.?|graduate|intern|trainee|apprentice|entry.level|assistant|band [34])\b", t
    ):
        return "junior"
    body = text.lower()
    if re.search(
        r"\b(entry.level|graduate scheme|no experience (is )?(needed|required)|"
        r"junior (role|position))\b",
        body,
    ):
        return "junior"
    if years is not None:
        if years >= 8:
            return "lead"
        if years >= 5:
            return "senior"
        if years <= 1:
            return "junior"
    return "mid"


_FAMILY_TITLES = (
    (
        "healthcare",
        r"nurse|nursing|midwife|healthcare assistant|care assistant|carer|paramedic|"
        r"clinical|physiotherapist|occupational therapist|pharmacist|doctor|physician|hca",
    ),
    (
        "sales",
        r"sales|account executive|account manager|business development|sdr|bdr|"
        r"customer success manager",
    ),
    ("data", r"data|analyst|analytics|scientist|insight|bi developer|machine learning"),
    (
        "technical",
        r"engineer|engineering|developer|devops|sre|programmer|architect|"
        r"technical lead|tech lead|cto",
    ),
)
_SALES_SKILLS = frozenset(
    {"Quota Attainment", "Pipeline Management", "Prospecting", "Cold Calling"}
)
_CLINICAL_SKILLS = frozenset(
    {
        "Patient Care",
        "Triage",
        "Medication Administration",
        "Wound Care",
        "Patient Assessment",
        "Vital Signs Monitoring",
        "Infection Control",
        "Nursing Licensure",
        "Emergency Care",
    }
)


def _family(title: str, skills: list[Skill]) -> str:
    """The kind of job: the title decides when it can, the skills asked for otherwise."""
    for family, pattern in _FAMILY_TITLES:
        if re.search(rf"\b(?:{pattern})\b", title, re.IGNORECASE):
            return family
    names = {s.name for s in skills}
    if len(names & _CLINICAL_SKILLS) >= 2:
        return "healthcare"
    if names & _SALES_SKILLS:
        return "sales"
    if len([s for s in skills if s.category in ("language", "framework", "cloud", "tool")]) >= 3:
        return "technical"
    return "general"


_CONTINUES = re.compile(
    r"([,;(/&-]|\b(?:and|or|of|with|the|to|for|in|on|a|an|as|such as))\s*$", re.I
)


def _paragraphs(text: str, plain_heading: re.Pattern[str]) -> list[tuple[str | None, str, bool]]:
    """(heading or None, text, is bullet): wrapped lines joined back into their paragraph."""
    out: list[tuple[str | None, str, bool]] = []
    current: list[str] = []
    current_bullet = False

    def flush() -> None:
        if current:
            out.append((None, " ".join(current), current_bullet))
            current.clear()

    for raw in text.splitlines():
        if not raw.strip():
            flush()
            continue
        heading = _heading_text(raw, plain_heading)
        if heading is not None:
            flush()
            out.append((heading, "", False))
            continue
        if _is_bullet(raw):
            flush()
            current.append(raw.strip())
            current_bullet = True
            continue
        line = raw.strip()
        # A wrapped line continues the paragraph when the previous one stopped mid-phrase
        # or this one starts in lower case.
        wrapped = (
            len(current[-1]) >= 60 and not current[-1].endswith((".", "!", "?", ":"))
            if current
            else False
        )
        if current and (_CONTINUES.search(current[-1]) or line[:1].islower() or wrapped):
            current.append(line)
            continue
        flush()
        current.append(line)
        current_bullet = False
    flush()
    return out


def _jd_sections(text: str) -> list[tuple[str, str, bool]]:
    """(section, cleaned text, was a bullet): bullets whole, prose cut into sentences."""
    out: list[tuple[str, str, bool]] = []
    section = "intro"
    for heading, paragraph, bullet in _paragraphs(text, _JD_PLAIN_HEADING):
        if heading is not None:
            section = next((name for name, rx in _JD_SECTIONS if rx.search(heading)), "other")
            continue
        where = section
        inline = re.match(r"^\s*([A-Za-z][A-Za-z '’/-]{2,40}):\s+(\S.*)$", paragraph)
        if inline and not bullet:
            # "Nice to have: experience in ..." carries its content on the heading line.
            named = next((n for n, rx in _JD_SECTIONS if rx.search(inline.group(1))), None)
            if named is not None:
                where, paragraph = named, inline.group(2)
        if bullet:
            cleaned = _clean(paragraph)
            if cleaned:
                out.append((where, cleaned, True))
            continue
        for sentence in _sentences(paragraph):
            cleaned = _clean(sentence)
            if cleaned:
                out.append((where, cleaned, False))
    return out


# "We are looking for a senior engineer to design and own our payments platform."
_HIRING_TO = re.compile(
    r"\b(?:looking for|hiring|seeking|need|want)\b(?:(?!\bto\b)[^.])*\bto\s+((?:design|build|lead|own|run|"
    r"develop|manage|create|deliver|grow|drive|win|expand|launch|scale)\b.*)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def analyse_job(job_title: str, company_name: str, text: str) -> JobProfile:
    """Read a job description: skills, responsibilities, requirements, seniority."""
    masked = _mask(text or "", company_name)
    title_words = set(re.findall(r"[a-z]+", job_title.lower()))
    lines = [
        (section, line, bullet)
        for section, line, bullet in _jd_sections(masked)
        # The advert's own title line ("Registered Nurse – Emergency Department") is not a
        # requirement, even though it names the job.
        if not (
            section == "intro"
            and len(line.split()) <= 8
            and title_words
            and title_words <= set(re.findall(r"[a-z]+", line.lower()))
        )
    ]

    responsibilities: list[str] = []
    requirements: list[str] = []
    nice_lines: list[str] = []
    for section, line, bullet in lines:
        if section == "about":
            continue
        # "Kubernetes and AWS; Terraform is a plus": only the clause saying so is optional.
        for clause in (c.strip() for c in line.split("; ") if c.strip()):
            duty = bool(_RESPONSIBILITY_VERBS.match(clause))
            if section == "nice" or _NICE_MARKER.search(clause):
                nice_lines.append(clause)
            elif section == "responsibilities" or duty:
                responsibilities.append(clause)
            elif section == "requirements" or bullet:
                requirements.append(clause)
            elif _STRONG_REQUIREMENT.search(clause) and not _HIRING_TO.search(clause):
                # Prose outside a requirements section only counts when it clearly asks
                # for something ("3+ years of", "experience with"), not "we're hiring".
                requirements.append(clause)
            elif match := _HIRING_TO.search(clause):
                responsibilities.append(match.group(1).strip(" ."))

    # Weight each hard skill by where and how often it appears, so the deep-dives go to
    # what the role is really about and a passing mention sorts last.
    title_skills = set(extract_skills(job_title))
    weights: dict[Skill, float] = {}
    first_seen: dict[Skill, int] = {}
    order = 0
    duties, asks, optional = set(responsibilities), set(requirements), set(nice_lines)
    for section, line, _bullet in lines:
        if section == "about":
            continue
        for clause in (c.strip() for c in line.split("; ") if c.strip()):
            if clause in optional:
                continue  # a nice-to-have says nothing about what the role is about
            bonus = 3.0 if clause in duties else 2.5 if clause in asks else 1.0
            for skill in extract_skills(clause):
                first_seen.setdefault(skill, order)
                order += 1
                weights[skill] = weights.get(skill, 0.0) + bonus
    for skill in title_skills:
        weights[skill] = weights.get(skill, 0.0) + 5.0
        first_seen.setdefault(skill, -1)
    nice_only = {
        s
        for line in nice_lines
        for s in extract_skills(line)
        if not any(_mentions(other, s) for other in (*responsibilities, *requirements))
        and s not in title_skills
    }
    all_found = extract_skills(masked) + [
        s for s in title_skills if s not in extract_skills(masked)
    ]
    ranked = sorted(
        hard_skills(all_found), key=lambda s: (-weights.get(s, 0.0), first_seen.get(s, 10_000))
    )
    years = max(
        (int(m.group(1)) for m in _YEARS_PHRASE.finditer(masked) if int(m.group(1)) <= 30),
        default=None,
    )
    return JobProfile(
        job_title=job_title.strip(),
        company_name=company_name.strip(),
        seniority=_seniority(job_title, masked, years),
        years_required=years,
        skills=tuple(s for s in ranked if s not in nice_only),
        nice_to_have=tuple(s for s in ranked if s in nice_only),
        soft_skills=tuple(soft_skills(all_found)),
        responsibilities=tuple(dict.fromkeys(responsibilities)),
        requirements=tuple(dict.fromkeys(requirements)),
        family=_family(job_title, all_found),
    )


# --- CV -----------------------------------------------------------------------------------

_CV_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("projects", re.compile(r"project|portfolio|open.source|side work", re.I)),
    (
        "education",
        re.compile(r"education|qualification|certific|training|academic|courses|licen[cs]es", re.I),
    ),
    ("skills", re.compile(r"skill|technolog|tools|competenc|tech stack|languages", re.I)),
    (
        "experience",
        re.compile(
            r"experience|employment|work history|career|positions|professional background|roles",
            re.I,
        ),
    ),
    ("summary", re.compile(r"summary|profile|about|statement|objective|introduction", re.I)),
    ("other", re.compile(r"interests|hobbies|references|awards|publications|volunteer", re.I)),
)


_CV_PLAIN_HEADING = re.compile(
    r"^(?:professional |work |relevant |career |employment |key |core |technical )?"
    r"(?:experience|employment(?: history)?|work history|career history|education|"
    r"qualifications|certifications|skills|projects|personal statement|profile|summary|"
    r"about me|interests|references|achievements|training|languages|personal projects|"
    r"education and \w+)\b[\w ,&/'’()-]{0,25}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Role:
    """One job on a CV."""

    title: str
    employer: str | None
    start_year: int | None
    end_year: int | None
    is_current: bool
    highlights: tuple[str, ...]

    def describe(self) -> str:
        """ "Senior Engineer at Acme Corp", or whichever half is known."""
        if self.title and self.employer:
            return f"{self.title} at {self.employer}"
        return self.title or self.employer or ""


@dataclass(frozen=True)
class Achievement:
    """A CV line describing something the candidate did: a project or a highlight."""

    text: str
    employer: str | None
    skills: tuple[Skill, ...]
    has_metric: bool


@dataclass(frozen=True)
class Mention:
    """Where a CV mentions a skill: the line and the employer it sits under."""

    text: str
    employer: str | None
    section: str


@dataclass(frozen=True)
class CandidateProfile:
    """What a CV says about its author."""

    skills: tuple[Skill, ...]
    soft_skills: tuple[Skill, ...]
    roles: tuple[Role, ...]
    """Most recent first."""
    projects: tuple[Achievement, ...]
    """Projects and highlights, the ones with numbers first."""
    years_experience: int | None
    mentions: tuple[tuple[Skill, tuple[Mention, ...]], ...]
    implied: tuple[Skill, ...] = ()
    """Skills the CV does not name but its skills imply (Django → Python)."""

    @property
    def current_role(self) -> Role | None:
        """The most recent role, if any was recognised."""
        return self.roles[0] if self.roles else None

    def has(self, skill: Skill) -> bool:
        """Whether the CV mentions `skill` anywhere, or a skill that implies it."""
        return skill in self.skills or skill in self.soft_skills or skill in self.implied

    def names(self, skill: Skill) -> bool:
        """Whether the CV names `skill` itself (not just something that implies it)."""
        return skill in self.skills or skill in self.soft_skills

    def mentions_of(self, skill: Skill) -> tuple[Mention, ...]:
        """Lines mentioning `skill`, the most quotable (an experience bullet) first."""
        for candidate, found in self.mentions:
            if candidate == skill:
                return found
        return ()


def _split_role(text: str) -> tuple[str, str | None]:
    """Split "Title — Employer" / "Employer, Title" / "Title at Employer" into its halves."""
    parts: list[str] = [text]
    for sep in _SEPARATORS:
        if sep in text:
            parts = [p.strip(" ,|") for p in text.split(sep) if p.strip(" ,|")]
            break
    else:
        if "," in text:
            parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) == 1:
        return (parts[0], None) if _ROLE_WORDS.search(parts[0]) else ("", parts[0])
    first, rest = parts[0], parts[1]
    first_is_role = bool(_ROLE_WORDS.search(first))
    rest_is_role = bool(_ROLE_WORDS.search(rest))
    # Swap when the second half is the title: "Acme Corp — Data Analyst".
    swap = (rest_is_role and not first_is_role) or (
        rest_is_role and first_is_role and _ORG_WORDS.search(first) and not _ORG_WORDS.search(rest)
    )
    if swap:
        first, rest = rest, first
    employer = rest.split(",")[0].strip() or None
    return first, employer


def _parse_role_line(line: str, pending: list[str]) -> Role | None:
    """A role from a line with a date range; titles on the line(s) just above count too."""
    match = _RANGE.search(line)
    if not match:
        return None
    start = int(match.group(1))
    end_year = match.group(2)
    is_current = end_year is None
    end = None if is_current else int(end_year)
    rest = _clean(line[: match.start()] + " " + line[match.end() :])
    rest = re.sub(r"\(\s*\)|\s*[,(|–—-]\s*$", "", rest).strip(" ,|–—-()")
    if not rest and pending:
        rest = " — ".join(pending[-2:])
    if not rest or _EDUCATION_WORDS.search(rest) and not _ROLE_WORDS.search(rest):
        return None
    title, employer = _split_role(rest)
    if not title and not employer:
        return None
    return Role(
        title=title,
        employer=employer,
        start_year=start,
        end_year=end,
        is_current=is_current,
        highlights=(),
    )


def _is_skill_list(line: str) -> bool:
    # "Python, Go, SQL, Docker": a list, not a sentence worth quoting back.
    pieces = [p for p in re.split(r"[,;|•·]", line) if p.strip()]
    return len(pieces) >= 4 and all(len(p.split()) <= 4 for p in pieces)


def _total_years(roles: list[Role], this_year: int) -> int | None:
    spans = sorted(
        (r.start_year, r.end_year if r.end_year is not None else this_year)
        for r in roles
        if r.start_year is not None
    )
    if not spans:
        return None
    total, cur_start, cur_end = 0, spans[0][0], spans[0][1]
    for start, end in spans[1:]:
        if start > cur_end:
            total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    total += cur_end - cur_start
    return max(total, 1)


@lru_cache(maxsize=64)
def analyse_cv(text: str, this_year: int | None = None) -> CandidateProfile:
    """Read a CV: skills, roles with their highlights, projects, years of experience."""
    this_year = this_year or date.today().year
    text = text or ""
    roles: list[Role] = []
    highlights: list[list[str]] = []
    achievements: list[Achievement] = []
    mention_lists: dict[Skill, list[Mention]] = {}
    section = "summary"
    pending: list[str] = []  # non-bullet lines since the last role, which may name it
    summary_years: list[int] = []

    for raw in text.splitlines():
        if not raw.strip():
            continue
        heading = _heading_text(raw, _CV_PLAIN_HEADING)
        if heading is not None and not _RANGE.search(raw):
            section = next((name for name, rx in _CV_SECTIONS if rx.search(heading)), "other")
            pending = []
            continue
        line = _clean(raw)
        if not line:
            continue
        if section in ("summary", "other"):
            summary_years.extend(
                int(m.group(1))
                for m in _YEARS_PHRASE.finditer(line)
                if "experience" in line.lower() or "years in" in line.lower()
            )
        role = None
        if section not in ("education", "skills") and not _is_bullet(raw):
            role = _parse_role_line(raw, pending)
        if role is not None:
            roles.append(role)
            highlights.append([])
            pending = []
            if section in ("summary", "other"):
                section = "experience"
            continue
        employer = roles[-1].employer if roles and section == "experience" else None
        if _is_bullet(raw) or len(line.split()) > 6:
            if section == "experience" and roles:
                highlights[-1].append(line)
            pending = []
            is_project = section == "projects" or (
                section == "experience" and _PROJECT_WORDS.search(line)
            )
            found = extract_skills(line)
            if is_project and len(line.split()) >= 4:
                achievements.append(
                    Achievement(line, employer, tuple(found), bool(_METRIC.search(line)))
                )
        else:
            pending.append(line)
            found = extract_skills(line)
        for skill in found:
            where = "skills" if section == "skills" or _is_skill_list(line) else section
            mention_lists.setdefault(skill, []).append(Mention(line, employer, where))

    dated = [
        Role(r.title, r.employer, r.start_year, r.end_year, r.is_current, tuple(h))
        for r, h in zip(roles, highlights, strict=True)
    ]
    # Most recent first: current roles, then by end and start year; CV order breaks ties.
    ordered = sorted(
        enumerate(dated),
        key=lambda p: (
            -(p[1].end_year or this_year + 1 if p[1].is_current else p[1].end_year or 0),
            -(p[1].start_year or 0),
            p[0],
        ),
    )
    rank = {"experience": 0, "projects": 1, "summary": 2, "other": 3, "education": 4, "skills": 5}
    mentions = tuple(
        (skill, tuple(sorted(found, key=lambda m: rank.get(m.section, 3))))
        for skill, found in mention_lists.items()
    )
    computed = _total_years(dated, this_year)
    years = max(summary_years) if summary_years else computed
    everything = extract_skills(text)
    return CandidateProfile(
        skills=tuple(hard_skills(everything)),
        soft_skills=tuple(soft_skills(everything)),
        roles=tuple(r for _, r in ordered),
        projects=tuple(sorted(achievements, key=lambda a: not a.has_metric)),
        years_experience=years,
        mentions=mentions,
        implied=tuple(implied_skills(everything)),
    )
