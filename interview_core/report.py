"""The downloadable feedback report, as Markdown and as PDF."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .feedback_schema import (
    DIMENSION_LABELS,
    FeedbackReport,
    QuestionFeedback,
    ScoreBand,
    score_band,
)
from .untrusted import defuse_links, markdown_literal

# Headings of the skill-coverage groups, by a skill's status.
SKILL_STATUS_LABELS = {
    "demonstrated": "Shown in your answers or held",
    "undemonstrated": "On your CV, never shown",
    "missing": "Missing entirely",
}

# What a summary list says when it has no item, so a section is never left blank.
EMPTY_LIST_LINES = {
    "Strengths": "No strength stood out clearly in this interview.",
    "Weaknesses": "Nothing held this interview back.",
    "CV improvements": "Nothing in this interview calls for a change to your CV.",
}

# Fonts with a wide Unicode range, used when the machine has one; otherwise the PDF falls
# back to the built-in Helvetica and text is reduced to Latin-1.
_UNICODE_FONTS = (
    (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ),
    (
        Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
        Path("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    ),
    (
        Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ),
)


class SessionLike(Protocol):
    """What the report needs to know about the session."""

    id: int
    job_title: str
    company_name: str


def written_by_line(report: FeedbackReport) -> str:
    """Who wrote the feedback, in words, with the heuristic and fallback labels."""
    by = report.generated_by
    if by.heuristic:
        text = "Heuristic score from the offline rubric (no language model)"
    else:
        text = f"Written by {by.provider} ({by.model})"
    if by.fallback:
        text += ", standing in for a provider that failed"
    return text


def _date(moment: datetime | None) -> str:
    return moment.strftime("%d %B %Y, %H:%M UTC") if moment else ""


def _md_escape(text: str) -> str:
    # Titles, answers and model output are untrusted: no markup, links, images or HTML.
    return markdown_literal(text)


def _question_md(q: QuestionFeedback) -> list[str]:
    dims = " · ".join(f"{DIMENSION_LABELS[k]} {v}" for k, v in q.dimensions.model_dump().items())
    lines = [
        f"### Question {q.number} — {q.score}/100",
        "",
        f"**{_md_escape(q.question)}**",
        "",
    ]
    answer = q.answer.strip() or "(no answer)"
    lines += [f"> {_md_escape(line)}" if line.strip() else ">" for line in answer.splitlines()]
    lines += ["", f"*{_md_escape(q.verdict)}*", "", dims, ""]
    if q.missing:
        lines += ["What was missing:", ""] + [f"- {_md_escape(m)}" for m in q.missing] + [""]
    if q.stronger_answer:
        lines += ["A stronger answer:", ""]
        lines += [f"{i}. {_md_escape(step)}" for i, step in enumerate(q.stronger_answer, 1)]
        lines.append("")
    return lines


def render_markdown(report: FeedbackReport, session: SessionLike) -> str:
    """The whole report as a Markdown document."""
    lines = [
        f"# Interview feedback: {_md_escape(session.job_title)} at "
        f"{_md_escape(session.company_name)}",
        "",
        f"Session {session.id}"
        + (f" · {_date(report.generated_at)}" if report.generated_at else ""),
        "",
        f"*{_md_escape(written_by_line(report))}*",
        "",
        f"## Score: {report.overall_score}/100",
        "",
        "| Dimension | Score |",
        "|---|---:|",
    ]
    lines += [f"| {DIMENSION_LABELS[k]} | {v} |" for k, v in report.dimensions.model_dump().items()]
    lines.append("")
    for title, items in (
        ("Strengths", report.strengths),
        ("Weaknesses", report.weaknesses),
        ("CV improvements", report.cv_improvements),
    ):
        shown = [f"- {_md_escape(i)}" for i in items] or [EMPTY_LIST_LINES[title]]
        lines += [f"## {title}", "", *shown, ""]

    lines += ["## Skill coverage", ""]
    if not report.skill_coverage:
        lines += ["No skills from the job description were recognised.", ""]
    for status, label in SKILL_STATUS_LABELS.items():
        names = [s.skill for s in report.skills_with(status)]  # type: ignore[arg-type]
        if names:
            lines.append(f"- **{label}:** {', '.join(_md_escape(n) for n in names)}")
    lines.append("")

    ins = report.insights
    lines += [
        "## Insights",
        "",
        f"- Words spoken: {ins.total_words} (about {round(ins.average_answer_words)} per answer)",
    ]
    if ins.job_terms:
        terms = ", ".join(f"{_md_escape(t.term)} ({t.count})" for t in ins.job_terms)
        lines.append(f"- Job-related terms used: {terms}")
    if ins.top_words:
        lines.append(
            "- Most-used words: "
            + ", ".join(f"{_md_escape(t.term)} ({t.count})" for t in ins.top_words)
        )
    fillers = ", ".join(f"{_md_escape(t.term)} ({t.count})" for t in ins.filler_words) or "none"
    lines.append(f"- Filler words: {fillers} — {ins.fillers_per_100_words} per 100 words")
    if ins.hedge_words:
        lines.append(
            "- Hedges: " + ", ".join(f"{_md_escape(t.term)} ({t.count})" for t in ins.hedge_words)
        )
    for point in ins.talking_points:
        where = (
            "covered in question " + ", ".join(str(n) for n in point.questions)
            if point.covered
            else "not covered"
        )
        lines.append(f"- {_md_escape(point.label)}: {where}")
    lines += ["", "## Question by question", ""]
    for q in report.questions:
        lines += _question_md(q)
    return "\n".join(lines).rstrip() + "\n"


# --- PDF ----------------------------------------------------------------------------------

_LATIN1_REPLACEMENTS = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "–": "-",
        "—": "-",
        "…": "...",
        "•": "-",
        "×": "x",
        "✓": "+",
        "✗": "-",
        "→": "->",
        "€": "EUR ",
        # Letters that Unicode does not decompose into a base letter and an accent.
        "Ł": "L",
        "ł": "l",
        "Đ": "D",
        "đ": "d",
        "Œ": "OE",
        "œ": "oe",
        "ı": "i",
        "\u00a0": " ",
        "\u2060": "",
    }
)


def latin1(text: str) -> str:
    """`text` reduced to what the PDF core fonts can show (Latin-1)."""
    text = text.translate(_LATIN1_REPLACEMENTS)
    out: list[str] = []
    for char in text:
        if ord(char) < 256:
            out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
        out.append(base or "?")
    return "".join(out)


@lru_cache(maxsize=1)
def unicode_font() -> tuple[Path, Path] | None:
    """A regular and bold Unicode TTF on this machine, if there is one."""
    for regular, bold in _UNICODE_FONTS:
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


class _Pdf(FPDF):
    def __init__(self, use_unicode: bool) -> None:
        super().__init__(format="A4")
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=16)
        fonts = unicode_font() if use_unicode else None
        if fonts:
            self.add_font("Body", "", str(fonts[0]))
            self.add_font("Body", "B", str(fonts[1]))
            self.family_name = "Body"
            # PDF viewers turn URL-looking text into links; an invisible break stops them.
            self.clean = defuse_links
            self.bullet = "•"
        else:
            self.family_name = "Helvetica"
            self.clean = latin1
            self.bullet = "-"

    def footer(self) -> None:
        self.set_y(-12)
        self.font(8)
        self.set_text_color(130)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")

    def font(self, size: float, bold: bool = False) -> None:
        self.set_font(self.family_name, "B" if bold else "", size)

    def para(self, text: str, size: float = 10, bold: bool = False, gap: float = 1.5) -> None:
        self.font(size, bold)
        self.multi_cell(
            0, size * 0.5, self.clean(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L"
        )
        self.ln(gap)

    def heading(self, text: str) -> None:
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(2)
        self.set_text_color(20, 40, 90)
        self.para(text, size=13, bold=True, gap=1)
        self.set_text_color(0)

    def bullets(self, items: list[str], numbered: bool = False, size: float = 10) -> None:
        self.font(size)
        for index, item in enumerate(items, 1):
            marker = f"{index}." if numbered else self.bullet
            self.set_x(self.l_margin + 2)
            self.cell(6, size * 0.5, marker)
            self.multi_cell(
                self.epw - 8,
                size * 0.5,
                self.clean(item),
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
                align="L",
            )
            self.ln(0.8)
        self.ln(1)

    def bar(self, label: str, value: int) -> None:
        self.font(10)
        y = self.get_y()
        self.cell(48, 6, self.clean(label))
        x = self.get_x()
        width = self.epw - 48 - 14
        self.set_fill_color(230, 233, 240)
        self.rect(x, y + 1, width, 4, style="F")
        self.set_fill_color(*_colour(value))
        self.rect(x, y + 1, width * value / 100, 4, style="F")
        self.set_xy(x + width + 2, y)
        self.cell(12, 6, str(value), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


_BAND_RGB: dict[ScoreBand, tuple[int, int, int]] = {
    "strong": (46, 139, 87),
    "fair": (230, 160, 40),
    "weak": (200, 70, 60),
}


def _colour(value: int) -> tuple[int, int, int]:
    return _BAND_RGB[score_band(value)]


def render_pdf(report: FeedbackReport, session: SessionLike, *, use_unicode: bool = True) -> bytes:
    """The whole report as a PDF (Unicode font when available, else Latin-1 core fonts)."""
    pdf = _Pdf(use_unicode)
    pdf.set_title(pdf.clean(f"Interview feedback - {session.job_title}"))
    pdf.add_page()
    pdf.para("Interview feedback", size=20, bold=True, gap=0.5)
    pdf.set_text_color(90)
    subtitle = f"{session.job_title} at {session.company_name} · session {session.id}"
    if report.generated_at:
        subtitle += f" · {_date(report.generated_at)}"
    pdf.para(subtitle, size=10, gap=0.5)
    pdf.para(written_by_line(report), size=9, gap=3)
    pdf.set_text_color(0)

    pdf.set_text_color(*_colour(report.overall_score))
    pdf.para(f"{report.overall_score}/100", size=30, bold=True, gap=3)
    pdf.set_text_color(0)
    for key, value in report.dimensions.model_dump().items():
        pdf.bar(DIMENSION_LABELS[key], value)
    pdf.ln(2)

    for title, items in (
        ("Strengths", report.strengths),
        ("Weaknesses", report.weaknesses),
        ("CV improvements", report.cv_improvements),
    ):
        pdf.heading(title)
        pdf.bullets(items or [EMPTY_LIST_LINES[title]])

    pdf.heading("Skill coverage")
    lines = [
        f"{label}: {', '.join(s.skill for s in report.skills_with(status))}"  # type: ignore[arg-type]
        for status, label in SKILL_STATUS_LABELS.items()
        if report.skills_with(status)  # type: ignore[arg-type]
    ]
    pdf.bullets(lines or ["No skills from the job description were recognised."])

    ins = report.insights
    pdf.heading("Insights")
    facts = [
        f"Words spoken: {ins.total_words} (about {round(ins.average_answer_words)} per answer)",
        "Filler words: "
        + (", ".join(f"{t.term} ({t.count})" for t in ins.filler_words) or "none")
        + f" - {ins.fillers_per_100_words} per 100 words",
    ]
    if ins.job_terms:
        facts.append(
            "Job-related terms: " + ", ".join(f"{t.term} ({t.count})" for t in ins.job_terms)
        )
    if ins.top_words:
        facts.append(
            "Most-used words: " + ", ".join(f"{t.term} ({t.count})" for t in ins.top_words)
        )
    for point in ins.talking_points:
        facts.append(
            f"{point.label}: "
            + (
                "covered (question " + ", ".join(str(n) for n in point.questions) + ")"
                if point.covered
                else "not covered"
            )
        )
    pdf.bullets(facts)

    # The questions follow on, starting a page only when little room is left.
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    else:
        pdf.ln(4)
    pdf.para("Question by question", size=15, bold=True, gap=2)
    for q in report.questions:
        pdf.heading(f"Question {q.number} - {q.score}/100")
        pdf.para(q.question, size=10, bold=True)
        pdf.set_text_color(80)
        answer = q.answer.strip() or "(no answer)"
        if len(answer) > 1200:
            answer = answer[:1200].rsplit(" ", 1)[0] + " …"
        pdf.para(answer, size=9)
        pdf.set_text_color(0)
        pdf.para(q.verdict, size=10, bold=True)
        dims = "   ".join(
            f"{DIMENSION_LABELS[k]} {v}" for k, v in q.dimensions.model_dump().items()
        )
        pdf.para(dims, size=9)
        if q.missing:
            pdf.para("What was missing", size=10, bold=True, gap=0.5)
            pdf.bullets(q.missing, size=9.5)
        if q.stronger_answer:
            pdf.para("A stronger answer", size=10, bold=True, gap=0.5)
            pdf.bullets(q.stronger_answer, numbered=True, size=9.5)
    return bytes(pdf.output())
