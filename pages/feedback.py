"""Feedback: the score, the rubric, answer-by-answer coaching, skills, insights, downloads."""

from __future__ import annotations

import streamlit as st

from interview_core import auth, feedback, interview
from interview_core.config import ConfigError
from interview_core.errors import InterviewError
from interview_core.feedback_schema import (
    DIMENSION_LABELS,
    FeedbackReport,
    QuestionFeedback,
    ScoreBand,
    score_band,
)
from interview_core.interview import SessionSummary
from interview_core.report import EMPTY_LIST_LINES, SKILL_STATUS_LABELS, written_by_line
from interview_core.ui import charts, components, navigation, practice
from interview_core.ui.resources import get_actor, get_ai_service, get_database

navigation.ensure_entry_point()
db = get_database()
actor = get_actor()

esc = components.escape_markdown
# Colours of the score bands in Markdown text (Streamlit colour names); charts.BAND_HEX for bars.
BAND_MARKDOWN: dict[ScoreBand, str] = {"strong": "green", "fair": "orange", "weak": "red"}


def produce(summary: SessionSummary, regenerate: bool = False) -> FeedbackReport | None:
    """Generate (or regenerate) the feedback, showing each step while it is written."""
    try:
        ai = get_ai_service()
    except ConfigError as exc:
        # A provider without its key: say what to set instead of failing the whole page.
        st.error(f"The AI providers are not configured correctly: {exc}")
        return None
    with st.status("Writing your feedback…", expanded=True) as status:
        try:
            report = feedback.generate_feedback(
                db,
                actor,
                summary.id,
                ai,
                regenerate=regenerate,
                on_progress=status.write,
            )
        except InterviewError as exc:
            status.update(label="Feedback could not be written", state="error")
            st.error(exc.message)
            return None
        status.update(label="Feedback ready", state="complete", expanded=False)
    return report


def headline(report: FeedbackReport) -> None:
    """The score, the overall figure and who wrote the feedback."""
    # One scale in the interface: the 0-100 score (the 1-10 `score` stays in the JSON only).
    st.metric("Score", f"{report.overall_score}/100", border=True)
    by = report.generated_by
    if by.heuristic:
        st.caption(
            ":orange-badge[:material/rule: Heuristic score] Scored by the offline rubric, no "
            "language model. Transparent rules: STAR markers, figures and named tools, "
            "relevance to the question and the job, length and filler words."
        )
    else:
        st.caption(
            f":blue-badge[:material/smart_toy: {esc(by.provider)}] {esc(written_by_line(report))}."
        )
    if by.fallback:
        st.caption(":orange-badge[:material/warning: fallback] The first choice failed.")


def bullet_list(items: list[str], empty: str = "—") -> None:
    """A Markdown list of untrusted lines, or `empty` when there is none."""
    st.markdown("\n".join(f"- {esc(item)}" for item in items) or esc(empty))


def summary_lists(report: FeedbackReport) -> None:
    """Strengths, weaknesses and CV improvements, one tab each."""
    strengths, weaknesses, cv = st.tabs(["Strengths", "Weaknesses", "CV improvements"])
    with strengths:
        bullet_list(report.strengths, EMPTY_LIST_LINES["Strengths"])
    with weaknesses:
        bullet_list(report.weaknesses, EMPTY_LIST_LINES["Weaknesses"])
    with cv:
        bullet_list(report.cv_improvements, EMPTY_LIST_LINES["CV improvements"])


def question_expander(q: QuestionFeedback) -> None:
    """One question: the answer, the verdict, the rubric, what was missing, a stronger outline."""
    title = f"Question {q.number} · {q.score}/100 — {q.question}"
    with st.expander(esc(title if len(title) <= 110 else title[:107] + "…")):
        st.markdown(f"**{esc(q.question)}**")
        st.markdown(f"> {esc(q.answer) if q.answer.strip() else '*(no answer)*'}")
        st.markdown(f":{BAND_MARKDOWN[score_band(q.score)]}[**{esc(q.verdict)}**]")
        dims = q.dimensions.model_dump()
        for column, (key, value) in zip(st.columns(4), dims.items(), strict=True):
            column.metric(DIMENSION_LABELS[key], value)
        star = q.stats.star
        st.caption(
            f"{components.count_of(q.stats.word_count, 'word')} · "
            f"{components.count_of(q.stats.filler_count, 'filler word')} · "
            f"{components.count_of(q.stats.numbers, 'figure')} · STAR: situation {star.situation:.0%}, task "
            f"{star.task:.0%}, action {star.action:.0%}, result {star.result:.0%}"
        )
        if q.missing:
            st.markdown("**What was missing**")
            bullet_list(q.missing)
        if q.stronger_answer:
            st.markdown("**A stronger answer**")
            st.markdown(
                "\n".join(f"{i}. {esc(step)}" for i, step in enumerate(q.stronger_answer, 1))
            )


