"""Reading a job description into a structured profile.

Duties, requirements and nice-to-haves are told apart by their section headings and their
wording; the company's own blurb and its benefits are kept apart so that what the company
*is* ("a B2B SaaS company") never becomes what the role *needs*.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .layout import clean, heading_text, is_bullet
from .skills import Skill, extract_skills, hard_skills, soft_skills
from .text import (
    clauses,
    generic_terms,
    named_terms,
    phrase_alternation,
    requirement_leads,
    stopwords,
)


def _mask(text: str, phrase: str) -> str:
    """Blank out the company's own name so "Northwind Logistics" does not read as a logistics
    requirement, nor "Swift Hospitality Group" as the Swift language; positions are kept so
    line structure survives."""
    if not phrase.strip():
        return text
    # A placeholder rather than spaces, so "Acme – Northern General Hospital" does not turn
    # into a dash bullet; in lower case, so a sentence it starts reads as about the company.
    whole, *shorter = _company_patterns(phrase.strip())
    text = whole.sub("the company", text)
    for pattern in shorter:
        # A shorter form is blanked only where it would read as a skill: "the Octavia design
        # system" stays as written in the duty the interviewer quotes.
        text = pattern.sub(
            lambda m: "the company" if extract_skills(m.group(0)) else m.group(0), text
        )
    return text


@lru_cache(maxsize=64)
def _company_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """How an advert writes its company: the whole name (first), the name without its bracketed part
    ("Swift Hospitality Group (Satan's Whiskers)"), the bracketed name, and the name cut
    short after its first distinctive word ("Swift's bars", "Swift Hospitality")."""
    bare = re.sub(r"\s*\([^()]*\)", "", name).strip()
    names = {n.strip() for n in (bare, *re.findall(r"\(([^()]+)\)", name))} - {name}
    out = [
        re.compile(rf"(?<!\w){re.escape(n)}(?!\w)", re.IGNORECASE)
        for n in sorted((name, *(n for n in names if len(n) >= 3)), key=len, reverse=True)
    ]
    words = bare.split()
    while words and words[0].lower() in stopwords():
        words = words[1:]  # "The Hoxton Group": "Hoxton" is the name
    first = words[0] if words else ""
    if (
        len(first) >= 3
        and first[:1].isupper()
        and first.lower() not in generic_terms()
        and re.fullmatch(r"[\w&'.-]+", first)
    ):
        # Written as in the name (capitalised): "a swift response" is not the company.
        tail = "".join(rf"(?:\s+{re.escape(w)}" for w in words[1:]) + ")?" * (len(words) - 1)
        out.append(re.compile(rf"(?<![\w-]){re.escape(first)}{tail}(?![\w-])"))
    return tuple(out)


def _sentences(line: str) -> list[str]:
    return [s for s in clauses(line, "stops_before_capital") if s.strip()]


def _mentions(line: str, skill: Skill) -> bool:
    return skill in extract_skills(line)


# --- job description ----------------------------------------------------------------------

_JD_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("nice", re.compile(r"nice to have|bonus|desirable|preferred|plus|would be great", re.I)),
    (
        "benefits",
        re.compile(
            r"benefits|perks|we offer|what.?s in it for you|rewards?|package|salary|why join|"
            r"you.?ll get|you will get|what you get",
            re.I,
        ),
    ),
    (
        "about",
        re.compile(
            r"about us|about the company|"
            r"about (?!you|the role|this role|the job|the position|the candidate)\w+|"
            r"who we are|\bour values|\bour mission|"
            r"our story|equal opportunit|diversity|how to apply|the company",
            re.I,
        ),
    ),
    (
        "responsibilities",
        re.compile(
            r"responsib|what you.?ll do|what you will do|"
            r"you will(?! (?:have|need|bring|be able|possess|hold|ideally))|"
            r"duties|in this role|day.to.day|"
            r"your impact|the job|key tasks|accountabilit|you.?ll be doing|you will be doing|"
            r"your day|main tasks|involves",
            re.I,
        ),
    ),
    (
        "requirements",
        re.compile(
            r"requirement|looking for|about you|you have|you.?ll have|you.?ll bring|you bring|"
            r"you.?ll need|you need|you will need|we need|qualifications|person spec|essential|"
            r"must have|who you are|skills|experience|profile|criteria|candidate|"
            r"you should|you must|^you are\b|knowledge|background|competenc",
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
    r"^(?:(?:main |key |your |the |our )?(?:duties|responsibilities|requirements|"
    r"person specification|essential(?: criteria)?|desirable(?: criteria)?|nice to have|"
    r"about (?:you|us|the role|the company|the team)|what you(?:'ll| will) do|"
    r"what we(?:'re| are) looking for|qualifications|skills(?: and experience)?|experience|"
    r"benefits|(?:what )?we offer|what.?s in it for you|(?:the |our )?package|perks|rewards?|the role|role overview|job summary|who you are|about \w+|"
    r"in this role(?: you will)?)\b[\w ,&/'()-]{0,20}"
    # "What you bring", "What you'll need", "Who we are", "What we're looking for"
    r"|(?:what|who|why|how) (?:you|we)(?:'ll|'re|'d| will| are| would)?(?: be)?(?: \w+){1,3}"
    # "Your mission", "Job purpose", "The team", "Main duties and responsibilities"
    r"|(?:your|our|the|job|role|main|key) (?:mission|purpose|role|team|impact|opportunity|"
    r"responsibilities|duties|day|week|tasks|profile|summary)(?: [\w&]+){0,3}"
    r"|(?:essential|desirable|preferred) (?:criteria|skills|requirements|experience)"
    # "The ideal candidate", "Candidate profile", "You should have", "You are"
    r"|(?:about )?(?:the )?(?:ideal |successful )?candidate(?: profile| requirements)?"
    r"|you (?:should|must|will|need to) (?:have|be|bring)|you are"
    # "Knowledge, skills and experience", "Skills, knowledge and qualifications"
    r"|(?:knowledge|skills|experience|qualifications|competenc\w+|abilities|attributes)"
    r"(?:,? (?:and |& )?(?:knowledge|skills|experience|qualifications|competenc\w+|"
    r"abilities|attributes)){1,3}"
    # "Your key responsibilities", "Key accountabilities", "What the job involves"
    r"|(?:your |key |main |principal )+(?:responsibilities|duties|accountabilities|tasks)"
    r"|key accountabilities|what the (?:job|role|post) involves|(?:your )?background)$",
    re.IGNORECASE,
)
_DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def duty_verbs() -> frozenset[str]:
    """Verbs an advert starts a duty with (`data/duty_verbs.txt`)."""
    lines = (_DATA / "duty_verbs.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


class _DutyStart:
    """Matches a clause that starts with a duty verb, after an optional "You will"/"To"."""

    _LEAD = re.compile(r"^(?:you will\s+|you'll\s+|to\s+)?", re.IGNORECASE)

    def match(self, clause: str) -> bool:
        rest = clause[self._LEAD.match(clause).end() :]  # type: ignore[union-attr]
        first = re.match(r"[A-Za-z][\w-]*", rest)
        if not first:
            return False
        word = first.group(0).lower()
        # "Leads"/"leading" count as the verb too: adverts write duties all three ways.
        stems = {
            word,
            word[:-1] if word.endswith("s") else word,
            word[:-3] if word.endswith("ing") else word,
        }
        stems |= {w + "e" for w in stems if word.endswith("ing")}
        return bool(stems & duty_verbs())


_RESPONSIBILITY_VERBS = _DutyStart()
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
class Need:
    """Something the role asks for in the advert's own words, known to the lexicon or not.

    "Experience of menu costing" is the need "menu costing"; "compliance with CDM 2015"
    names the term "CDM 2015". `evidence.evidence_for_need` says whether a CV shows it.
    """

    phrase: str
    """The subject of the line, its lead-in dropped: "menu costing", "employment law"."""
    line: str
    """The line as the advert writes it."""
    kind: str
    """ "requirement", "duty" or "nice"."""
    skills: tuple[Skill, ...] = ()
    """Lexicon skills the line names."""
    terms: tuple[str, ...] = ()
    """Names, codes and acronyms of the line ("CDM 2015", "CIPD Level 5")."""


@lru_cache(maxsize=1)
def _requirement_leads() -> re.Pattern[str]:
    body = phrase_alternation(requirement_leads())
    return re.compile(rf"^(?:\d+\s*\+?\s*)?(?:{body})(?:\s+|$)", re.IGNORECASE)


# Where the subject of a requirement stops: examples and qualifiers after it.
_PHRASE_END = re.compile(
    r"\s*(?:\(|\s[–—-]\s|,\s*(?:ideally|preferably|including|especially|such as|e\.g\.)|"
    r"\bsuch as\b|\be\.g\.|\bideally\b|\bpreferably\b|:)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _credential_names() -> dict:
    with (_DATA / "credential_names.toml").open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def asked_tail() -> re.Pattern[str]:
    words = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in _credential_names()["asked_words"]
    )
    return re.compile(
        rf"\s+(?:is|are)\s+(?:{words})(?:\s+(?:for|in)\s+(?:this|the)\s+\w+)?\s*$", re.I
    )


def _joins_name(text: str, colon: int) -> bool:
    """Whether the colon at `colon` is inside a credential's name ("Microsoft Certified:
    Azure Administrator"): after a word of `colon_words`, before a capitalised name."""
    before = re.findall(r"[\w+-]+", text[:colon])
    after = text[colon + 1 :].lstrip()
    words = set(_credential_names()["colon_words"])
    return bool(before) and before[-1].lower() in words and after[:1].isupper()


