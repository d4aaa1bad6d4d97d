"""The downloadable report: Markdown and PDF, with Unicode text and with core fonts."""

from __future__ import annotations

import io
import re
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from interview_core.context import InterviewContext, Turn
from interview_core.report import (
    EMPTY_LIST_LINES,
    latin1,
    render_markdown,
    render_pdf,
    unicode_font,
)
from interview_core.scorer import score_interview
from tests.helpers.feedback import CTX

SESSION = SimpleNamespace(id=12, job_title="Senior Backend Engineer", company_name="Initech")


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_markdown_has_every_section_and_every_question() -> None:
    report = score_interview(CTX)
    md = render_markdown(report, SESSION)
    assert md.startswith("# Interview feedback: Senior Backend Engineer at Initech")
    assert f"## Score: {report.overall_score}/100" in md
    assert "/10)" not in md and not re.search(r"\b\d+/10\b", md)
    for section in (
        "## Strengths",
        "## Weaknesses",
        "## CV improvements",
        "## Skill coverage",
        "## Insights",
        "## Question by question",
    ):
        assert section in md
    for q in report.questions:
        assert f"### Question {q.number} — {q.score}/100" in md
    assert "Heuristic score" in md
    assert "Shown in your answers or held:** Python" in md


def test_an_empty_summary_list_says_so_in_markdown_and_pdf() -> None:
    report = score_interview(CTX).model_copy(update={"cv_improvements": []})
    md = render_markdown(report, SESSION)
    section = md.split("## CV improvements", 1)[1].split("## Skill coverage", 1)[0]
    assert section.strip() == EMPTY_LIST_LINES["CV improvements"]
    pdf = _pdf_text(render_pdf(report, SESSION, use_unicode=False))
    assert "Nothing in this interview calls for a change" in " ".join(pdf.split())


def test_markdown_keeps_candidate_text_from_becoming_markup() -> None:
    ctx = InterviewContext(
        job_title="Engineer",
        company_name="Initech",
        cv_text="",
        job_description="",
        turns=(Turn("Question 1?", "# not a heading | not a table *not bold*"),),
    )
    md = render_markdown(score_interview(ctx), SESSION)
    assert "> \\# not a heading \\| not a table \\*not bold\\*" in md


@pytest.mark.parametrize("use_unicode", [True, False])
def test_pdf_renders_the_report(use_unicode: bool) -> None:
    if use_unicode and unicode_font() is None:
        pytest.skip("no Unicode TTF font on this machine; the core-font path is tested below")
    report = score_interview(CTX)
    data = render_pdf(report, SESSION, use_unicode=use_unicode)
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    assert "Interview feedback" in text
    assert f"{report.overall_score}/100" in text
    assert not re.search(r"\b\d+/10\b", text)
    assert "Question 8" in text
    assert "Strengths" in text and "CV improvements" in text


def test_pdf_with_core_fonts_survives_any_unicode() -> None:
    ctx = InterviewContext(
        job_title="Ingénieure – données",
        company_name="Zürich “AG”",
        cv_text="",
        job_description="",
        turns=(
            Turn("Qu’est-ce que…?", "I led 5 people 🚀 at Łódź — then ✓ shipped ≥ 3 things 漢字."),
        ),
    )
    session = SimpleNamespace(id=3, job_title="Ingénieure – données", company_name="Zürich “AG”")
    data = render_pdf(score_interview(ctx), session, use_unicode=False)
    text = _pdf_text(data)
    assert "Ingénieure - données" in text
    assert "Lódz" in text


def test_latin1_keeps_accents_and_replaces_the_rest() -> None:
    assert latin1("café “quoted” – ok…") == 'café "quoted" - ok...'
    assert latin1("Łódź ✓ 漢") == "Lódz + ?"
