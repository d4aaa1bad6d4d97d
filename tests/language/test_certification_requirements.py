"""A job asking for a certification ("AWS certification", "CSCS certification essential",
"Essential: Microsoft Certified: Azure Administrator") asks for a credential held: its
phrase and name are read whole, and work in the field it names does not show it.

Invented adverts from fields the labelled pairs do not have (cloud engineering, site work,
drone surveying, sign-language interpreting).
"""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.requirements import candidates, requirement
from interview_core.language.job import analyse_job, need_phrase

JD = """About the role
You will look after our drone survey fleet and the cloud platform behind it.
What we need
- AWS certification
- CSCS certification essential
- Essential: Microsoft Certified: Azure Administrator
- Three years flying survey drones
"""


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        (
            "Essential: Microsoft Certified: Azure Administrator",
            "Microsoft Certified: Azure Administrator",
        ),
        ("AWS certification is essential for this role", "AWS certification"),
        ("NRCPD registration is required", "NRCPD registration"),
        # A colon after an ordinary word still ends the phrase.
        ("Drone licence: GVC or A2 CofC", "Drone licence"),
    ],
)
def test_the_phrase_of_a_certification_is_read_whole(line: str, phrase: str) -> None:
    assert need_phrase(line) == phrase


def test_a_certification_named_with_a_colon_is_one_term() -> None:
    job = analyse_job("Cloud Engineer", "Skyline Surveys", JD)
    need = next(n for n in job.asks if "Azure" in n.line)
    assert need.terms == ("Microsoft Certified: Azure Administrator",)
    assert need.kind == "requirement"


@pytest.mark.parametrize(
    ("line", "thing"),
    [
        ("AWS certification", "an AWS certification"),
        ("CSCS certification essential", "a CSCS certification"),
        (
            "Essential: Microsoft Certified: Azure Administrator",
            "Microsoft Certified: Azure Administrator",
        ),
    ],
)
def test_a_certification_is_a_thing_held(line: str, thing: str) -> None:
    ctx = InterviewContext("Cloud Engineer", "Skyline Surveys", "Sam Okafor\n", JD, ())
    found = requirement(interviewer_for(ctx).docs, line)
    assert found is not None and found.thing == thing and found.held


CV = """Sam Okafor
Experience
Cloud Engineer
Pinecrest Systems | 2021 – Present
- Ran the AWS estate (EC2, S3, RDS) for 40 services
- Flew survey drones on 60 sites over three years
{certs}
"""


def _asked(cv: str) -> list[str]:
    ctx = InterviewContext("Cloud Engineer", "Skyline Surveys", cv, JD, ())
    docs = interviewer_for(ctx).docs
    return [n.line for n in candidates(docs, ())]


def test_work_in_the_field_does_not_show_its_certification() -> None:
    assert "AWS certification" in _asked(CV.format(certs=""))


def test_a_certificate_held_shows_it() -> None:
    cv = CV.format(certs="Certifications\nAWS Certified Solutions Architect – Associate (2022)")
    assert "AWS certification" not in _asked(cv)


def test_a_named_credential_missing_is_held_as_it_not_one() -> None:
    cv = "Sam Okafor\nExperience\nDrone Pilot\nSkyline Aerial | 2021 – Present\n- Flew surveys\n"
    jd = "What we need\n- Essential: Microsoft Certified: Azure Administrator\n"
    interviewer = interviewer_for(InterviewContext("Cloud Engineer", "Skyline Surveys", cv, jd))
    items = [i for i in interviewer.plan if i.kind == "gap" and i.skill is None]
    asked = [q for i in items for q in interviewer.render.planned(i)]
    assert asked and all("hold one" not in q and "find one" not in q for q in asked), asked