@lru_cache(maxsize=1)
def _colon_name() -> re.Pattern[str]:
    words = "|".join(map(re.escape, _credential_names()["colon_words"]))
    name = r"[A-Z][\w+#.-]*(?:\s+[A-Z0-9][\w+#.-]*)*"
    return re.compile(rf"(?:[A-Z][\w+#.-]*\s+)*(?:{words}):\s+{name}", re.IGNORECASE)


def _line_terms(line: str) -> tuple[str, ...]:
    """The names, codes and acronyms of a requirement line, a credential named with a colon
    kept whole ("Microsoft Certified: Azure Administrator", not "Certified" and
    "Administrator")."""
    whole = [
        m.group(0).strip()
        for m in _colon_name().finditer(line)
        if m.group(0)[:1].isupper() and _joins_name(line, line.index(":", m.start()))
    ]
    rest = line
    for name in whole:
        rest = rest.replace(name, " ; ")
    return tuple(dict.fromkeys([*whole, *named_terms(rest)]))


def phrase_end(text: str, pattern: re.Pattern[str]) -> int | None:
    """Where the thing a requirement asks for ends in `text` by `pattern` (a bracket, a dash,
    a colon...), a colon inside a credential's name not counted; None when it runs on."""
    for match in pattern.finditer(text):
        colon = match.group(0).strip() == ":"
        if match.start() > 0 and not (
            colon and _joins_name(text, match.group(0).index(":") + match.start())
        ):
            return match.start()
    return None


