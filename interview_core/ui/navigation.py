"""Which pages the app has and which session a page shows.

The open session travels in the address bar (`?session=<id>`), so a link or bookmark
reopens it, and in session state, so the sidebar's Interview page returns to it.
"""

from __future__ import annotations

import runpy
import sys
import threading
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NoReturn

import streamlit as st
from streamlit.navigation.page import StreamlitPage
from streamlit.runtime.pages_manager import PagesManager

from ..auth import LOCAL_OWNER, Actor
from ..config import PROJECT_ROOT

ENTRY_POINT = PROJECT_ROOT / "streamlit_app.py"

NEW_SESSION_PAGE = "pages/new_session.py"
INTERVIEW_PAGE = "pages/interview.py"
SESSIONS_PAGE = "pages/sessions.py"
FEEDBACK_PAGE = "pages/feedback.py"
PROGRESS_PAGE = "pages/progress.py"

SIGN_IN_PAGE = "pages/sign_in.py"
PAGE_ACCESS_PATH = Path(__file__).with_name("page_access.toml")

SESSION_PARAM = "session"
_SESSION_KEY = "current_session_id"
# Set while the entry point runs a page: script runs each have a thread of their own.
_entered = threading.local()
_PAGES_KEY = "registered_page_urls"
_SHOWN_KEY = "shown_page_files"


def ensure_entry_point() -> None:
    """Render the page through the entry point unless the entry point is running it.

    Call first thing in every page. Because a `pages/` folder sits next to the entry point,
    Streamlit starts in its older folder-based multipage mode: until some run has called
    `st.navigation`, opening a page's URL (a bookmark, right after a server start) executes
    the page file directly, without the page config, the sign-in gate, the role's
    navigation or the shared set-up. Running the entry point here renders the page its
    navigation picks for this URL (this same page when the visitor may see it), in this
    same run, so widget events are not lost.

    A page file can also run on its own once navigation is on (AppTest runs page files so):
    then it goes on only if the visitor may open it, else the entry point takes over.
    """
    if getattr(_entered, "active", False):
        return
    if not getattr(PagesManager, "uses_pages_directory", False):
        caller = Path(sys._getframe(1).f_globals.get("__file__", ""))
        if _may_open(caller):
            return
    runpy.run_path(str(ENTRY_POINT), run_name="__main__")
    st.stop()


def _may_open(page_file: Path) -> bool:
    """The entry point's checks, for a page file run on its own."""
    from ..config import ConfigError
    from . import resources  # builds the chain and the database; loaded only when needed

    try:
        resources.get_settings()
    except ConfigError:
        return False
    if not resources.request_host_allowed():
        return False
    signed_in = resources.accounts_required()
    actor = resources.signed_in_actor() if signed_in else Actor.local()
    try:
        relative = page_file.resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return False
    return actor is not None and may_see(actor, relative)


def select(pages: Sequence[StreamlitPage], *, hidden: bool = False) -> StreamlitPage:
    """Put `pages` in the navigation (hidden for the sign-in form); the page to show."""
    register_pages(pages)
    return st.navigation(pages, position="hidden" if hidden else "sidebar")


def run_page(page: StreamlitPage) -> None:
    """Run the page `select` picked (the entry point's last step)."""
    _entered.active = True
    try:
        page.run()
    finally:
        _entered.active = False


@dataclass(frozen=True)
class PageSpec:
    """A page of the navigation: its file, title and icon."""

    path: str
    title: str
    icon: str


@lru_cache(maxsize=1)
def page_access() -> dict[str, frozenset[str]]:
    """Page file -> the roles that see it (from page_access.toml)."""
    with PAGE_ACCESS_PATH.open("rb") as fh:
        table = tomllib.load(fh)["pages"]
    return {path: frozenset(roles) for path, roles in table.items()}


def may_see(actor: Actor, page_path: str) -> bool:
    """Whether `actor` gets `page_path` in the navigation (the local desk sees every page)."""
    if actor.id == LOCAL_OWNER:
        return True
    return actor.role.value in page_access().get(page_path, frozenset())


