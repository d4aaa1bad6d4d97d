"""Progress: the attempts of one practice track side by side, and what improved."""

from __future__ import annotations

import streamlit as st

from interview_core import tracks
from interview_core.errors import InterviewError
from interview_core.ui import charts, components, navigation
from interview_core.ui.resources import get_actor, get_database

navigation.ensure_entry_point()
db = get_database()
actor = get_actor()
esc = components.escape_markdown


def attempts_section(progress: tracks.TrackProgress) -> None:
    scored = [a for a in progress.attempts if a.overall_score is not None]
    if len(scored) >= 2:
        first, last = scored[0], scored[-1]
        st.metric(
            f"Score, attempt {first.attempt} → attempt {last.attempt}",
            f"{last.overall_score} / 100",
            f"{(last.overall_score or 0) - (first.overall_score or 0):+d} points",
            border=True,
        )
    frame = charts.attempts_frame(progress)
    if frame.empty:
        st.caption("No attempt has feedback yet: scores appear here after each interview.")
    else:
        st.altair_chart(charts.attempts_chart(frame), width="stretch")
    for a in progress.attempts:
        name = f" “{esc(a.label)}”" if a.label else ""
        score = f"{a.overall_score} / 100" if a.overall_score is not None else "no feedback yet"
        line = f"Attempt {a.attempt}{name} · {components.format_when(a.created_at)} · {score}"
        target = navigation.FEEDBACK_PAGE if a.status == "complete" else navigation.INTERVIEW_PAGE
        st.page_link(target, label=line, query_params=navigation.session_params(a.session_id))


def improvements_section(progress: tracks.TrackProgress) -> None:
    if progress.acted_on:
        st.subheader("Advice acted on", anchor=False)
        for item in progress.acted_on:
            text = (
                f"**{item.dimension.capitalize()}** rose from {item.before:.0f} to "
                f"{item.after:.0f} between attempts {item.from_attempt} and {item.to_attempt}."
            )
            if item.advice:
                text += f"  \nThe advice was: {esc(item.advice)}"
            st.markdown(text)
    if progress.skills_shown or progress.skills_still_missing:
        st.subheader("Skills", anchor=False)
        shown, missing = st.columns(2)
        with shown:
            st.markdown("**Now shown in answers**")
            if progress.skills_shown:
                st.markdown("\n".join(f"- {esc(m.skill)}" for m in progress.skills_shown))
            else:
                st.caption("None moved yet.")
        with missing:
            st.markdown("**Still missing**")
            if progress.skills_still_missing:
                st.markdown("\n".join(f"- {esc(s)}" for s in progress.skills_still_missing))
            else:
                st.caption("Nothing the job asks for is missing.")


def topics_section(progress: tracks.TrackProgress) -> None:
    if not progress.topics:
        return
    st.subheader("The same topics, attempt by attempt", anchor=False)
    for topic in progress.topics:
        with st.expander(topic.question):
            for column, item in zip(st.columns(len(topic.answers)), topic.answers, strict=True):
                with column:
                    score = f" · {item.score} / 100" if item.score is not None else ""
                    st.caption(f"Attempt {item.attempt}{score}")
                    st.markdown(esc(item.answer) if item.answer else "*Not answered.*")


def show(track_id: str) -> None:
    try:
        progress = tracks.track_progress(db, actor, track_id)
    except InterviewError as exc:
        st.title("Progress", anchor=False)
        st.error(exc.message)
        navigation.links_elsewhere()
        return
    st.title(f"Progress · {esc(progress.job_title)} @ {esc(progress.company_name)}", anchor=False)
    count = len(progress.attempts)
    st.caption(f"{count} attempt{'s' if count != 1 else ''} of this mock interview.")
    attempts_section(progress)
    improvements_section(progress)
    topics_section(progress)


track = navigation.current_session_id(fall_back=False)
if track is None:
    st.title("Progress", anchor=False)
    st.info("Open a session's progress from My sessions or its feedback page.")
    navigation.links_elsewhere()
else:
    show(track)