def _opens_a_name(text: str) -> bool:
    """Whether `text` opens on a word that is part of a qualification's own name there
    ("Postgraduate Diploma", "Graduate Entry"), not a grade of what follows ("Post-graduate
    experience of …"): one of `name_leads` before one of `name_nouns`."""
    words = _credential_names()
    low = text.lower()
    for lead in words["name_leads"]:
        if low.startswith(lead + " "):
            following = low[len(lead) :].split()
            return bool(following) and following[0].strip(",.;:") in words["name_nouns"]
    return False


def need_phrase(line: str) -> str:
    """The subject of a requirement: "menu costing" from "Proven experience of menu costing"."""
    text = _clean_clause(line)
    leads = _requirement_leads()
    previous = None
    while previous != text:
        previous = text
        if _opens_a_name(text):
            break  # "Postgraduate Diploma in …": the qualification's own name
        text = leads.sub("", text, count=1).strip(" ,.;:")
    end = phrase_end(text, _PHRASE_END)
    if end is not None:
        text = text[:end]
    # "AWS certification is essential for this role": the thing, not that it is asked for.
    text = asked_tail().sub("", text)
    return text.strip(" ,.;:") or _clean_clause(line)


# The advert saying it is hiring ("HMCTS is recruiting a court interpreter", "we're looking to
# hire"): the employer recruits, so the sentence asks for no recruitment skill.
_HIRING_VERB = re.compile(
    r"(?:\b(?:is|are|am)|['’]re)\s+(?:(?:now|currently|actively)\s+)?(?:recruiting|hiring)\b"
    r"|\b(?:looking|seeking|wish(?:es|ing)?|wants?|aims?|plans?)\s+to\s+(?:recruit|hire)\b",
    re.IGNORECASE,
)


