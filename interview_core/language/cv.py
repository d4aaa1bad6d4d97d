"""Reading a CV into a structured profile: positions, skills with their lines, credentials.

The reading is structural: section headings, bullets, date ranges and brackets decide what
a line is; word lists (`data/cv_words.json`) only tell a job title from an organisation or
a department. No model is involved.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from .dates import (
    DateRange,
    find_lone_year,
    find_range,
    has_range,
    is_duration,
    reference_date,
    without_duration,
)
from .duty_objects import recurring_things
from .figures import figures, number_word_pattern, spelled_value
from .job import title_family
from .layout import BULLET, Block, blocks, clean, is_contact
from .memberships import distinct, memberships
from .own_skills import is_sentence, normalise_item, not_a_skill
from .places import is_place, names_town_elsewhere
from .progress import held_and_pending, in_progress, without_pending
from .skills import (
    TOOL_CATEGORIES,
    Skill,
    extract_skills,
    hard_skills,
    implied_skills,
    is_credential,
    is_proper_name,
    sector_only,
    soft_skills,
    surface_forms,
)
from .text import can_be_adjective, is_dictionary_word, phrase_alternation, sentences, stopwords

_DATA = Path(__file__).parent / "data" / "cv_words.json"


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    raw = _cv_data()

    def pattern(items: list[str], plural: bool) -> re.Pattern[str]:
        body = phrase_alternation(items)
        suffix = r"(?:s|es)?" if plural else ""
        return re.compile(rf"(?<![\w-])(?:{body}){suffix}(?![\w-])", re.IGNORECASE)

    # An occupation by its ending: "Podiatrist", "Optician", "Sonographer", "Ecologist".
    endings = "|".join(re.escape(e) for e in raw.get("role_suffixes", []) if e != "ist")
    suffix = rf"|[A-Za-z]+(?:{endings})s?" if endings else ""
    if "ist" in raw.get("role_suffixes", []):
        suffix += r"|[A-Za-z]{3,}(?<![lsx])ists?"
    role = pattern(raw["role_nouns"], plural=True)
    return {
        "role": re.compile(
            rf"{role.pattern}|(?<![\w-])(?:{suffix.lstrip('|')})(?![\w-])", re.IGNORECASE
        )
        if suffix
        else role,
        "org": pattern(raw["org_words"], plural=False),
        "gap": pattern(raw.get("gap_phrases", []) or ["(?!x)x"], plural=False),
        # "Volunteer Guide, Kew Gardens (current)": a role with no dates said to be running.
        "ongoing": re.compile(
            rf"[(\[]?\s*\b(?:{'|'.join(map(re.escape, raw.get('ongoing_words', [])))})\b\s*[)\]]?"
            if raw.get("ongoing_words")
            else r"(?!x)x",
            re.IGNORECASE,
        ),
        "department": pattern(raw["department_words"], plural=True),
        "trailing": pattern(raw["trailing_words"], plural=False),
        # "Audit Senior", "Tax Junior": a rank word that ends a name is its job word.
        "head_rank": re.compile(
            rf"(?<=[A-Za-z] )(?:{'|'.join(map(re.escape, raw.get('head_rank_words', [])))})s?$",
            re.IGNORECASE,
        )
        if raw.get("head_rank_words")
        else re.compile(r"(?!x)x"),
        # "later", "promoted to": the words that carry a title on to the next one.
        "progression": re.compile(
            rf"^(?:{'|'.join(map(re.escape, raw.get('title_progression_words', [])))})\s",
        ),
        "strong_org": pattern(
            [w for w in raw["org_words"] if w not in set(raw.get("weak_org_words", []))],
            plural=False,
        ),
    }


@lru_cache(maxsize=1)
def _legal_suffixes() -> frozenset[str]:
    return frozenset(_cv_data().get("legal_suffixes", []))


def _suffix_key(word: str) -> str:
    return re.sub(r"[.,]", "", word).lower()


def is_firm_name(text: str) -> bool:
    """Whether `text` ends like a firm's registered name ("Quinn & Co LLP", "Bianchi S.r.l.")."""
    words = text.split()
    return bool(words) and _suffix_key(words[-1]) in _legal_suffixes()


_PARTNERS = re.compile(r"\b([A-Z][a-z'’-]{2,}) (?:&|and) ([A-Z][a-z'’-]{2,})\b")


def names_partners(text: str) -> bool:
    """Whether `text` names a firm after its partners ("Hartwell & Shaw", "Marsh & Parker"):
    two capitalised words joined by "&" or "and", one of them a name no dictionary knows.
    "Sales & Marketing" and "Health and Safety" join two common words; "Auctioneer and
    Valuer" two jobs, a title held as one."""
    return any(
        any(_is_surname(w) for w in m.groups())
        and not all(_words()["role"].fullmatch(w) for w in m.groups())
        for m in _PARTNERS.finditer(text)
    )


def _firm(text: str) -> bool:
    return is_firm_name(text) or names_partners(text)


def _is_surname(word: str) -> bool:
    low = word.lower()
    # "Diabetes and Endocrinology": a field of study the dictionary lacks is no partner's name.
    return (
        len(low) >= 4
        and not is_dictionary_word(low)
        and low not in _not_surnames()
        and not _names_a_field(low)
    )


def _names_a_field(word: str) -> bool:
    """A field of study by its ending ("endocrinology", "orthopaedics"; `not_surname_endings`)."""
    return word.lower().endswith(tuple(_cv_data().get("not_surname_endings", [])))


@lru_cache(maxsize=1)
def _cv_data() -> dict[str, list[str]]:
    """`data/cv_words.json`, read once."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    return frozenset(_cv_data().get("not_surnames", []))


def looks_like_title(text: str) -> bool:
    """Whether `text` names a job ("Staff Nurse", "Teacher of Mathematics", "Audit Senior").

    A bracketed note is left out when there is text outside it: "Large Format (62
    colleagues)" names no job, "Staff Nurse (Band 5)" does.
    """
    outside = re.sub(r"\([^()]*\)", " ", text)
    if re.search(r"[A-Za-z]", outside):
        text = outside
    if _trade_name(text) or _names_a_duty(text):
        return False
    return bool(_words()["role"].search(text) or _words()["head_rank"].search(text.strip()))


def _names_a_duty(text: str) -> bool:
    """Whether `text` opens on a noun made from a verb, then "of", with no job word before
    the "of": "Supervision of apiary volunteers" is a duty, "Head of Year" a title."""
    found = re.match(r"^\s*((?:[A-Za-z][\w'’-]*\s+){0,1}([A-Za-z][\w'’-]*))\s+of\s+\S", text)
    if not found:
        return False
    before, head = found.group(1), found.group(2).lower()
    if _words()["role"].search(before) or _words()["head_rank"].search(before):
        return False
    return any(head.endswith(e) for e in _cv_data().get("duty_noun_endings", []))


def names_post(term: str) -> bool:
    """Whether a term names a post, not a skill: its head word is a role noun ("Customer
    Success Manager", "temporary works coordinator", "Officer"), not a word a role noun
    qualifies ("lead generation")."""
    words = re.findall(r"[A-Za-z][\w'-]*", re.sub(r"\([^()]*\)", " ", term))
    return bool(words) and looks_like_title(words[-1])


def title_fields(*titles: str) -> frozenset[Skill]:
    """The fields the job titles' posts name ("Customer Success" of "Customer Success
    Manager", "Social Work" of "Senior Social Worker"): the job itself, never a skill shown,
    claimed or missing. The team or specialism after the post ("– Child Protection") is
    asked for, and a tool or a product a title names ("Python Developer", "Salesforce
    Administrator") is a skill all the same."""
    out: set[Skill] = set()
    for title in titles:
        # The post itself, before its team or specialism ("Social Worker" of "Social Worker –
        # Child Protection Team"), each of its alternatives ("Sister / Charge Nurse").
        head = _TITLE_QUALIFIER.split(title or "", maxsplit=1)[0]
        for post in head.split("/"):
            if not looks_like_title(post):
                continue
            for skill in extract_skills(post):
                if skill.category not in TOOL_CATEGORIES and not is_proper_name(skill):
                    out.add(skill)
    return frozenset(out)


# Where a title's post ends and its team, place or grade begins.
_TITLE_QUALIFIER = re.compile(r"\s+[-–—|]\s+|\s*[,(:]\s*|\s+(?:at|in|for)\s+")


def _trade_name(text: str) -> bool:
    """Whether `text` is a business named for its trade in the plural ("Boots Opticians",
    "Hale Farriers", "Northgate Interpreters"): no job title ends on a plural job word."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() or w in {"&", "and"} for w in words):
        return False
    last = words[-1]
    if not re.fullmatch(r"[A-Za-z]{4,}s", last) or last.endswith("ss"):
        return False
    role = _words()["role"]
    rest = " ".join(words[:-1])
    return bool(role.fullmatch(last) and role.fullmatch(last[:-1]) and not role.search(rest))


def looks_like_organisation(text: str) -> bool:
    """Whether `text` names an organisation ("Salford Royal Hospital", "Acme Ltd").

    "Agency Class 1 Driver", "Bank Healthcare Assistant": a word of how the work was had,
    leading a job, makes no organisation of it."""
    if _basis_then_job(text):
        return False
    return bool(_words()["org"].search(text)) or _trade_name(text)


def _basis_then_job(text: str) -> bool:
    words = text.split()
    if len(words) < 2 or words[0].lower() not in _cv_data()["basis_lead_words"]:
        return False
    rest = " ".join(words[1:])
    return (
        looks_like_title(rest)
        and not _words()["org"].search(rest)
        and bool(_words()["role"].search(words[-1]))
    )


_TITLE_BRACKET_THEN_NAME = re.compile(r"^(.+?\([^()]+\))\s+([A-Z][^()]*)$")


def _after_bracket(piece: str) -> list[str]:
    """ "Reed Voicer (Pipe Organs) Harrison & Harrison Ltd": a title's bracket closes it, so
    an organisation's name right after it (its two columns run together by the intake) is the
    employer, not more of the title."""
    found = _TITLE_BRACKET_THEN_NAME.match(piece.strip())
    if (
        found
        and not looks_like_organisation(found.group(1))
        and not looks_like_title(found.group(2))
        and names_organisation_strongly(found.group(2))
        # "Halcyon Rail (UK) Ltd": a legal ending alone, or a country in the bracket, carries
        # on a firm's name.
        and not all(_suffix_key(w) in _legal_suffixes() for w in found.group(2).split())
        and not is_place(found.group(1).rsplit("(", 1)[1].rstrip(")"))
    ):
        return [found.group(1), found.group(2)]
    return [piece]


def names_organisation_strongly(text: str) -> bool:
    """Whether `text` names an organisation by more than a practice word: "Brightwell
    Communications Ltd" or "Salford Royal Hospital" do, "Financial Services" or "Retail" do not;
    nor do places joined by "and" ("London and South East"), though they read like partners."""
    return (
        bool(_words()["strong_org"].search(text))
        or is_firm_name(text)
        or (names_partners(text) and not is_place(text))
    )


def names_discipline(text: str) -> bool:
    """Whether `text` names a discipline ("Safety Pharmacology", "Cardiology", "Agronomy",
    "Geochemistry", "Orthoptics"): between a title and an employer on one line, the unit that
    practises it; alone beside a title, its speciality, never the employer. Told by the shape
    of its last word (`department_endings`), so "Dendrochronology" counts though no dictionary
    holds it; a name before it ("Renishaw Metrology") or a place ("Oxford Genomics") makes it
    a business."""
    words = _without_brackets(text)[0].split()
    endings = tuple(_cv_data().get("department_endings", []))
    return (
        bool(words and endings)
        and len(words[-1]) > 5
        and words[-1].lower().endswith(endings)
        and not any(w.lower() in ("of", "for") for w in words)
        and not any(_names_a_business(w) for w in words[:-1])
        and not looks_like_organisation(text)
    )


def _names_a_business(word: str) -> bool:
    """A word before a discipline's name that makes the whole a business's name: a name no
    dictionary holds ("Renishaw") or a place ("Oxford"); an acronym ("MSK") qualifies it."""
    bare = word.strip(",.&")
    if not bare[:1].isupper() or bare.isupper():
        return False
    return not is_dictionary_word(bare) or is_place(bare)


def looks_like_department(text: str) -> bool:
    """Whether `text` names a part of an organisation ("Emergency Department"); "Pharmacy
    Department" is one too, though "pharmacy" can name an organisation: the last word says
    what the name is."""
    if not _words()["department"].search(text):
        return False
    words = _without_brackets(text)[0].split()
    ends_as_part = bool(words) and bool(_words()["department"].fullmatch(words[-1]))
    return ends_as_part or not looks_like_organisation(text)


# --- sections -----------------------------------------------------------------------------

_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("projects", re.compile(r"project|portfolio|open.source|side work", re.I)),
    # "Education & Qualifications": what is not a degree or a school there is a certificate.
    ("qualifications", re.compile(r"qualification", re.I)),
    # "Academic appointments" are jobs in a university: the noun names the section.
    (
        "education",
        re.compile(
            r"education|academic(?!\s+(?:appointments|positions|posts|roles|employment|"
            r"experience|career))|degree",
            re.I,
        ),
    ),
    (
        "certifications",
        re.compile(
            r"certif|licen[cs]|accreditation|credential|training|courses|registration|tickets|"
            r"cards|\bmemberships?\b|professional development|\bcpd\b",
            re.I,
        ),
    ),
    (
        "skills",
        re.compile(
            r"skill|technolog|tools|competenc|tech stack|languages|expertise|specialisms|"
            r"^(?:laboratory |lab |research )?techniques$|"
            r"strengths$|capabilities$|proficiencies|^software$|^systems$|knowledge$|"
            # "Equipment & software": what the candidate works with, listed.
            r"^equipment\b|"
            r"^areas of (?:practice|specialism|specialisation)$",
            re.I,
        ),
    ),
    (
        "experience",
        re.compile(
            r"experience|employment|work history|career|positions|professional background|"
            r"roles|placements?|\bposts\b|\bjobs\b|appointments|timeline|chronolog",
            re.I,
        ),
    ),
    ("volunteering", re.compile(r"volunteer", re.I)),
    ("summary", re.compile(r"summary|profile|about|statement|objective|introduction", re.I)),
    ("achievements", re.compile(r"achievement|highlights|accomplishment", re.I)),
    ("other", re.compile(r"interests|hobbies|references|awards|publications|personal", re.I)),
)

_PLAIN_HEADING = re.compile(
    r"^(?:professional |work |relevant |career |employment |key |core |technical |selected )?"
    r"(?:experience|employment(?: history)?|work history|career history|education|"
    r"qualifications|certifications?|certificates|licen[cs]es|skills|projects|"
    r"personal statement|profile|summary|about me|interests|references|achievements|training|"
    r"languages|personal projects|education and \w+|volunteering|courses|tickets|"
    r"accreditations|memberships?|awards|publications|professional development|cpd|timeline)"
    r"\b[\w ,&/'’()-]{0,25}$"
    # Names of a skills list, only on their own ("Tools", "Core competencies").
    r"|^(?:key |core |technical |professional |laboratory |lab |research )?(?:tools|techniques|competenc(?:ies|es?)|"
    r"(?:areas of )?expertise|specialisms|strengths|capabilities|software|systems|equipment)"
    r"(?: (?:and|&) \w+)?$"
    # A field's own name for its skills: "Clinical skills", "Trade skills", "Technical
    # knowledge", "Key strengths", "Knowledge and skills", "Areas of practice".
    r"|^(?:[a-z][\w&'’-]*\s+){1,2}(?:skills|knowledge|strengths|competenc(?:ies|es?))$"
    # "Vocational qualifications", "Industry certifications": a plural no certificate ends on.
    r"|^(?:[a-z][\w&'’-]*\s+){1,2}(?:qualifications|certifications)$"
    r"|^(?:knowledge|skills) (?:and|&) (?:skills|knowledge|competencies|abilities)$"
    r"|^areas of (?:practice|specialism|specialisation|knowledge|strength)$"
    # "Registration & CPD", "Professional registrations": not "Registration number 12345".
    r"|^(?:professional )?registrations?(?: (?:and|&) [a-z ]{2,30})?$",
    re.IGNORECASE,
)


# A heading made of a field's name and a section word ("Kitchen Experience").
_FIELD_HEADING = re.compile(
    r"^(?:[A-Z][\w&’'-]*\s+){1,3}(?:experience|employment(?: history)?|work history|"
    r"career history|positions(?: held)?|roles|posts|jobs|appointments)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _informal_headings() -> dict[str, str]:
    """ "What I do" → "skills": section names written as plain phrases (cv_words.json)."""
    table: dict[str, list[str]] = _cv_data()["informal_headings"]  # type: ignore[assignment]
    return {
        phrase: section
        for section, phrases in table.items()
        if not section.startswith("_")
        for phrase in phrases
    }


def _informal_section(heading: str) -> str | None:
    return _informal_headings().get(heading.strip().rstrip(":").replace("’", "'").lower())


@lru_cache(maxsize=1)
def _heading_line() -> re.Pattern[str]:
    """The usual section names, and the plain phrases some CVs use instead, on their own."""
    phrases = phrase_alternation(_informal_headings())
    return re.compile(rf"{_PLAIN_HEADING.pattern}|^(?:{phrases})$", re.IGNORECASE)


def section_of(heading: str) -> str:
    """The kind of CV section a heading opens ("experience", "education", "skills", ...)."""
    informal = _informal_section(heading)
    if informal:
        return informal
    return next((name for name, rx in _SECTIONS if rx.search(heading)), "other")


def _is_known_section(heading: str) -> bool:
    return bool(_informal_section(heading)) or any(rx.search(heading) for _, rx in _SECTIONS)


# --- positions ----------------------------------------------------------------------------

# Separators between the parts of a role line; " at " only between two capitalised parts.
_SEPARATOR = re.compile(
    r"\s+[|–—·•@]\s+|\s+-\s+|\s+at\s+(?:the\s+(?=[A-Z]))?(?=[A-Z0-9])|,\s+|\t+|\s{3,}"
)
# The names of academic degrees and school qualifications, one list for both patterns below.
_ACADEMIC_NAMES = (
    # "Master of Science", "Master's", "Masters": not the "Master" of "Master Sommelier".
    r"bsc|msc|ba|ma|mba|phd|beng|meng|bed|pgce|pgdip|llb|llm|mpharm|bachelor|"
    r"master(?=\s+of\b)|master'?s|"
    # "A Levels: Maths, …", "AS-level": school qualifications; not "a Level 3 Diploma".
    r"degree|doctorate|hons|gcses?|a-levels?|(?-i:A[- ]?S?[- ]?[Ll]evels?)(?!\s+\d)|highers|baccalaureate"
)
# Any line of education: an academic degree or a vocational diploma.
_DEGREE = re.compile(rf"\b({_ACADEMIC_NAMES}|diploma|btec|hnd|nvq)\b", re.IGNORECASE)
_NAMED_CERTIFICATE = re.compile(
    # "National Award for SEN Coordination (NASENCo), Bath Spa University": an award named
    # first is a credential, though a university gives it.
    r"^(?:professional |advanced |higher |national )?(?:certificate (?:of|in)|award (?:in|for))\b",
    re.I,
)
_CERT_WORDS = re.compile(
    r"\b(certif\w*|certificate|licen[cs]e[ds]?|accredit\w*|chartered|registered|registration|"
    r"card|award|qualified|member of|membership)\b",
    re.IGNORECASE,
)
# A licence or certificate named among the skills ("Driving licence B", "Forklift licence"):
# something held, not a skill. Only as the item's last word or before a category's code:
# "O-licence compliance" is a skill.
_HELD_PAPER = re.compile(
    r"\b(?i:licen[cs]e|certificate)(?:\s+(?i:category\s+)?[A-Z0-9][A-Z0-9+/]{0,4})?$"
)
_COURSE_WORDS = re.compile(r"\b(training|trained|course)\b", re.IGNORECASE)
_PROJECT_WORDS = re.compile(
    r"\b(project|built|build|led|launched|launch|designed|developed|created|introduced|"
    r"migrated|migration|implemented|automated|delivered|shipped|founded|set up|rolled out|"
    r"redesigned|established|organised|organized|ran|won|closed|generated|grew|reduced|"
    r"increased|improved|raised|cut|saved)\b",
    re.IGNORECASE,
)
_METRIC = re.compile(r"\d|%|£|\$|€")
_YEARS_PHRASE = re.compile(
    r"(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years|yrs)\b", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _worded_years() -> re.Pattern[str]:
    """Years written in words ("nine years of experience", "over twenty-five years in")."""
    return re.compile(rf"\b((?:{number_word_pattern()})(?:[\s-]+\w+)?)\s+(?:years|yrs)\b", re.I)


@lru_cache(maxsize=1)
def _career_cues() -> dict[str, frozenset[str]]:
    raw = _cv_data().get("career_years_cues", {})
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


def _career_figure(line: str, match: re.Match[str], whole_line: bool) -> bool:
    """Whether the figure `match` in `line` counts the candidate's career: the line says so
    (`whole_line`) or the words around it do ("with 6 years on", "9 years as"); never a span
    inside it ("for 2 years", "over the last 5 years")."""
    cues = _career_cues()
    before = re.findall(r"[\w']+", line[: match.start()].lower())[-1:]
    if before and before[0] in cues.get("not_after", ()):
        return False
    if whole_line or (before and before[0] in cues.get("before", ())):
        return True
    after = re.match(r"\s*([\w]+|['’])", line[match.end() :])
    return bool(after) and after.group(1).lower() in cues.get("after", ())


def stated_years(line: str) -> list[int]:
    """The years of experience a profile line states, in figures or words ("9 years",
    "nine years", "12+ years", "with 6 years on Vestas platforms"); [] when it states none.
    A stated figure is the candidate's own count: it wins over one summed from the dates of
    their roles."""
    low = line.lower()
    whole_line = "experience" in low or "years in" in low
    found = [
        int(m.group(1)) for m in _YEARS_PHRASE.finditer(line) if _career_figure(line, m, whole_line)
    ]
    for m in _worded_years().finditer(line):
        if not _career_figure(line, m, whole_line):
            continue
        words = m.group(1)
        value = spelled_value(words)
        if value is None:
            # "nine more years": the number word alone.
            value = spelled_value(words.split()[0].split("-")[0])
        if value is not None and 0 < value <= 60 and value == int(value):
            found.append(int(value))
    return found


def split_top_level(text: str, separator: re.Pattern[str] | None = None) -> list[str]:
    """`text` cut at separators (" – ", " | ", ", ", " at ") that are outside brackets."""
    separator = separator or _SEPARATOR
    pieces: list[str] = []
    depth, start = 0, 0
    i = 0
    quoted = False  # inside '"Low Tide at Kessock"', a show's name: no separator counts
    while i < len(text):
        ch = text[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif (ch == '"' and text.count('"') % 2 == 0) or ch in "“”":
            quoted = ch == "“" or (ch == '"' and not quoted)
        elif depth == 0 and not quoted:
            m = separator.match(text, i)
            if m and m.end() > i:
                pieces.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip(" ,;|-–—")]


_STRONG_SEPARATOR = re.compile(
    r"\s+[|–—·•@]\s+|\s+-\s+|\s+at\s+(?:the\s+(?=[A-Z]))?(?=[A-Z0-9])|\t+|\s{3,}"
)
_COMMA = re.compile(r",\s+")


def role_pieces(line: str) -> list[str]:
    """The parts of a role line: strong separators first, then commas where they part names.

    "Account Executive, Mid-Market UK&I | Ledgerly" keeps its title whole: when a line has
    strong separators, a comma inside a title only splits off an organisation or department.
    """
    if len(line.split()) > 16 and _long_role_line(line):
        # "Lead Technician — Siemens Gamesa, Scroby Sands and East Anglia One wind farms":
        # after the employer's name, a long line lists its sites or contracts, no other part.
        strong = split_top_level(line, _STRONG_SEPARATOR)
        line = " — ".join([strong[0], *(split_top_level(p, _COMMA)[0] for p in strong[1:])])
    line = _client_apart(line)
    pieces = [
        part for p in _join_progressions(_role_pieces(line), line) for part in _after_bracket(p)
    ]
    # '"Small Island" – Eclipse Touring': a quoted name is the show or the project, never the
    # employer or the job, when the line names something else.
    named = [p for p in pieces if not _QUOTED_NAME.fullmatch(p.strip())]
    if named and len(named) < len(pieces):
        return named
    # '"The Lighthouse Keeper" UK tour' between the job and the company: the production,
    # dropped when a title and an employer are still named beside it.
    unquoted = [p for p in pieces if not _names_a_work(p)]
    return unquoted if len(unquoted) >= 2 and len(unquoted) < len(pieces) else pieces


_QUOTED_NAME = re.compile(r"[\"“‘'][^\"“”‘’]+[\"”’']")


def _names_a_work(piece: str) -> bool:
    """Whether a piece opens on a quoted name ('"Small Island" UK tour'): a show, a book or a
    campaign, whose words ("Keeper", "Doctor") name no job of the candidate's."""
    return _QUOTED_NAME.match(piece.strip()) is not None


def latest_title(title: str) -> str:
    """The title a grown job ended on: "Store Supervisor, later Assistant Store Manager" →
    "Assistant Store Manager"; any other title as it is."""
    parts = re.split(r",\s+|\s+[–—-]\s+", title)
    for index in range(len(parts) - 1, 0, -1):
        m = _words()["progression"].match(parts[index])
        if m:
            return parts[index][m.end() :].strip() or title
    return title


def _join_progressions(pieces: list[str], line: str) -> list[str]:
    """ "Store Supervisor, later Assistant Store Manager": a piece that says how the job
    grew ("later", "promoted to") belongs to the title before it."""
    words = _words()["progression"]
    out: list[str] = []
    for piece in pieces:
        if out and words.match(piece):
            start = line.find(out[-1])
            end = line.find(piece, start + len(out[-1]))
            if start >= 0 and end >= 0:
                out[-1] = line[start : end + len(piece)]
                continue
        out.append(piece)
    return out


# "Dog Groomer, Pets at Home, Newport": after a comma, " at " between common words is inside
# a brand's name ("Pets at Home"), not the "Title at Employer" joint; a name after it ("Nurse,
# ICU at St Mary's") still parts.
_NAME_WITH_AT = re.compile(
    r"(?<=,\s)([A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?) at ([A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)"
    r"(?=\s*(?:$|,|\s[|–—·•-]\s|\t|\s{3}))"
)
_KEPT_AT = " at\u2060 "


def _keep_names_with_at(line: str) -> str:
    def keep(m: re.Match[str]) -> str:
        words = f"{m.group(1)} {m.group(2)}".split()
        if all(is_dictionary_word(w.lower()) for w in words):
            return f"{m.group(1)}{_KEPT_AT}{m.group(2)}"
        return m.group(0)

    def keep_person(m: re.Match[str]) -> str:
        words = m.group(1).split()
        if any(is_dictionary_word(w.lower()) for w in words) or looks_like_title(m.group(1)):
            return m.group(0)
        return f"{m.group(1)}{_KEPT_AT}"

    return _PERSON_AT.sub(keep_person, _NAME_WITH_AT.sub(keep, line))


# "Hélène Darroze at The Connaught": a name in words no dictionary holds (a chef's, a designer's) before
# " at " is a place named after a person inside another, not a title: no "Title at Employer".
_PERSON_AT = re.compile(
    r"(?:^|(?<=,\s))([A-Z][a-zß-ÿ'’-]+(?: [A-Z][a-zß-ÿ'’-]+){0,2}) at (?=(?:[Tt]he )?[A-Z])"
)


def _role_pieces(line: str) -> list[str]:
    if " at " in line:
        kept = _keep_names_with_at(line)
        if kept != line:
            return [p.replace(_KEPT_AT, " at ") for p in _role_pieces_of(kept)]
    return _role_pieces_of(line)


_EMPLOYER_COLON = re.compile(r"^([A-Z][^:|–—]{1,80}?):\s+(\S.*)$")


def _employer_before_colon(line: str) -> list[str] | None:
    """ "Met Office: Operational Meteorologist, 2019 → present": a name that is no job before
    a colon, and a job after it, is the employer, as a heading of the line. A field label
    ("Position: …", "Employer: …") is none."""
    m = _EMPLOYER_COLON.match(line.strip())
    if not m:
        return None
    name = m.group(1).strip()
    # "Current: Head Chef, …" names when, not who.
    labels = {w.lower() for w in [*_cv_data()["table_header_words"], *_cv_data()["ongoing_words"]]}
    if name.lower() in labels or looks_like_title(name) or _informal_section(name):
        return None
    rest = _role_pieces_of(m.group(2))
    if not rest or not looks_like_title(rest[0]) or _ends_as_organisation(rest[0]):
        return None
    return [name, *rest]


def _role_pieces_of(line: str) -> list[str]:
    colon = _employer_before_colon(line)
    if colon is not None:
        return colon
    strong = split_top_level(line, _STRONG_SEPARATOR)
    scoped = _title_with_scope(line)
    if scoped is not None:
        return scoped
    if len(strong) == 1:
        return _rejoin_firms(split_top_level(line), line)
    out: list[str] = []
    for at, piece in enumerate(strong):
        parts = split_top_level(piece, _COMMA)
        qualifiers = parts[1:]
        if (
            looks_like_title(parts[0])
            and not _ends_as_organisation(parts[0])
            and not _names_a_work(parts[0])
            and qualifiers
            and not any(
                looks_like_title(q) or looks_like_organisation(q) or looks_like_department(q)
                for q in qualifiers
            )
            and not _brand_beside_place(qualifiers, strong[at + 1 :])
        ):
            out.append(piece)
        else:
            out.extend(_rejoin_firms(parts, piece, more_after=at < len(strong) - 1))
    return out


def _brand_beside_place(qualifiers: list[str], later: list[str]) -> bool:
    """Whether "Connells" in "Sales Negotiator, Connells – Wokingham" is the employer, not a
    part of the title: one word that is a name (no dictionary, field or skill word), and after
    it only a place (names with no job, organisation or team word). "Assistant Buyer,
    Womenswear – Leeds" keeps its line of work, a field word the dictionary lacks."""
    if len(qualifiers) != 1 or not later:
        return False
    word = qualifiers[0]
    words = word.split()
    if (
        1 < len(words) <= 4
        and all(w[:1].isupper() or w in {"&", "and", "of"} for w in words)
        and any(_is_surname(w.replace("’", "'").split("'")[0]) for w in words)
        and all(is_place(p) for p in later)
    ):
        # "Vineyard Manager, Ridgeview Estate – West Sussex": a name of several words, one
        # no dictionary knows, before a town is the employer.
        return True
    if not re.fullmatch(r"[A-Z][a-z'’]*[A-Za-z'’]*", word) or word.isupper():
        return False
    if not _is_surname(word.replace("’", "'").split("'")[0]) or extract_skills(word):
        return False
    return all(_names_a_place(p) for p in later)


def _names_a_place(text: str) -> bool:
    """Whether `text` could be a town or region: one to three capitalised words, none a job,
    organisation or team word, and no digits. A country in brackets after it ("Blenheim (New
    Zealand)", as Europass writes a town) leaves it a place."""
    bracket = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text.strip())
    if bracket and _names_a_place(bracket.group(2)):
        text = bracket.group(1)
    words = text.split()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() or w.lower() in {"on", "upon", "le", "de"} for w in words)
        and not re.search(r"\d", text)
        and not (looks_like_title(text) or looks_like_organisation(text))
        and not looks_like_department(text)
        and not has_range(text)
    )


