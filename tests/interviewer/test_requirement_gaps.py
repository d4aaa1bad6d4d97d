"""A requirement of the job that neither the CV nor the answers show is asked about once,
neutrally unless none of its words is on the CV (invented aviation, midwifery, translation,
arboriculture, live sound and courier text)."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import is_fluent
from interview_core.interviewer.plan import PlanItem
from interview_core.interviewer.requirements import is_generic
from interview_core.interviewer.wording import wordings

AIRCRAFT_JOB = """Responsibilities
- Carry out and certify scheduled base maintenance checks on A320 family aircraft
- Diagnose and rectify defects raised during heavy checks, working from the AMM
- Supervise and mentor mechanics and apprentices on shift

Requirements
- UK Part-66 B1.1 licence with A320 family type rating
- At least two years' base maintenance experience on heavy checks
- Right to work in the UK
- Full UK driving licence
- Enthusiastic and flexible approach to shift work
"""
AIRCRAFT_CV = """Experience
B1 Licensed Engineer, SkyLink Line Services, Birmingham Airport — 2021 – present
- Certify transit, daily and weekly checks on A320 family aircraft for three airlines
- Cut technical delays from 1.8% to 1.1% of departures by pre-positioning spares
- Lead a shift of four mechanics on night stop maintenance

Licences
- UK Part-66 B1.1 licence, A320 family type rating
"""

MIDWIFE_JOB = """Your responsibilities
- Provide antenatal and postnatal care to women and families at home
- Lead continuity-of-carer caseloads and attend home births
- Support and assess student midwives in practice

Essential
- Independent and supplementary prescribing qualification (V300)
- Experience of home births and continuity-of-carer models
- Full driving licence and access to a car
"""
MIDWIFE_CV = """Experience
Community Midwife, Leeds Teaching Hospitals — 2022 – present
- Carry a caseload of 35 women in a continuity-of-carer team, from booking to discharge
- Attended 24 home births as first or second midwife
- Mentor and assess student midwives as a practice assessor

Education
BSc (Hons) Midwifery, University of Leeds, 2019
"""

TRANSLATOR_JOB = """Responsibilities
- Translate contracts, witness statements and court judgments from Spanish into English
- Proofread and revise colleagues' legal translations against the source
- Maintain termbases and translation memories in Trados Studio

Requirements
- Degree in translation or modern languages
- Certificate in Legal Translation (CIOL) or equivalent legal translation qualification
- At least three years of professional translation experience
"""
TRANSLATOR_CV = """Experience
In-house Translator, Meridian Technical Translations, Manchester — 2021 – present
- Translate user manuals and product specifications from Spanish into English
- Revise freelance translators' work against the source before delivery
- Built a termbase of 4,000 entries in Trados Studio, cutting query emails by a third

Education
MA Translation Studies, University of Manchester, 2019
"""

TREE_JOB = """Responsibilities
- Climb and carry out tree work including crown reductions and dismantles
- Fell and process trees safely using chainsaws and a chipper
- Keep equipment and PPE maintained and inspected

Requirements
- NPTC chainsaw tickets CS30 and CS31
- At least two years' climbing experience
- Full driving licence, ideally with trailer entitlement
"""
TREE_CV = """Experience
Climber, Oakwood Arboriculture, Maidstone — 2021 – present
- Carry out crown reductions and sectional dismantles on council contracts
- Fell and process trees up to 600mm with chainsaw and chipper