def job_skills(clause: str) -> list[Skill]:
    """The lexicon skills a job's clause asks for: not the employer's own hiring."""
    return extract_skills(_HIRING_VERB.sub(lambda m: " " * len(m.group(0)), clause))


def _needs(groups: list[tuple[str, list[str]]]) -> tuple[Need, ...]:
    out: dict[str, Need] = {}
    for kind, lines in groups:
        for line in lines:
            if line not in out:
                out[line] = Need(
                    phrase=need_phrase(line),
                    line=line,
                    kind=kind,
                    skills=tuple(job_skills(line)),
                    terms=_line_terms(line),
                )
    return tuple(out.values())


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
    """"technical", "data", "sales", "healthcare", "animal_care" or "general": shapes scenario
    questions (`data/job_families.toml`)."""
    duties: tuple[Duty, ...] = ()
    """The responsibilities as clean phrases (no "You will", no full stop), same order."""
    nice_to_have_lines: tuple[str, ...] = ()
    blurb: tuple[str, ...] = ()
    """What the advert says about the company: never a duty or a requirement."""
    benefits: tuple[str, ...] = ()
    practicalities: tuple[str, ...] = ()
    """Location, hours, contract and salary lines."""
    asks: tuple[Need, ...] = ()
    """Every requirement, duty and nice-to-have as a `Need`, known to the lexicon or not."""

    def asks_naming(self, skill: Skill) -> tuple[Need, ...]:
        """The needs whose line names `skill` (the lines a claim about it rests on)."""
        return tuple(n for n in self.asks if skill in n.skills)

    def needs(self, skill: Skill) -> bool:
        """Whether the role's duties or requirements (or its title) ask for `skill`."""
        return skill in self.skills or skill in self.soft_skills

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


_FAMILIES = Path(__file__).parent / "data" / "job_families.toml"


@lru_cache(maxsize=1)
def _family_data() -> dict:
    """`data/job_families.toml`, read once."""
    with _FAMILIES.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def _family_titles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each family and the pattern of the title words that decide it, in the file's order."""
    return tuple(
        (
            entry["family"],
            re.compile(
                rf"\b(?:{'|'.join(map(re.escape, sorted(entry['words'], key=len, reverse=True)))})\b",
                re.IGNORECASE,
            ),
        )
        for entry in _family_data()["titles"]
    )


def _animal_words_in(text: str) -> int:
    """How many different animal-care words (`animal_words`) `text` names."""
    found = {
        w.lower().removesuffix("s") if w.lower().removesuffix("s") in _animal_words() else w.lower()
        for w in re.findall(r"[A-Za-z]+", text)
    }
    return len(found & _animal_words())


@lru_cache(maxsize=1)
def _animal_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _family_data()["animal_words"])


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


