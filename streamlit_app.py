"""Mock Interview Studio: the Streamlit entry point (`streamlit run streamlit_app.py`)."""

from __future__ import annotations

import streamlit as st

from interview_core.auth import Actor
from interview_core.config import ConfigError
from interview_core.db import SchemaNotCurrent
from interview_core.ui import navigation
from interview_core.ui.components import escape_markdown
from interview_core.ui.navigation import PageSpec
from interview_core.ui.resources import (
    accounts_required,
    get_settings,
    request_host_allowed,
    sign_out,
    signed_in_actor,
)

PRODUCT = "Mock Interview Studio"

st.set_page_config(page_title=PRODUCT, page_icon=":material/record_voice_over:", layout="centered")

# One line per page; each role sees those listed for it in ui/page_access.toml, and the
# first one it sees is its home page.
PAGES = [
    PageSpec("pages/new_session.py", "New session", ":material/add_circle:"),
    PageSpec("pages/dashboard.py", "Dashboard", ":material/monitoring:"),
    PageSpec("pages/interview.py", "Interview", ":material/forum:"),
    PageSpec("pages/feedback.py", "Feedback", ":material/insights:"),
    PageSpec("pages/sessions.py", "My sessions", ":material/history:"),
    PageSpec("pages/progress.py", "Progress", ":material/trending_up:"),
    PageSpec("pages/settings.py", "AI settings", ":material/tune:"),
]

try:
    get_settings()
except ConfigError as exc:
    # A broken setting would fail on every page; say once what to fix instead.
    st.error(f"The app is not configured correctly: {exc}")
    st.stop()

if not request_host_allowed():
    # A page elsewhere that re-pointed its own name at this machine gets nothing.
    st.error("This app is not served under that host name (see INTERVIEW_ALLOWED_HOSTS).")
    st.stop()

try:
    sign_in_required = accounts_required()  # the first use of the database
except SchemaNotCurrent as exc:
    # Another version's schema: the operator's command, not a traceback on every page.
    st.error(str(exc))
    st.stop()

actor: Actor | None
if sign_in_required:
    actor = signed_in_actor()
    pages = navigation.sign_in_pages(PAGES) if actor is None else navigation.pages_for(actor, PAGES)
else:
    actor = Actor.local()
    pages = navigation.pages_for(actor, PAGES)

page = navigation.select(pages, hidden=actor is None)
# Each page's own title in the browser tab, and the product's name above the navigation.
st.set_page_config(page_title=f"{page.title} · {PRODUCT}")
st.sidebar.markdown(f"### :material/record_voice_over: {PRODUCT}")
with st.sidebar:
    # Which mode the app is in, on every page.
    if actor is None:
        pass  # the sign-in page says it
    elif actor.is_account:
        who = escape_markdown(actor.username or "")
        st.caption(f":material/person: Signed in as **{who}** ({actor.role})")
        if st.button("Sign out", icon=":material/logout:", key="sign_out"):
            sign_out()
            st.rerun()
    else:
        st.caption(
            ":material/computer: **Local desk**, no sign-in: only this computer can open it. "
            "Add an account (`python -m interview_core users add`) to require sign-in."
        )
# On a phone a role and company in a page title would wrap to four lines at the default size.
st.html(
    "<style>@media (max-width: 640px) {"
    " h1 { font-size: 1.55rem !important; line-height: 1.25 !important; } }</style>"
)
navigation.run_page(page)
