"""Sign in: shown instead of every other page once the app has accounts."""

from __future__ import annotations

import streamlit as st

from interview_core.errors import InterviewError
from interview_core.ui import navigation
from interview_core.ui.resources import oidc_configured, sign_in

navigation.ensure_entry_point()

st.title("Sign in", anchor=False)
st.caption("This studio has accounts: sign in to see your sessions.")

with st.form("sign_in", enter_to_submit=True):
    username = st.text_input("Username", max_chars=80, autocomplete="username")
    password = st.text_input("Password", type="password", autocomplete="current-password")
    submitted = st.form_submit_button("Sign in", type="primary")

if submitted:
    try:
        sign_in(username, password)
    except InterviewError as exc:
        st.error(exc.message)
    else:
        st.rerun()

if oidc_configured():
    st.divider()
    # The provider's e-mail must be the username of an account (see README, "Accounts").
    if st.user.is_logged_in:
        st.warning(
            "Your organisation's sign-in matches no account here (the account's username "
            "must be your verified e-mail address); ask an administrator."
        )
    st.button("Sign in with your organisation", on_click=st.login, icon=":material/key:")

st.caption(
    "No account? An administrator adds one with "
    "`python -m interview_core users add NAME --role coach`."
)