def title_family(title: str) -> str | None:
    """The job family a title's own words decide ("Junior Developer": technical), or None."""
    return next((f for f, pattern in _family_titles() if pattern.search(title)), None)


def title_family_word(title: str) -> str:
    """The words of `title` that decide its family, lowercased ("clinical" of "Clinical Trials
    Coordinator", "healthcare assistant" of "Healthcare Assistant"); "" when none do. Two
    titles of one broad family may be different lines of work: these say which."""
    for _family, pattern in _family_titles():
        found = pattern.search(title)
        if found:
            return found.group(0).lower()
    return ""


def _family(title: str, skills: list[Skill], lines: tuple[str, ...] = ()) -> str:
    """The kind of job: the title decides when it can, the skills asked for otherwise; an
    advert about animals and their owners is animal care whatever its title."""
    by_title = title_family(title)
    if by_title in (None, "healthcare", "animal_care") and _animal_words_in(
        " ".join((title, *lines))
    ) >= int(_family_data()["animal_min"]):
        return "animal_care"  # "Nurse" at a vets, "Assistant" at a rescue centre
    if by_title is not None:
        return by_title
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
        heading = heading_text(raw, plain_heading)
        if heading is not None:
            flush()
            out.append((heading, "", False))
            continue
        if is_bullet(raw):
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


# "The Company Stage Manager will:", "The postholder will be:": what follows is the work,
# whatever words the title holds ("Company"); "We will:" promises something instead.
_WILL_HEADING = re.compile(r"^(?!\s*we\b)(?!.*\bwe will\b).*\bwill(?: be)?\s*:?\s*$", re.I)


def _jd_sections(text: str) -> list[tuple[str, str, bool]]:
    """(section, cleaned text, was a bullet): bullets whole, prose cut into sentences."""
    out: list[tuple[str, str, bool]] = []
    section = "intro"
    for heading, paragraph, bullet in _paragraphs(text, _JD_PLAIN_HEADING):
        if heading is not None:
            # An unknown heading (the advert's title, "The ward") reads like an introduction:
            # its prose counts only when it speaks about the role.
            section = (
                "responsibilities"
                if _WILL_HEADING.search(heading)
                else next((name for name, rx in _JD_SECTIONS if rx.search(heading)), "intro")
            )
            continue
        where = section
        inline = re.match(r"^\s*([A-Za-z][A-Za-z '’/-]{2,40}):\s+(\S.*)$", paragraph)
        if inline and not bullet:
            # "Nice to have: experience in ..." carries its content on the heading line.
            named = next((n for n, rx in _JD_SECTIONS if rx.search(inline.group(1))), None)
            if named is not None:
                where, paragraph = named, inline.group(2)
        if bullet:
            cleaned = _clean_clause(paragraph)
            if cleaned:
                out.append((where, cleaned, True))
            continue
        for sentence in _sentences(paragraph):
            cleaned = _clean_clause(sentence)
            if cleaned:
                out.append((where, cleaned, False))
    return out


# "We are looking for a senior engineer to design and own our payments platform."
_HIRING_TO = re.compile(
    r"\b(?:looking for|hiring|seeking|need|want)\b(?:(?!\bto\b)[^.])*\bto\s+((?:design|build|lead|own|run|"
    r"develop|manage|create|deliver|grow|drive|win|expand|launch|scale)\b.*)$",
    re.IGNORECASE,
)


_YEARS_PHRASE = re.compile(
    r"(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years|yrs)\b", re.IGNORECASE
)

# A sentence of the introduction that talks about the role or the reader, not the company.
_ABOUT_THE_ROLE = re.compile(
    r"\b(you|your|you'll|you're|this role|the role|this position|the position|"
    r"the successful candidate|the post|the post-holder|postholder|we(?:'re| are) looking|need (?:a|an)|"
    r"we(?:'re| are) hiring|we(?:'re| are) seeking|we need|looking for|join (?:us|our) as|"
    r"will be responsible|reporting to|report(?:s|ing)? into)\b",
    re.IGNORECASE,
)

