"""Topic choice and premises on fields outside the repository (invented brewing, farriery,
air traffic, archives and locksmith text): a CV skill is joined only to a duty naming it
whole, a duty the CV does not show is never said to be the candidate's current work, an
internal candidate is not asked what would change at their own employer, and an essential
requirement whose words are only scattered over the CV is still asked about, neutrally."""

from __future__ import annotations

from interview_core.context import InterviewContext
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.plan import _names_whole, cv_term, field_deep_skills
from interview_core.interviewer.requirements import candidates, is_shown, shown_together
from interview_core.interviewer.wording import phrases

BREWER_CV = """Tom Ashworth
Experience
Assistant Head Brewer, Fellside Brewing Co., Kendal
2019 – present
- Run a 30bbl brewhouse producing 9,000 hectolitres a year across 22 beers
- Train and roster a team of four brewers on early and late shifts

Brewer, Hopstone Brewery, Lancaster
2014 – 2019
- Helped move the brewery to a new unit in 2017 with only two weeks' lost production

Qualifications
IBD Diploma in Brewing (2018)
Level 2 Food Hygiene

Skills
Recipe development, Yeast management, CIP, HACCP, Brewhouse scheduling, BrewMan software
"""
BREWER_JOB = """The role
- Lead all brewing, fermentation and packaging operations across the brewery
- Manage a team of six brewers and packaging operatives
- Oversee the commissioning of the new 50bbl brewhouse
- Maintain HACCP, SALSA accreditation and HMRC duty records
- Develop new beers with the sales team

You will need
- IBD Diploma in Brewing or equivalent
- Strong understanding of food safety and quality systems
"""

ATC_CV = """Megan Lloyd
Employment
Airside Operations Assistant, Cardiff Airport
January 2023 – present
- Carry out runway and apron inspections four times a shift and log findings
- Record wildlife hazard sightings; helped bring bird strikes down 20% over a year

Skills
Radio communication, Airside safety, Shift work, Log keeping
"""
ATC_JOB = """What you'll do
- Support air traffic controllers in the visual control room and approach room
- Prepare and update flight progress strips and the electronic flight data system
- Record and distribute meteorological information
- Monitor and report the status of navigation aids and airfield lighting

What we're looking for
- At least five GCSEs including Maths and English
"""

ARCHIVE_CV = """Helen Morrow
Experience
Archivist — Somerset County Council, Somerset Heritage Centre, Taunton
April 2018 – Present
- Catalogued 1,400 boxes of quarter sessions records onto CALM, clearing a 15-year backlog
- Answer around 80 remote research enquiries a month
- Supervise a team of 12 volunteers

Assistant Archivist — Devon County Council, Exeter
June 2015 – March 2018
- Ran the public searchroom two days a week
"""
ARCHIVE_JOB = """Key responsibilities
- Manage accessioning, cataloguing and remote research enquiries for the collections
- Answer remote research enquiries and run the searchroom rota
- Lead the collections team of three archivists and the volunteer programme
- Maintain Archive Service Accreditation standards

Essential criteria
- Postgraduate qualification in archives and records management
"""

LOCKSMITH_CV = """Dan Hughes
Experience
Locksmith, SecureKey Ltd, Bristol — 2016 – present
- Fit and repair domestic locks for around 30 customers a week
- Carried out access audits for 12 letting agents
- Set up the firm's control of key registers for landlords
- Led the installation of anti-snap cylinders across 400 council homes

Skills
Lock picking, UPVC door mechanisms, Key cutting
"""
LOCKSMITH_JOB = """Responsibilities
- Survey commercial sites and quote for security upgrades
- Fit and maintain master key systems for business clients
- Train apprentice locksmiths

Essential
- Experience of access control installation
"""


def _iv(cv: str, job: str, title: str, company: str):
    return interviewer_for(InterviewContext(title, company, cv, job))


def test_a_skill_is_joined_only_to_a_duty_naming_it_whole() -> None:
    # "Brewhouse scheduling" is not the commissioning of a brewhouse: one shared word.
    assert not _names_whole(
        "Brewhouse scheduling", "Oversee the commissioning of the new brewhouse"
    )
    assert not _names_whole("Remedial shoeing", "Shoe and trim horses in the yard")
    assert _names_whole("Remedial shoeing", "Carry out remedial shoeing for hospital patients")
    assert _names_whole("rigging", "Carry out aerial dismantling and rigging")
    docs = _iv(BREWER_CV, BREWER_JOB, "Head Brewer", "Tarn Valley Brewery").docs
    joined = {s.name.lower(): line for s, (_, line) in field_deep_skills(docs).items()}
    assert "commissioning" not in joined.get("brewhouse scheduling", "")


def test_the_skills_list_names_a_skill_before_a_certificate() -> None:
    docs = _iv(BREWER_CV, BREWER_JOB, "Head Brewer", "Tarn Valley Brewery").docs
    food = next(s for s in docs.job.skills if s.name == "Food Safety")
    assert cv_term(docs, food) == "HACCP"


def test_a_duty_the_cv_does_not_show_is_not_called_current_work() -> None:
    iv = _iv(ATC_CV, ATC_JOB, "Air Traffic Control Assistant", "Bristol Airport")
    presuming = phrases("premise.presumes_now")
    asked = [i for i in iv.plan if i.kind in ("duty", "story")]
    unshown = [i for i in asked if not iv.render.shows_duty(i.payload)]
    assert unshown, "the strips and the controllers' rooms are not on this CV"
    for item in unshown:
        render = iv.render.story if item.kind == "story" else iv.render.duty
        first = render(item)[0]
        assert not any(p.lower() in first.lower() for p in presuming), first
        assert "current work" not in first and "usual way" not in first


def test_an_internal_candidate_is_not_asked_what_would_change_at_their_employer() -> None:
    iv = _iv(ARCHIVE_CV, ARCHIVE_JOB, "Senior Archivist", "Somerset County Council")
    assert iv.render.internal
    options = iv.render._render(
        "duty.shown", sentence="In this role you'd answer enquiries.", clause="you answer them"
    )
    assert options and not any("change at" in o for o in options)
    closings = iv.render.closing()
    assert not any("joined Somerset" in o for o in closings)
    outsider = _iv(ATC_CV, ATC_JOB, "Air Traffic Control Assistant", "Bristol Airport").render
    assert not outsider.internal


def test_an_essential_requirement_only_half_shown_is_still_a_candidate() -> None:
    # "access", "control" and "installation" each appear, on different lines: half shown.
    docs = _iv(LOCKSMITH_CV, LOCKSMITH_JOB, "Commercial Locksmith", "Keyguard Security").docs
    need = next(n for n in docs.job.asks if "access control" in n.line)
    assert is_shown(docs, need) and not shown_together(docs, need)
    iv = _iv(LOCKSMITH_CV, LOCKSMITH_JOB, "Commercial Locksmith", "Keyguard Security")
    assert need in candidates(docs, ())
    gap = next((i for i in iv.plan if i.kind == "gap" and i.skill is None), None)
    assert gap is not None and gap.jd_line == need.line
    question = iv.render.gap(gap)[0]
    # Said neutrally: its words are on the CV, so it is never called missing.
    assert "access control installation" in question and "not" not in question.lower()
