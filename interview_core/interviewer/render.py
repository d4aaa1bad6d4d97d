"""Plan items and follow-ups rendered as questions, from the templates in `wordings.toml`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wordfreq import zipf_frequency

from ..language.cv import LISTED, latest_title, line_of_work, own_account
from ..language.evidence import evidence_for_need
from ..language.field_skills import shown_by
from ..language.places import is_place
from ..language.skills import Skill, display_term, extract_skills, is_credential, surface_forms
from ..language.text import content_stems, is_dictionary_word
from .answers import lemma_set, read_answer
from .duties import is_event_duty
from .employers import is_hiring_company
from .fluency import head_is_verb, max_quoted_words, work_heads
from .leadership import asks_people_leadership, names_people_of, shows_people_led
from .near import base_form, closest_line, near_only, told_in
from .phrases import (
    article,
    as_candidate_clause,
    as_duty,
    as_general,
    count_words,
    cuts_a_list,
    gerund,
    jd_sentence,
    leans_back,
    names_things,
    only_in_a_count,
    short_company,
    sure_gerund,
    trait_form,
    trim_to_clause,
    without_brackets,
    without_manner,
)
from .plan import (
    SOFT_PROMPTS,
    Asked,
    Documents,
    PlanItem,
    clause_with,
    cv_line_for_duty,
    cv_term,
    has_career_break,
    is_certainly_missing,
    is_duty,
    is_quotable,
    is_title,
    kind_as_written,
    names_the_occupation,
    related_cv_skill,
    role_kind,
    scene_phrase,
    setting_place,
    term_for,
)
from .requirements import is_certainly_absent, need_of, requirement, shown_together
from .settings import work_setting
from .wording import generic_questions, one, phrases, render, templates, wordings


def spoken_title(title: str, notes_only: bool = False) -> str:
    """A job title as an interviewer says it aloud: its short form, without bracketed notes,
    a grade or band, or the specialism, site or level after a dash ("Teacher of Mathematics
    (TLR 2b – KS3 Coordinator)" → "Teacher of Mathematics", "Senior Cabin Services Manager
    (Long Haul Fleet) – Band 4" → "Senior Cabin Services Manager", "Band 7 Musculoskeletal
    Physiotherapist" → "Musculoskeletal Physiotherapist"). A title that would shrink to a
    grade or to nothing is said whole. `notes_only`: keep what follows a dash or a comma
    (a CV's title line with no employer read may hold it there: "Sous Chef – The Anchor")."""
    title = latest_title(" ".join(title.split()))
    grades = set(templates("opener.grades"))
    short = title
    # Brackets anywhere: "(Revit)", "(Band 7)", "(Long Haul Fleet)", "(0.6 FTE)".
    short = re.sub(r"\s*\([^()]*\)", "", short).strip(" –—-,|")
    # A note after a dash, a bar or a comma: a specialism, a site, a level or a band.
    head = re.split(r"\s+[–—|-]\s+|,\s+", short, maxsplit=1)[0].strip(" –—-,|")
    # One word is a title on its own ("Electrician"), unless it needs the rest ("Manager –
    # Finance" is no "Manager").
    thin = grades | set(templates("opener.thin_titles"))
    if head and not notes_only and (len(head.split()) >= 2 or head.lower() not in thin):
        short = head
    # A band or grade said before or after the title ("Band 7 Physiotherapist").
    short = re.sub(_BAND, " ", short).strip(" –—-,|")
    short = " ".join(short.split())
    words = short.split()
    if not words or all(w.lower() in thin for w in words):
        return title
    if len(words) == 1 and not re.search(rf"\b{re.escape(short)}\b", title.split("(")[0]):
        return title
    return short


# At most this many words before the occupation's noun are said with it ("emergency
# department nurse"); more, and the noun is said alone.
_FIELD_QUALIFIERS = 2

_BAND = re.compile(
    r"(?:^|\s)(?:band|grade|level|scale|tier|step)\s+[0-9][0-9a-z/+.]*(?=\s|$)", re.IGNORECASE
)


def bracketed_employer(title: str) -> str:
    """The employer a CV writes in brackets after a title ("Specialist MSK Physiotherapist
    (Riverside Community Health NHS Trust)"), "" when the bracket holds a note instead: a
    grade or band, a split of hours, a contract ("(Band 7)", "(0.6 FTE)", "(Maternity
    Cover)"), i.e. anything with a digit, fewer than two capitalised words, or a note word."""
    found = re.search(r"\(([^()]+)\)\s*$", " ".join(title.split()))
    if not found:
        return ""
    inside = found.group(1).strip()
    words = inside.split()
    notes = set(templates("opener.bracket_notes"))
    capitalised = [w for w in words if w[:1].isupper()]
    if len(words) == 1 and _one_word_name(inside, notes):
        return inside  # "Ground Handling Agent (Swissport)"
    if (
        re.search(r"\d", inside)
        or len(capitalised) < 2
        or any(w.lower().strip(",.") in notes for w in words)
        or len(capitalised) < len(words) - 2  # a phrase of small words, not a name
    ):
        return ""
    return inside


def _one_word_name(word: str, notes: set[str]) -> bool:
    """Whether one bracketed word is an organisation's name ("Swissport", "Sainsbury's"): a
    capitalised word no dictionary knows, rare in everyday English, that names no note, place,
    field, department or skill ("(Nights)", "(Leeds)", "(Endoscopy)", "(Fundraising)")."""
    bare = word.strip(".,")
    if not re.fullmatch(r"[A-Z][a-z][\w'’&-]+", bare) or bare.lower() in notes:
        return False
    if is_dictionary_word(bare) or is_place(bare) or extract_skills(bare):
        return False
    if bare.lower().endswith(tuple(templates("opener.bracket_not_name_endings"))):
        return False
    return zipf_frequency(bare, "en") < float(templates("opener.bracket_name_max_zipf")[0])


def employer_of(role: object) -> str:
    """A role's employer: as the CV reader found it, else in brackets after its title."""
    employer = getattr(role, "employer", None)
    if employer:
        return employer
    return bracketed_employer(getattr(role, "title", None) or "")


# A second activity joined on ("…, and acting as Pilot Flying") or a list of examples.
_SECOND_PART = re.compile(r",?\s+(?:(?:and|or)\s+(?=\w+ing\b)|including\b|such as\b|especially\b)")
# Where a phrase may be cut short: before a preposition or a comma.
_CUT = re.compile(r",|\s(?=(?:in|across|for|on|with|at|of|to|from|during|within|under)\s)")
# …but not before the "of" of "the <noun> of …", which completes its noun ("supporting the
# education" of "… of new starters" says nothing; "a team" of "a team of planners" does).
_DEFINITE_BEFORE_OF = re.compile(r"\bthe\s+\S+$", re.IGNORECASE)


# Stands for a gerund phrase no template may say (see `Renderer.story`).
_UNSAID = "\x00"


def brief_duty(doing: str, max_words: int = 8) -> str:
    """A duty said short, its head and no more ("supporting the Captain in all phases of
    flight" for "… and acting as Pilot Flying and Pilot Monitoring"): a probe that brings the
    candidate back restates the topic briefly, it does not read the duty out again, nor how
    often or on what footing it is done ("on a rota basis")."""
    doing = without_manner(doing)
    if len(doing.split()) <= max_words:
        return doing
    # A bracket's examples go first: a cut never falls inside them.
    doing = re.sub(r"\s*\([^()]*\)", "", doing)
    short = _SECOND_PART.split(doing, maxsplit=1)[0].strip()
    if len(short.split()) < 3 or (
        len(short.split()) > 2 and short.split()[-1].endswith("ing") and " and " not in short
    ):
        # "carrying out moving" of "carrying out moving and handling": the -ing word before
        # the "and" is the object, a pair cut in half.
        short = doing  # "maintaining and monitoring SDI links": the verbs share one object
    if len(short.split()) <= max_words:
        return short
    # The longest head of at most `max_words` words that ends before a preposition (a half
    # list, "on menus", says less than no list), else before a comma.
    cuts = [
        m
        for m in _CUT.finditer(short)
        if 3 <= len(short[: m.start()].split()) <= max_words
        and not cuts_a_list(short, m.start())
        and not (
            short.startswith(" of", m.start()) and _DEFINITE_BEFORE_OF.search(short[: m.start()])
        )
    ]
    before_preposition = [m.start() for m in cuts if m.group() != ","]
    fits = before_preposition or [m.start() for m in cuts]
    return short[: fits[-1]].rstrip(" ,") if fits else short


def _quoted_words(said: str, link: str) -> int:
    """How many words a question quotes from the two documents: the CV's line as said, and
    the job's line without the few words that restate it ("In this role you'd …")."""
    lead = len(templates("link.base")[0].split("{phrase}")[0].split())
    return len(said.split()) + max(0, len(link.split()) - lead)


def _has_list(*phrases: str) -> bool:
    """Whether any of `phrases` is itself a list ("manage vehicles, kit and small budgets"),
    so two of them are more than "both"."""
    return any(re.search(r",\s|\s(?:and|or|&)\s", p) for p in phrases)


def result_part(line: str) -> tuple[str, bool]:
    """The part of a CV line that tells its result, and whether one does: of a line in parts
    ("…; cut downtime from 9% to 3%…"), the first part with a result, else the whole line."""
    parts = [p.strip() for p in re.split(r";\s+", line) if p.strip()]
    for i, part in enumerate(parts):
        signals = read_answer(part)
        if signals.measured or signals.has_outcome:
            alone = len(parts) > 1 and not leans_back(part, parts[:i])
            return (part if alone else line), True
    return line, False


def sets_scene(question: str) -> bool:
    """Whether a question sets a scene ("Imagine a busy shift…", "Suppose you've joined…"):
    one of its sentences opens with a scene opener (`followup.scene_openers`)."""
    openers = tuple(o.lower() for o in phrases("followup.scene_openers"))
    return any(
        re.match(rf"\W*(?:{'|'.join(map(re.escape, openers))})\b", sentence.lower())
        for sentence in re.split(r"(?<=[.?!:])\s+", question)
    )


def _acknowledges(question: str) -> bool:
    """Whether a question opens by acknowledging the answer ("Thanks for being straight…",
    "I appreciate the honesty."): see `followup.acknowledgement_openers`."""
    start = question.lower().lstrip()
    return any(start.startswith(o) for o in phrases("followup.acknowledgement_openers"))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class Renderer:
    """Turns plan items and follow-ups into the interviewer's wording."""

    def __init__(self, docs: Documents) -> None:
        self.docs = docs

    @property
    def title(self) -> str:
        return spoken_title(self.docs.job_title) or "this"

    @property
    def full_company(self) -> str:
        """The company's name as the job writes it: said once, in the opening question."""
        return self.docs.company.strip() or "our company"

    @property
    def company(self) -> str:
        """The company's name after the opening question: its short form, so a trading name
        in brackets is not repeated in every question."""
        return short_company(self.full_company, self.docs.jd_text)

    @property
    def internal(self) -> bool:
        """Whether the candidate already works for the hiring company (their current role)."""
        role = self.docs.cv.current_role
        return role is not None and is_hiring_company(employer_of(role), self.docs.company)

    def _render(
        self, key: str, salt: str = "", skip: tuple[str, ...] = (), **values: object
    ) -> list[str]:
        """The variants of `key`, best first for this interview (and `salt`); none that
        speaks to an outsider when the candidate works here already, none holding `skip`."""
        seed = f"{self.docs.seed}:{salt}"
        values.setdefault("a_title", f"{article(self.title)} {self.title}")
        values.setdefault("company", self.company)
        if self.internal:
            skip = (*skip, *phrases("premise.outsider"))
        return render(key, seed, skip=skip, title=self.title, **values)

    def shows_duty(self, line: str) -> bool:
        """Whether the CV shows a duty of the job done (an achievement doing it, or its
        words on one line): else no question may presume the candidate does it now. Its
        words scattered over the CV, or an acronym of a few of them on a line ("reports
        faults to ATC" for "support air traffic controllers"), may show it, but not done;
        nor does a line that shows it only near (`duty_status`)."""
        return self.duty_status(line)[0] == "shown"

    def duty_status(self, line: str, answers: Sequence[str] = ()) -> tuple[str, str]:
        """How far the CV shows a duty of the job, with the CV's line that does: "shown"
        (an achievement doing it, its words on one line), "near" (an achievement doing its
        action to something else, or helping with its object: "Line manage 24 support
        staff" for "line manage a team of school business managers"; `near.py`), or
        "unshown", with "" (nothing on the CV shows it; `answers` may still: then it is
        "told")."""
        found = as_duty(line, duty=True)
        phrase = found[1] if found else line
        done = cv_line_for_duty(self.docs, phrase) if found else ""
        if (
            asks_people_leadership(line)
            and not (done and names_people_of(done, line))
            and shows_people_led(self.docs.cv) != "strong"
        ):
            # "Lead and develop the payroll team" of a CV that leads no people ("lead on P11D
            # submissions" takes a task): the duty's other words on the CV do not show it,
            # unless its line names the same people ("teach foundation pharmacists").
            return ("told" if told_in(phrase, answers) else "unshown"), ""
        need = need_of(self.docs, line)
        evidence = None
        highlights = [h for role in self.docs.cv.roles for h in role.highlights]
        if need is not None and shown_together(self.docs, need, initials=False):
            evidence = evidence_for_need(self.docs.cv, need, (), initials=False)
            found_line = evidence.line if evidence is not None else closest_line(phrase, highlights)
            if not found_line and not done:
                return "shown", done
        elif not done:
            return ("told" if told_in(phrase, answers) else "unshown"), ""
        else:
            found_line = ""
        lines = [x for x in (done, found_line) if x]
        # Only an achievement is read for what it does: a skills list or a summary naming
        # the duty's skill shows it as before.
        if (
            found is not None
            and found[0] == "base"
            and lines
            and all(x in highlights for x in lines)
            and all(near_only(phrase, x) for x in lines)
            and self.near_clause(lines[0])
        ):
            return "near", lines[0]
        return "shown", done

    def near_clause(self, line: str) -> str:
        """A CV line said as the candidate's own ("you line manage 24 support staff"), its
        part with a figure or its first when in parts; "" when it cannot be said so."""
        part = line.split("; ")[0]
        short = trim_to_clause(part, max_words=12) or part
        return as_candidate_clause(short) or as_candidate_clause(part) or ""

    def _one(self, key: str, **values: object) -> str:
        return one(key, title=self.title, company=self.company, **values)

    def _endings(self, key: str, salt: str, term: str) -> list[str]:
        """A deep question's endings for `term`: a term that already names the work ("court
        work", "work at height") is not said as "court work work", "work at height work"."""
        term = without_brackets(term)
        if any(head_is_verb(term, head) for head in work_heads()) and ".listed_" in key:
            # "permit to work": its "work" is a verb, so neither "a piece of permit to work"
            # nor "where permit to work came into your work" reads well; the endings that
            # say "that work" (the work the question just named) are used.
            key = key.replace(".listed_", ".quoted_")
        endings = self._render(key, salt=salt, term=term)
        for head in work_heads():
            if re.search(rf"\b{re.escape(head)}\b", term, flags=re.IGNORECASE):
                doubled = re.compile(rf"{re.escape(term)} {re.escape(head)}\b", re.IGNORECASE)
                endings = [doubled.sub(lambda _m: term, e) for e in endings]
        return endings

    def _at(self, employer: str, now: bool = False) -> str:
        """Where something happened: " at <employer>", or, when the employer is the company
        hiring, " here" (`now`: the current role) or " in your time here", so that no
        question names the company twice ("at HMRC … as Higher Officer at HMRC")."""
        if is_hiring_company(employer, self.docs.company):
            return self._one("place.here" if now else "place.here_then")
        kind = own_account(employer)
        if kind:
            return self._one("place.own_work", kind=kind)
        return self._one("place.at", place=employer)

    # -- opener and closing --

    def opener(self, salt: str = "") -> list[str]:
        role = self.docs.cv.current_role
        if role is None or not (role.title or role.employer):
            return self._render("opener.no_role", salt=salt, company=self.full_company)
        # The current employer is named whenever the CV shows it, in brackets after the
        # title too ("Physiotherapist (Riverside Community Health NHS Trust)").
        employer = employer_of(role)
        # "Self-employed" is no place: the title says it ("a self-employed plumber").
        kind = own_account(employer)
        where = self._at(employer, now=True) if employer and not kind else ""
        if role.title:
            # Without an employer read, the title line's tail may name it: it is kept.
            title = spoken_title(role.title, notes_only=not employer)
            if employer and not role.employer:
                title = " ".join(role.title.split())[: -len(employer) - 2].strip(" ,–-(") or title
                title = spoken_title(title)
            if kind and kind not in title.lower():
                title = self._one("place.own_title", kind=kind, role=title)
            a_title = f"{article(title)} {title}"
            as_title = self._one("place.as_title", a_title=a_title, where=where)
            being = self._one("place.being", a_title=a_title, where=where)
        elif kind:
            as_title = being = self._one("place.own_only", kind=kind)
        else:
            as_title = being = self._at(employer, now=True).strip()
        if role.is_current:
            now = self._one("opener.now_current", being=being)
            your_role = self._one("opener.your_role_current", as_title=as_title)
        else:
            now = self._one("opener.now_past", as_title=as_title)
            your_role = self._one("opener.your_role_past", as_title=as_title)
        years = self.docs.cv.years_experience
        field = self._field(role.title)
        area = self._area(role.title)
        in_field = self.docs.cv.years_in_field
        if area and in_field and years and not has_career_break(self.docs):
            # The titles share a line of work at rising grades ("Events Assistant", "Events
            # Coordinator", "Senior Events Executive"): its years are said as "in events".
            key = "opener.shows_area_years" if in_field < years else "opener.shows_years_in"
            shows = self._one(key, years=in_field, area=area, as_title=as_title)
        elif (
            field
            and in_field
            and years
            and (in_field < years or in_field > 1)
            and not has_career_break(self.docs)
        ):
            # The years named by the line of work the current title names ("7 years as a
            # midwife"); for a career changer, the years in this line of work, not a sum with
            # the last one ("about 8 years as an orthoptist").
            a_field = f"{article(field)} {field}"
            # "…as a site manager, most recently at Rowan", not "…as a Site Manager" again.
            same = where and field.lower() == spoken_title(role.title).lower()
            latest = where.strip() if same else as_title
            key = "opener.shows_field_years" if in_field < years else "opener.shows_years_as"
            shows = self._one(key, years=in_field, a_field=a_field, as_title=latest)
        elif years and years > 1 and not has_career_break(self.docs):
            shows = self._one("opener.shows_years", years=years, as_title=as_title)
        else:
            shows = self._one("opener.shows_recent", as_title=as_title)
        # A candidate who works here now is asked about a move within the company.
        key = (
            "opener.with_role_internal" if role.is_current and self.internal else "opener.with_role"
        )
        return self._render(
            key,
            salt=salt,
            company=self.full_company,
            as_title=as_title,
            now=now,
            shows=shows,
            your_role=your_role,
        )

    def _field(self, title: str) -> str:
        """The candidate's line of work as a common noun ("physiotherapist"), when the current
        title names it ("Specialist MSK Physiotherapist"); "" otherwise."""
        field = self.docs.cv.field_name
        words = spoken_title(title or "").split()
        size = len(field.split())
        if not field or [w.lower() for w in words[-size:]] != field.lower().split():
            return ""
        # The field keeps the words that qualify it in every title of that line of work
        # ("tree surgeon" after "Trainee Tree Surgeon", "veterinary nurse", "customer success
        # manager"), never a grade ("Senior Staff Nurse" is a nurse) nor a word only the
        # latest title has ("Approved Electrician" after "Electrician" is an electrician);
        # more than two such words say too much.
        grades = set(templates("opener.grades"))
        before = [w for w in words[:-size] if w.lower() not in grades]
        for other in self.docs.cv.roles:
            if other.title and line_of_work(other.title).lower() == field.lower():
                theirs = [w.lower() for w in spoken_title(other.title).split()[:-size]]
                while before and [w.lower() for w in before] != theirs[-len(before) :]:
                    before = before[1:]
        words = [*before, *words[-size:]] if len(before) <= _FIELD_QUALIFIERS else words[-size:]
        return " ".join(w if w.isupper() else w.lower() for w in words)

    def _area(self, title: str) -> str:
        """The line of work the CV's titles share before their job words ("events" of
        "Events Assistant" … "Senior Events Executive": `field_name` read so), when the
        current title names it just before its job word; "" otherwise."""
        field = self.docs.cv.field_name
        words = spoken_title(title or "").split()
        size = len(field.split())
        if not field or len(words) <= size:
            return ""
        if [w.lower() for w in words[-size - 1 : -1]] != field.lower().split():
            return ""
        return " ".join(w if w.isupper() else w.lower() for w in field.split())

    def closing(self, salt: str = "") -> list[str]:
        return self._render("closing.questions", salt=salt)

    def closing_requirement(
        self, item: PlanItem, salt: str = "", answers: Sequence[str] = ()
    ) -> list[str]:
        """The closing question asking first about the requirement the interview had no room
        for (never as missing: the close only asks, and takes no experience of it for granted
        when nothing showed a word of it); none when an answer has shown it."""
        need = need_of(self.docs, item.jd_line)
        found = requirement(self.docs, item.jd_line)
        if need is None or found is None or shown_together(self.docs, need, answers):
            return []
        kind = "held" if found.held else "done"
        if kind == "done" and is_certainly_absent(self.docs, need, answers):
            # Nothing on the CV or in the answers says a word of it: "building on what you
            # have done of that so far" would put words in the candidate's mouth.
            kind = "done_unseen"
        horizon = closing_horizon(f"{found.thing} {item.jd_line}")
        return self._render(
            f"closing.requirement_{kind}", salt=salt, thing=found.thing, horizon=horizon
        )

    # -- planned items --

    def _jd_link(self, item: PlanItem) -> str:
        """What the job says about the item, as a sentence ("" when it says nothing quotable:
        the role is never said to need something its duties and requirements do not name)."""
        if not item.jd_line:
            return ""
        # A duty is said whole when it fits ("…on a shift basis, managing patient flow,
        # staffing and escalation"): its first clause alone is only half of it.
        return jd_sentence(item.jd_line, duty=is_duty(self.docs, item.jd_line), max_words=22)

    def deep(self, item: PlanItem, salt: str = "") -> list[str]:
        assert item.skill is not None
        skill = item.skill
        mention = item.cv
        term = term_for(self.docs, skill)
        link = self._jd_link(item)
        kind = kind_as_written(skill, term)

        def shown(term: str) -> str:
            # A setting is said as the place ("the Crown Court", "A&E"), its work asked about.
            return setting_place(term) if kind == "setting" else term

        if skill.category == LISTED:
            # A trade's own skill ("rigging"): no tool built, no person; things done in the
            # plural ("section 47 enquiries") are asked about as such.
            kind = "field_plural" if names_things(term) else "field"
        cites: list[str] = []
        if mention is not None and only_in_a_count(clause_with(mention.text, skill), term):
            # "zero RIDDOR incidents in 3 years" is a result, not work done with RIDDOR.
            return []
        counted = self._counted_result(item)
        if counted:
            # The CV counts a result in its own words ("no lost-time accidents since 2021"),
            # not the lexicon's label: it is quoted as it stands, and the work asked about
            # neutrally, never "Your CV mentions health and safety".
            at = self._at(mention.employer) if mention.employer else ""
            cite = self._one("deep.cite_count", said=counted, at=at)
            endings = self._endings(f"deep.listed_{kind}", salt, shown(term))
            return [" ".join(p for p in (cite, link, e) if p) for e in endings] + [
                f"{cite} {e}" for e in endings if link
            ]
        if mention is None or mention.section == "skills":
            # "Your CV lists …": in the CV's own words ("staff training"), not the lexicon's.
            term = cv_term(self.docs, skill)
        if mention is not None and is_quotable(mention):
            if mention.employer:
                at = self._at(mention.employer)
            elif mention.section == "projects":
                at = self._one("place.in_project")
            else:
                at = ""
            piece = clause_with(mention.text, skill)
            if skill.category == LISTED:
                # The part of the line that shows the CV's own item, not its first clause.
                pieces = [p.strip() for p in mention.text.split("; ") if p.strip()]
                piece = next((p for p in pieces if shown_by(skill.name, [p])), piece)
            clause = as_candidate_clause(piece, term)
            quote = trim_to_clause(piece, term)
            if quote and is_title(quote, self.docs):
                quote = ""  # a job title or a heading is no quotation
            named = self._cv_says(shown(term))
            # "Your CV mentions ledger systems" of a CV that says "ledger clean-up" puts the
            # lexicon's words in the CV's mouth: the CV's own line is said instead, or the
            # work named as the candidate's, not as the CV's words.
            where = self._one(
                "deep.cite_where" if named else "deep.cite_worked", term=shown(term), at=at
            )
            if clause or quote:
                said = clause or f'"{quote}"'
                key = (
                    "deep.cite_line"
                    if named
                    else f"deep.cite_own_{'clause' if clause else 'quote'}"
                )
                cite = self._one(key, term=shown(term), at=at, said=said)
                if link and _quoted_words(said, link) > max_quoted_words():
                    # The CV's line and the job's both quoted make a question of pasted
                    # text: one is quoted. A duty of the job is said (the question stays
                    # on the job) and the CV's line only named; a requirement ("experience
                    # with Go or Python") says less than the CV's line, which is said.
                    endings = self._endings(f"deep.quoted_{kind}", salt, shown(term))
                    with_link = [f"{where} {link} {e}" for e in endings]
                    with_line = [f"{cite} {e}" for e in endings]
                    duty = is_duty(self.docs, item.jd_line)
                    first, then = (with_link, with_line) if duty else (with_line, with_link)
                    return first + then + [f"{where} {e}" for e in endings]
                cites.append(cite)
            cites.append(where)
            endings = self._endings(f"deep.quoted_{kind}", salt, shown(term))
        else:
            if not self._cv_says(shown(term)):
                # The lexicon's name for it, not the CV's: never said to be the CV's words.
                cites.append(self._one("deep.cite_worked", term=shown(term), at=""))
            elif mention is not None and mention.section == "summary":
                cites.append(self._one("deep.cite_summary", term=shown(term)))
            elif mention is None or mention.section == "skills":
                cites.append(self._one("deep.cite_skills", term=shown(term)))
            else:
                # Named in a certificate or a line not worth quoting: not "among your skills".
                cites.append(self._one("deep.cite_where", term=shown(term), at=""))
            endings = self._endings(f"deep.listed_{kind}", salt, shown(term))
        # Fullest first; shorter forms follow for when the full one is too long to ask.
        options = [" ".join(p for p in (cite, link, e) if p) for cite in cites for e in endings]
        options += [f"{cite} {e}" for cite in cites for e in endings if link]
        return options

    def _cv_says(self, term: str) -> bool:
        """Whether the CV writes `term` itself, in the singular or plural, with a hyphen or a
        space ("rota planning" of "rota-planning"), any case."""
        words = re.findall(r"[\w&'’+#./]+", term)
        if not words:
            return False
        pattern = r"[\s-]+".join(re.escape(w) + r"(?:e?s)?" for w in words)
        return re.search(rf"(?<![\w-]){pattern}(?![\w-])", self.docs.cv_text, re.I) is not None

    def _counted_result(self, item: PlanItem) -> str:
        """The CV's count of a result that names a deep item's skill in its own words ("no
        lost-time accidents since 2021" for health and safety), up to the end of its clause;
        "" when the CV's line names the skill otherwise."""
        if item.cv is None or item.skill is None:
            return ""
        piece = clause_with(item.cv.text, item.skill)
        for form in surface_forms(piece, item.skill):
            if not only_in_a_count(piece, form):
                return ""
            start = piece.lower().find(form.lower())
            lead = re.search(r"(?:\S+\s+){0,2}$", piece[:start])
            head = lead.start() if lead else start
            rest = re.split(r"\s+(?:and|but|while|with)\s+|[;,.()]", piece[start + len(form) :])
            count = (piece[head : start + len(form)] + rest[0]).strip()
            # From the count word on: "no lost-time accidents", not "rota a team; no …".
            words = count.split()
            first = next((i for i, w in enumerate(words) if w.lower() in count_words()), 0)
            return " ".join(words[first:])
        return ""

    def gap(self, item: PlanItem, salt: str = "", answers: Sequence[str] = ()) -> list[str]:
        """A requirement the CV may lack: stated as missing only when nothing shows it."""
        if item.skill is None:
            return self.requirement_gap(item, salt=salt, answers=answers)
        skill = item.skill
        term = term_for(self.docs, skill)
        link = self._jd_link(item)
        related = related_cv_skill(self.docs, skill)
        near = self._one("gap.near", other=term_for(self.docs, related)) if related else ""
        like = self._one("gap.like", other=term_for(self.docs, related)) if related else ""
        kind = "practice" if skill.category in ("domain", "practice", "soft") else "tool"
        if kind_as_written(skill, term) == "setting":
            kind, term = "setting", setting_place(term)
        certain = is_certainly_missing(self.docs, skill, answers)
        key = f"gap.{kind}" if certain else f"gap.neutral_{kind}"
        options = self._render(key, salt=salt, term=term, Term=_capital(term), near=near, like=like)
        return [f"{link} {o}" if link else o for o in options]

    def requirement_gap(
        self, item: PlanItem, salt: str = "", answers: Sequence[str] = ()
    ) -> list[str]:
        """A requirement in the field's own words nothing showed so far: none when an answer
        has shown it since; said to be missing from the CV only when none of its words is."""
        need = need_of(self.docs, item.jd_line)
        found = requirement(self.docs, item.jd_line)
        if need is None or found is None or shown_together(self.docs, need, answers):
            return []
        kind = "held" if found.held else "done"
        certain = is_certainly_absent(self.docs, need, answers)
        if certain and found.held and not re.match(r"(?:an?|the)\s", found.thing):
            kind = "held_named"  # "Do you hold it", not "one", of a thing named as such
        key = f"gap.requirement_{kind}" if certain else f"gap.neutral_requirement_{kind}"
        return self._render(key, salt=salt, thing=found.thing)

    def soft(self, item: PlanItem, salt: str = "") -> list[str]:
        name = item.key.split(":", 1)[1]
        prompts = SOFT_PROMPTS.get(name, {})
        skill = item.skill
        term = display_term(skill) if skill else name.lower()
        prompt = prompts.get(self.docs.job.family) or prompts.get(
            "default", self._one("soft.fallback_prompt", term=term)
        )
        star = self._one("soft.star")
        asked = "not_asked_for" if item.payload == "default" else "asked_for"
        options = self._render(f"soft.{asked}", salt=salt, term=term, prompt=prompt, star=star)
        mention = item.cv
        if mention is not None and mention.employer:
            clause = as_candidate_clause(
                clause_with(mention.text, skill) if skill else mention.text
            )
            if clause:
                # The CV already claims it: ask for the story behind the claim, first.
                return self._render(
                    "soft.claimed",
                    salt=salt,
                    at=self._at(mention.employer),
                    clause=clause,
                    term=term,
                    prompt=prompt,
                    star=star,
                )
        return options

    def project(self, item: PlanItem, salt: str = "") -> list[str]:
        text = item.payload
        achievement = next((a for a in self.docs.cv.projects if a.text == text), None)
        employer = achievement.employer if achievement else None
        # A line that holds a duty and its result ("Maintain a fleet of 64 pianos; cut
        # downtime from 9% to 3%") is quoted by its result: the duty is no result.
        text, has_result = result_part(text)
        clause = as_candidate_clause(text)
        if clause and employer:
            lead = self._one("project.lead_claim", at=self._at(employer), clause=clause)
        else:
            quote = trim_to_clause(text)
            if not quote or is_title(quote, self.docs):
                return []  # a job title or a heading is no achievement to ask about
            lead = self._one("project.lead_quote", quote=quote)
        # A line with no result in it is asked about as work kept up, not a result reached:
        # "How did you get to that result?" only of a line that tells one.
        key = "project.questions" if has_result else "project.routine"
        return self._render(key, salt=salt, lead=lead)

    def duty(self, item: PlanItem, salt: str = "", answers: Sequence[str] = ()) -> list[str]:
        found = as_duty(item.payload, duty=True)
        if found is None:
            return []
        form, phrase = found
        status, line = self.duty_status(item.payload, answers)
        options: list[str] = []
        # The duty said more fully first (a short opening clause with its sequel), then as
        # its opening clause, for when the fuller question runs too long.
        for fuller in (True, False):
            sentence = jd_sentence(item.payload, duty=True, fuller=fuller)
            options += self._duty_options(sentence, phrase, salt, status, line)
        return list(dict.fromkeys(options))

    def _duty_options(
        self, sentence: str, phrase: str, salt: str, status: str, line: str
    ) -> list[str]:
        """A duty question by how far the CV (or an answer) shows the duty (`duty_status`):
        the CV's line that does it asked about; a line near it, asked as a step up; "the
        closest thing you've done" only when nothing shows it."""
        if status == "near":
            clause = self.near_clause(line)
            near = self._render("duty.near", salt=salt, sentence=sentence, clause=clause)
            unshown = self._render(
                "duty.questions", salt=salt, skip=phrases("premise.presumes_now"), sentence=sentence
            )
            return [*near, *unshown]
        if status == "unshown":
            skip = phrases("premise.presumes_now")
            return self._render("duty.questions", salt=salt, skip=skip, sentence=sentence)
        shown = cv_line_for_duty(self.docs, phrase) if status == "shown" else ""
        if shown:
            # The CV already does this: ask about that, not for "the closest thing".
            # The part of the line that does it ("…; tutor for two trainees" is another claim).
            wanted = content_stems(phrase)
            part = max(shown.split("; "), key=lambda p: len(wanted & content_stems(p)))
            clause = as_candidate_clause(part)
            if clause:
                return self._render("duty.shown", salt=salt, sentence=sentence, clause=clause)
        return self._render("duty.shown_unquoted", salt=salt, sentence=sentence)

    def story(self, item: PlanItem, salt: str = "", answers: Sequence[str] = ()) -> list[str]:
        """A duty of the job asked as a story from the candidate's past."""
        found = as_duty(item.payload, duty=True)
        if found is None:
            return []
        form, phrase = found
        # The job's "our customers" are not the candidate's: in their past they were "the".
        phrase = re.sub(r"\b(?:our|Our)\b", "the", phrase)
        star = self._one("soft.star")
        # A duty whose words may be verbs or nouns ("… and staff on legal changes") is not
        # turned into a gerund: it is said as the advert writes it.
        doing = sure_gerund(phrase) if form == "base" else ""
        if not is_event_duty(item.payload):
            # Routine work is asked as a process, with one case that didn't go to plan.
            # A duty the CV does not show is asked as the closest the candidate has come;
            # one it shows only near, as one case of the work it shows (a step up).
            status, line = self.duty_status(item.payload, answers)
            routine = {"shown": "routine", "told": "routine", "near": "routine_near"}
            routines = [routine.get(status, "routine_unshown")]
            if status == "near":
                # When the step up reads too long: the closest case, else the duty's own.
                routines += ["routine_unshown", "routine"]
            clause = self.near_clause(line) if status == "near" else ""
            options: list[str] = []
            for key in routines:
                # The step up says the duty's first part ("…, and building a culture" is
                # another duty) with the people or things it is done to.
                said = (
                    re.split(r",\s+and\s+(?=\w+ing\b)", doing)[0]
                    if key == "routine_near"
                    else doing
                )
                if form == "base" and not doing:
                    # Said as the advert writes it: still a story, never a plain duty question
                    # (the interview's one behavioural question may be this one).
                    options += self._render(
                        f"story.{key}_verb", salt=salt, duty=phrase, clause=clause
                    )
                elif form == "base":
                    options += self._render(
                        f"story.{key}_base", salt=salt, doing=said, clause=clause
                    )
                else:
                    options += self._render(
                        f"story.{key}_noun", salt=salt, thing=phrase, clause=clause
                    )
            return options
        if form == "base":
            # "This role involves…" keeps the job's own figures; "a time you had to…" asks
            # about the candidate's past, which had its own ("a team of planners", not "six").
            options = self._render(
                "story.base",
                salt=salt,
                duty=as_general(phrase),
                doing=doing or _UNSAID,
                star=star,
            )
            return [o for o in options if _UNSAID not in o] or self.duty(item, salt)
        return self._render("story.noun", salt=salt, thing=phrase, star=star)

    def role(self, item: PlanItem, salt: str = "") -> list[str]:
        found = [f for f in (scene_phrase(line) for line in item.scene) if f[1]]
        options: list[str] = []
        base = [phrase for form, phrase in found if form == "base"]
        nouns = [phrase for form, phrase in found if form == "noun"]
        both = self._one("role.both_more" if _has_list(*base, *nouns) else "role.both_two")
        if len(base) == 2:
            for duty, other in (base, base[::-1]):
                options += self._render(
                    "role.duties_scene", salt=salt, duty=duty, other=other, both=both
                )
        lines = [ln for ln in item.scene if scene_phrase(ln)[0] == "base"]
        for duty, line in zip(base, lines, strict=True):
            if len(base) == 1 and not is_event_duty(line):
                # One routine duty: a morning set aside for it when something urgent calls, not
                # a duty "due this week".
                doing = sure_gerund(duty)
                if doing:
                    options += self._render("role.routine_scene", salt=salt, doing=doing)
            options += self._render("role.duty_scene", salt=salt, duty=duty)
        if len(nouns) == 2:
            for thing, other in (nouns, nouns[::-1]):
                options += self._render(
                    "role.things_scene", salt=salt, thing=thing, other=other, both=both
                )
        for thing in nouns:
            options += self._render("role.thing_scene", salt=salt, thing=thing)
        # The general scene only when no scene of the job's own reads well.
        return options + self._role(item, salt)

    def _role(self, item: PlanItem, salt: str = "") -> list[str]:
        job = self.docs.job
        kind = role_kind(job)
        found = as_duty(item.payload, duty=True) if item.payload else None
        duty = found[1] if found and found[0] == "base" else None

        # The job's own tools and practices, never the occupation itself ("IT Support").
        top = [
            term_for(self.docs, s)
            for s in job.skills
            if not is_credential(s) and not names_the_occupation(self.docs, s)
        ][:2]
        stack = " and ".join(top) if top else self._one("role.stack_default")
        if kind in ("manager", "junior"):
            return self._render(f"role.{kind}", salt=salt, stack=stack)
        # A design or analysis scenario only for a job whose duties are design or analysis
        # work; a lab or a service desk read as "technical" gets the general one.
        if (
            kind == "senior"
            and job.family == "sales"
            or (kind == "senior" and job.family in ("technical", "data") and duty)
        ):
            task = duty or self._one(f"role.{job.family}_senior_task")
            return self._render(f"role.{job.family}_senior", salt=salt, task=task)
        if job.family == "sales":
            return self._render("role.sales", salt=salt)
        if job.family == "healthcare" and self._acute_care():
            triage = any(s.name == "Triage" for s in job.skills)
            busy = self._one("role.healthcare_busy_triage" if triage else "role.healthcare_busy")
            return self._render("role.healthcare", salt=salt, busy=busy)
        if job.family == "healthcare":
            return self._render("role.healthcare_clinic", salt=salt)
        if job.family == "animal_care":
            return self._render("role.animal_care", salt=salt)
        # Work done with the hands, on a site or in a workshop, gets scenes of its own.
        hands_on = work_setting(self.docs.job_title, job) == "hands_on"
        if job.family in ("technical", "data") and kind != "senior" and not hands_on:
            return self._render("role.technical", salt=salt, stack=stack)
        if job.is_senior:
            task = duty or self._one("role.senior_task")
            key = "role.senior_hands_on" if hands_on else "role.senior"
            return self._render(key, salt=salt, task=task)
        return self._render("role.other_hands_on" if hands_on else "role.other", salt=salt)

    def _acute_care(self) -> bool:
        """Whether the job's duties or requirements name bedside, ward or shift work."""
        text = " ".join((*self.docs.job.responsibilities, *self.docs.job.requirements)).lower()
        return any(
            re.search(rf"\b{re.escape(w)}\b", text) for w in templates("role.acute_care_words")
        )

    def generic(self, item: PlanItem, salt: str = "") -> list[str]:
        index = int(item.key.split(":", 1)[1])
        a_title = f"{article(self.title)} {self.title}"
        template = generic_questions()[index]
        return [template.format(title=self.title, company=self.company, a_title=a_title)]

    def planned(self, item: PlanItem, ordinal: int = 0, answers: Sequence[str] = ()) -> list[str]:
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
            "role": self.role,
            "story": self.story,
        }
        salt = f"{item.kind}:{ordinal}"
        if item.kind == "gap":
            found = self.gap(item, salt=salt, answers=answers)
        elif item.kind == "duty":
            found = self.duty(item, salt=salt, answers=answers)
        elif item.kind == "story":
            found = self.story(item, salt=salt, answers=answers)
        else:
            found = options[item.kind](item, salt=salt)
        return [*found, *self._again(found)]

    def _again(self, options: Sequence[str]) -> list[str]:
        """The options that restate a duty ("In this role you'd …"), restated another way: for
        when an earlier question already opened like that."""
        out: list[str] = []
        for key in ("link.base", "link.duty_noun"):
            first = templates(key)[0].split("{phrase}")[0]
            for template in templates(f"{key}_again"):
                again = template.split("{phrase}")[0]
                out += [again + o[len(first) :] for o in options if o.startswith(first)]
        return out

    def extra(self, salt: str = "") -> list[str]:
        return self._render("extra.questions", salt=salt)

    # -- follow-ups --

    def duty_topic(self, item: PlanItem) -> str:
        """The duty a story or duty question is about, as a gerund phrase ("" when none)."""
        if item.kind not in ("story", "duty"):
            return ""
        found = as_duty(item.payload, duty=True)
        if not found or found[0] != "base":
            return ""
        status, line = self.duty_status(item.payload)
        if status == "near":
            # A duty the CV shows only near is probed by the work it shows ("of line
            # managing 24 support staff"): "one example of line managing a team of school
            # business managers" would presume it.
            own = sure_gerund(base_form(trim_to_clause(line, max_words=10) or line))
            if own:
                return re.sub(r"\b(?:our|Our|my|My)\b", "the", own)
        # A probe names the duty by its main clause: "planning labour and capacity for each
        # client", not every qualifier after it.
        phrase = trim_to_clause(found[1], max_words=10) or found[1]
        first, comma, rest = phrase.partition(", ")
        if comma and not re.search(r"\b(?:and|or)\b", rest):
            # Cut inside a list ("…across inbound, storage"): its head alone, without the
            # half list's preposition ("leading all warehouse operations").
            phrase = re.sub(
                r"\s+(?:across|including|such as|from|for|of|in|on|with)\s+\S+$", "", first
            )
        # A probe asks about the candidate's own past: without the job's own figures.
        general = as_general(phrase)
        doing = sure_gerund(general)
        if not doing:
            # A word read either way ("… and deal with snagging"): the duty up to it, when
            # that part is whole ("preparing homes for handover").
            unsure: list[str] = []
            turned = gerund(general, unsure)
            head = re.split(rf",?\s+(?:and|or|&)\s+{re.escape(unsure[0])}\b", turned)[0]
            whole = head != turned and not cuts_a_list(turned, len(head))
            doing = head if whole and len(head.split()) >= 3 else ""
        return re.sub(r"\b(?:our|Our)\b", "the", doing)

    def _deep_term(self, skill: Skill) -> str:
        """A skill as a deep question on it said it: the CV's list's words when the question
        cited the list, else the documents' spelling."""
        mentions = self.docs.cv.mentions_of(skill)
        if any(is_quotable(m) and not is_title(m.text, self.docs) for m in mentions):
            return term_for(self.docs, skill)
        return cv_term(self.docs, skill)

    def _topic(self, asked: Asked, brief: bool = False) -> str:
        """The topic a probe names; `brief`: a duty restated short, as when bringing an
        answer back to it (the question said it in full a moment ago)."""
        if asked.duty:
            doing = brief_duty(asked.duty) if brief else asked.duty
            return self._one("followup.topic_duty", doing=doing)
        if asked.skill is not None and asked.kind in ("deep", "tangent"):
            # A probe names the current employer only: an example from now or from an
            # earlier job will do, and "at <an old employer>" ties the answer to the past.
            role = self.docs.cv.current_role
            current = employer_of(role) if role is not None else ""
            where = self._at(asked.where, now=True) if asked.where == current and current else ""
            # As the question said it, its bracket left out ("complaint handling (FCA DISP)").
            term = without_brackets(self._deep_term(asked.skill))
            if kind_as_written(asked.skill, term) == "setting":
                # "of your work in the Crown Court", never "of your work with Crown Court".
                return self._one("followup.topic_setting", term=setting_place(term), where=where)
            if _names_work(term):
                # "roof work at height" is the work itself: "one example of roof work at
                # height", never "of your work with roof work at height".
                return self._one("followup.topic_duty", doing=term)
            found = as_duty(term, duty=False)
            doing = sure_gerund(found[1]) if found and found[0] == "base" else ""
            if doing and term.split()[0].islower() and not term.split()[0].endswith("ing"):
                # "prepare theatre" as the CV says it: "of preparing theatre", never "of
                # your work with prepare theatre".
                return self._one("followup.topic_skill_doing", doing=doing, where=where)
            return self._one("followup.topic_skill", term=term, where=where)
        if asked.skill is not None and asked.kind == "soft":
            return self._one("followup.topic_soft", term=display_term(asked.skill))
        if asked.skill is not None and asked.kind == "gap":
            term = term_for(self.docs, asked.skill)
            if kind_as_written(asked.skill, term) == "setting":
                return self._one("followup.topic_setting", term=setting_place(term), where="")
            return self._one("followup.topic_gap", term=term)
        if asked.kind == "opener":
            role = self.docs.cv.current_role
            employer = employer_of(role) if role is not None else ""
            if employer and not is_hiring_company(employer, self.docs.company):
                return self._one("followup.topic_opener_employer", employer=employer)
            return self._one("followup.topic_opener")
        return self._one("followup.topic_default")

    def example_followup(
        self, asked: Asked, hypothetical: bool, salt: str = "", term: str = "", told: bool = False
    ) -> list[str]:
        """A request for one concrete example; `term`: a thing the candidate named, taken up;
        `told`: the answer told one occasion already, so its detail is asked for instead."""
        if term and trait_form(term):
            return self.trait_followup(term, salt=salt)
        if told:
            if term:
                return self._render("followup.detail_term", salt=salt, term=term)
            # The occasion is named as the answer's own, never as the duty or skill asked
            # about: the candidate may have told another ("that occasion of rigging" presumes).
            return self._render("followup.detail", salt=salt)
        if hypothetical:
            if term:
                return self._render("followup.example_plan_term", salt=salt, term=term)
            return self._render("followup.example_plan", salt=salt)
        if term:
            return self._render("followup.example_term", salt=salt, term=term)
        return self._render("followup.example", salt=salt, topic=self._topic(asked))

    def field_followup(self, asked: Asked, other: str, field: str, salt: str = "") -> list[str]:
        """After a story from another line of work (at `other`) told for a question on the
        field's own work: one from the field (at `field`) asked for, on the same question."""
        return self._render("followup.field_back", salt=salt, other=other, field=field)

    def back_followup(self, asked: Asked, term: str, salt: str = "") -> list[str]:
        """After an answer that dodged the question for a thing of its own (`term`): the
        thing heard, and the question's topic asked again, named."""
        return self._render("followup.example_back", salt=salt, term=term, topic=self._topic(asked))

    def real_occasion_followup(self, asked: Asked, salt: str = "") -> list[str]:
        """After a plan ("I'd first…") given for an occasion asked: a time it was actually
        done, on the question's topic."""
        return self._render(
            "followup.example_real", salt=salt, topic=self._topic(asked, brief=True)
        )

    def outcome_followup(
        self,
        asked: Asked,
        hypothetical: bool,
        salt: str = "",
        term: str = "",
        answer: str = "",
        measurable: bool = True,
    ) -> list[str]:
        """A request for the result; `term`: a thing the candidate named, taken up. The work
        is named as the question's skill only when the `answer` names it too: a story of other
        work ("a backlog of protocol deviations" asked about recruitment) is "that", never
        "that recruitment work". `measurable`: the work has a result that is a quantity (see
        `is_measurable_work`); else it is asked how it turned out, never how it was measured."""
        changed = "" if measurable else "_changed"
        if term and trait_form(term):
            return self.trait_followup(term, salt=salt)
        if hypothetical:
            return self._render(f"followup.outcome_plan{changed}", salt=salt)
        if term:
            return self._render(f"followup.outcome_term{changed}", salt=salt, term=term)
        if asked.kind == "opener":
            return self._render(f"followup.outcome_opener{changed}", salt=salt)
        if (
            asked.skill is not None
            and asked.kind in ("deep", "tangent")
            and (not answer or _names_skill(asked.skill, answer))
        ):
            term = self._deep_term(asked.skill)
            key = "followup.what_work" if _names_work(term) else "followup.what_skill"
            what = self._one(key, term=term)
        elif asked.kind == "soft":
            what = self._one("followup.what_soft")
        else:
            what = self._one("followup.what_default")
        return self._render(f"followup.outcome{changed}", salt=salt, what=what)

    def trait_followup(self, term: str, salt: str = "") -> list[str]:
        """A quality the candidate claimed ("team player"): one occasion that shows it."""
        term = re.sub(r"^(?:a|an|my)\s+", "", term, flags=re.IGNORECASE)
        a_term = f"{article(term)} {term}"
        claim = self._one(f"followup.trait_claim_{trait_form(term)}", term=term, a_term=a_term)
        return self._render("followup.trait", salt=salt, claim=claim)

    def denial_ack(self, term: str, salt: str = "", before: str = "") -> str:
        """A short acknowledgement of a term the candidate turned down ("PLC programming");
        "" when the question it goes `before` opens with an acknowledgement of its own: one
        thank-you a turn, never "Thank you, that's helpful to know. I appreciate the…"."""
        if _acknowledges(before):
            return ""
        return self._render("followup.denial_ack", salt=salt, term=term)[0]

    def duty_said_before(self, asked: Asked, options: Sequence[str]) -> list[str]:
        """`options` with `asked`'s duty, said in full or short, replaced by "that work": for
        a probe after two questions that both said the duty already."""
        if not asked.duty:
            return list(options)
        again = self._one("followup.topic_again")
        forms = sorted({asked.duty, brief_duty(asked.duty)}, key=len, reverse=True)
        out = []
        for option in options:
            for doing in forms:
                option = option.replace(self._one("followup.topic_duty", doing=doing), again)
            out.append(option)
        return out

    def folded_lead(self, probe: str, hypothetical: bool, salt: str = "") -> list[str]:
        """Lead-ins that fold a probe of `probe`'s kind into the next planned question, as a
        request for its answer; `hypothetical`: that question asks what they would do."""
        key = f"followup.folded_{probe}{'_plan' if hypothetical else ''}"
        return self._render(key, salt=salt)

    def gap_followup(self, salt: str = "", nearest: bool = True, term: str = "") -> list[str]:
        """After an honest "I haven't done that yet": what the candidate would build on to
        close the gap when the answer brought the nearest thing they have done (`nearest`),
        else that nearest thing; naming the gap (`term`) when the denial names one thing the
        job asks for."""
        key = "followup.gap" if nearest else "followup.gap_nearest"
        plain = self._render(key, salt=salt)
        if not term:
            return plain
        return [*self._render(f"{key}_named", salt=salt, term=term), *plain]

    def redirect_followup(
        self, asked: Asked, hypothetical: bool, salt: str = "", drift: bool = False
    ) -> list[str]:
        """Back to the question after an answer about something else; `drift`: the answer
        turned to a neighbouring matter of the work ("That reminds me of the stock-take"),
        so the redirect says so gently and names the topic asked."""
        if hypothetical:
            # "the scenario I described" only after a question that set one.
            scene = sets_scene(asked.text)
            return self._render(f"followup.redirect_{'scene' if scene else 'plan'}", salt=salt)
        key = "followup.redirect_drift" if drift else "followup.redirect"
        # The duty said short first; in full when the short form will not do.
        return [
            *self._render(key, salt=salt, topic=self._topic(asked, brief=True)),
            *self._render(key, salt=salt, topic=self._topic(asked)),
        ]

    def focus_followup(self, asked: Asked, hypothetical: bool, salt: str = "") -> list[str]:
        if hypothetical:
            scene = sets_scene(asked.text)
            return self._render(f"followup.focus_{'scene' if scene else 'plan'}", salt=salt)
        return [
            *self._render("followup.focus", salt=salt, topic=self._topic(asked, brief=True)),
            *self._render("followup.focus", salt=salt, topic=self._topic(asked)),
        ]

    def tangent_followup(self, skill: Skill, answer: str, salt: str = "") -> list[str]:
        term = display_term(skill, answer)  # echo the candidate's own words for it
        return self._render("followup.tangent", salt=salt, term=term)


def _names_skill(skill: Skill, text: str) -> bool:
    """Whether `text` names `skill`: by one of the lexicon's names for it, or every word of
    its name in some form."""
    if skill in extract_skills(text):
        return True
    words = [w for w in re.findall(r"[A-Za-z]+", skill.name) if len(w) > 2]
    have = lemma_set(text)
    return bool(words) and all(lemma_set(w) & have for w in words)


def _names_work(term: str) -> bool:
    """Whether a skill as the documents write it names the work itself ("roof work at
    height", "working at height"): said bare, never as "your work with …"."""
    heads = [h for h in work_heads() if h in lemma_set(term)]
    # "permit to work" names a permit: its "work" is a verb.
    return any(not head_is_verb(term, h) for h in heads)


def is_measurable_work(*texts: str) -> bool:
    """Whether the work `texts` tell of (a question's topic, its answer) has a result that is
    a quantity: a figure measuring a change, or a word of `followup.measurable_work` ("costs",
    "waiting times", "bookings") in any form. A welfare visit or a hard conversation has an
    outcome to ask for, but no measure."""
    # "stock-loss", "wait-times": each part of a compound is a word of its own here.
    text = " ".join(texts).replace("-", " ")
    if read_answer(text).measured:
        return True
    return bool(lemma_set(text) & set(templates("followup.measurable_work")))


def measurable_in(topic: str, answer: str) -> bool:
    """Whether the work asked about (`topic`) and told (`answer`) has a result that is a
    quantity: the topic names one (`is_measurable_work`), the answer gives a measured figure,
    or the answer's own work acts on a measure ("we cut the backlog", "waiting times fell");
    a measure the answer names in passing ("I checked the data") makes no work measurable."""
    if is_measurable_work(topic) or read_answer(answer).measured:
        return True
    measures = set(templates("followup.measurable_work"))
    verbs = set(templates("followup.measurable_verbs"))
    changes = set(templates("followup.measurable_changes"))
    reach = int(templates("followup.measurable_reach")[0])
    tokens = [lemma_set(w) or {w.lower()} for w in re.findall(r"[\w']+", answer.replace("-", " "))]
    for index, forms in enumerate(tokens):
        if not forms & measures:
            continue
        before = tokens[max(0, index - reach) : index]
        after = tokens[index + 1 : index + 1 + reach]
        if any(f & verbs for f in before) or any(f & changes for f in after):
            return True
    return False


def closing_horizon(requirement: str) -> str:
    """How far ahead the close on `requirement` looks: the first 90 days, or a longer span
    when the thing asked for takes longer to reach ("chartered membership": the first year),
    by the goal words of `closing.horizons`."""
    low = " ".join(re.findall(r"[\w'’-]+", requirement.lower()))
    for horizon in wordings()["closing"].get("horizons", []):
        if any(re.search(rf"\b{re.escape(goal)}\b", low) for goal in horizon["goals"]):
            return str(horizon["span"])
    return templates("closing.requirement_horizon")[0]