Certificates
- City & Guilds NPTC Level 2 Award in Chainsaw Maintenance and Cross-cutting
- City & Guilds NPTC Level 2 Award in Felling and Processing Trees up to 380mm
"""


def _interviewer(title: str, company: str, cv: str, jd: str, turns: tuple[Turn, ...] = ()):
    return interviewer_for(InterviewContext(title, company, cv, jd, turns))


def _requirement_items(cv: str, jd: str, title: str) -> list[PlanItem]:
    plan = _interviewer(title, "Northfield", cv, jd).plan
    return [i for i in plan if i.kind == "gap" and i.skill is None]


def _question(cv: str, jd: str, title: str) -> str:
    interviewer = _interviewer(title, "Northfield", cv, jd)
    (item,) = [i for i in interviewer.plan if i.kind == "gap" and i.skill is None]
    return interviewer.render.planned(item)[0]


def test_base_maintenance_a_line_engineer_lacks_is_asked_neutrally() -> None:
    title = "B1 Licensed Aircraft Engineer – Base Maintenance"
    (item,) = _requirement_items(AIRCRAFT_CV, AIRCRAFT_JOB, title)
    assert item.must  # one question on a requirement is kept, after the duties
    question = _question(AIRCRAFT_CV, AIRCRAFT_JOB, title)
    assert "base maintenance experience on heavy checks" in question
    # The CV shows maintenance and checks: the question asks, it claims nothing missing.
    assert "CV" not in question and "how near" in question.lower()
    assert is_fluent(question)


def test_a_qualification_none_of_whose_words_is_on_the_cv_is_said_to_be_missing() -> None:
    question = _question(MIDWIFE_CV, MIDWIFE_JOB, "Community Midwife")
    assert "independent and supplementary prescribing qualification" in question
    assert "CV" in question and is_fluent(question)
    # Home births and continuity of carer are on the CV in other lines: never asked.
    assert "home births" not in question


def test_a_qualification_near_the_cv_is_asked_about_neutrally() -> None:
    question = _question(TRANSLATOR_CV, TRANSLATOR_JOB, "Legal Translator")
    assert "a Certificate in Legal Translation" in question
    assert "CV" not in question and is_fluent(question)


def test_tickets_the_cv_shows_in_other_words_are_not_asked_about() -> None:
    # The CV's NPTC chainsaw awards are CS30 and CS31 written out; the climber has climbed.
    assert _requirement_items(TREE_CV, TREE_JOB, "Arborist") == []


def test_generic_requirements_are_never_asked_about() -> None:
    for line in (
        "Right to work in the UK",
        "Full UK driving licence",
        "Enthusiastic and flexible approach to shift work",
        "Ability to stay calm under pressure",
        "Experience as a glazier on commercial sites",
        "A calm, patient manner with nervous dogs",
        "Good customer service",
    ):
        assert is_generic(line, "Glazier")
    assert not is_generic("Full UK driving licence (C1)", "Multi-drop Courier Driver")
    assert not is_generic("NPTC chainsaw tickets CS30 and CS31", "Tree Surgeon")


def test_a_requirement_an_answer_has_shown_is_not_asked() -> None:
    title = "B1 Licensed Aircraft Engineer – Base Maintenance"
    interviewer = _interviewer(title, "Northfield", AIRCRAFT_CV, AIRCRAFT_JOB)
    (item,) = [i for i in interviewer.plan if i.kind == "gap" and i.skill is None]
    told = (
        "Before the line I spent three years in base maintenance on heavy checks at a hangar "
        "in Norwich, certifying zones on C-checks."
    )
    assert interviewer.render.planned(item, answers=[told]) == []


def test_the_close_asks_about_the_requirement_probes_left_no_room_for() -> None:
    title = "Live Sound Engineer"
    jd = """Responsibilities
- Mix front-of-house sound for touring bands and in-house events
- Rig, test and de-rig PA systems and stage monitors
- Manage RF frequency coordination for radio mics and in-ear monitors

Requirements
- Three years of live sound mixing experience in venues of 500+ capacity
- Right to work in the UK
"""
    cv = """Experience
