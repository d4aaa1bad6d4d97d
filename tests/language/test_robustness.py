"""The readers take any text without failing, and never return a broken name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interview_core.language.profile import analyse_cv, analyse_job

_PIECES = st.sampled_from(
    [
        "Senior Engineer",
        "Acme (logistics, SaaS",
        "Teacher of Maths (TLR – KS3)",
        " – ",
        " | ",
        ", ",
        " at ",
        "Mar 2019 – present",
        "09.2017 – 02.2021",
        "2019-2021",
        "(",
        ")",
        "EXPERIENCE",
        "Skills:",
        "• ",
        "- ",
        "\n",
        "\t",
        "in",
        "of the",
        "Ltd",
        "Emergency Department",
        "jane@example.com",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40))
def test_any_cv_text_reads_into_whole_names(parts: list[str]) -> None:
    cv = analyse_cv("".join(parts), this_year=2025)
    for role in cv.roles:
        for name in (role.title, role.employer or ""):
            assert name.count("(") == name.count(")"), name
            assert name == name.strip()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40))
def test_any_job_text_reads(parts: list[str]) -> None:
    job = analyse_job("Engineer", "Acme", "".join(parts))
    assert all(d.phrase == d.phrase.strip() for d in job.duties)