def pages_for(actor: Actor, specs: Sequence[PageSpec]) -> list[StreamlitPage]:
    """The pages `actor` may see, in order; the first is the home page."""
    shown = [spec for spec in specs if may_see(actor, spec.path)]
    st.session_state[_SHOWN_KEY] = frozenset(spec.path for spec in shown)
    return [
        # Absolute: the entry point may run from a page file's folder (see ensure_entry_point).
        st.Page(PROJECT_ROOT / spec.path, title=spec.title, icon=spec.icon, default=index == 0)
        for index, spec in enumerate(shown)
    ]


def is_shown(page_path: str) -> bool:
    """Whether this visitor's navigation has `page_path` (links to others would fail)."""
    return page_path in st.session_state.get(_SHOWN_KEY, frozenset())


def sign_in_pages(specs: Sequence[PageSpec]) -> list[StreamlitPage]:
    """The navigation of a signed-out visitor: the sign-in page, at every page's address.

    So a link or bookmark (`/interview?session=12`) shows the sign-in form, and once the
    visitor is signed in the same address shows the page it named.
    """
    st.session_state[_SHOWN_KEY] = frozenset({SIGN_IN_PAGE})
    page = PROJECT_ROOT / SIGN_IN_PAGE
    default = st.Page(page, title="Sign in", icon=":material/login:", default=True)
    aliases = [
        st.Page(page, title="Sign in", icon=":material/login:", url_path=_url_path(spec.path))
        for spec in specs
    ]
    return [default, *aliases]


def register_pages(pages: Sequence[StreamlitPage]) -> None:
    """Record the pages the entry point put in the navigation, for `is_registered`."""
    st.session_state[_PAGES_KEY] = frozenset(page.url_path for page in pages)


def _url_path(page_path: str) -> str:
    # st.Page derives a file page's URL path from the file name without its extension.
    return page_path.rsplit("/", 1)[-1].removesuffix(".py")


def is_registered(page_path: str) -> bool:
    """Whether the page at `page_path` is in the navigation (pages are added over time).

    Meant for pages other than the default one, whose URL path is always empty.
    """
    return _url_path(page_path) in st.session_state.get(_PAGES_KEY, frozenset())


def current_session_id(*, fall_back: bool = True) -> str | None:
    """The session to show: `?session=` first, else (with `fall_back`) the last one opened."""
    raw = st.query_params.get(SESSION_PARAM)
    if raw:
        st.session_state[_SESSION_KEY] = raw
        return raw
    remembered = st.session_state.get(_SESSION_KEY) if fall_back else None
    if remembered:
        # Put it back in the address bar so the page can be bookmarked as it is.
        st.query_params[SESSION_PARAM] = remembered
        return str(remembered)
    return None


def remember_session(session_id: int) -> None:
    """Make `session_id` the open session, in the address bar and in session state."""
    st.session_state[_SESSION_KEY] = str(session_id)
    st.query_params[SESSION_PARAM] = str(session_id)


def forget_session() -> None:
    """Drop the open session (for example after it turned out not to exist)."""
    st.session_state.pop(_SESSION_KEY, None)
    st.query_params.pop(SESSION_PARAM, None)


def forget_session_if_open(session_id: int | str) -> None:
    """Drop `session_id` as the open session if it is the one (for example once deleted)."""
    wanted = str(session_id)
    if st.session_state.get(_SESSION_KEY) == wanted or st.query_params.get(SESSION_PARAM) == wanted:
        forget_session()


def session_params(session_id: int | str) -> dict[str, str]:
    """Query parameters that open `session_id` on another page."""
    return {SESSION_PARAM: str(session_id)}


def links_elsewhere() -> None:
    """Ways out of a page that has no session to show: My sessions and New session (if shown)."""
    if is_shown(SESSIONS_PAGE):
        st.page_link(SESSIONS_PAGE, label="My sessions", icon=":material/history:")
    if is_shown(NEW_SESSION_PAGE):
        st.page_link(NEW_SESSION_PAGE, label="New session", icon=":material/add_circle:")


def go_to(page_path: str, session_id: int | str | None = None) -> NoReturn:
    """Switch to `page_path`, opening `session_id` there when given."""
    st.switch_page(page_path, query_params=session_params(session_id) if session_id else None)