def _title_with_scope(line: str) -> list[str] | None:
    """ "Category Manager: IT, Facilities and Professional Services" is one title: a colon
    after a job opens the list of what it covers, which no organisation's name ends."""
    m = re.match(r"^([^:|–—]{3,60}):\s+([^|–—]+)$", line.strip())
    if not m or not looks_like_title(m.group(1)) or looks_like_organisation(m.group(1)):
        return None
    scope = [p.strip() for p in re.split(r",\s+|\s+(?:and|&)\s+", m.group(2)) if p.strip()]
    if any(names_organisation_strongly(p) or looks_like_title(p) or has_range(p) for p in scope):
        return None
    return [line.strip()]


def _ends_as_organisation(text: str) -> bool:
    """Whether the last word of `text` (brackets aside) names an organisation: "Kirby + Hale
    Architects" is a firm though "architect" is also a job; "Store Manager" is a job."""
    words = _without_brackets(text)[0].split()
    if not words:
        return False
    last = words[-1]
    # A practice is named by its members in the plural ("Hale + Moss Dentists", "… Vets"); a
    # title names one job.
    plural_job = (
        len(words) >= 2
        and last.lower().endswith("s")
        and not last.lower().endswith("ss")
        and bool(_words()["role"].fullmatch(last))
        and bool(_words()["role"].fullmatch(last[:-1]))
    )
    return bool(_words()["org"].fullmatch(last)) or plural_job


# One to three capitalised words, as a partner's surname is written ("Hartley", "Mac Aodha").
_SURNAMES = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}$")


def _rejoin_firms(pieces: list[str], line: str, more_after: bool = False) -> list[str]:
    """Pieces cut at a comma inside a firm's name joined again: "Hartley", "Quinn & Co LLP"
    is "Hartley, Quinn & Co LLP"; "Northgate Hospital", "Harrogate" stays two pieces.

    The part after the comma must end on a legal suffix or a partnership word, and the part
    before it must be names only (no job, team or organisation word): "Employer, Town" is
    the usual order, so a town is never joined. Without partners joined by "&" or "and"
    ("Smith, Jones Ltd", "Rossi, Bianchi S.r.l."), the name before the comma could also be
    a town written first ("Solicitor, Leeds, Quinn Ltd"), so the two are joined only when
    they are all of their cell (between pipes or dashes, or a line of their own) or when a
    part follows the firm (its town: a line names one place).
    """
    out: list[str] = []
    for index, piece in enumerate(pieces):
        previous = out[-1] if out else None
        alone = len(pieces) == 2
        followed = more_after or index < len(pieces) - 1
        if (
            previous is not None
            and f"{previous}, {piece}" in line
            and _continues_firm(previous, piece, named_alone=alone or followed)
        ):
            out[-1] = f"{previous}, {piece}"
        else:
            out.append(piece)
    return out


def _continues_firm(before: str, after: str, named_alone: bool = False) -> bool:
    partners = re.match(r"^(?:&|and)\s", after) or re.search(r"\s(?:&|and)\s+[A-Z&]", after)
    return bool(
        (partners or (named_alone and len(before.split()) <= 2))
        and is_firm_name(after)
        and _SURNAMES.match(before)
        and not (
            looks_like_title(before)
            or looks_like_organisation(before)
            or looks_like_department(before)
        )
    )


def _balance(text: str) -> str:
    """`text` with brackets balanced: an unclosed "(" cuts the text, a stray ")" goes."""
    out: list[str] = []
    opened: list[int] = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in text:
        if ch in "([{":
            opened.append(len(out))
        elif ch in ")]}":
            # A closing bracket of another kind than the last opened one ("{)") is stray.
            if not opened or out[opened[-1]] != pairs[ch]:
                continue
            opened.pop()
        out.append(ch)
    cut = opened[0] if opened else len(out)
    return "".join(out[:cut])


def tidy_name(text: str) -> str:
    """A title or organisation name fit to quote: brackets balanced, no dangling words.

    Returns "" when nothing name-like is left (a lower-case phrase is prose, not a name).
    """
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    text = _balance(text)
    trailing = _words()["trailing"]
    previous = None
    while previous != text:
        previous = text
        text = text.strip(" \t,;:|–—-/·•.")
        words = text.split()
        # "Nordvind Service AS": a legal ending in capitals closes a firm's name.
        legal = (
            len(words) > 1 and words[-1].isupper() and _suffix_key(words[-1]) in _legal_suffixes()
        )
        if words and trailing.fullmatch(words[-1]) and not legal:
            text = " ".join(words[:-1])
        if words and trailing.fullmatch(words[0]) and words[0].lower() not in ("the", "a"):
            text = " ".join(text.split()[1:])
    if not text:
        return ""
    first = text.split()[0]
    # Prose starts in lower case; names do not (a few brands do: "eBay", "iCIMS").
    if first[:1].islower() and not any(c.isupper() for c in first[1:]):
        return ""
    if not re.search(r"[A-Za-z]", text):
        return ""
    return text


def _without_brackets(text: str) -> tuple[str, str | None]:
    """("Parcelwise", "logistics SaaS") from "Parcelwise (logistics SaaS)"."""
    m = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", text)
    if m and m.group(1).strip():
        return m.group(1).strip(), m.group(2).strip()
    return text, None


@dataclass(frozen=True)
class Position:
    """One position on a CV."""

    title: str
    employer: str | None
    start_year: int | None
    end_year: int | None
    is_current: bool
    highlights: tuple[str, ...]
    start_month: int | None = None
    end_month: int | None = None
    department: str | None = None
    """The part of the employer ("Emergency Department"), when the CV names one."""
    employer_note: str | None = None
    """What the CV says about the employer in brackets ("logistics SaaS")."""
    location: str | None = None
    heading: str = ""
    """The CV text the role was read from (title, employer and dates lines)."""
    volunteer: bool = False
    """Listed under a volunteering heading: never taken for the current job."""

    @property
    def own_account(self) -> str:
        """How the CV says the role was worked for oneself ("self-employed", "freelance")
        when its employer names no employer but that ("Self-employed", "Freelance"); ""
        otherwise."""
        return own_account(self.employer or "")

    def describe(self) -> str:
        """ "Senior Engineer at Acme Corp", or whichever half is known; a role worked for
        oneself is no employer's ("Plumber (self-employed)")."""
        if self.title and self.own_account:
            return f"{self.title} ({self.own_account})"
        if self.title and self.employer:
            return f"{self.title} at {self.employer}"
        return self.title or self.employer or ""


def own_account(employer: str) -> str:
    """ "self-employed" or "freelance" when an employer as the CV writes it only says the
    work was on one's own account ("Self-employed", "Freelance", "Sole trader"); ""
    for an employer's name."""
    key = " ".join(re.findall(r"[a-z]+(?:-[a-z]+)?", employer.lower()))
    return _cv_data().get("own_account_words", {}).get(key, "")


def _split_glued(text: str) -> tuple[str, str] | None:
    """("Store Manager", "Aldi Stores Ltd") from "Store Manager Aldi Stores Ltd", when a job
    word (and its bracket) is followed by capitalised words naming an organisation."""
    for match in reversed(list(_words()["role"].finditer(text))):
        end = match.end()
        bracket = re.match(r"\s*\([^()]*\)", text[end:])
        if bracket:
            end += bracket.end()
        head, tail = text[:end].strip(), text[end:].strip()
        tail_words = tail.split()
        if head.count("(") != head.count(")"):
            continue  # a cut inside a bracket
        if not tail_words or not tail[:1].isupper() or len(tail_words) > 8:
            continue
        # A firm named by its profession in the plural ("Bright Law Solicitors") is no title.
        last = tail_words[-1]
        tail_title = looks_like_title(" ".join(tail_words[:-1])) or (
            looks_like_title(last) and not last.lower().endswith("s")
        )
        if looks_like_organisation(tail) and not tail_title:
            return head, tail
    return None


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    return frozenset(_cv_data()["lower_case_words"])


def recase(title: str) -> str:
    """ "Chef de Partie" from "CHEF DE PARTIE", "Avon Fire and Rescue Service" from "AVON FIRE
    AND RESCUE SERVICE"; names in mixed case as written. Acronyms stay capitals ("HR", "NHS",
    "KPMG", "SAP"), small words ("de", "of") go lower case."""
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 5 or not all(c.isupper() for c in letters):
        return title
    small = _small_words()
    common = float(_cv_data()["acronym_common_word_zipf"])  # type: ignore[arg-type]
    forms: dict[str, str] = _cv_data()["recased_forms"]  # type: ignore[assignment]

    def word(match: re.Match[str]) -> str:
        w = match.group(0)
        if w.lower() in small and match.start() > 0:
            return w.lower()
        if w.lower() in forms:
            return forms[w.lower()]  # "LTD" → "Ltd"
        if not re.search(r"[AEIOUY]", w[1:]):
            return w  # no vowel after the first letter: HR, NHS, KPMG
        if len(w) <= 3 and zipf_frequency(w.lower(), "en") < common:
            return w  # a short word no one writes in prose: SAP, ITV
        return w[:1] + w[1:].lower()

    return re.sub(r"[A-Za-z][A-Za-z'’]*", word, title)


@lru_cache(maxsize=1)
def _client_leads() -> str:
    return "|".join(re.escape(w).replace(r"\ ", "[\\s\u2060]+") for w in _cv_data()["client_leads"])