# A sentence about the company itself: "We are a B2B SaaS company", "Our mission is...",
# "<Company> sells..." (the name is masked, so such a sentence starts in lower case).
_ABOUT_THE_COMPANY = re.compile(
    r"^\s*(?:we|we're|we've|our|at|founded|since|headquartered|based in|with offices)\b|"
    r"(?-i:^\s*[a-z])|\b(?:we are|we're|is|are) (?:a|an|the|one of)\b[^.]*\b(?:company|business|"
    r"provider|platform|leader|start-?up|scale-?up|firm|organi[sz]ation|bank|trust|charity|"
    r"group|agency|employer|brand|retailer|manufacturer|consultancy|school|hospital|"
    r"practice|chain|contractor|housebuilder|supplier|restaurant|hotel|"
    r"studio|clinic|council|authority|college|university|association|society|cooperative|"
    r"co-op|partnership|network|insurer|lender|airline|publisher|broadcaster|museum|"
    r"gallery|theatre|venue|farm|estate|distributor|wholesaler)\b|"
    r"\bour (?:mission|customers|clients|values|platform|products?|"
    r"culture|story|investors|vision)\b",
    re.IGNORECASE,
)


_SPEC_MARK = re.compile(r"\s*\((E|D|essential|desirable)\)\s*\.?$", re.IGNORECASE)


def _spec_column(cell: str) -> str | None:
    """ "requirements" or "nice" for a person specification's column heading."""
    word = cell.strip(" *:").lower()
    if word in ("essential", "essential criteria", "required"):
        return "requirements"
    if word in ("desirable", "desirable criteria", "preferred", "nice to have"):
        return "nice"
    return None


def _optional(clause: str) -> bool:
    """Whether the clause says it is a nice-to-have ("Terraform is a plus", "ILS desirable").

    A trailing qualifier does not make the whole clause optional: "3 years closing new
    business, ideally mid-market" and "a BI tool (Looker preferred)" are still required.
    """
    marker = _NICE_MARKER.search(clause)
    if marker is None:
        return False
    before = clause[: marker.start()]
    in_brackets = before.count("(") > before.count(")")
    qualifier = before.rstrip().endswith(",") and len(before.split()) >= 4
    return not (in_brackets or qualifier)


# Where, when and for how much: the advert's practical terms, not requirements.
_PRACTICALITIES = re.compile(
    r"£|€|\$\d|\bper (?:annum|hour|year)\b|\bsalary\b|\bfull[- ]time\b|\bpart[- ]time\b|"
    r"\bpermanent\b|\bfixed[- ]term\b|\bhybrid\b|\bremote\b|\bsite-based\b|\bhours per\b|"
    r"\bdays a week in\b|\bclosing date\b",
    re.IGNORECASE,
)


# How a duty is introduced, which the interviewer does not want to repeat.
_DUTY_LEAD = re.compile(
    r"^(?:(?:as (?:a|an|the) [^,]{2,40},\s*)?(?:you will|you'll|you would|you'd|you are to|"
    r"you|will)\s+(?:also\s+|be\s+(?:expected|required|asked)\s+to\s+)?"
    r"(?:be\s+)?(?:responsible\s+for\s+|accountable\s+for\s+|in\s+charge\s+of\s+)?|"
    r"(?:be\s+)?(?:responsible|accountable)\s+for\s+|(?:your\s+)?(?:main\s+|key\s+)?"
    r"(?:role|job|task|duty)\s+(?:will\s+be|is)\s+to\s+|to\s+)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duty:
    """A responsibility as a clean phrase: "recognise and escalate deterioration using NEWS2".

    `form` says how the phrase starts, so a template can fit it: "base" (a verb: "lead the
    team"), "gerund" ("leading the team") or "noun" ("ownership of the roadmap").
    """

    phrase: str
    form: str
    source: str
    """The job description's clause as written."""


def _lower_first(phrase: str) -> str:
    first, _, rest = phrase.partition(" ")
    # Acronyms and names keep their capitals ("NHS", "Salesforce" mid-phrase stays as is
    # only when written with inner capitals or all caps), and so does a name of several
    # capitalised words ("Social Work England registration").
    second = rest.split(" ", 1)[0]
    name = second[:1].isupper() and second[1:].islower() and second.lower() not in _NOT_VERBS
    if first[:1].isupper() and first[1:].islower() and not name:
        first = first.lower()
    return f"{first} {rest}".strip()


_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ure", "ism")
_NOT_VERBS = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "your",
        "their",
        "its",
        "all",
        "any",
        "each",
        "every",
        "this",
        "these",
        "those",
        "high",
        "strong",
        "excellent",
        "good",
        "great",
        "key",
        "day-to-day",
        "daily",
        "weekly",
        "overall",
        "full",
        "end-to-end",
    ]
)