Sound Technician, The Fleece, Bristol (450 capacity) — 2021 – present
- Mix front-of-house and monitors for up to five bands a week on a Yamaha CL5
- Coordinate radio mic frequencies for comedy and spoken-word nights
"""
    full = (
        "I coordinate the radio mic and in-ear monitor frequencies for every show at The "
        "Fleece. When a touring band's radio mics kept dropping out, I rescanned, found a TV "
        "transmitter beside two of their frequencies and moved them. Scanning before every show "
        "cut our dropouts from about three a month to none in the year since."
    )
    turns: tuple[Turn, ...] = ()
    for _ in range(7):
        # Every planned question gets a vague answer and its probe: no slot is left over.
        decision = _interviewer(title, "Harbour Hall", cv, jd, turns).next_decision(turns, 8)
        answer = full if len(turns) == 6 else "I just get on with it really, it's fine."
        turns = (*turns, Turn(decision.text, answer))
    closing = _interviewer(title, "Harbour Hall", cv, jd, turns).next_decision(turns, 8)
    assert all("500+ capacity" not in t.question for t in turns)
    assert closing.asked.kind == "closing" and closing.asked.followup is None
    assert "500+ capacity" in closing.text and "first 90 days" in closing.text
    assert "CV" not in closing.text and is_fluent(closing.text)


def test_requirement_wordings_claim_absence_only_in_their_certain_forms() -> None:
    gap = wordings()["gap"]
    for key in ("neutral_requirement_held", "neutral_requirement_done"):
        assert all("CV" not in t for t in gap[key])
    for key in ("requirement_held", "requirement_held_named", "requirement_done"):
        assert all("CV" in t for t in gap[key])
    assert all(
        "CV" not in t for k, v in wordings()["closing"].items() for t in v if "requirement" in k
    )


def test_a_driving_licence_is_asked_about_when_the_job_is_driving() -> None:
    jd = """Responsibilities
- Drive a 7.5 tonne vehicle on multi-drop routes of up to 60 drops a day
- Load the vehicle in drop order and secure pallets and cages
- Carry out daily vehicle walkaround checks and report defects

Requirements
- C1 driving licence with no more than 6 points
- Good customer service
"""
    cv = """Gareth Price | Cardiff | Full UK driving licence (B)

Experience
Van Driver, Cardiff Flowers Direct — 2020 – present
- Deliver 40–50 drops a day across Cardiff in a 3.5 tonne van
- Plan my own route each morning and load in drop order
"""
    question = _question(cv, jd, "Multi-drop Courier Driver (7.5 tonne)")
    # A licence is on the CV, though not this one: asked, never said to be missing.
    assert "a C1 driving licence with no more than 6 points" in question
    assert "CV" not in question and is_fluent(question)


def test_a_system_none_of_whose_words_the_cv_uses_is_said_to_be_missing() -> None:
    jd = """Responsibilities
- Install shopfronts and glazed screens to drawings and specification
- Carry out site surveys and take accurate measurements for replacement units

Requirements
- CSCS Blue Skilled Worker card
- Experience with unitised curtain wall systems
- Own tools
"""
    cv = """Experience
Glazier, Westside Windows, Coventry — 2018 – present
- Fit replacement windows, doors and conservatories in homes, around 6 installs a week
- Survey and measure for replacement units; cut remeasure errors to under 2%

Qualifications
CSCS Blue Skilled Worker card
"""
    question = _question(cv, jd, "Commercial Glazier")
    assert "experience with unitised curtain wall systems on your CV" in question
    assert is_fluent(question)


def test_a_lower_level_of_a_qualification_does_not_show_the_one_asked_for() -> None:
    jd = """Responsibilities
- Bath, dry, clip and hand-strip dogs of all breeds to breed standard
- Train and supervise two junior groomers

Requirements
- City & Guilds Level 3 Diploma in Dog Grooming
- A calm, patient manner with nervous dogs
"""
    cv = """Experience
Dog Groomer, Pampered Paws, Leeds — 2021 – present
- Groom around 25 dogs a week, including hand-stripping wire coats
- Show new starters how to bath and dry safely

Qualifications
City & Guilds Level 2 Certificate for Dog Grooming Assistants, 2021
"""
    question = _question(cv, jd, "Senior Dog Groomer")
    # The Level 2 certificate is the nearest thing held: asked about, never called missing.
    assert "a City & Guilds Level 3 Diploma in Dog Grooming" in question
    assert "CV" not in question and is_fluent(question)
    # A higher level meets it.
    higher = cv.replace(
        "Level 2 Certificate for Dog Grooming Assistants", "Level 4 Diploma in Dog Grooming"
    )
    assert _requirement_items(higher, jd, "Senior Dog Groomer") == []
