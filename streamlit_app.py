"""Mock Interview Studio: the Streamlit entry point (`streamlit run streamlit_app.py`)."""

from __future__ import annotations

import streamlit as st

from interview_core.config import ConfigError
from interview_core.streamlit_ui import get_settings
from interview_core.ui import navigation

PRODUCT = "Mock Interview Studio"

st.set_page_config(page_title=PRODUCT, page_icon=":material/record_voice_over:", layout="centered")

# One line per page; the first listed is not special, `default=True` marks the home page.
PAGES = [
    st.Page(
        "pages/new_session.py", title="New session", icon=":material/add_circle:", default=True
    ),
    st.Page("pages/interview.py", title="Interview", icon=":material/forum:"),
    st.Page("pages/feedback.py", title="Feedback", icon=":material/insights:"),
    st.Page("pages/sessions.py", title="My sessions", icon=":material/history:"),
    st.Page("pages/progress.py", title="Progress", icon=":material/trending_up:"),
    st.Page("pages/dashboard.py", title="Dashboard", icon=":material/monitoring:"),
    st.Page("pages/settings.py", title="AI settings", icon=":material/tune:"),
]

try:
    get_settings()
except ConfigError as exc:
    # A broken setting would fail on every page; say once what to fix instead.
    st.error(f"The app is not configured correctly: {exc}")
    st.stop()

navigation.register_pages(PAGES)
page = st.navigation(PAGES)
# Each page's own title in the browser tab, and the product's name above the navigation.
st.set_page_config(page_title=f"{page.title} · {PRODUCT}")
st.sidebar.markdown(f"### :material/record_voice_over: {PRODUCT}")
# On a phone a role and company in a page title would wrap to four lines at the default size.
st.html(
    "<style>@media (max-width: 640px) {"
    " h1 { font-size: 1.55rem !important; line-height: 1.25 !important; } }</style>"
)
page.run()