def duty_phrase(clause: str) -> Duty:
    """The clause as a phrase the interviewer can inflect, without "You will" or a full stop."""
    text = _clean_clause(clause)
    lead = _DUTY_LEAD.match(text)
    stripped = text[lead.end() :].strip() if lead and lead.end() else text
    stripped = stripped or text
    phrase = _lower_first(stripped.rstrip(" .;:!"))
    first = phrase.split(" ", 1)[0].lower().strip(",;:") if phrase else ""
    # After "you will" / "to" comes a verb; after "responsible for" a gerund or a noun.
    verb_lead = bool(lead and lead.end()) and not re.search(
        r"(?:for|of)\s*$", text[: lead.end()], re.IGNORECASE
    )
    if first.endswith("ing") and len(first) > 4:
        form = "gerund"
    elif first in duty_verbs() or (
        verb_lead and first not in _NOT_VERBS and not first.endswith(_NOUN_ENDINGS)
    ):
        form = "base"
    else:
        form = "noun"
    return Duty(phrase=phrase, form=form, source=clause)


def _clean_clause(text: str) -> str:
    return clean(text).strip(" .")


@lru_cache(maxsize=64)
def analyse_job(job_title: str, company_name: str, text: str) -> JobProfile:
    """Read a job description: duties, requirements, nice-to-haves, skills, seniority."""
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
    listed_duties: list[str] = []
    requirements: list[str] = []
    nice_lines: list[str] = []
    blurb: list[str] = []
    benefits: list[str] = []
    practicalities: list[str] = []
    intro: list[str] = []
    columns: dict[int, str] = {}  # a person specification's "Essential | Desirable" columns
    for section, line, bullet in lines:
        cells = [c.strip() for c in line.split(" | ")]
        kinds = {i: _spec_column(c) for i, c in enumerate(cells)}
        if len(cells) >= 2 and "nice" in kinds.values() and "requirements" in kinds.values():
            columns = {i: k for i, k in kinds.items() if k}
            continue
        if columns and len(cells) > max(columns):
            # "Experience | Two years in NHS practice | Implant nursing": each cell under
            # its column; the first names the criterion.
            for i, kind in columns.items():
                if cells[i] and cells[i] not in ("-", "–", "N/A"):
                    (nice_lines if kind == "nice" else requirements).append(cells[i])
            continue
        columns = {}
        if section == "benefits":
            benefits.append(line)
            continue
        if section == "intro" and _PRACTICALITIES.search(line) and len(line.split()) <= 25:
            practicalities.append(line)
            continue
        if section in ("about", "other") or (
            section == "intro"
            and not bullet
            and not _ABOUT_THE_ROLE.search(line)
            and _ABOUT_THE_COMPANY.search(line)
        ):
            # What the company is and does: never a duty or a requirement.
            blurb.append(line)
            continue
        # "Kubernetes and AWS; Terraform is a plus": only the clause saying so is optional.
        for clause in (c.strip() for c in line.split("; ") if c.strip()):
            # "Radiography certificate (D)": a person specification's own marks.
            mark = _SPEC_MARK.search(clause)
            if mark:
                clause = clause[: mark.start()].rstrip()
                if mark.group(1).lower().startswith("d"):
                    nice_lines.append(clause)
                    continue
            # In prose, "Reporting to the Head of Finance, you'll..." is no duty: only a
            # bullet may start a duty with a gerund.
            duty = bool(_RESPONSIBILITY_VERBS.match(clause)) and (
                bullet or not re.match(r"\w+ing\b", clause)
            )
            if section == "nice" or _optional(clause):
                nice_lines.append(clause)
            elif section == "responsibilities":
                listed_duties.append(clause)
            elif duty and re.match(r"(?:you will|you'll)\s", clause, re.IGNORECASE):
                responsibilities.append(clause)
            elif section == "requirements":
                # "Work well under pressure" under "About you" asks for something.
                requirements.append(clause)
            elif duty:
                responsibilities.append(clause)
            elif bullet:
                requirements.append(clause)
            elif _STRONG_REQUIREMENT.search(clause) and not _HIRING_TO.search(clause):
                # Prose outside a requirements section only counts when it clearly asks
                # for something ("3+ years of", "experience with"), not "we're hiring".
                requirements.append(clause)
            elif match := _HIRING_TO.search(clause):
                responsibilities.append(match.group(1).strip(" ."))
            else:
                intro.append(clause)

    # The advert's own list of duties first; duties met in its prose ("we're looking for
    # someone to lead...") after, as they mostly restate it.
    responsibilities = listed_duties + responsibilities

    # Weight each hard skill by where and how often it appears, so the deep-dives go to
    # what the role is really about and a passing mention sorts last.
    title_skills = list(extract_skills(job_title))
    weights: dict[Skill, float] = {}
    first_seen: dict[Skill, int] = {}
    order = 0
    for group, bonus in ((responsibilities, 3.0), (requirements, 2.5), (intro, 1.0)):
        for clause in group:
            for skill in job_skills(clause):
                first_seen.setdefault(skill, order)
                order += 1
                weights[skill] = weights.get(skill, 0.0) + bonus
    for skill in title_skills:
        weights[skill] = weights.get(skill, 0.0) + 5.0
        first_seen.setdefault(skill, -1)
    nice_found = [s for line in nice_lines for s in job_skills(line)]
    nice_only = [s for s in dict.fromkeys(nice_found) if s not in weights]
    all_found = list(weights)
    ranked = sorted(
        hard_skills(all_found), key=lambda s: (-weights.get(s, 0.0), first_seen.get(s, 10_000))
    )
    asked = " ".join([*responsibilities, *requirements, *intro, *nice_lines])
    years = max(
        (int(m.group(1)) for m in _YEARS_PHRASE.finditer(asked) if int(m.group(1)) <= 30),
        default=None,
    )
    duties = tuple(dict.fromkeys(responsibilities))
    return JobProfile(
        job_title=job_title.strip(),
        company_name=company_name.strip(),
        seniority=_seniority(job_title, asked, years),
        years_required=years,
        skills=tuple(ranked),
        nice_to_have=tuple(hard_skills(nice_only)),
        soft_skills=tuple(soft_skills(sorted(all_found, key=lambda s: first_seen.get(s, 0)))),
        responsibilities=duties,
        requirements=tuple(dict.fromkeys(requirements)),
        family=_family(job_title, all_found, (*duties, *requirements, *blurb)),
        duties=tuple(duty_phrase(d) for d in duties),
        nice_to_have_lines=tuple(dict.fromkeys(nice_lines)),
        blurb=tuple(blurb),
        benefits=tuple(benefits),
        practicalities=tuple(practicalities),
        asks=_needs(
            [
                ("requirement", list(dict.fromkeys(requirements))),
                ("duty", list(duties)),
                ("nice", list(dict.fromkeys(nice_lines))),
            ]
        ),
    )