@lru_cache(maxsize=1)
def _client_lead() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_client_leads()})[\s\u2060]*(?=[A-Z0-9])(.+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _client_in_line() -> re.Pattern[str]:
    return re.compile(rf"\s*[,;|–—-]?\s+({_client_leads()})\s*(?=[A-Z0-9])", re.IGNORECASE)


def _client_apart(line: str) -> str:
    """ "…, assigned to Vestas": the client set apart as a part of its own."""
    return _client_in_line().sub(lambda m: f" | {m.group(1)} ", line)


@lru_cache(maxsize=1)
def _client_stems() -> frozenset[str]:
    """ "placed", "on assignment": a lead whose "at" parted the line before the client."""
    return frozenset(w.rsplit(" ", 1)[0] for w in _cv_data()["client_leads"] if " " in w)


def _assign(pieces: list[str]) -> dict[str, str | None]:
    """Title, employer, department, location and note from the parts of a role heading.

    "Contract Wind Technician (via Matchtech), assigned to Vestas": the client the worker was
    placed with is the employer the work was for; the agency stays a note on it."""
    client = None
    kept: list[str] = []
    for index, piece in enumerate(pieces):
        lead = _client_lead().match(piece.strip())
        if lead and client is None and tidy_name(lead.group(1)):
            client = tidy_name(lead.group(1))
            continue
        if (
            client is None
            and piece.strip().lower() in _client_stems()
            and index + 1 < len(pieces)
            and tidy_name(pieces[index + 1])
        ):
            # "placed" / "Leeds City Council": the line was parted at the lead's "at".
            client = tidy_name(pieces[index + 1])
            kept.extend(pieces[index + 2 :])
            break
        kept.append(piece)
    if client is None:
        return _assign_parts(pieces)
    found = _assign_parts(kept)
    if not found["title"]:
        return _assign_parts(pieces)
    title, note = found["title"], found["employer"]
    bracket = re.match(r"^(.+?)\s*\(([^()]+)\)$", title)
    if bracket and _AGENCY_TERMS.match(bracket.group(2)):
        title, note = bracket.group(1), bracket.group(2)
    return dict(found, title=title, employer=client, note=note, guessed=None, only_department=None)


def _assign_parts(pieces: list[str]) -> dict[str, str | None]:
    parts = [tidy_name(p) for p in pieces]
    parts = [p for p in parts if p]
    # "Hartwell & Shaw Estate Agents" holds a job word, but a firm's name is no title.
    title = next(
        (
            p
            for p in parts
            if looks_like_title(p) and not looks_like_organisation(p) and not _firm(p)
        ),
        None,
    ) or next((p for p in parts if looks_like_title(p) and not _firm(p)), None)
    if title is None and len(parts) == 1 and looks_like_title(parts[0]):
        title = parts[0]  # "Store Manager Aldi Stores Ltd", split just below
    rest = [p for p in parts if p is not title]
    if title is not None and not rest:
        # "Paralegal Smith & Co Solicitors": a tab between the two was lost on the way in.
        joined = _split_glued(title)
        if joined is not None:
            title, employer_part = joined
            parts = [title, employer_part]
            rest = [employer_part]
    guessed = title is None
    # "Steinway & Sons, London": a name then its town is an employer; the title is elsewhere.
    employer_at_place = len(rest) == 2 and is_place(rest[1]) and not is_place(rest[0])
    # "Severn Trent Water — Church Wilne WTW": a name, then its site, is an employer too.
    employer_at_place = employer_at_place or (
        len(rest) == 2 and names_site(rest[1]) and not names_site(rest[0])
    )
    if title is None and len(rest) >= 2 and not employer_at_place:
        # No known job word: the first part is the title unless only it names an organisation.
        first, second = rest[0], rest[1]
        title = (
            second
            if looks_like_organisation(first) and not looks_like_organisation(second)
            else first
        )
        rest.remove(title)
    # "School of Geography, University of Leeds": a unit of the organisation named after it.
    units = [
        p
        for i, p in enumerate(rest[:-1])
        if re.match(r"(?:school|faculty|department|division|institute|centre|center) of\b", p, re.I)
        and re.search(r"\b(?:university|college|hospital|trust)\b", rest[i + 1], re.I)
    ]
    department = units[0] if units else next((p for p in rest if looks_like_department(p)), None)
    candidates = [p for p in rest if p is not department]
    # "Account Director – Financial Services" above "Brightwell Communications Ltd": a practice
    # named by a word like "Services" gives way to a name that is surely an organisation.
    # "Merchandise Administrator – Harrogate": a town alone is where the job was, never who
    # employed them; the employer may be on another line.
    # "Field Technician, Dendrochronology": a discipline is what the work was in, never who
    # employed them; the employer may be on another line.
    # "Severn Trent Water — Church Wilne WTW": a site of the organisation is where the job
    # was, not who employed them, when another part can be the employer.
    sites = [p for p in candidates if names_site(p)]
    pool = [p for p in candidates if p not in sites]
    if not any(not is_place(p) and not names_discipline(p) for p in pool):
        pool = candidates
    employer = (
        next((p for p in pool if names_organisation_strongly(p)), None)
        or next((p for p in pool if looks_like_organisation(p)), None)
        or next((p for p in pool if not is_place(p) and not names_discipline(p)), None)
        # "Lift Engineer, Otis, Birmingham": a name of towns only abroad, then the town
        # where the job was, is the employer named like a town.
        or next(
            (
                a
                for a, b in zip(candidates, candidates[1:], strict=False)
                if names_town_elsewhere(a, b)
            ),
            None,
        )
    )
    qualifier = None
    if employer is not None and employer == next(iter(candidates), None):
        # "Senior Underwriter – Commercial Property, Harcourt Mutual Insurance": a part made
        # of dictionary words only is a line of work; the employer is the name after it.
        # A town with its country ("Blenheim (New Zealand)") is where, not who.
        # A one-word name counts when its town follows ("Safety Pharmacology, AstraZeneca,
        # Cambridge"): a name, then where it is, as an employer is written.
        named = next(
            (
                p
                for i, p in enumerate(candidates[1:], start=1)
                if _has_proper_name(p)
                and (
                    len(p.split()) >= 2 or (i + 1 < len(candidates) and is_place(candidates[i + 1]))
                )
                and not is_place(_without_brackets(p)[0])
            ),
            None,
        )
        # "National Trust, Longshaw Estate": a name with an organisation's word stays the
        # employer, though its words are all in the dictionary; the estate is the site.
        # "Network Rail, Bentley Jn": a name that looks like an organisation stays the
        # employer beside a site that does not.
        # "Premier Inn, Edinburgh Haymarket": a town and a name after it is a branch of the
        # employer named first, not an employer of its own.
        if (
            named is not None
            and not _place_led(named)
            and named not in sites
            and _common_words_only(employer)
            and not names_organisation_strongly(employer)
            and (looks_like_organisation(named) or not looks_like_organisation(employer))
        ):
            qualifier, employer = employer, named
            candidates = [p for p in candidates if p is not qualifier]
    if department is None and employer is not None:
        department = next(
            (
                p
                for p in candidates
                if p is not employer
                and p not in sites
                and looks_like_organisation(p)
                and not names_organisation_strongly(p)
            ),
            None,
        )
        if department is not None:
            candidates.remove(department)
    parent = None
    if _unit_of(department, employer, parts):
        # "Bodleian Libraries, University of Oxford": a body of its own name, then the larger
        # one it belongs to. The named unit is where they worked; the parent is its context.
        employer, parent, department = department, employer, None
        candidates = [p for p in candidates if p is not parent]
    elif employer is not None and employer in parts and employer in candidates:
        # The same with both named strongly ("Ashmolean Museum, University of Oxford"): the
        # organisation right after the employer is its parent, not where the job was.
        at = parts.index(employer)
        after = parts[at + 1] if at + 1 < len(parts) else None
        if (
            after is not None
            and after in candidates
            and after is not employer
            and names_organisation_strongly(after)
            and not is_place(after)
            and after not in sites
            and _has_proper_name(employer)
            and not looks_like_department(employer)
        ):
            parent = after
            candidates.remove(after)
    only_department = (
        employer is None
        and department is not None
        and title is not None
        and not names_discipline(department)
    )
    if only_department:
        # Only a department is named: better than nothing, it is where they worked.
        employer, department = department, None
    if employer is not None:
        # "Wrightington, Wigan and Leigh NHS Foundation Trust": a list of places closed by
        # "and" is one name, though the first comma split it.
        at = parts.index(employer)
        before = parts[at - 1] if at >= 1 else None
        if (
            before is not None
            and before in candidates
            and re.match(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? and [A-Z]", employer)
            and len(before.split()) <= 2
            and not (looks_like_title(before) or looks_like_organisation(before))
        ):
            candidates.remove(before)
            employer = f"{before}, {employer}"
    location = next((p for p in sites if p is not employer), None) or next(
        (p for p in candidates if p is not employer), None
    )
    if (
        department is None
        and location is not None
        and (
            employer is None or employer in parts and parts.index(location) < parts.index(employer)
        )
        and names_discipline(location)
    ):
        # "Staff Nurse, Cardiology, Royal Brompton Hospital": the discipline before the
        # employer is the unit there, not where the job was.
        department = location
        location = next((p for p in candidates if p not in (employer, department)), None)
    note = None
    if employer:
        employer, note = _without_brackets(employer)
    if parent is not None and note is None:
        note = parent
    return {
        "title": recase(title) if title else "",
        "employer": recase(employer) if employer else employer,
        "department": department,
        "location": location,
        "note": note,
        # How sure the title is, and whether the line names the title or the employer
        # first: a guess is checked against the order the rest of the CV uses.
        "qualifier": qualifier,
        "guessed": "yes" if guessed and title and employer else None,
        "only_department": "yes" if only_department else None,
        "order": _order(parts, title, employer),
    }


def _unit_of(unit: str | None, parent: str | None, parts: list[str]) -> bool:
    """Whether `unit`, right before `parent` on the line, is an organisation of its own name
    that belongs to it ("Bodleian Libraries, University of Oxford", "Jodrell Bank Observatory,
    University of Manchester"): a name no dictionary holds and an organisation's word, not a
    part named by its function ("Emergency Department", "School of Geography")."""
    if unit is None or parent is None or unit not in parts or parent not in parts:
        return False
    return (
        parts.index(parent) == parts.index(unit) + 1
        and _has_proper_name(unit)
        and looks_like_organisation(unit)
        and not looks_like_department(unit)
        and not looks_like_title(unit)
        and not is_place(unit)
    )


def names_site(text: str) -> bool:
    """Whether `text` names a site or branch of an organisation by its last word
    ("Church Wilne WTW", "Kempston store", "Avonmouth depot"; `site_words`)."""
    bare = _without_brackets(text)[0].strip().lower()
    return any(
        bare == word or bare.endswith(" " + word) for word in _cv_data().get("site_words", [])
    )


def _place_led(text: str) -> bool:
    """ "Edinburgh Haymarket", "Leeds Kirkstall": a known town, then one capitalised name no
    dictionary holds, is a branch named by where it is; "Halden Pharma Ireland" or "Oxford
    Instruments", a town and common words, is a firm named after its town."""
    words = _without_brackets(text)[0].split()
    if len(words) < 2 or looks_like_organisation(text) or is_place(text):
        return False
    place, last = " ".join(words[:-1]), words[-1]
    return (
        is_place(place)
        and last[:1].isupper()
        and not last.isupper()
        and not is_dictionary_word(last)
    )


def _has_proper_name(text: str) -> bool:
    return any(w[:1].isupper() and not is_dictionary_word(w) for w in re.findall(r"[\w'’-]+", text))


def _field_words_only(text: str) -> bool:
    """Dictionary words or names of fields of study ("Food Microbiology", "Endocrinology")."""
    words = re.findall(r"[A-Za-z'’-]+", text)
    return bool(words) and all(is_dictionary_word(w) or _names_a_field(w) for w in words)


def _common_words_only(text: str) -> bool:
    words = re.findall(r"[A-Za-z'’-]+", text)
    return bool(words) and all(is_dictionary_word(w) for w in words)


def _order(parts: list[str], title: str | None, employer: str | None) -> str | None:
    if not title or not employer:
        return None
    tidy = [_without_brackets(p)[0] for p in parts]
    try:
        return "title" if parts.index(title) < tidy.index(employer) else "employer"
    except ValueError:
        return None


def _is_heading_candidate(block: Block) -> bool:
    # A line that may name a role: not a bullet, not prose, not contact details.
    text = block.text
    return (
        block.kind == "line"
        and (len(text.split()) <= 16 or _long_role_line(text))
        and not _ends_sentence(text)
        and not is_contact(text)
    )


_LONG_ROLE_WORDS = 26
"""The most words a role line may have when it opens on a job title before a strong
separator: "Lead Technician — Siemens Gamesa, Scroby Sands and East Anglia One offshore
wind farms" names the sites after the employer."""


def _long_role_line(text: str) -> bool:
    """Whether a line longer than a heading still names a role: a short job title, then a
    strong separator (" — ", " | ") and the employer with its sites or scope."""
    if len(text.split()) > _LONG_ROLE_WORDS:
        return False
    first = split_top_level(text, _STRONG_SEPARATOR)
    return (
        len(first) >= 2
        and len(first[0].split()) <= 7
        and "," not in first[0]
        and looks_like_title(first[0])
        and not looks_like_organisation(first[0])
    )


def _ends_sentence(text: str) -> bool:
    """Whether `text` ends like a sentence: "Rossi, Bianchi S.r.l." and "Acme Inc." end on
    an abbreviation's dot, not a full stop."""
    if not text.endswith("."):
        return False
    last = text.split()[-1]
    return not (is_firm_name(text) or re.fullmatch(r"(?:[A-Za-z]\.){2,}[A-Za-z]*\.?", last))


def _lists_settings(line: str) -> bool:
    """Whether a line under a role lists where the work was, in lower case after its first
    word ("Police, courts, tribunals and immigration"): a list of settings names no employer."""
    parts = [p.strip() for p in re.split(r",|\s+(?:and|&)\s+", line) if p.strip()]
    return len(parts) >= 3 and all(p[:1].islower() for p in parts[1:])


def _weak_employer(
    found: dict[str, str | None], pieces_line: list[str], below: list[str]
) -> str | None:
    """The employer read from the role line when it names no organisation ("Womenswear" in
    "Assistant Buyer, Womenswear | 2023 – present") and the next line starts with one
    ("Next plc, Head Office"): then it is more likely part of the title or a team."""
    employer = found["employer"]
    if not employer or not below or found["guessed"] or names_organisation_strongly(employer):
        return None
    if employer not in [tidy_name(p) for p in pieces_line]:
        return None
    first = tidy_name(next(iter(role_pieces(below[0])), ""))
    if not first or looks_like_title(first):
        return None
    # "Account Director – Financial Services" over "Brightwell Communications Ltd": a practice
    # word gives way only to a name that is surely an organisation.
    if looks_like_organisation(employer):
        return employer if names_organisation_strongly(first) else None
    if _field_words_only(employer) and _has_proper_name(first) and len(first.split()) >= 2:
        # "Senior Scientist – Food Microbiology" over "Eurofins Food Testing UK": a line of
        # work in plain words gives way to a name below it.
        return employer
    return employer if looks_like_organisation(first) else None


def _qualify_title(
    found: dict[str, str | None], part: str, line: str, joints: tuple[str, ...] = (", ",)
) -> dict[str, str | None]:
    """Give `part` back to the title it qualified ("Assistant Buyer, Womenswear"), or keep it
    as the team when it names one."""
    out = dict(found)
    if out["location"] == part:
        out["location"] = None
    # "Principal Scientist, Safety Pharmacology, AstraZeneca": a discipline listed between
    # title and employer is the unit; "Senior Scientist – Food Microbiology" is a speciality.
    listed_unit = (
        names_discipline(part)
        and bool(out["title"] and out["employer"])
        and f"{out['title']}, {part}, {out['employer']}".lower() in line.lower()
    )
    if looks_like_department(part) or listed_unit:
        out["department"] = out["department"] or part
    else:
        for joint in joints:
            if out["title"] and f"{out['title']}{joint}{part}".lower() in line.lower():
                out["title"] = f"{out['title']}{joint}{part}"
                if out["department"] == part:
                    out["department"] = None  # back in the title, it is no team as well
                break
    return out


def _employer_first(found: dict[str, str | None], below: list[str]) -> dict[str, str | None]:
    """On a line below the title, "Citizens Advice Leeds, Advice Services" names the employer
    first and its part after it: the first name there is the employer."""
    names = [tidy_name(p) for p in below]
    names = [n for n in names if n and n != found["title"]]
    if not names or found["employer"] not in names[1:]:
        return found
    first = names[0]
    if looks_like_department(first) or looks_like_title(first):
        return found
    if names_organisation_strongly(str(found["employer"])) and not looks_like_organisation(first):
        # "Pathology, Frimley Health NHS Foundation Trust": a bare name before a surely
        # organisational one is the part of it they worked in.
        out = dict(found, department=found["department"] or first)
        if out["location"] == first:
            out["location"] = None
        return out
    employer, note = _without_brackets(first)
    out = dict(found)
    out["department"] = found["department"] or found["employer"]
    out["employer"], out["note"] = employer, note
    if out["location"] == first:
        out["location"] = None
    return out


def _heads_dated_titles(
    made: tuple[Position, int, tuple[str | None, bool]], items: list[Block], index: int
) -> str | None:
    """Whether a dated line naming only an employer (its title a guess) heads dated job
    lines: "titles" when they name no employer of their own, "postings" when what they name
    beside the title is a part of it (a ship, a base, a unit); None when it heads none."""
    role, used_below, (_, guessed) = made
    # "Hillside Primary School, Bristol | 2013 – 2019": no title, or one only guessed.
    if not ((guessed or not role.title) and role.employer) or used_below or index + 1 >= len(items):
        return None
    following = items[index + 1]
    span = find_range(following.text)
    if following.kind != "line" or span is None:
        return None
    before = re.sub(r"[(\[]\s*$", "", following.text[: span.begin])
    own = _assign(role_pieces(before) + role_pieces(following.text[span.end :].strip(" )]")))
    if not own["title"] or own["guessed"]:
        return None
    if not _employer_of_its_own(own):
        return "titles"
    # "ROYAL NAVY, 2005 – 2019" over "Petty Officer, HMS Sutherland, 2009 – 2014": a name no
    # organisation word marks, dated within the heading's years, is a posting in it.
    within = span.start_year >= role.start_year and (
        role.is_current or (span.end_year is not None and span.end_year <= (role.end_year or 0))
    )
    if within and not looks_like_organisation(str(own["employer"])):
        return "postings"
    return None


def _employer_of_its_own(found: dict[str, str | None]) -> bool:
    """Whether a job line names an employer, not a second job word: "Staff Sergeant, Supply
    Chain Manager" and "Private, Driver" (a rank, then the trade) name none."""
    employer = found["employer"]
    if not employer:
        return False
    # "Stores Supervisor" holds an organisation's word but ends on a job's.
    if looks_like_title(employer) and not _ends_as_organisation(employer):
        return False
    return looks_like_organisation(employer) or not _is_plain_word(employer)


def _is_plain_word(text: str) -> bool:
    """One dictionary word ("Private", "Pricing"): no name of a firm."""
    words = text.split()
    return len(words) == 1 and is_dictionary_word(words[0].lower())


def _title_pair(role: Position, text: str) -> str | None:
    """ "Staff Sergeant, Supply Chain Manager" as the line writes it, when the part read as
    the employer is a second job word or a plain word ("Private, Driver"), else None."""
    if not role.title or not role.employer or role.employer not in text:
        return None
    found: dict[str, str | None] = {"employer": role.employer}
    if _employer_of_its_own(found):
        return None
    m = re.search(
        rf"{re.escape(role.title)},\s+{re.escape(role.employer)}"
        rf"|{re.escape(role.employer)},\s+{re.escape(role.title)}",
        text,
        re.IGNORECASE,
    )
    return m.group(0) if m else None


def _is_time_away(role: Position, before_dates: str) -> bool:
    """Whether a dated line is time away from work ("Career break", "Maternity leave")."""
    named = " ".join(filter(None, [role.title, role.employer or "", before_dates]))
    gap = _words()["gap"].search(named)
    return gap is not None and not looks_like_organisation(role.employer or "")


_BRACKET_TERMS = re.compile(r"^[a-z][a-z ,/-]*?,?\s+(?:at|for|with)\s+([A-Z0-9].*)$")
_AGENCY_TERMS = re.compile(
    r"^(?:[a-z][a-z ,/-]*?,?\s+)?(?:via|through)\s+(?:(?:the\s+)?agency\s+)?([A-Z0-9][^()]*)$"
)


def _employer_in_terms(bracket: str) -> str | None:
    """The organisation a bracket of job terms names after "at", "for" or "with"
    ("self-employed at Forge Fitness Ltd", "freelance, for Lingua GmbH"), if it surely is one."""
    terms = _BRACKET_TERMS.match(bracket)
    if terms and names_organisation_strongly(terms.group(1)):
        return terms.group(1)
    # "Locum Midwife (via NHS Professionals)": "via" names the agency that placed the worker,
    # whatever its name looks like.
    agency = _AGENCY_TERMS.match(bracket)
    return agency.group(1) if agency else None


def _employer_in_title_brackets(found: dict[str, str | None]) -> dict[str, str | None]:
    """ "Highways Engineer (Kirklees Council)" with no employer elsewhere: the bracket names
    the employer when it names an organisation and no job."""
    title = found["title"] or ""
    if not title and found["employer"] and _employer_in_terms(found["note"] or ""):
        # "Dog Groomer (self-employed at Waggy Tails Ltd)": a job word the lists do not know;
        # the bracket's "at" shows that what stands before it is the job.
        title = f"{found['employer']} ({found['note']})"
        found = dict(found, employer=None, note=None)
    if found["employer"] and not found["only_department"]:
        return found
    m = re.match(r"^(.+?)\s*\(([^()]+)\)\s*$", title)
    if not m:
        return found
    inside = _employer_in_terms(m.group(2)) or m.group(2)
    # "Podiatrist (Feet First Clinic, Otley)": a town after the organisation is where it is.
    head, comma, place = inside.rpartition(", ")
    if comma and names_organisation_strongly(head) and _names_a_place(place):
        inside = head
    else:
        place = ""
    if inside == m.group(2).removesuffix(f", {place}") and (
        (looks_like_title(inside) and not _ends_as_organisation(inside))
        or not names_organisation_strongly(inside)
    ):
        return found
    out = dict(found)
    if place:
        out["location"] = found["location"] or place
    out["title"], out["employer"] = tidy_name(m.group(1)), tidy_name(inside)
    if found["only_department"] and found["employer"]:
        out["department"] = found["employer"]
    out["only_department"] = None
    return out


def _title_line_whole(
    found: dict[str, str | None], above: list[str], others: list[str]
) -> dict[str, str | None]:
    """Keep a title's line whole when its other part only qualifies it.

    "Store Manager – Large Format (£14m, 62 colleagues)" on a line of its own, over
    "Brightwell Home Ltd, Fosse Park store, Leicester | 2021 – Present": the employer and its
    place are on the other line, so the part beside the title (no job, organisation or team
    word) is neither; it is part of the title as the CV writes it. A bare place beside the
    title ("Sales Manager – Leeds") stays apart unless the employer's line names its own.
    """
    title, employer = found["title"], found["employer"]
    if not title or not employer or len(above) < 1:
        return found
    line = next((a for a in above if title in a), None)
    if line is None or employer in line:
        return found
    pieces = [tidy_name(p) for p in role_pieces(line)]
    pieces = [p for p in pieces if p]
    if len(pieces) != 2 or pieces[0] != title:
        return found
    part = pieces[1]
    if (
        looks_like_title(part)
        or looks_like_organisation(part)
        or looks_like_department(part)
        or is_place(part)  # "– Leeds" says where the job was, never what it was
    ):
        return found
    home = next((o for o in others if employer in o), None)
    if home is None:
        return found
    rest = [tidy_name(p) for p in role_pieces(home)]
    rest = [p for p in rest if p and employer not in p and not has_range(p)]
    own_place = any(not looks_like_title(p) for p in rest)
    if not (own_place or "(" in part):
        return found
    out = dict(found)
    out["title"] = tidy_name(line)
    for key in ("location", "department"):
        if out[key] == part:
            out[key] = None
    return out


def _speciality_in_title(found: dict[str, str | None], lines: list[str]) -> dict[str, str | None]:
    """ "Senior Scientist – Ecotoxicology": a discipline joined to the title by a dash is the
    title's speciality, kept in it; listed with commas ("Staff Nurse, Cardiology, …") it stays
    the unit."""
    title, part = found["title"], found["department"]
    if not title or not part or not names_discipline(part):
        return found
    for line in lines:
        joined = re.search(
            rf"{re.escape(title)}\s+([–—-])\s+{re.escape(part)}", line, re.IGNORECASE
        )
        if joined:
            return dict(found, title=f"{title} {joined.group(1)} {part}", department=None)
    return found


def _one_year_role(line: str, following: list[Block]) -> DateRange | None:
    """The year of a role held within one year ("Cellar Hand | Beaune | 2018"): a lone year
    ending a line that names a job, with bullets under it."""
    span = find_lone_year(line)
    if span is None or not following or following[0].kind != "bullet":
        return None
    before = line[: span.begin]
    if not any(looks_like_title(piece) for piece in role_pieces(before)):
        return None
    return span


def _bullet_role(line: str) -> bool:
    """Whether a bullet is a role line ("• Head of Operations, Green Box — 2022 – present"):
    a job title, then an employer and a date range, and nothing else."""
    span = find_range(line)
    if span is None or line.rstrip().endswith("."):
        return False
    before = line[: span.begin]
    pieces = role_pieces(before) + role_pieces(line[span.end :])
    found = _assign(pieces)
    return (
        bool(found["title"] and found["employer"] and not found["guessed"])
        and 2 <= len(pieces) <= 4
        and len(" ".join(pieces).split()) <= 12
        and looks_like_title(pieces[0])
        and len(pieces[0].split()) <= 6
        and not re.search(r"\d", before.replace(line[span.begin : span.end], ""))
    )


def _undated_role(block: Block, pending: list[Block], following: list[Block]) -> Position | None:
    """A role named with no dates: a short line naming a job and its employer with the role's
    bullets or description below it, the job title perhaps on the line above.

    Only a line that reads as a role counts: a job word in a short part of it, no skills
    label or list, no sentence, no degree; and what follows must describe it (bullets, or a
    line of prose then bullets), so a lone heading or a list of job words is no role.
    """
    line = block.text
    # "Responsibilities as Team Leader:" opens a list: the colon is lost from the text.
    if block.kind != "line" or not _is_heading_candidate(block) or block.raw.rstrip().endswith(":"):
        return None
    if not following or not (
        following[0].kind == "bullet"
        or (
            following[0].kind == "line"
            and not _is_heading_candidate(following[0])
            and len(following) > 1
            and following[1].kind == "bullet"
        )
    ):
        return None
    ongoing = _words()["ongoing"]
    current = bool(ongoing.search(line))
    own_text = ongoing.sub(" ", line) if current else line
    if (
        _labels_skills(line)
        or _is_skill_list(line)
        or (_DEGREE.search(line) and not looks_like_title(line))
        or _words()["gap"].search(line)
        or ":" in line
    ):
        return None
    own_pieces = role_pieces(own_text)
    if not 1 <= len(own_pieces) <= 4 or any(len(p.split()) > 7 for p in own_pieces):
        return None
    own = _assign(own_pieces)
    above = [b.text for b in pending[-1:] if not has_range(b.text)]
    found = own
    if above and not (own["title"] and own["employer"] and not own["guessed"]):
        joined = _assign(role_pieces(above[0]) + own_pieces)
        # "Archives Volunteer" over "National Trust, Kent": the title on the line above.
        if joined["title"] and not joined["guessed"] and len(role_pieces(above[0])) <= 3:
            found = joined
    if not found["title"] or found["guessed"] or len(found["title"].split()) > 7:
        return None
    if not found["employer"] or re.search(r"(?<![A-Za-z])\d|[£$€%]", " ".join([*above, line])):
        # A title alone may be a post under the role above; figures and codes name a project
        # or a contract ("Lead Engineer – Crossrail C510, £40m"), not a workplace; a digit
        # inside a name ("Stage2 Birmingham") is part of the name.
        return None
    if found["employer"] and looks_like_title(found["employer"]):
        return None  # "Chef, Sous Chef": a list of jobs, not a job and its employer
    found = _employer_in_title_brackets(found)
    heading = " / ".join([*above, line]) if found is not own else line
    return Position(
        title=str(found["title"]),
        employer=found["employer"],
        start_year=None,
        end_year=None,
        is_current=current,
        highlights=(),
        department=found["department"],
        employer_note=found["note"],
        location=found["location"],
        heading=heading,
    )


def _parts_only(line: str) -> bool:
    """Whether every part of a role line names a part of an organisation or one ("Children's
    Speech and Language Therapy Service, Community Paediatrics Directorate"), none a job."""
    pieces = [tidy_name(p) for p in role_pieces(line)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(
        (looks_like_department(p) or looks_like_organisation(p))
        and not (looks_like_title(p) and not looks_like_organisation(p))
        for p in pieces
    )


def role_lines_above(lines: list[str]) -> list[str]:
    """The lines above a date line that name its role: the last two, or three when the
    first of them is a job title and the two after it name only units and the organisation
    ("Specialist Speech and Language Therapist (Band 6)" / "Children's Speech and Language
    Therapy Service, Community Paediatrics Directorate" / "Sheffield Children's NHS
    Foundation Trust" / "2021 – present")."""
    if len(lines) >= 3:
        first = lines[-3]
        if (
            looks_like_title(first)
            and not looks_like_organisation(first)
            and not _ends_sentence(first)
            and all(_parts_only(line) for line in lines[-2:])
        ):
            return lines[-3:]
    # "Laboratory Technician" / "Geochemistry" / "James Hutton Institute": a discipline of
    # its own between the title and the employer.
    return _lines_above_dates(lines)


def _department_line(found: dict[str, str | None], lines: list[str]) -> dict[str, str | None]:
    """A line of its own naming only units ("Adult Acute Stroke and Rehabilitation Team,
    Therapy Services"), between the title and the employer, is the department, whole."""
    department = found["department"]
    if not department or not found["title"] or not found["employer"]:
        return found
    for line in lines:
        parts = [tidy_name(p) for p in role_pieces(line)]
        parts = [p for p in parts if p]
        if (
            department in parts
            and len(parts) >= 2
            and _parts_only(line)
            and found["employer"] not in parts
            and found["title"] not in parts
        ):
            location = None if found["location"] in parts else found["location"]
            return dict(found, department=", ".join(parts), location=location)
    return found


@lru_cache(maxsize=1)
def _sentence_lead() -> re.Pattern[str]:
    """ "Before that I worked as a": the words a sentence telling a role opens with."""
    links = phrase_alternation(_cv_data()["sentence_role_links"])
    leads = phrase_alternation(_cv_data()["sentence_role_leads"])
    return re.compile(
        rf"^\s*(?:(?:{links}),?\s+)?(?:{leads})\s+(?:(?:an?|the)\s+)?",
        re.IGNORECASE,
    )


# ", leading a team of four…", ". I run…": after a role told as a sentence, what it did.
_SENTENCE_REST = re.compile(r"(?:,\s+(?=[a-z])|\.\s+|\.$).*$")


def _without_sentence_lead(text: str) -> str:
    """A role line's text without the sentence around it: "I have been Head Groundsman at
    Worcestershire CCC, leading a team of four." → "Head Groundsman at Worcestershire CCC"."""
    lead = _sentence_lead().match(text)
    if lead is None:
        return text
    return _SENTENCE_REST.sub("", text[lead.end() :])


_SLASH_CELL = re.compile(r"\s+/\s+")
_SLASH_CELL_BEFORE = re.compile(r"\S\s+/\s*$")
_SLASH_CELL_AFTER = re.compile(r"^\s*/\s+\S")


def _role_from(
    date_block: Block, span: DateRange, above: list[str], below: list[str]
) -> tuple[Position, int, tuple[str | None, bool]] | None:
    """A role from a date line and its neighbours, how many lines below it used, and (for a
    one-line role) which of title and employer the line names first and whether the title
    was a guess."""
    # The text before and after the dates, without the brackets the dates sat in.
    before = re.sub(r"[(\[]\s*$", "", date_block.text[: span.begin])
    # "April 2023 - Present (2 years 10 months)": how long it lasted names no part of the role.
    after = without_duration(re.sub(r"^\s*[)\]]", "", date_block.text[span.end :]))
    # "From 2015 to 2021 I was Deputy Head Groundsman at Edgbaston.": a role told as a sentence.
    before, after = _without_sentence_lead(before), _without_sentence_lead(after)
    if _SLASH_CELL_BEFORE.search(before) or _SLASH_CELL_AFTER.match(after):
        # "SENIOR WATCHMAKER / Goldsmiths / 2020 – present": a slash beside the dates parts
        # the line's cells, as a pipe would; elsewhere "Glazier / Fixer" is one title.
        before, after = (_SLASH_CELL.sub(" | ", part) for part in (before, after))
    pieces_line = role_pieces(before) + role_pieces(after)
    pieces = [p for line in above for p in role_pieces(line)] + pieces_line
    if len(pieces_line) and not above and len(" ".join(pieces_line).split()) > 16:
        return None  # a sentence that happens to hold two years
    found = _assign(pieces)
    if above and pieces_line:
        own = _assign(pieces_line)
        # "Front of House Assistant | Colston Hall | 2016 – 2019" names its own employer: a
        # line above it ("Previous roles") is not the employer unless it names one.
        # "Staff roles" over "Assistant Engineer, Abbey Road Studios, 2015 – 2018": a
        # sub-heading above a line naming both is no part of the role either.
        if (
            own["title"]
            and own["employer"]
            and not own["guessed"]
            and (
                found["employer"] != own["employer"]
                and not looks_like_organisation(str(found["employer"] or ""))
                or found["employer"] == own["employer"]
                and found["title"] != own["title"]
            )
        ):
            found = own
    elif len(above) >= 2 and not pieces_line:
        near = _assign(role_pieces(above[-1]))
        if (
            near["title"]
            and near["employer"]
            and not near["guessed"]
            and not near["only_department"]
            and looks_like_organisation(str(near["employer"]))
            and not looks_like_title(above[-2])
        ):
            # "Trafford Academies Trust" / "School Business Manager, Altrincham Grammar
            # School" / "September 2019 to present": the line naming title and workplace is
            # the role; the name above it heads a group of such roles.
            found = near
    used_below = 0
    # The title and employer may follow the dates ("03.2021 – now" / title / employer).
    # "Caseworker, Immigration Team | 2023 – present" names only a team: the employer may
    # still be on the line below.
    weak = _weak_employer(found, pieces_line, below)
    # "**Hillside Primary School, Bristol** — 2013 – 2019" over "*Class Teacher*": a title
    # guessed from a line of employer and place gives way to a job named on the line below.
    guessed_over_title = bool(
        found["guessed"]
        and not above
        and below
        and any(
            looks_like_title(p) and not looks_like_organisation(p) for p in role_pieces(below[0])
        )
    )
    if guessed_over_title:
        found = dict(found, title="", guessed=None)
    for count in (1, 2):
        has_employer = found["employer"] and not found["only_department"] and not weak
        if found["title"] and has_employer or len(below) < count:
            break
        if _lists_settings(below[count - 1]):
            break  # "Police, courts, tribunals and immigration": where the work was, no employer
        below_pieces = [p for line in below[:count] for p in role_pieces(line)]
        extra = _assign(pieces + below_pieces)
        same_title = extra["title"] and (extra["title"] == found["title"] or not found["title"])
        if found["only_department"] and extra["employer"] == found["employer"]:
            continue  # the line below adds no employer: keep the team as the employer
        if same_title and (extra["employer"] or count == len(below[:2]) or not found["title"]):
            found, used_below = _employer_first(extra, below_pieces), count
            if weak and found["employer"] != weak:
                found = _qualify_title(found, weak, date_block.text)
    if not found["title"] and not found["employer"]:
        return None
    if found.get("qualifier"):
        found = _qualify_title(
            found,
            str(found["qualifier"]),
            " ".join([*above, date_block.text, *below[:used_below]]),
            (", ", " – ", " — ", " - "),
        )
    found = _title_line_whole(found, above, [date_block.text, *below[:used_below]])
    found = _speciality_in_title(found, [*above, date_block.text, *below[:used_below]])
    found = _department_line(found, [*above, *below[:used_below]])
    found = _employer_in_title_brackets(found)
    order = found["order"] if not above and not used_below else None
    heading = " / ".join([*above, date_block.text, *below[:used_below]])
    role = Position(
        title=str(found["title"] or ""),
        employer=found["employer"],
        start_year=span.start_year,
        end_year=span.end_year,
        is_current=span.is_current,
        highlights=(),
        start_month=span.start_month,
        end_month=span.end_month,
        department=found["department"],
        employer_note=found["note"],
        location=found["location"],
        heading=heading,
    )
    return role, used_below, (order, bool(found["guessed"]))


_ORG_TAIL = re.compile(
    r"(?:(?:ltd|limited|plc|llp|inc|group|trust|service|services|"
    r"council|hospital|university|college|school|academy|foundation|partnership|authority)\.?\s*){1,2}",
    re.IGNORECASE,
)


# A line that starts with a firm's legal ending and then a separator: "LLP, Sheffield".
_SUFFIX_HEAD = re.compile(r"^([A-Za-z.]+)(?=\s*(?:,|\s[|–—-]\s|$))")


def _join_wrapped_tails(lines: list[str]) -> list[str]:
    """Rejoin a role line that wrapped: a name's last word on a line of its own ("Government
    Digital" / "Service"), a line ending on a comma or a joining word ("…, Hartley," / "Brook
    LLP – Leeds"), or a line starting with a legal ending ("…, Pennington Gray" / "LLP,
    Sheffield"). None of these can end or start a line of its own."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        head = _SUFFIX_HEAD.match(text)
        if (
            out
            and text[:1].isupper()
            and (
                _ORG_TAIL.fullmatch(text)
                or re.search(r"(?:,|\s(?:&|and|of|for))\s*$", out[-1])
                or (head and _suffix_key(head.group(1)) in _legal_suffixes())
                or _ends_firm_name(out[-1], text)
            )
        ):
            out[-1] = f"{out[-1].rstrip()} {text}"
        else:
            out.append(line)
    return out


def _ends_firm_name(before: str, text: str) -> bool:
    """ "Underwriter, SME Package – Brightmoor" / "Insurance plc, Reading": a short line
    that completes a firm's legal name finishes the bare name that ended the line above."""
    first = re.split(r",\s+|\s+[|–—-]\s+", text)[0]
    last = re.split(r",\s+|\s+[|–—-]\s+", before.strip())[-1]
    return (
        is_firm_name(first)
        and len(first.split()) <= 3
        and bool(re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?", last))
        and not looks_like_title(last)
        # "Senior Scientist – Ecotoxicology" / "Aquatox Consulting Ltd": a discipline
        # qualifies the title; the firm below is named whole.
        and not names_discipline(last)
        and last != before.strip()
    )


def _line_width(text: str) -> int:
    """The length of a full line of the document (its longer lines), for spotting wraps."""
    lengths = sorted(len(line.strip()) for line in text.splitlines() if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _wrapped_tail(
    date_block: Block, span: DateRange, below: list[str], after: list[Block], width: int
) -> str | None:
    """The next line, if it is the end of the role line's text cut by a line wrap.

    Only when the dates close a nearly full line, the next line is one or two capitalised
    words, and the role's bullets start right after it.
    """
    if not below or span.end < len(date_block.text.rstrip(" )")) or span.begin == 0:
        return None
    tail = below[0]
    words = tail.split()
    full = width and len(date_block.raw.strip()) >= 0.75 * width
    return (
        tail
        if full
        and 1 <= len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and not looks_like_title(tail)
        and after
        and after[0].kind == "bullet"
        else None
    )


def _same_role(a: Position, b: Position) -> bool:
    # A CV may list its positions twice (a summary table, then the details).
    def key(text: str | None) -> str:
        return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()

    months_agree = a.start_month is None or b.start_month is None or a.start_month == b.start_month
    # A list of the positions without dates names the same jobs as the dated details.
    undated = _undated(a) or _undated(b)
    return (
        key(a.title) == key(b.title)
        and key(a.employer) == key(b.employer)
        and (undated or (a.start_year == b.start_year and months_agree))
    )


def _undated(role: Position) -> bool:
    return role.start_year is None and role.end_year is None


# --- the profile --------------------------------------------------------------------------


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
    roles: tuple[Position, ...]
    """Most recent first."""
    projects: tuple[Achievement, ...]
    """Projects and highlights, the ones with numbers first."""
    years_experience: int | None
    """Whole years of work: the union of the dated positions' spans (overlaps counted once,
    gaps left out) to the reference date, unless the summary states a figure."""
    mentions: tuple[tuple[Skill, tuple[Mention, ...]], ...]
    implied: tuple[Skill, ...] = ()
    """Skills the CV does not name but its skills imply (Django → Python)."""
    header: tuple[str, ...] = ()
    """Name, headline and contact lines above the first section: never achievements."""
    summary: tuple[str, ...] = ()
    """The personal statement or profile paragraph."""
    certifications: tuple[str, ...] = ()
    """Certificates, licences and registrations, as the CV writes them."""
    in_progress: tuple[str, ...] = ()
    """Credentials the CV says are not held yet ("AZ-104 in progress", "SQE2 booked for
    April 2026"): never among the certifications."""
    education: tuple[str, ...] = ()
    """Degrees and schooling lines."""
    achievement_lines: frozenset[str] = field(default_factory=frozenset)
    listed: tuple[tuple[str, str], ...] = ()
    """Items of the skills section the lexicon does not know, with their line:
    ("Dovetail", "Tools: Figma, Dovetail, Notion"). `listed_skills` gives them as skills."""

    spoken_languages: tuple[str, ...] = ()
    """Languages the candidate speaks, from a line like "English (native), French (C1)";
    they are among the listed items too."""

    lines: tuple[tuple[str, str], ...] = ()
    """Every line of the CV but contact lines, with the section it sits in."""

    years_in_field: int | None = None
    """Whole years in the current line of work: the union of the spans of the positions
    whose title names the same occupation as the current one ("Student Veterinary
    Nurse" and "Registered Veterinary Nurse"; not "Retail Assistant" before them)."""

    field_name: str = ""
    """That line of work as the current title words it ("Nurse", "Store
    Manager"), or "" when the title names none."""

    @property
    def listed_skills(self) -> tuple[Skill, ...]:
        """The CV's own skills-section items the lexicon does not know, as skills of category
        "listed" (`Skill("Menu costing", "listed")`), in the CV's order."""
        return tuple(dict.fromkeys(Skill(item, LISTED) for item, _ in self.listed))

    @property
    def all_skills(self) -> tuple[Skill, ...]:
        """Every skill the CV names: lexicon hard skills, soft skills, then listed items."""
        return (*self.skills, *self.soft_skills, *self.listed_skills)

    def listed_skill(self, name: str) -> Skill | None:
        """The listed item called `name` (case, punctuation and a plural ignored), if any."""
        wanted = _item_key(name)
        return next((s for s in self.listed_skills if _item_key(s.name) == wanted), None)

    @property
    def current_role(self) -> Position | None:
        """The role still running, else the most recent one, if any was recognised."""
        return self.roles[0] if self.roles else None

    @property
    def credentials(self) -> tuple[Skill, ...]:
        """Lexicon credentials (SMSTS, BLS, PRINCE2...) the CV names."""
        return tuple(s for s in self.skills if is_credential(s))

    def has(self, skill: Skill) -> bool:
        """Whether the CV mentions `skill` anywhere (a listed item too), or a skill implying it."""
        return self.names(skill) or skill in self.implied

    def names(self, skill: Skill) -> bool:
        """Whether the CV names `skill` itself (not just something that implies it)."""
        if skill.category == LISTED:
            return skill in self.listed_skills
        return skill in self.skills or skill in self.soft_skills

    def mentions_of(self, skill: Skill) -> tuple[Mention, ...]:
        """Lines mentioning `skill`, the most quotable (an experience bullet) first."""
        if skill.category == LISTED:
            return tuple(
                Mention(line, None, "skills") for item, line in self.listed if item == skill.name
            )
        for candidate, found in self.mentions:
            if candidate == skill:
                return found
        return ()

    def is_achievement(self, line: str) -> bool:
        """Whether `line` is something the candidate did (a role bullet or a project).

        Contact lines, the headline, the summary, skills lists and education are not.
        """
        return _key(line) in self.achievement_lines


def _key(line: str) -> str:
    return re.sub(r"[^a-z0-9%£$€]+", " ", line.lower()).strip()


# A list of spoken languages says how well each is spoken.
_SPOKEN = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _cv_data()["spoken_levels"])
    + r"|(?<![\w-])[ABC][12](?![\w-]))\b",
    re.IGNORECASE,
)


def _series_before(text: str) -> bool:
    """Whether `text` ends on a series word and perhaps codes of it ("Modules ", "Units 301,
    "): a level after it ("Modules A1–A4") is a module's code, not how a language is spoken."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    while words and (_BARE_CODE.match(words[-1]) or words[-1].lower() in ("and", "or", "to")):
        words.pop()
    return bool(words) and words[-1].lower() in _code_series_words()


# One item and the word or two that grade it in brackets: "Italian (good)".
_GRADED_ITEM = re.compile(r"[A-Z][\w'’-]+ \((?:[a-z]+)(?: [a-z]+)?\)")


def speaks(text: str) -> bool:
    """Whether `text` says how a language is spoken ("French (native)", "German (B1)")."""
    return any(
        not (len(m.group(0)) == 2 and _series_before(text[: m.start()]))
        for m in _SPOKEN.finditer(text)
    )


# "Mother tongue(s)  French", "Other language(s)  English (C1)": Europass labels its rows of
# languages with no colon; the label is no language.
_LANGUAGE_LABEL = re.compile(
    r"^\s*(?:mother tongues?|native languages?|other languages?|languages?(?: spoken)?)"
    r"(?![\w-])(?:\s*\(s\))?\s*:?\s*",
    re.IGNORECASE,
)


_SPEAKER = re.compile(r"^(?:fluent\s+)?(\w[\w-]*)(?:[\s-]+(?:speaker|speaking))?$", re.IGNORECASE)


def _speaker_of(item: str, spoken: list[str]) -> bool:
    """Whether a listed item only says the candidate speaks a language they list among their
    languages ("Welsh speaker", "Welsh-speaking", "fluent Welsh"): that is no skill of its own."""
    m = _SPEAKER.match(item.strip())
    return bool(
        m and m.group(0) != m.group(1) and m.group(1).lower() in {s.lower() for s in spoken}
    )


def _spoken_items(line: str) -> list[str]:
    """The languages a line of them names ("Languages: French (native), English (C1)")."""
    return [i for i in _listed_items(_LANGUAGE_LABEL.sub("", line)) if not extract_skills(i)]


# The category of a skill the CV lists but the lexicon does not know.
LISTED = "listed"

# Items of a skills list are parted by commas, semicolons, pipes, bullets or a column gap.
_LIST_SEPARATOR = re.compile(r"\s*[,;|•·▪‣◦●■/]\s+|\s*[,;|•·▪‣◦●■]\s*|\s+\*\s+|\t+|\s{3,}")
# Longer than this, a piece of a skills section is a sentence, not an item.
_MAX_ITEM_WORDS = 6
_NOT_ITEMS = re.compile(r"^(?:etc|and more|others?|various|including|e\.?g)\.?$", re.IGNORECASE)


def _item_key(name: str) -> str:
    return " ".join(_singular(w) for w in re.findall(r"[a-z0-9+#]+", name.lower()))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


@lru_cache(maxsize=1)
def _metric_labels() -> frozenset[str]:
    return frozenset(_cv_data().get("metric_labels", []))


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split(" | ")]


def _unknown_items(
    block: Block, following: Block | None, known: list[Skill], *, told_only: bool = False
) -> list[str]:
    """The items of a skills-section line that the lexicon does not read as a skill; with
    `told_only`, of the line's sentences that list the candidate's skills ("Skills include
    …"), as a profile may hold."""
    line = block.text
    if told_only:
        line = " ".join(s for s in sentences(line) if tells_skills(s))
    if is_sentence(line) or tells_skills(line):
        # "I am a flexible person who enjoys working alone.": about the person; "I am at home
        # with felling licence applications and harvest planning.": skills told in prose (a
        # paragraph, not a bullet telling a deed).
        if block.kind == "bullet" and not tells_skills(line):
            return []
        written = written_forms(line, known)
        return [
            item
            for item in _prose_items(line)
            if item.lower() not in written
            and (not extract_skills(item) or _names_a_product(item))
            and (not _PLAIN_HEADING.match(item) or _skills_of(item))
        ]
    if (
        block.kind != "bullet"
        and len(line.split()) > 1
        and line.rstrip().endswith(".")
        and not _is_stopped_list(line)
    ):
        return []  # a sentence ("References available on request."), not a list
    if block.kind == "bullet" and _tells_a_deed(line):
        return []  # "Translated 1.2 million words of contracts": a deed under a skill's name
    cells = _cells(line)
    if (
        following is not None
        and 2 <= len(cells) == len(_cells(following.text))
        and all(len(c.split()) <= 2 and "," not in c for c in cells)
        and "," in following.text
    ):
        return []  # the header row of a table ("Area | Tools")
    if len(cells) == 2 and "," in cells[1] and "," not in cells[0]:
        # "Programming | Python, R": the first cell names the group, like "Programming:".
        line = f"{cells[0]}: {cells[1]}"
    # Columns of items are parted by runs of spaces, which the block's text lost.
    if block.kind != "heading" and re.search(r"\S(?:\t|\s{3,})\S", block.raw):
        line = BULLET.sub("", block.raw).strip()
    label = re.match(r"^([^:]{2,40}):", line)
    if label and label.group(1).strip().lower() in _metric_labels():
        return []  # "KPI management: OTIF, UPH, pick accuracy": measures, not skills
    # How the line writes the skills the lexicon found ("R" beside Python counts as R).
    written = written_forms(line, known)
    items = _listed_items(line)
    products = [s for s in known if s.category in TOOL_CATEGORIES]
    own_label = re.match(r"^([^:|]{2,40}):", block.text)  # written "X:", not a table's cell
    if own_label and label and _names_a_skill(label.group(1)) and not products:
        # A label over products ("Querying and modelling: SQL, dbt") names their category.
        # "Containment: tray, basket, trunking": the label is a skill, its items the kinds.
        items = [label.group(1).strip(" *-•"), *items]
    return [
        item
        for item in (half for item in items for half in _unknown_halves(item))
        if item.lower() not in written
        # "Forester GIS": a known skill beside a name of its own is a product, kept whole.
        and (not extract_skills(item) or _names_a_product(item))
        # "Rescue skills" is an item; "Technical skills" only names the list.
        and (not _PLAIN_HEADING.match(item) or _skills_of(item))
        and not not_a_skill(item)  # "Hard-working", "Available immediately": no skill
    ]


def written_forms(line: str, known: list[Skill]) -> set[str]:
    """How `line` writes the lexicon skills found in it, in lower case."""
    return {f.lower() for s in known for f in surface_forms(line, s)}


# Where a sentence's clauses part: a stop, a semicolon, or a comma or "and" before "I".
_PROSE_CLAUSE = re.compile(r"[.;:]\s+|,\s+(?:and\s+|but\s+)?(?=I\b|which\b)|\s+and\s+(?=I\b)")
_RARE_ITEM_ZIPF = 4.0


@lru_cache(maxsize=1)
def _prose_lead() -> re.Pattern[str]:
    leads = phrase_alternation(_cv_data().get("prose_list_leads", []))
    return re.compile(rf"\b(?:{leads})\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _skill_sentence() -> re.Pattern[str]:
    """ "Skills include …", "My key strengths are …", "Core competencies cover: …": a sentence
    whose subject is the candidate's skills, up to where its list begins."""
    data = _cv_data()

    def one_of(key: str) -> str:
        return phrase_alternation(data.get(key, []))

    return re.compile(
        rf"^\W*(?:(?:{one_of('skill_sentence_owners')})\s+){{0,3}}"
        rf"(?:{one_of('skill_sentence_subjects')})\s+(?:{one_of('skill_sentence_verbs')})"
        r"\s*:?\s+(?=\S)",
        re.IGNORECASE,
    )


def tells_skills(line: str) -> bool:
    """Whether `line` is a sentence listing the candidate's skills ("Skills include stock
    control, forklift operation and first aid."), wherever it stands."""
    return bool(_skill_sentence().match(line.strip()))


def _base_verb_only(word: str) -> bool:
    """ "manage", "maintain": a verb's base form with no noun or adjective reading ("harvest",
    "dry" and "felling" may open a skill's name)."""
    readings = getAllLemmas(word.lower())
    return set(readings) == {"VERB"} and readings["VERB"] == (word.lower(),)


def _prose_items(line: str) -> list[str]:
    """The skills a skills section tells in sentences: the things a clause lists after a lead
    (`prose_list_leads`: "at home with", "I use", "I write"), each cut before its first small
    word ("Forester GIS every day" is "Forester GIS"). A verb opening an item is dropped
    ("manage contractors"); one word stands alone only as a name in capitals ("ArcGIS") or a
    rare word, so "contractors" or "people" are no skill."""
    small = stopwords()
    items: list[str] = []
    clauses: list[str] = []
    for sentence in sentences(line.strip()) or [line.strip()]:
        told = _skill_sentence().match(sentence)
        if told:
            # "Skills include stock control, forklift operation and first aid.": the whole
            # sentence after its subject and verb is the list.
            clauses.append(re.sub(r"[.;]\s*$", "", sentence[told.end() :]))
            continue
        for clause in _PROSE_CLAUSE.split(sentence.rstrip(".")):
            lead = _prose_lead().search(clause)
            if lead is not None:
                clauses.append(clause[lead.end() :])
    for clause in clauses:
        for piece in re.split(r"[,;]\s+(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+", clause):
            words = piece.split()
            if words and _base_verb_only(words[0]):
                words = words[1:]  # "manage contractors": the thing, not the doing
            kept: list[str] = []
            for word in words:
                if word.lower() in small or not re.match(r"[\w(]", word):
                    break
                kept.append(word)
            item = " ".join(kept).strip(" ,()")
            if not 1 <= len(kept) <= 4 or not_a_skill(item):
                continue
            if len(kept) == 1 and not (
                sum(c.isupper() for c in item) >= 2
                or zipf_frequency(item.lower(), "en") < _RARE_ITEM_ZIPF
            ):
                continue
            items.append(item)
    return items


def _is_stopped_list(line: str) -> bool:
    """Whether a line ending on a full stop is still a list: three or more short pieces parted
    by commas or semicolons, one of them longer at most ("Fault finding, escalator
    maintenance, LOLER, BS EN 81-20."), not a sentence about the person."""
    pieces = [p for p in re.split(r"[,;]\s+", line.rstrip(" .")) if p.strip()]
    long = sum(len(p.split()) > _MAX_ITEM_WORDS for p in pieces)
    return len(pieces) >= 3 and long <= 1 and not is_sentence(line)


def _tells_a_deed(line: str) -> bool:
    """Whether a skills-section bullet tells something done, as a functional CV writes under
    each skill: six words or more opening on a past verb with no adjective reading
    ("Translated", "Restored"; not "Applied", "Managed"), holding a figure or no list of
    three ("Distributed systems, Kafka, gRPC" lists)."""
    words = line.split()
    if len(words) < 6:
        return False
    first = words[0].lower()
    lemmas = getAllLemmas(first)
    past = set(lemmas) == {"VERB"} and first not in lemmas["VERB"] and first.endswith("ed")
    return past and (bool(re.search(r"\d", line)) or line.count(",") < 2)


# A word this rare (wordfreq Zipf below it) names a field's own thing ("paring", "suturing").
_RARE_ZIPF = 4.0
# Longer than this, an item holding a known skill is a phrase about it, not a product's name.
_MAX_PRODUCT_WORDS = 4


def _names_a_product(item: str) -> bool:
    """Whether a skills item that writes a known skill names a product or tool of its own:
    the skill beside a name ("Minitab Statistics", "Xbench QA", "Cerner Millennium"), or a
    tool or acronym after a rarer word that names it ("Forester GIS"). Such an item is kept
    as the CV lists it; the skill it writes is still read from the line, so the item brings
    it. A grade ("Advanced Excel"), an adjective ("Electrical fault finding"), a plain word
    ("Client communication", "GIS mapping") or a common noun before a practice ("Kayak
    coaching") names no product."""
    found = extract_skills(item)
    if not found or len(item.split()) > _MAX_PRODUCT_WORDS:
        return False
    spans: list[tuple[int, int, Skill]] = []
    for skill in found:
        for form in surface_forms(item, skill):
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", item, re.IGNORECASE):
                spans.append((m.start(), m.end(), skill))
    if not spans:
        return False
    first, _, skill = min(spans, key=lambda span: span[0])
    written = item[first : min(spans, key=lambda span: span[0])[1]]
    names_tool = skill.category in TOOL_CATEGORIES or written.isupper()
    for word in re.finditer(r"[A-Za-z][\w'’-]*", item):
        if any(a <= word.start() < b for a, b, _ in spans) or not _product_word(word.group(0)):
            continue
        low = word.group(0).lower()
        if not is_dictionary_word(low) or (word.end() <= first and names_tool):
            return True
    return False


def _product_word(word: str) -> bool:
    """ "Forester", "Minitab", "MediaLive": a capitalised word, not an acronym, that is rare or
    no dictionary word, and no grade, adjective, place or language."""
    low = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and low not in _grade_words()
        and low not in stopwords()
        and not can_be_adjective(low)
        and (zipf_frequency(low, "en") < _RARE_ZIPF or not is_dictionary_word(low))
        and not is_place(word)
        and not speaks(word)
    )


@lru_cache(maxsize=1)
def _grade_words() -> frozenset[str]:
    return frozenset(_cv_data().get("bracket_grade_words", []))


_SKILLS_OF = re.compile(r"^(.+?)\s+skills$", re.IGNORECASE)


def _skills_of(item: str) -> str | None:
    """The thing a "<thing> skills" item names ("Rescue skills", "First aid skills", "Rope
    access skills"), or None when its words only group skills ("Technical skills", "Key
    skills", "Clinical skills", "IT skills"): list words (`list_group_words`), grades,
    adjectives and small words."""
    found = _SKILLS_OF.match(item.strip())
    if not found:
        return None
    thing = found.group(1).strip()
    words = re.findall(r"[a-z]+", thing.lower())
    groups = _list_group_words() | _grade_words() | stopwords()
    if not words or all(w in groups or can_be_adjective(w) for w in words):
        return None
    return thing


def _unknown_halves(item: str) -> list[str]:
    """ "CRM and TEM", "Project management and leather paring": an item joining a known skill
    and another thing keeps the other thing as an item of its own when it is a code or a phrase
    holding a rare word; "customer data" or "procurement" beside a known skill is too vague to
    stand alone."""
    halves = [h.strip(" .–—-") for h in re.split(r"\s+(?:and|&)\s+", item)]
    if len(halves) < 2 or not extract_skills(item):
        return [item]
    return [
        h
        for h in halves
        if h
        and (not extract_skills(h) or _names_a_product(h))
        and (
            sum(c.isupper() for c in h) >= 2
            or (
                len(h.split()) >= 2  # one word beside a skill is a field's word ("procurement")
                and any(zipf_frequency(w, "en") < _RARE_ZIPF for w in re.findall(r"[a-z]{3,}", h))
            )
        )
    ] or [item]


@lru_cache(maxsize=1)
def _list_group_words() -> frozenset[str]:
    return frozenset(_cv_data().get("list_group_words", []))


def _names_a_skill(label: str) -> bool:
    """Whether a skills line's label names a skill ("Containment", "Kitchen management")
    rather than a category of items ("Tools", "Frameworks and libraries")."""
    words = re.findall(r"[a-z]+", label.lower())
    # "Clinical: MSK assessment, manual therapy": an adjective alone names a group.
    if len(words) == 1 and can_be_adjective(words[0]):
        return False
    return (
        1 <= len(words) <= 4
        and not _list_group_words() & set(words)
        and label.strip()[:1].isupper()
        and not is_contact(label)
        and not speaks(label)
    )


# A short code standing after a comma: "TS", "G1", "3b", "CS31", "T2–T4".
_ONE_CODE = r"(?:[A-Z]{1,3}(?:\d{1,3}[A-Za-z]?)?|\d{1,3}[a-z]?)"
_BARE_CODE = re.compile(rf"^{_ONE_CODE}(?:[–—-]{_ONE_CODE})?$")


@lru_cache(maxsize=1)
def _code_series_words() -> frozenset[str]:
    return frozenset(_cv_data().get("code_series_words", []))


def _code_shape(code: str) -> tuple[str, bool]:
    """ "CS30" → ("CS", True); "3b" → ("", True); "TS" → ("TS", False)."""
    first = re.split(r"[–—-]", code)[0]
    letters = re.match(r"[A-Za-z]*", first)
    return (letters.group(0) if letters else "", any(c.isdigit() for c in first))


def join_code_series(pieces: list[str]) -> list[str]:
    """A comma list's pieces with the short codes that carry on a series put back on the piece
    they carry on: "Rule Book modules S", "TS", "G1" → "Rule Book modules S, TS, G1" (a series
    word, `code_series_words`, before the first code), "IPAF 3a", "3b" → "IPAF 3a, 3b" and
    "NPTC CS30", "CS31" → "NPTC CS30, CS31" (codes of one shape). A code after a whole item
    ("SQL", "R") or with nothing before its own code ("COSS", "PICOP") stays an item."""
    out: list[str] = []
    in_series = False
    for piece in pieces:
        words = out[-1].split() if out else []
        last = words[-1].rstrip(",") if words else ""
        joins = False
        if len(words) >= 2 and _BARE_CODE.match(piece.strip()) and _BARE_CODE.match(last):
            series = in_series or words[-2].lower().strip(",") in _code_series_words()
            mine, theirs = _code_shape(piece.strip()), _code_shape(last)
            joins = series or (mine == theirs and mine[1])
        if joins:
            out[-1] = f"{out[-1]}, {piece.strip()}"
            in_series = True
        else:
            out.append(piece)
            in_series = False
    return out


def _passed_modules(item: str) -> bool:
    """Whether a skills item names modules or units passed, by their codes ("Rule Book modules
    T2, T3, TS1", "EAL Units 301–306"): a certificate held, listed among the skills."""
    words = re.findall(r"[^\s,]+", item)
    codes = 0
    while words and _BARE_CODE.match(words[-1]):
        words.pop()
        codes += 1
    held = frozenset(_cv_data().get("held_series_words", []))
    return codes > 0 and len(words) >= 1 and words[-1].lower() in held


def _item_words(piece: str) -> int:
    """Words of a skills item, a series of codes counted once ("Modules S, TS, G1" is two)."""
    return len(re.sub(r",\s+(?=\S)", ",", piece).split())


def _listed_items(line: str) -> list[str]:
    """The items of a skills-section line: "Tools: Figma, Maze, Dovetail" gives three."""
    body = re.sub(r"^[^:]{2,40}:\s*", "", line)  # "Tools:", "Languages:"
    if body == line and _labels_skills(line):
        body = re.sub(r"^[^:–—]{2,40}?\s+[–—-]\s+", "", line)  # "Skills – casting, …"
    items = []
    pieces: list[str] = []
    for piece in join_code_series(split_top_level(body, _LIST_SEPARATOR)):
        # "ISAD(G)": a bracket glued to the word is part of the name, not a note on it.
        bracket = re.search(r"\s\(([^()]*)\)$", piece)
        if bracket:
            pieces.extend(_bracketed_names(bracket.group(1)))
        piece = re.sub(r"\s+\([^()]*\)$", "", piece).strip(" .–—-")
        # "…, fluid therapy, and ward management": the list's last "and" is no part of it.
        piece = re.sub(r"^(?:and|or|&|plus)\s+(?=\S)", "", piece, flags=re.IGNORECASE)
        if _item_words(piece) > _MAX_ITEM_WORDS:
            # "Building Regulations (Parts A, B, L and M) and fire strategy coordination": a
            # long item joins two skills; each half is an item when short enough.
            # A one-word half ("coordination") is too vague to stand as a skill.
            bare = re.sub(r"\s*\([^()]*\)", "", piece)
            halves = [p.strip(" .–—-") for p in re.split(r"\s+(?:and|&)\s+", bare)]
            kept = [p for p in halves if len(p.split()) >= 2]
            # "Terminology management with termbases built for three clients": the skill is
            # named before what it was done with.
            head = re.match(r"^([A-Z][\w-]*(?:\s+[\w-]+){1,3}?)\s+(?:with|using|via)\s", bare)
            pieces.extend(kept if len(kept) > 1 or not head else [head.group(1)])
        else:
            pieces.append(piece)
    for piece in pieces:
        if (
            piece
            and _item_words(piece) <= _MAX_ITEM_WORDS
            and piece[:1].isalnum()
            and not piece.endswith(":")
            and not _NOT_ITEMS.match(piece)
            and not is_contact(piece)
        ):
            items.append(piece)
    return items


def _bracketed_names(inside: str) -> list[str]:
    """The products or schemes a skills item names in its bracket: "Route planning
    (Paragon, Microlise)" gives "Paragon" and "Microlise". Only names (capitalised, no
    figures) count, and only in a bracket of names: "(native)", "(C1)", "(Level 2)", "(Gold)"
    or "(2019)" grade the item, "(document control, NCs, audits)" describes it."""
    grades = frozenset(_cv_data().get("bracket_grade_words", []))
    names = [n.strip(" .") for n in re.split(r",\s*|;\s*|\s+/\s+", inside) if n.strip(" .")]
    if any(n[:1].islower() and not _camel_name(n) for n in names):
        return []  # "(document control, NCs, audits)" says what the item covers, in words
    out = []
    for name in names:
        words = name.split()
        if (
            1 <= len(words) <= 3
            and (name[:1].isupper() or _camel_name(name))
            and not re.search(r"\d", name)
            and not (len(words) == 1 and name.lower() in grades)
            and not speaks(name)
            and not is_place(name)
        ):
            out.append(name)
    return out


def _camel_name(name: str) -> bool:
    """ "memoQ", "iPad", "eBay": a product's name opening in lower case, a capital inside."""
    return re.fullmatch(r"[a-z]{1,6}[A-Z][\w]*", name) is not None


def _labels_skills(line: str) -> bool:
    """Whether `line` opens with a skills section's name as a label ("Key skills: …")."""
    label = re.match(r"^([^:]{2,40}):\s+\S", line)
    if label is None:
        # "Skills – casting, …": after a spaced dash the label must be no job title opening
        # on the section's name ("Skills Coach – Learndirect").
        label = re.match(r"^([^:–—]{2,40}?)\s+[–—-]\s+\S", line)
        if label is None or looks_like_title(label.group(1)):
            return False
    return bool(
        label and _PLAIN_HEADING.match(label.group(1)) and section_of(label.group(1)) == "skills"
    )


def _is_skill_list(line: str) -> bool:
    # "Python, Go, SQL, Docker": a list, not a sentence worth quoting back.
    pieces = [p for p in re.split(r"[,;|•·]", line) if p.strip()]
    if (
        pieces
        and looks_like_title(pieces[0])
        and any(looks_like_organisation(p) for p in pieces[1:])
    ):
        return False  # "Senior Associate, Marlow, Finch & Co LLP, Bristol" names a role
    if pieces and looks_like_title(pieces[0]) and is_place(pieces[-1].strip()):
        return False  # "Forester, Tilhill Forestry, Argyll, UK": a role, where it was last
    return len(pieces) >= 4 and all(len(p.split()) <= 4 for p in pieces)


def _own_name_letters(text: str) -> str:
    """The letters of the candidate's name as the CV's e-mail address or profile link spells
    it ("sofia.marchetti@…", "linkedin.com/in/sofiamarchetti"), joined: "sofiamarchetti …"."""
    found = re.findall(r"([A-Za-z][A-Za-z._-]{3,})@", text)
    found += re.findall(r"linkedin\.com/in/([A-Za-z][A-Za-z_-]{3,})", text, re.IGNORECASE)
    return " ".join(re.sub(r"[^a-z]", "", f.lower()) for f in found)


def _own_name(line: str, letters: str) -> bool:
    """Whether `line` is only the candidate's name, perhaps with letters after it ("Sofia
    Marchetti MCIPS"): two to four capitalised words, each in the name the e-mail address
    or profile link spells, then capitals only."""
    if not letters or re.search(r"[\d,:;|@/]", line):
        return False
    words = line.split()
    names = [w for w in words if re.fullmatch(r"[A-Z][a-z'’-]+", w)]
    after = words[len(names) :]
    return (
        2 <= len(names) <= 4
        and words[: len(names)] == names
        and all(
            re.fullmatch(r"[A-Z][A-Za-z]{1,7}", w) and sum(map(str.isupper, w)) >= 2 for w in after
        )
        and any(
            all(re.sub(r"[^a-z]", "", n.lower()) in spelt for n in names)
            for spelt in letters.split()
        )
    )


def _total_years(roles: list[Position], this_year: int, this_month: int) -> int | None:
    """Whole years covered by the roles' spans, each month counted once."""
    spans = sorted(
        (
            r.start_year * 12 + (r.start_month or 1) - 1,
            (r.end_year * 12 + (r.end_month or 1) - 1)
            if r.end_year is not None
            else this_year * 12 + this_month - 1,
        )
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
    return max(round(total / 12), 1)


@lru_cache(maxsize=1)
def _field_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = _cv_data()
    return frozenset(raw.get("generic_role_nouns", [])), frozenset(raw.get("rank_words", []))


def line_of_work(title: str) -> str:
    """The occupation a title names: "Orthoptist" in "Specialist Orthoptist (Band 6)",
    "Store Manager" in "Senior Store Manager", "" when it names none."""
    plain = re.sub(r"\([^()]*\)|\[[^\]]*\]", " ", title)
    plain = re.split(r"\s+[–—|-]\s+|,\s", plain)[0]
    # "Senior Stylist & Assistant Manager": two jobs in one; the first is the trade.
    halves = re.split(r"\s+(?:&|and)\s+", plain, maxsplit=1)
    if len(halves) == 2 and all(looks_like_title(h) for h in halves) and _ends_on_job(halves[0]):
        plain = halves[0]
    matches = list(_words()["role"].finditer(plain))
    if not matches:
        return ""
    generic, ranks = _field_words()
    # The last job word outside brackets names the occupation ("Teacher" of Mathematics).
    last = matches[-1]
    noun = last.group(0)
    before = plain[: last.start()].split()
    if noun.lower().rstrip("s") not in generic and noun.lower() not in generic:
        # "Speech and Language Therapist", "Hair and Beauty Therapist": a discipline named in
        # two parts joined by "and" names the occupation with the job word; the job word
        # alone ("Therapist") would count a sports therapist's years as the same work.
        joined = _joined_discipline(before)
        return " ".join([*joined, noun]) if joined else noun
    if before and before[-1].lower() not in ranks and before[-1][:1].isalpha():
        return " ".join([*_occupation_words(before), noun])
    if before and before[-1].lower() in _cv_data().get("rank_kept_in_field", []):
        return f"{before[-1]} {noun}"  # an assistant manager has not been a manager
    return noun


def _ends_on_job(text: str) -> bool:
    """Whether `text` ends on a job word ("Senior Stylist"), not inside a name of a
    discipline parted by "and" ("Specialist Speech" of "Speech and Language Therapist")."""
    return any(m.end() == len(text.rstrip()) for m in _words()["role"].finditer(text.rstrip()))


def _joined_discipline(before: list[str]) -> list[str]:
    """The discipline named in two capitalised parts joined by "and" or "&" right before a job
    word ("Speech and Language", "Health & Safety"), or [] when the words before say none."""
    if len(before) < 3 or before[-2].lower() not in ("and", "&"):
        return []
    first, last = before[-3], before[-1]
    _, ranks = _field_words()
    if any(not re.fullmatch(r"[A-Z][\w'’-]*", w) or w.lower() in ranks for w in (first, last)):
        return []
    return before[-3:]


def _occupation_words(before: list[str]) -> list[str]:
    """The words before a generic job word that name the occupation with it: "Data
    Protection" of "Senior Data Protection Officer", up to a grade, a small word or three;
    a discipline in two parts is kept whole ("Health and Safety" Officer)."""
    joined = _joined_discipline(before)
    if joined:
        return joined
    _, ranks = _field_words()
    words: list[str] = []
    for word in reversed(before):
        if len(words) == 3 or word.lower() in ranks or not word[:1].isupper():
            break
        if not re.fullmatch(r"[A-Za-z][\w'’-]*", word):
            break
        words.insert(0, word)
    return words or before[-1:]


def _field_key(name: str) -> tuple[str, ...]:
    # "Health & Safety Officer" and "Health and Safety Officer" are one line of work.
    return tuple(_singular(w) for w in re.findall(r"[a-z-]+", name.lower()) if w != "and")


def _in_field(title: str, field_name: str) -> bool:
    key = _field_key(field_name)
    own = _field_key(line_of_work(title))
    return bool(key) and (own == key or _names_same_occupation(own, key))


def _names_same_occupation(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """ "Property Manager" and "Commercial Property Manager": the shorter name, of two words
    or more, ends the longer one. "Child Protection Officer" is not a "Data Protection
    Officer", nor is an "Officer" alone."""
    short, long = sorted((one, other), key=len)
    return len(short) >= 2 and long[-len(short) :] == short


@lru_cache(maxsize=1)
def _course_word() -> re.Pattern[str]:
    words = _cv_data().get("course_words", {}).get("words", [])
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


# A bracket that may list things ("(First Aid, Manual Handling, Fire)"): its items are split
# and counted below.
_LISTING_BRACKET = re.compile(r"\(([^()]{3,240})\)")


def _without_course_contents(line: str) -> str:
    """`line` with the contents of a course blanked: a bracket listing two or more things
    right after a course, ticket or licence ("GWO Basic Safety Training (First Aid, Manual
    Handling, Fire, Working at Heights, Sea Survival)") names the parts of what is held, not
    skills the candidate puts forward. A degree's modules are kept."""
    if _DEGREE.search(line):
        return line
    out = line
    for m in _LISTING_BRACKET.finditer(line):
        before = line[: m.start()]
        items = [i for i in re.split(r",|;|/|&|\band\b", m.group(1)) if i.strip()]
        if len(items) < 2 or any(len(i.split()) > 5 for i in items):
            continue
        # The course is named just before the bracket (after the last separator).
        named = re.split(r"[,;|•·]\s*", before)[-1]
        if _course_word().search(named) or any(is_credential(s) for s in extract_skills(named)):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _stated_figures(summary: list[str]) -> list[tuple[int, str]]:
    """The years a profile states, each with its sentence (lines joined again, so that
    "Registered midwife with" / "9 years' experience" is one sentence)."""
    text = " ".join(line.strip() for line in summary)
    sentences = re.split(r"(?<=[a-z0-9)][.;!?])\s+|\s+[|•·]\s+", text)
    return [(figure, sentence) for sentence in sentences for figure in stated_years(sentence)]


def _names_field(sentence: str, field_name: str) -> bool:
    """Whether `sentence` names the line of work `field_name` by its last word (a
    "Turbine Technician" in "offshore wind technician with 6 years")."""
    key = _field_key(field_name)
    if not key:
        return False
    return key[-1] in {_singular(w) for w in re.findall(r"[a-z-]+", sentence.lower())}


def _another_line(title: str, current: str, field_name: str) -> bool:
    """Whether a role's `title` is another line of work than the `current` one: not the same
    occupation, nor of the same job family by its words (a "Junior Developer" before a
    "Software Engineer" is one line of work; a "Mechanical Fitter" before a "Wind Turbine
    Technician" is another)."""
    if not title or _in_field(title, field_name):
        return False
    family = title_family(title)
    return family is None or family != title_family(current)


def _years_in_field(
    roles: list[Position], this_year: int, this_month: int
) -> tuple[int | None, str]:
    """Years in the line of work of the most recent role, and that line of work's name."""
    if not roles:
        return None, ""
    field_name = line_of_work(roles[0].title)
    if not field_name:
        return None, ""
    same = [r for r in roles if r.title and _in_field(r.title, field_name)]
    area = _area_of(field_name)
    if area and _said_as_field(area[-1]):
        # "Events Assistant", "Events Coordinator", "Senior Events Executive": one line of
        # work at rising grades, named by what the titles share ("Events"); an "Events
        # Executive" for five of the ten years has been in events for ten. Only a field one
        # is "in" ("events", "marketing", "payroll"; never "in site", "in front office").
        named = re.compile(rf"\b{re.escape(' '.join(area))}\b", re.IGNORECASE)
        wider = [
            r
            for r in roles
            if r.title and _area_of(line_of_work(r.title)) and named.search(r.title)
        ]
        if len(wider) > len(same):
            return _total_years(wider, this_year, this_month), " ".join(area)
    return _total_years(same, this_year, this_month), field_name


def _said_as_field(word: str) -> bool:
    """Whether a word names a field one works in ("events", "sales", "marketing",
    "payroll"): a plural noun, an "-ing" word of a verb, or one of `field_area_words`."""
    low = word.lower()
    if low in _cv_data().get("field_area_words", []):
        return True
    lemmas = getAllLemmas(low)
    plural = low.endswith("s") and any(lemma != low for lemma in lemmas.get("NOUN", ()))
    return plural or (low.endswith("ing") and "VERB" in lemmas)


def _area_of(occupation: str) -> tuple[str, ...]:
    """The words before a generic job word naming an occupation ("Events" of "Events
    Executive", "Data Protection" of "Data Protection Officer"), as written; () when the
    occupation ends on no generic job word or has nothing before it."""
    generic, ranks = _field_words()
    words = occupation.split()
    last = words[-1].lower() if words else ""
    if len(words) < 2 or (last not in generic and _singular(last) not in generic):
        return ()
    return tuple(w for w in words[:-1] if w.lower() not in ranks)


# An academic degree, as against a vocational or professional qualification.
_ACADEMIC = re.compile(rf"\b({_ACADEMIC_NAMES})\b", re.IGNORECASE)
_VOCATIONAL = re.compile(
    r"\b(certificate in|award in|nvq|svq|level \d|city (?:&|and) guilds|stage \d|"
    r"professional standards)\b",
    re.IGNORECASE,
)
_DIPLOMA = re.compile(r"\bdiploma\b", re.IGNORECASE)
# "– AM2 passed": a test or assessment named as passed inside a qualification's line.
_PASSED = re.compile(
    r"(?:^|[–—;,]\s*)([A-Z][\w&/+-]*(?: [A-Z0-9][\w&/+-]*){0,4}) (?:passed|achieved)\b"
)
# "Registered Veterinary Nurse (registration no. 1187342)", "Chartered Technologist (MCIAT,
# membership no. 051382)", "Social Work England registered (SW118273)": a credential
# named with the number a register gives it.
# "HCPC registered Operating Department Practitioner (ODP123456)": "registered" inside.
_NAME_WORD = r"(?:[A-Z][\w&'’.-]*|of|in|and|&|for|registered)"
_REGISTERED = re.compile(
    rf"((?:[A-Z][\w&'’.-]*)(?:\s+{_NAME_WORD}){{0,6}}?(?:\s+registered)?)\s*"
    r"\(([^()]*?\d[^()]*)\)"
)
_REGISTER_WORDS = re.compile(
    r"\b(registration|registered|membership|member|reg\.?|pin|licence|license|number|no\.)",
    re.IGNORECASE,
)


def registered_credentials(line: str) -> list[str]:
    """Credentials named in prose with their register or membership number.

    The number in brackets is the cue, not a list of bodies, so it holds for any register:
    "RCVS Registered Veterinary Nurse (registration no. 1187342)" gives the phrase before
    it; "Social Work England registered (SW118273)" gives "Social Work England registration".
    """
    out: list[str] = []
    sentences = re.split(r"(?<=[a-z)A-Z]{2}[.;:])\s+(?=[A-Z])", line)
    for m in (m for sentence in sentences for m in _REGISTERED.finditer(sentence)):
        phrase, inside = m.group(1).strip(), m.group(2)
        code = re.search(r"\b[A-Z]{0,4}\d{3,}[A-Z0-9]*\b", inside)
        if code is None:
            continue
        if phrase.lower().endswith(" registered"):
            out.append(phrase[: -len(" registered")] + " registration")
        elif (_REGISTER_WORDS.search(inside) or " registered " in phrase) and (
            _CERT_WORDS.search(phrase) or looks_like_title(phrase)
        ):
            acronyms = [a for a in re.findall(r"\b[A-Z]{2,}\b", inside) if a != code.group(0)]
            out.append(phrase + (f" ({acronyms[0]})" if acronyms else ""))
    return out


_CREDENTIAL_SECTIONS = frozenset({"education", "certifications", "qualifications"})
_YEAR_AT_END = re.compile(r"\b(?:19|20)\d{2}\)?$")


def _names_own_credential(text: str) -> bool:
    """Whether a short dated line names a credential of its own ("Glaucoma Monitoring
    Certificate, 2021"), not the tail of the line above ("Analytics, 2024")."""
    return bool(re.search(r"\b(?:certificate|diploma|award|licen[cs]e|course)\b", text, re.I))


def _join_credential_wraps(items: list[Block]) -> list[Block]:
    """Qualification lines wrapped by a narrow column joined again.

    In a sidebar "ICAEW Certificate in Data" / "Analytics, 2024" and "BSc Accounting and
    Finance" / "(First), University of Sheffield, 2019" are one entry each: a line that
    opens with a bracket or in lower case, or a short tail ending on the year when the line
    before has none, continues the line before.
    """
    out: list[Block] = []
    section = ""
    for block in items:
        if block.kind == "heading" and _is_known_section(block.text.split(":")[0]):
            section = section_of(block.text)
            out.append(block)
            continue
        if block.kind == "heading":
            # "ACA, ICAEW (2023)": capitals, not a section's name.
            block = Block(block.text, "line", block.raw, block.blank_before)
        previous = out[-1] if out else None
        text = block.text.strip()
        if (
            section in _CREDENTIAL_SECTIONS
            and previous is not None
            and previous.kind == block.kind == "line"
            and not block.blank_before
            and not re.search(r"\b(?:19|20)\d{2}\b", previous.text)
            and not previous.text.rstrip().endswith((".", ";", ")"))
            and not in_progress(previous.text)
            and (
                text[:1] in "("
                or text[:1].islower()
                or re.search(r"\s(?:of|the|in|and|&|for|at|to)$", previous.text.rstrip())
                or (
                    len(text.split()) <= 5
                    and _YEAR_AT_END.search(text) is not None
                    and not _names_own_credential(text)
                )
            )
        ):
            joined = f"{previous.text.rstrip()} {text}"
            out[-1] = Block(
                joined,
                previous.kind,
                f"{previous.raw.rstrip()} {block.raw.strip()}",
                previous.blank_before,
            )
            continue
        out.append(block)
    return out


_CAP = r"[A-Z][\w&'’/+-]*"
_QUALIFICATION = re.compile(
    rf"\b((?:{_CAP}\s+){{0,3}}(?:Level\s+\d\s+)?(?:Certificate|Diploma|Award)\s+in\s+"
    rf"{_CAP}(?:\s+(?:(?:and|of|in|for|&)\s+)?{_CAP}){{0,6}})"
    rf"|\b((?:NVQ|SVQ|RQF|QCF)\s+Level\s+\d(?:\s+(?:in\s+)?(?:(?:and|of|&)\s+)?{_CAP}){{1,6}})"
)


def named_qualifications(line: str) -> list[str]:
    """Vocational qualifications named in prose by their regulated form: "… Certificate in
    …", "Level 3 Diploma in …", "NVQ Level 2 in …" (capitalised, as a course title is)."""
    out = []
    for m in _QUALIFICATION.finditer(line):
        name = (m.group(1) or m.group(2)).strip()
        name = re.sub(r"^(?:The|A|An|Completed|Achieved|Holds?|Gained)\s+", "", name)
        out.append(re.sub(r"\s+(?:and|of|in|for|&)$", "", name))
    return out


def _passed_items(line: str) -> list[str]:
    return [m.group(1) for m in _PASSED.finditer(line)]


# The first column of a table that names who awards or registers, not what.
_BODY_COLUMN = re.compile(
    r"^(?:awarding |professional |regulatory )?(?:body|bodies|organisation|organization|"
    r"issuer|issued by|provider|institution|regulator|council)$",
    re.IGNORECASE,
)


def _table_row(items: list[Block], index: int) -> str | None:
    """ "row" when the line is a row of a table of several rows (cells joined by " | ", as
    the intake writes a DOCX table), "header" for its first row when that holds no figure,
    else None (a pipe-separated list on a line of its own)."""
    cells = items[index].text.count(" | ")
    if not cells:
        return None

    def same(at: int) -> bool:
        return 0 <= at < len(items) and items[at].text.count(" | ") == cells

    if not (same(index - 1) or same(index + 1)):
        return None
    if not same(index - 1) and not re.search(r"\d", items[index].text):
        return "header"
    return "row"


def _labelled_credentials(line: str) -> list[str]:
    """ "Licence: Category C+E, no points. Driver CPC (DQC valid to 2027), ADR" under the
    name: a label naming credentials, then the named ones (a part with a capital or a figure;
    "no points" is a remark)."""
    label = re.match(r"^([A-Za-z][\w &/]{1,30}?)\s*:\s+(\S.*)$", line)
    if not label or section_of(label.group(1)) != "certifications":
        return []
    parts = re.split(r"[.;]\s+|,\s+(?![^()]*\))", label.group(2).strip(" ."))
    return [p.strip() for p in parts if re.search(r"[A-Z0-9]", p)]


# A date column before a certificate ("2016 – 2017 | Level 3 Diploma …", a tab or a run of
# spaces in the file): when it was taken, no certificate of its own.
_DATE_CELL = re.compile(
    r"^\s*(?:(?:[A-Z][a-z]{2,8}\.? )?(?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:[A-Z][a-z]{2,8}\.? )?"
    r"(?:19|20)\d\d|[Pp]resent|[Nn]ow|[Dd]ate))?)\s+\|\s+(?=\S)"
)


def _certificate_items(line: str) -> list[str]:
    line = _DATE_CELL.sub("", line)
    # "Immediate Life Support; Basic Life Support; IPC training" is three certificates.
    parts = [p.strip(" .") for p in re.split(r";|\s\|\s|•|·", line) if p.strip(" .")]
    # A comma list only when it reads like one ("SMSTS, CSCS, IPAF"), not "SMSTS, CITB – 2023".
    # Card grades keep their numbers: "CPCS A04 Tower Crane, CPCS A60 Mobile Crane, CSCS Card".
    commas = [p.strip() for p in line.split(",")]
    if (
        len(parts) == 1
        and "," in line
        and (
            not re.search(r"\d", line)
            or (
                len(commas) >= 3
                and not re.search(r"\b(?:19|20)\d{2}\b|[–—]", line)
                and all(p[:1].isupper() or p[:1].isdigit() for p in commas)
            )
        )
        and all(len(p.split()) <= (6 if re.search(r"\d", line) else 4) for p in commas)
    ):
        parts = [p.strip(" .") for p in line.split(",") if p.strip(" .")]
    # "IPAF 3a, 3b", "Rule Book modules S, TS, G1": one certificate's codes, not three.
    return [p for p in join_code_series(parts) if not _is_tally(p)]


def _is_tally(part: str) -> bool:
    """ "Total time 3,150 hrs", "1,100 hrs as PF": a count or a time logged, listed with the
    licences, is no certificate. A course's length in brackets ("Sea Survival (2 days)") and
    anything naming a certificate or a course are kept."""
    outside = re.sub(r"\([^()]*\)", "", part)
    return (
        any(f.has_unit for f in figures(outside))
        and not _CERT_WORDS.search(part)
        and not _COURSE_WORDS.search(part)
        and not any(is_credential(s) for s in extract_skills(part))
    )


def analyse_cv(text: str, this_year: int | None = None) -> CandidateProfile:
    """Read a CV: positions with highlights, skills with their lines, credentials, education.

    Years are counted to `reference_date()` (today unless fixed with `dates.as_of`);
    `this_year` counts them to January of that year instead.
    """
    today = reference_date()
    if this_year and this_year != today.year:
        # A year alone counts from January, so "2015 – 2018" is three years, as people count.
        today = date(this_year, 1, 1)
    return _analyse_cv(text, today)


# "2015 –   Luthier, Lowden Guitars" over "2020   Top and back graduation…": a column of dates
# split over two lines, the start and its dash beside the role, the end on the line below.
_DANGLING_START = re.compile(r"^(\s*)(\S[^|]{2,14}?)\s*[–—-]\s*(?:\|\s*|\s(?=\S))(.*)$")
_FIRST_CELL = re.compile(r"^\s*(\S[^|]*?)(?:\s*\|\s*|\s{2,}|\s*$)(.*)$")


def _join_split_date_column(text: str) -> str:
    """`text` with each date range split over two lines of a left column made whole on the
    first: "2015 – 2020 | Luthier, Lowden Guitars", the line below keeping the rest."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        start = _DANGLING_START.match(lines[i])
        below = _FIRST_CELL.match(lines[i + 1])
        if not start or not below or find_range(lines[i]) is not None:
            continue
        dates = f"{start.group(2).strip()} – {below.group(1).strip()}"
        span = find_range(dates)
        if span is None or span.begin != 0 or span.end < len(dates):
            continue
        lines[i] = f"{start.group(1)}{dates} | {start.group(3)}"
        lines[i + 1] = below.group(2)
    return "\n".join(lines)


@lru_cache(maxsize=64)
def _analyse_cv(text: str, today: date) -> CandidateProfile:
    """`analyse_cv` counted to `today`: the day is part of the cache key, so that profiles
    read for one reference date are never served for another."""
    this_year, this_month = today.year, today.month
    text = _join_split_date_column(text or "")
    items = _join_credential_wraps(blocks(text, _heading_line(), _words()["role"]))

    roles: list[Position] = []
    orders: list[tuple[str | None, bool]] = []
    highlights: list[list[str]] = []
    achievements: list[Achievement] = []
    achievement_keys: set[str] = set()
    header: list[str] = []
    summary: list[str] = []
    certifications: list[str] = []
    columns: list[str] = []  # the header cells of the table being read
    education: list[str] = []
    mention_lists: dict[Skill, list[Mention]] = {}
    listed: list[tuple[str, str]] = []
    spoken: list[str] = []
    spoke_line = False  # whether the line before named a spoken language
    every_line: list[tuple[str, str]] = []
    summary_years: list[int] = []
    section = "header"
    section_style: tuple[bool, ...] = ()  # how the heading of the current section is written
    pending: list[Block] = []  # short lines since the last bullet: they may name the next role
    group_employer: str | None = None  # "Acme Ltd" above several titles, one per promotion
    group_teams = False  # the roles under that employer name a team, not another employer
    # That employer was named over a length ("Hoare Lea" / "5 years 4 months"), as profile
    # exports write it: the line under each role's dates gives its place, not its employer.
    group_by_length = False
    role_columns: list[str] = []  # the columns a table's header row names ("from", "employer", …)
    skip = 0
    width = _line_width(text or "")
    describing = False  # just after a role's heading, before its first bullet

    own_name_letters = _own_name_letters(text or "")
    for index, block in enumerate(items):
        spoke_before, spoke_line = spoke_line, False
        if skip:
            skip -= 1
            continue
        if block.kind == "heading" and (
            not _is_known_section(block.text.split(":")[0]) or _heads_its_dates(items, index)
        ):
            # "# Sam Patel" at the top, "### Senior Engineer · Acme" in the experience: a
            # line styled as a heading, not a new section.
            block = Block(block.text, "line", block.raw, block.blank_before)
        if block.kind == "heading" and section == "skills" and _lists_skills_of(items, index):
            # "Rope rescue skills" / "First aid skills", one a line in a skills section: items
            # of the list, not sub-headings over it.
            block = Block(block.text, "line", block.raw, block.blank_before)
        if (
            block.kind == "line"
            and _FIELD_HEADING.match(block.text)
            and not looks_like_title(block.text)
            and not looks_like_organisation(block.text)
            and not has_range(block.text)
        ):
            # "Aviation Experience", "Legal Employment History": a section named for a field.
            block = Block(block.text, "heading", block.raw, block.blank_before)
        if block.kind == "heading":
            inline = re.match(r"^([^:]{2,40}):\s+(\S.*)$", block.text)
            named = section_of(inline.group(1) if inline else block.text)
            if (
                named == "achievements"
                and section in ("experience", "volunteering")
                and roles
                and (_heading_style(block.raw) != section_style or _roles_follow(items, index))
            ):
                # "Key achievements" under a role, styled unlike the section's heading or
                # followed by more roles: the role's own list, so the experience goes on.
                pending = []
                if not inline:
                    continue
            else:
                section = named
                section_style = _heading_style(block.raw)
                pending = []
                group_employer, group_by_length, role_columns = None, False, []
                if not inline:
                    continue
            block = Block(inline.group(2), "line", block.raw, block.blank_before)
        if section not in ("header", "experience", "volunteering") and _own_name(
            block.text, own_name_letters
        ):
            # "Sofia Marchetti MCIPS" under the languages of a side column: the name heading
            # the main column, as a two-column PDF is flattened; the headline under it
            # belongs with it, not with the list before.
            section, pending = "header", []
        if _names_columns(block):
            pending = []  # "Dates | Role | Employer": the table's header row names no role
            role_columns = [c.lower() for c in _raw_cells(block)]
            continue
        block = _with_cells(_without_field_label(block))
        line = block.text
        if not is_contact(line):
            every_line.append((line, section))
        if block.kind == "bullet":
            describing = False
        if section in ("experience", "volunteering") and is_duration(line):
            # "Hoare Lea" / "5 years 4 months" / "Senior Acoustic Consultant" / "April 2023 -
            # Present": a length under a name totals the roles listed under that employer.
            if pending and not looks_like_title(pending[-1].text):
                named = _assign(role_pieces(pending[-1].text))["employer"]
                group_employer = tidy_name(named or pending[-1].text)
                group_teams, group_by_length = False, True
            continue
        if block.blank_before and block.kind == "line":
            pending = []
        span = find_range(line) if block.kind != "bullet" or _bullet_role(line) else None
        if span is None and section in ("experience", "volunteering") and block.kind == "line":
            span = _one_year_role(line, items[index + 1 : index + 2])
        if span is not None and _qualifies_part(line, span, items[index + 1 : index + 2]):
            span = None
        role_section = section in (
            "header",
            "experience",
            "summary",
            "other",
            "achievements",
            "volunteering",
        )
        if (
            span is not None
            and role_section
            and not (_DEGREE.search(line) and not looks_like_title(line))
        ):
            below: list[str] = []
            for after in items[index + 1 : index + 3]:
                if (
                    not _is_heading_candidate(after)
                    # "Selected clients:" opens a list under the role; it names no part of it.
                    or after.raw.rstrip().endswith(":")
                    or find_range(after.text) is not None
                    or after.blank_before
                ):
                    break
                below.append(after.text)
            above = role_lines_above(_join_wrapped_tails([b.text for b in pending]))
            made = _role_from(block, span, above, below)
            if made is not None and _is_time_away(made[0], block.text[: span.begin]):
                # "Career break – caring for a parent | 2019 – 2021": no job, no employer.
                pending = []
                continue
            heads = _heads_dated_titles(made, items, index) if made is not None else None
            if made is not None and heads:
                # "Hillside Primary School, Bristol | 2013 – 2019" over "Class Teacher (2013 –
                # 2016)" and "Phase Leader (2016 – 2019)": the employer of the roles below.
                group_employer, group_teams, pending = made[0].employer, heads == "postings", []
                group_by_length = False
                continue
            if made is not None:
                role, used_below, order = made
                if role_columns:
                    role = _by_columns(role, block, role_columns)
                own_text = block.text[: span.begin] + " " + block.text[span.end :]
                if (
                    group_employer
                    and role.employer
                    and role.employer in own_text
                    and group_teams
                    and not block.blank_before
                    and not looks_like_organisation(role.employer)
                ):
                    # "NORTHUMBRIA POLICE" / "Police Constable — Response | 2015 – 2019":
                    # under an employer's heading, the other part names a team.
                    role = replace(role, employer=group_employer, department=role.employer)
                    order = (None, False)
                joined = _title_pair(role, own_text)
                if group_employer and group_by_length and used_below and role.title:
                    # "Acoustic Consultant" / "Sep 2019 - Mar 2023" / "Bristol, England": the
                    # employer is the one named over the length; the line below is the place.
                    place = role_pieces(below[0])[0] if role_pieces(below[0]) else None
                    role = replace(role, employer=group_employer, location=place, department=None)
                elif group_employer and not group_teams and joined:
                    # "Staff Sergeant, Supply Chain Manager (2018 – 2022)" under "British Army
                    # | 2010 – 2022": rank and trade are the title; the heading employs.
                    role = replace(role, title=joined, employer=group_employer)
                    order = (None, False)
                elif not role.title and group_employer and role.employer in own_text:
                    # A title with no known job word under an employer heading it.
                    role = replace(role, title=role.employer, employer=group_employer)
                elif not role.employer and group_employer:
                    role = replace(role, employer=group_employer)
                elif role.employer and above and not any(looks_like_title(a) for a in above):
                    # "Tillpoint, Manchester" above "Account Executive | 2020 – 2022": the
                    # employer heads this role and the promotions listed under it.
                    if role.title and role.title in own_text:
                        group_employer, group_by_length = role.employer, False
                        # "Detective Constable — CID": the roles under it name their team.
                        team = role.department or role.location
                        group_teams = bool(team and team in own_text)
                elif role.employer and role.employer in own_text:
                    group_employer = None
                if group_by_length and role.employer != group_employer:
                    # "Sandy Brown Associates" / "Graduate Acoustic Consultant" / dates: a
                    # role naming another employer ends the group.
                    group_employer, group_by_length = None, False
                wrapped = _wrapped_tail(block, span, below, items[index + 2 : index + 3], width)
                if used_below == 0 and wrapped and role.employer and role.title:
                    # A PDF line wrapped inside the employer's name, the dates staying on
                    # the first line: "…, Government Digital   Oct 2015 – May 2016" / "Service".
                    role = replace(role, employer=f"{role.employer} {wrapped}")
                    used_below = 1
                if section == "volunteering":
                    role = replace(role, volunteer=True)
                roles.append(role)
                orders.append(order)
                highlights.append([])
                skip = used_below
                # The lines naming the role say who employed them, not what they can do:
                # only the title's skills count ("Parcelwise (logistics SaaS)" is no skill).
                used = {*above, *below[:used_below]}
                for skill in list(mention_lists):
                    kept = [m for m in mention_lists[skill] if m.text not in used]
                    if kept:
                        mention_lists[skill] = kept
                    else:
                        del mention_lists[skill]
                for skill in extract_skills(role.title):
                    mention_lists.setdefault(skill, []).append(
                        Mention(role.title, role.employer, "experience")
                    )
                pending = []
                describing = True
                if section in ("header", "summary", "other", "achievements"):
                    # A dated role under "Highlights" or "Key achievements": the experience
                    # goes on, and so may roles with no dates below it.
                    section = "experience"
                continue
        undated = (
            _undated_role(block, pending, items[index + 1 : index + 3])
            if span is None and section in ("experience", "volunteering") and not describing
            else None
        )
        if undated is not None and any(
            r.employer and undated.employer and _key(r.employer) == _key(undated.employer)
            for r in roles[-1:]
        ):
            undated = None  # a title under the same employer: a later post or a project there
        if undated is not None:
            # "Archives Volunteer, National Trust" over its bullets: a position the CV gives
            # no dates for. None are invented, and it is not the current job unless it says so.
            if section == "volunteering":
                undated = replace(undated, volunteer=True)
            roles.append(undated)
            orders.append((None, False))
            highlights.append([])
            for skill in extract_skills(undated.title):
                mention_lists.setdefault(skill, []).append(
                    Mention(undated.title, undated.employer, "experience")
                )
            pending = []
            describing = True
            continue
        if section == "header":
            if len(line.split()) > 14 and not is_contact(line):
                summary.append(line)
            else:
                header.append(line)
                pending.append(block)
                if not is_contact(line):
                    # "Professional registration: HCPC registered … (ODP123456)" under the name.
                    certifications.extend(registered_credentials(line))
                    certifications.extend(_labelled_credentials(line))
                    # "Hannah Cole MRCSLT", "Member of the Royal College of …".
                    certifications.extend(memberships(line))
                    if _LANGUAGE_LABEL.match(line) and speaks(line):
                        spoken.extend(_spoken_items(line))  # "Languages: French (native)"
                continue
        skills_here = [] if is_contact(line) else extract_skills(_without_course_contents(line))
        if skills_here:
            # "Won a deal with a logistics group": the customer's field, not a skill.
            sectors = sector_only(line)
            skills_here = [s for s in skills_here if s not in sectors]
        employer = (
            roles[-1].employer if roles and section in ("experience", "volunteering") else None
        )
        # "Skills: Lamination, Chocolate tempering, Sugar work" under a role: a skills list
        # on one line, whatever section it sits in.
        # "Skills include stock control, forklift operation and first aid." in a profile.
        told = block.kind != "heading" and any(tells_skills(s) for s in sentences(line))
        labelled_list = block.kind != "heading" and (_labels_skills(line) or told)
        where = (
            "skills" if section == "skills" or labelled_list or _is_skill_list(line) else section
        )
        # "Italian (good)" under "French (native)", "English (fluent)": a line of the same
        # shape in a list of spoken languages is one more, whatever word grades it.
        after_spoken = spoke_before and bool(_GRADED_ITEM.fullmatch(line)) and not skills_here
        if (
            (section == "skills" or labelled_list or _LANGUAGE_LABEL.match(line))
            and not is_contact(line)
            and (speaks(line) or after_spoken)
        ):
            spoke_line = True
            # "English (native), French (C1)": the languages the candidate speaks, in a
            # skills section or on a "Languages:" line wherever it sits.
            found = _spoken_items(line)
            spoken.extend(found)
            listed.extend((i, line) for i in found)
        elif (section == "skills" or labelled_list) and not is_contact(line):
            following = items[index + 1] if index + 1 < len(items) else None
            told_only = section != "skills" and not _labels_skills(line)
            for item in _unknown_items(block, following, skills_here, told_only=told_only):
                if _HELD_PAPER.search(item) or _passed_modules(item):
                    # "Driving licence B" among the skills is a licence the candidate holds.
                    certifications.append(item)
                else:
                    listed.append((item, line))
        if section in ("summary", "header") and not is_contact(line):
            certifications.extend(registered_credentials(line))
            if section == "summary":
                certifications.extend(memberships(line))
        if section == "header" and not is_contact(line):
            certifications.extend(_labelled_credentials(line))
        if section in ("summary", "header", "experience", "volunteering", "achievements"):
            # "Completed the ILM Level 5 Certificate in Leadership and Management (2022)".
            certifications.extend(named_qualifications(line))
        if section == "summary":
            summary.append(line)
        elif section in ("education", "certifications", "qualifications") and not labelled_list:
            # "Key skills: fire risk assessment, …" under the qualifications lists skills.
            row = _table_row(items, index)
            if row == "header":
                columns = _cells(line)
                continue  # "Licence / card | Issued by | Valid to" names the columns
            if row == "row":
                # In a table of certificates the first cell names it; the others give the
                # awarding body, a number or a date. Under "Body | Registration | Number"
                # the first cell is the body and the second what it registered.
                cells = _cells(line)
                # A date column first ("2016 – 2017 | Level 3 Diploma …") says when.
                while len(cells) > 1 and _DATE_CELL.match(f"{cells[0]} | {cells[1]}"):
                    cells = cells[1:]
                line = cells[0]
                if columns and _BODY_COLUMN.match(columns[0]) and len(cells) > 1 and cells[1]:
                    line = f"{cells[0]} – {cells[1]}"
            else:
                columns = []
            # "Certificate of School Business Management (CSBM), ISBL": a certificate named
            # first is one, whatever subject or school its name holds.
            is_degree = not _NAMED_CERTIFICATE.match(line) and (
                bool(_DEGREE.search(line)) or _names_school(line)
            )
            # Under "Qualifications", what is not a degree or a school is a certificate; under
            # "Certifications" or "Training", everything but an academic degree is.
            if (section == "certifications" and not _ACADEMIC.search(line)) or (
                not is_degree
                and (
                    section == "qualifications"
                    or _CERT_WORDS.search(line)
                    # "DAFNE educator training, 2023": a course the candidate passed.
                    or _COURSE_WORDS.search(line)
                    or any(is_credential(s) for s in skills_here)
                )
            ):
                certifications.extend(_certificate_items(line))
            else:
                education.append(line)
                # A vocational or professional qualification listed with the degrees ("NVQ
                # Level 3 …, Coventry College", "Certificate in …", "PEPS Stage 1") is also a
                # certificate the candidate holds.
                # Under "Qualifications" a diploma that is no academic degree ("Diploma in
                # Brewing (IBD)", "DipWCF") is a professional qualification too.
                if not _ACADEMIC.search(line) and (
                    _VOCATIONAL.search(line)
                    or (section == "qualifications" and _DIPLOMA.search(line))
                ):
                    certifications.append(line)
            certifications.extend(_passed_items(line))
        elif section in ("experience", "volunteering", "projects", "achievements", "other") and (
            block.kind == "bullet" or not _is_heading_candidate(block)
        ):
            # A prose line between a role's heading and its bullets describes the employer
            # ("Card acquiring platform for 9,000 merchants"): context, not an achievement.
            following = items[index + 1] if index + 1 < len(items) else None
            about_employer = (
                describing
                and block.kind == "line"
                and section in ("experience", "volunteering")
                and following is not None
                and following.kind == "bullet"
            )
            describing = False
            if section in ("experience", "volunteering") and roles and not about_employer:
                highlights[-1].append(line)
            if section != "other" and where != "skills" and not about_employer:
                achievement_keys.add(_key(line))
                is_project = section in ("projects", "achievements") or bool(
                    _PROJECT_WORDS.search(line)
                )
                if is_project and len(line.split()) >= 4:
                    achievements.append(
                        Achievement(line, employer, tuple(skills_here), bool(_METRIC.search(line)))
                    )
        for skill in skills_here:
            mention_lists.setdefault(skill, []).append(Mention(line, employer, where))
        if block.kind == "bullet" or not _is_heading_candidate(block):
            pending = []
        else:
            pending.append(block)
        if section == "summary" or where == "skills":
            pending = []

    # Skills named in the header (the headline, "Registered Nurse") count; contact lines do not.
    for line in header:
        if is_contact(line):
            continue
        for skill in extract_skills(line):
            mention_lists.setdefault(skill, []).append(Mention(line, None, "header"))

    roles = _bracket_employer_habit(_consistent_order(roles, orders))
    dated: list[Position] = []
    for role, found in zip(roles, highlights, strict=True):
        twin = next((i for i, d in enumerate(dated) if _same_role(d, role)), None)
        if twin is None:
            dated.append(replace(role, highlights=tuple(found)))
        else:
            kept = dated[twin]
            if _undated(kept) and not _undated(role):
                # The dated twin gives the dates; the undated one read first has none.
                kept = replace(
                    kept,
                    start_year=role.start_year,
                    end_year=role.end_year,
                    is_current=role.is_current,
                    heading=role.heading,
                )
            dated[twin] = replace(
                kept,
                highlights=kept.highlights + tuple(found),
                location=kept.location or role.location,
                department=kept.department or role.department,
                end_month=kept.end_month or role.end_month,
                start_month=kept.start_month or role.start_month,
            )
    # Most recent first: running roles, then by end and start; CV order breaks ties.
    # Most recent first. Running jobs keep the CV's order (the main job is listed first,
    # a side role started later is not the current job); volunteering comes after them.
    ordered = sorted(
        enumerate(dated),
        key=lambda p: (
            not p[1].is_current,
            # A post the title calls voluntary ("Volunteer Mentor") listed among the jobs is
            # volunteering all the same: never the current job while a paid one runs.
            p[1].volunteer or _VOLUNTEER_TITLE.search(p[1].title or "") is not None,
            0 if p[1].is_current else -((p[1].end_year or 0) * 12 + (p[1].end_month or 12)),
            0 if p[1].is_current else -((p[1].start_year or 0) * 12 + (p[1].start_month or 1)),
            p[0],
        ),
    )
    rank = {
        "experience": 0,
        "volunteering": 1,
        "projects": 1,
        "achievements": 1,
        "summary": 2,
        "other": 3,
        "header": 4,
        "certifications": 4,
        "education": 4,
        "qualifications": 4,
        "skills": 5,
    }
    mentions = tuple(
        (skill, tuple(sorted(found, key=lambda m: rank.get(m.section, 3))))
        for skill, found in mention_lists.items()
    )
    computed = _total_years(dated, this_year, this_month)
    working = [r for _, r in ordered if not r.volunteer]
    in_field, field_name = _years_in_field(working, this_year, this_month)
    if in_field is not None and computed is not None:
        in_field = min(in_field, computed)
    stated = _stated_figures(summary)
    summary_years = [figure for figure, _ in stated]
    years = max(summary_years) if summary_years else computed
    if in_field is not None and summary_years:
        # The candidate's own count wins: no line of work longer than their whole career.
        in_field = min(in_field, max(summary_years))
    in_own_words = [figure for figure, sentence in stated if _names_field(sentence, field_name)]
    field_dated, _ = _years_in_field(working, this_year, this_month)
    if (
        in_own_words
        and field_dated is not None
        and computed is not None
        and abs(max(in_own_words) - field_dated) < abs(max(in_own_words) - computed)
    ):
        # "Offshore wind technician with 6 years on Vestas platforms", the dates giving 8 in
        # that line of work and 11 in all: the figure counts the years in the line of work it
        # names (it is nearer those), and roles in another one (a fitter before) add to the
        # career, not to it. "Site manager with 16 years in construction", 16 in all, counts
        # the career.
        in_field = max(in_own_words)
        # Dates given as years alone are a year out either way: the career is raised above
        # the candidate's own figure only by more than that.
        if computed - max(in_own_words) > 1 and any(
            _another_line(r.title, working[0].title, field_name) for r in working
        ):
            years = max(years or 0, computed)
    # "ITIL 4 Foundation in progress": a credential named only where it is not held yet is
    # no skill the candidate has; its mentions stay, so it is asked about, never missing.
    everything = [s for s, found in mention_lists.items() if not _only_pending(s, found)]
    # "Run foot trimming on a 300-cow herd" and "Cattle foot trimming – Level 2": a thing the
    # duties work on that the CV names again is a skill in its own words.
    listed.extend(
        (thing, line)
        for thing, line in recurring_things(
            [h for found in highlights for h in found],
            [line for line, _ in every_line],
            {item.lower() for item, _ in listed},
        )
        if not looks_like_title(thing)  # "deputy quality …": a post, not a skill
    )
    parted = [held_and_pending(c) for c in _held(certifications, text)]
    return CandidateProfile(
        skills=tuple(hard_skills(everything)),
        soft_skills=tuple(soft_skills(everything)),
        roles=tuple(r for _, r in ordered),
        projects=tuple(sorted(achievements, key=lambda a: not a.has_metric)),
        years_experience=years,
        mentions=mentions,
        implied=tuple(implied_skills(everything)),
        header=tuple(header),
        summary=tuple(summary),
        # "HCPC registration (SL12345)" under the name and "HCPC registration" under the
        # qualifications: one registration, named once.
        certifications=tuple(distinct([held for held, _ in parted if held])),
        in_progress=tuple(dict.fromkeys(pending for _, pending in parted if pending)),
        education=tuple(_without_name_lines(education, text or "")),
        achievement_lines=frozenset(achievement_keys),
        # "glass cutting", "HONEY EXTRACTION": each item named in sentence case.
        listed=tuple(
            dict.fromkeys(
                (normalise_item(i), line)
                for i, line in _not_the_name(listed, text or "")
                if not _speaker_of(i, spoken)
            )
        ),
        spoken_languages=tuple(dict.fromkeys(spoken)),
        lines=tuple(dict.fromkeys(every_line)),
        years_in_field=in_field,
        field_name=field_name,
    )


def _lines_above_dates(lines: list[str]) -> list[str]:
    """The lines above a date line that may name its role: the two nearest, or three when
    those two name no job and the one above them does ("Laboratory Technician" /
    "Geochemistry" / "James Hutton Institute" / "2014 – 2015": a unit between the title and
    the employer, each on a line of its own)."""
    above = lines[-2:]
    if (
        len(lines) >= 3
        and not any(looks_like_title(a) for a in above)
        and looks_like_title(lines[-3])
        and not looks_like_organisation(lines[-3])
        and any(names_discipline(a) or looks_like_department(a) for a in above)
    ):
        return lines[-3:]
    return above


_SCHOOL = re.compile(
    r"\b(?:university|college|school|academy)\b"
    r"(?:\s+of\s+(?-i:(?:[A-Z][\w'’-]*\s+){0,3}([A-Z][\w'’-]*)))?",
    re.IGNORECASE,
)


def _names_school(line: str) -> bool:
    """Whether `line` names a place of study. "Royal College of Anaesthetists", "College of
    Paramedics": a college of a profession's members (a job word in the plural) is the body
    that awards its fellowships and memberships, no school."""
    for found in _SCHOOL.finditer(line):
        last = found.group(1) or ""
        if not (last.endswith("s") and _words()["role"].fullmatch(last[:-1])):
            return True
    return False


def _lists_skills_of(items: list[Block], index: int) -> bool:
    """Whether an unmarked "<thing> skills" line read as a heading is an item of a skills list:
    its thing is a known skill ("First aid skills"), or a line beside it is of the same shape
    ("Rope rescue skills" over "Casualty care skills"). A sub-heading is written as one
    ("**Clinical skills**", "RESEARCH SKILLS", "Trade skills:") or stands over items of
    other shapes."""
    block = items[index]
    thing = _skills_of(block.text)
    raw = block.raw.strip()
    letters = [c for c in raw if c.isalpha()]
    if (
        thing is None
        or raw.startswith(("#", "**", "__"))
        or raw.endswith(":")
        or all(c.isupper() for c in letters)
    ):
        return False
    beside = [items[i] for i in (index - 1, index + 1) if 0 <= i < len(items)]
    return bool(extract_skills(thing, context_free=True)) or any(
        _skills_of(b.text) is not None for b in beside
    )


def _only_pending(skill: Skill, found: list[Mention]) -> bool:
    """Whether every line naming a credential, or a skill named only among the CV's
    credentials ("ITIL 4 Foundation in progress"), names it only where it is not held yet.
    ("PRINCE2 Foundation (2021), Practitioner booked" holds PRINCE2.)"""
    if not found:
        return False
    if all(skill not in extract_skills(without_pending(m.text)) for m in found):
        # "…, and working towards Azure certification": a skill named only in a credential
        # the candidate studies for is not claimed yet, whatever the section.
        return True
    if not (is_credential(skill) or all(m.section in _CREDENTIAL_SECTIONS for m in found)):
        return False
    return all(skill not in extract_skills(held_and_pending(m.text)[0]) for m in found)


def _held(certifications: list[str], text: str | None) -> list[str]:
    return list(dict.fromkeys(_without_name_lines(certifications, text or "")))


def _roles_follow(items: list[Block], index: int) -> bool:
    """Whether a role follows the list under the heading at `index`: after its bullets, a
    short line naming a job, dated or with bullets of its own, before any other heading."""
    rest = [b for b in items[index + 1 :] if b.kind != "bullet"]
    if not rest or rest[0].kind == "heading":
        return False
    at = items.index(rest[0], index + 1)
    line, after = rest[0], items[at + 1 : at + 3]
    if not _is_heading_candidate(line) or not looks_like_title(line.text):
        return False
    described = bool(after) and (
        after[0].kind == "bullet"
        or (len(after) > 1 and after[0].kind == "line" and after[1].kind == "bullet")
    )
    return has_range(line.text) or described


def _heading_style(raw: str) -> tuple[bool, ...]:
    """How a heading is written: Markdown level, bold, capitals, a colon, a bullet or indent.
    A heading written unlike its section's heading is a part of that section."""
    text = raw.strip()
    letters = [c for c in text if c.isalpha()]
    return (
        *(text.startswith("#" * n) for n in range(1, 5)),
        text.startswith("**"),
        bool(letters) and all(c.isupper() for c in letters),
        text.rstrip("*").endswith(":"),
        raw[:1].isspace(),
    )


_COLUMN_GAP = re.compile(r"\t+| {3,}")


def _with_cells(block: Block) -> Block:
    """A dated line of a table or a layout in columns, its cells parted by " | ": the intake
    keeps "Apr 2022 – Present<tab>Legal Adviser<tab>HMCTS" as tabs or runs of spaces, which
    the block's text lost, so title and employer would run together."""
    raw = BULLET.sub("", block.raw).strip()
    if block.kind == "line" and not _COLUMN_GAP.search(raw) and " | " in block.text:
        # "Oct 2021 | Present | Royal Berkshire NHS Foundation Trust | Band 6 Midwife".
        cells = _join_split_ranges(block.text.split(" | "))
        if len(cells) < block.text.count(" | ") + 1 and has_range(" | ".join(cells)):
            return Block(" | ".join(cells), block.kind, block.raw, block.blank_before)
        return block
    if block.kind != "line" or not _COLUMN_GAP.search(raw):
        return block
    cells = _join_split_ranges([c for c in (clean(cell) for cell in _COLUMN_GAP.split(raw)) if c])
    text = " | ".join(cells)
    # Only a dated line: "Summer 2014" in a column of its own is dates, as it is after a bar.
    if len(cells) < 2 or not has_range(text):
        return block
    return Block(text, block.kind, block.raw, block.blank_before)


_ENTRY_PARTS = re.compile(r"\s[·|—–@]\s")


def _heads_its_dates(items: list[Block], index: int) -> bool:
    """ "### GIS Technician (placement year) · Jacobs" over "*Summer 2016 – Summer 2017*": a
    heading of two parts over a line of dates alone heads a role, whatever words it uses."""
    if index + 1 >= len(items) or not _ENTRY_PARTS.search(items[index].text):
        return False
    below = items[index + 1]
    span = find_range(below.text) if below.kind == "line" else None
    return span is not None and not (below.text[: span.begin] + below.text[span.end :]).strip(
        " ,;()|"
    )


def _join_split_ranges(cells: list[str]) -> list[str]:
    """A table's "From" and "To" columns as one range: "Oct 2021", "Present" → "Oct 2021 –
    Present", so the row reads as dated like a row with one "Dates" column."""
    out: list[str] = []
    for cell in cells:
        if out and not has_range(out[-1]) and not has_range(cell):
            joined = f"{out[-1]} – {cell}"
            span = find_range(joined)
            if span is not None and span.begin == 0 and span.end >= len(joined) - 1:
                out[-1] = joined
                continue
        out.append(cell)
    return out


def _without_field_label(block: Block) -> Block:
    """ "Job title: Community Fundraiser", "Employer: Sussex Wildlife Trust", "Dates: June
    2018 – February 2022": a form's label names the field; the role is what follows it."""
    words = _cv_data().get("table_header_words", [])
    # "Current: Head Chef", "Previous role: Sous Chef": a label saying only when.
    status = _cv_data().get("status_labels", [])
    label = re.match(
        rf"^(?:(?:{'|'.join(map(re.escape, words))})(?: name)?"
        rf"|(?:{'|'.join(map(re.escape, status))})(?: (?:role|position|post|job|title|employer))?)"
        r"\s*:\s+(?=\S)",
        block.text,
        re.I,
    )
    if block.kind != "line" or not label:
        return block
    return Block(block.text[label.end() :], block.kind, block.raw, block.blank_before)


def _raw_cells(block: Block) -> list[str]:
    """The cells of a table row or a line in columns, as written (tabs, runs of spaces, pipes)."""
    raw = BULLET.sub("", block.raw).strip()
    cells = [c.strip(" *_") for c in re.split(r"\t+| {3,}|\s\|\s|^\||\|$", raw)]
    return [c for c in cells if c]


def _names_columns(block: Block) -> bool:
    """Whether a line names the columns of a table of positions ("Dates<tab>Role<tab>Employer")."""
    cells = [c.lower() for c in _raw_cells(block)]
    words = frozenset(_cv_data().get("table_header_words", []))
    return block.kind != "bullet" and len(cells) >= 2 and all(c in words for c in cells)


def _by_columns(role: Position, block: Block, header: list[str]) -> Position:
    """A table row whose title and employer were read the wrong way round ("Auto Trader UK |
    Platform Engineer" under "Employer | Role": a firm's name with a job word in it) takes
    them from the columns its header names."""
    cells = _raw_cells(block)
    if len(cells) != len(header) or not role.employer:
        return role
    data = _cv_data()
    title_at = [i for i, h in enumerate(header) if h in data["table_title_columns"]]
    employer_at = [i for i, h in enumerate(header) if h in data["table_employer_columns"]]
    if len(title_at) != 1 or len(employer_at) != 1:
        return role
    title, employer = cells[title_at[0]], cells[employer_at[0]]
    if tidy_name(title) == role.employer and tidy_name(employer) == role.title:
        return replace(role, title=tidy_name(title), employer=tidy_name(employer))
    return role


def _qualifies_part(line: str, span: DateRange, following: list[Block]) -> bool:
    """ "Class Teacher and Assistant SENCo (from 2018)" over "School — Sept 2013 – July 2019":
    an open "from"/"since" date dates a part of the title; the job's dates are below."""
    written = line[span.begin : span.end].lstrip(" ,;(–—-").lower()
    if span.end_year is not None or not written.startswith(("from", "since")):
        return False
    if not line[: span.begin].strip():
        return False  # "Since 2021 I have been Head Groundsman at …": the line's own dates
    below = find_range(following[0].text) if following else None
    return bool(
        below is not None
        and below.start_year is not None
        and span.start_year is not None
        and below.start_year <= span.start_year
    )


_TITLE_THEN_BRACKET = re.compile(r"^(.+?)\s*\(([^()]+)\)$")
# A proper name: capitalised words (an acronym among them), with the small joining words.
_VOLUNTEER_TITLE = re.compile(r"\b(?:volunteer|voluntary|unpaid)\b", re.IGNORECASE)
_PROPER_NAME = re.compile(r"^[A-Z0-9][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|and|&|the|for|de))*$")


def _bracket_employer_habit(roles: list[Position]) -> list[Position]:
    """A CV that writes "Title (Employer)" does so on every line: where a bracket after the
    title was left in it ("Senior Clinical Embryologist (CARE Fertility Manchester)", a name
    no organisation word marks), the lines whose bracket surely named the employer decide."""

    def from_bracket(role: Position) -> bool:
        return bool(
            role.employer
            and re.search(
                rf"{re.escape(role.title)}\s*\(\s*{re.escape(role.employer)}", role.heading or ""
            )
        )

    if sum(from_bracket(r) for r in roles) < 2:
        return roles
    out = []
    for role in roles:
        m = _TITLE_THEN_BRACKET.match(role.title)
        inside = m.group(2).strip() if m else ""
        if (
            m
            and not role.employer
            and _PROPER_NAME.match(inside)
            and not looks_like_title(inside)
            and not looks_like_department(inside)
            and not names_discipline(inside)
        ):
            role = replace(role, title=tidy_name(m.group(1)), employer=tidy_name(inside))
        out.append(role)
    return out


def _consistent_order(
    roles: list[Position], orders: list[tuple[str | None, bool]]
) -> list[Position]:
    """A CV writes its role lines one way: where the title had to be guessed ("Monzo —
    Customer Operations"), the order of the lines whose title is sure decides."""
    sure = [o for o, guessed in orders if o and not guessed]
    if not sure:
        return roles
    usual = max(set(sure), key=sure.count)
    if sure.count(usual) * 3 < len(sure) * 2:
        return roles  # no clear habit
    out = []
    for role, (order, guessed) in zip(roles, orders, strict=True):
        if guessed and order and order != usual and role.employer:
            role = replace(role, title=recase(role.employer), employer=role.title)
        out.append(role)
    return out


def _without_name_lines(items: list[str], text: str) -> list[str]:
    """Credentials without the candidate's name and headline, which a two-column layout puts
    right after the sidebar's last section ("Aisha Khan ACA" / "Audit Senior" under
    "Education"): the name is the line the e-mail address spells, the headline the next."""
    handles = _handles(text)
    if not handles:
        return items
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    dropped: set[str] = set()
    for at, line in enumerate(lines):
        words = set(re.findall(r"[a-z]+", line.lower()))
        if len(words) >= 2 and len(words & handles) >= 2 and len(words - handles) <= 1:
            dropped.add(line)
            if at + 1 < len(lines) and len(lines[at + 1].split()) <= 6:
                dropped.add(lines[at + 1])
    return [item for item in items if item.strip() not in dropped]


def _handles(text: str) -> set[str]:
    """The words an e-mail address or profile handle spells ("aisha.khan.aca@…")."""
    handles: set[str] = set()
    for m in re.finditer(
        r"([\w.+-]+)@|(?:linkedin\.com/in/|github\.com/)([\w-]+)|([\w-]+)\.(?:design|dev|me|io)\b",
        text,
    ):
        handles |= {
            w
            for w in re.split(r"[._+\-\d]+", (m.group(1) or m.group(2) or m.group(3)).lower())
            if w
        }
    return handles


def _not_the_name(listed: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """Listed items without the candidate's own name, which a two-column layout may put
    among the skills: words that spell the e-mail address or a profile handle."""
    handles = _handles(text)
    return [
        (item, line)
        for item, line in listed
        if not (handles and set(re.findall(r"[a-z]+", item.lower())) <= handles)
    ]