def skill_coverage(report: FeedbackReport) -> None:
    """The job description's skills: shown, claimed only on the CV, missing."""
    st.subheader("Skill coverage", anchor=False)
    if not report.skill_coverage:
        st.caption("No skills from the job description were recognised.")
        return
    colours = {"demonstrated": "green", "undemonstrated": "orange", "missing": "red"}
    for column, (status, label) in zip(st.columns(3), SKILL_STATUS_LABELS.items(), strict=True):
        with column:
            items = report.skills_with(status)  # type: ignore[arg-type]
            st.markdown(f"**{label}** ({len(items)})")
            for item in items:
                st.markdown(
                    f":{colours[status]}-badge[{esc(item.skill)}]",
                    help=item.evidence and f"“{esc(item.evidence)}”",
                )


def insights(report: FeedbackReport) -> None:
    """Terms, most-used words, filler words and talking points."""
    ins = report.insights
    st.subheader("Insights", anchor=False)
    words, per_answer, fillers = st.columns(3)
    words.metric("Words spoken", ins.total_words)
    per_answer.metric("Words per answer", round(ins.average_answer_words))
    fillers.metric("Fillers per 100 words", ins.fillers_per_100_words)
    terms, common = st.columns(2)
    with terms:
        st.markdown("**Job-related terms you used**")
        st.markdown(", ".join(f"{esc(t.term)} ×{t.count}" for t in ins.job_terms) or "None")
        st.markdown("**Filler words**")
        st.markdown(", ".join(f"{esc(t.term)} ×{t.count}" for t in ins.filler_words) or "None")
    with common:
        st.markdown("**Most-used words**")
        st.markdown(", ".join(f"{esc(t.term)} ×{t.count}" for t in ins.top_words) or "None")
        st.markdown("**Talking points**")
        st.markdown(
            "\n".join(
                f"- {':material/check_circle:' if p.covered else ':material/cancel:'} "
                f"{esc(p.label)}"
                + (f" (question {', '.join(map(str, p.questions))})" if p.covered else "")
                for p in ins.talking_points
            )
        )


def downloads(report: FeedbackReport, summary: SessionSummary) -> None:
    """The report as Markdown and as PDF."""
    stem = f"feedback-session-{summary.id}"
    markdown, pdf = st.columns(2)
    markdown.download_button(
        "Download Markdown",
        data=feedback.render_markdown(report, summary),
        file_name=f"{stem}.md",
        mime="text/markdown",
        icon=":material/description:",
        on_click="ignore",
        width="stretch",
    )
    # Built only when clicked: the PDF embeds a font and takes a moment.
    pdf.download_button(
        "Download PDF",
        data=lambda: feedback.render_pdf(report, summary),
        file_name=f"{stem}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
        width="stretch",
    )


def show_feedback(session_id: str) -> None:
    """The feedback of one session, generating it on first visit."""
    try:
        summary = interview.get_session(db, actor, session_id)
    except InterviewError as exc:
        navigation.forget_session()
        st.error(exc.message)
        navigation.links_elsewhere()
        return

    st.title(f"Feedback · {esc(summary.job_title)} @ {esc(summary.company_name)}", anchor=False)
    if not summary.progress.is_complete:
        st.warning(
            f"Feedback comes after the last answer: {summary.progress.answer_count} of "
            f"{summary.progress.max_questions} answered so far.",
            icon=":material/hourglass_top:",
        )
        st.page_link(
            navigation.INTERVIEW_PAGE,
            label="Back to the interview",
            icon=":material/forum:",
            query_params=navigation.session_params(summary.id),
        )
        return

    # A reader (a recruiter) sees what is there and never causes feedback to be written.
    read_only = auth.read_only_for(db, actor, summary.id)
    report = feedback.get_feedback(db, actor, summary.id) or (
        None if read_only else produce(summary)
    )
    if report is None:
        if read_only:
            st.info("No feedback has been written for this interview yet.")
        return

    headline(report)
    st.altair_chart(charts.dimension_chart(report), width="stretch")
    downloads(report, summary)
    summary_lists(report)
    st.subheader("Question by question", anchor=False)
    for q in report.questions:
        question_expander(q)
    skill_coverage(report)
    insights(report)
    if read_only:
        return
    st.divider()
    again, onwards = st.columns(2, vertical_alignment="center")
    with again:
        practice.practise_again_button(db, actor, summary, key="practise_again", primary=True)
    with onwards:
        practice.progress_link(summary)
    regenerate = st.button("Regenerate feedback", icon=":material/refresh:")
    if regenerate and produce(summary, regenerate=True) is not None:
        st.rerun()


session_id = navigation.current_session_id()
if session_id is None:
    st.title("Feedback", anchor=False)
    st.info("No session is open. Finish an interview, or open one from My sessions.")
    navigation.links_elsewhere()
else:
    show_feedback(session_id)
