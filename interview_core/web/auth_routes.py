"""Sign-in and sign-out for the web shim (Flask-Login), and the gate in front of every page.

With no account in the database the shim keeps anonymous per-browser ownership. Once one
account exists, every route but `/login`, the probes (`/healthz`, `/readyz`) and the static
files needs a signed-in account; sign-in starts a fresh cookie session and hands the
browser's anonymous sessions to the account.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    Response,
    flash,
    g,
    jsonify,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import LoginManager, current_user, login_user, logout_user

from .. import auth
from ..auth import Actor
from ..errors import Conflict, Forbidden, InterviewError
from .context import OWNER_COOKIE_KEY, OWNER_PREFIX, get_db, is_htmx, wants_json

bp = Blueprint("auth", __name__)
login_manager = LoginManager()

MSG_SIGN_IN = "Sign in to continue."
MSG_SIGNED_OUT = "You are signed out."
MSG_READ_ONLY = "Recruiters read sessions; they do not open new ones."
MSG_NO_ACCOUNTS = "There are no accounts yet: this is a local desk without sign-in."

# Endpoints open to everyone, also when sign-in is required.
PUBLIC_ENDPOINTS = frozenset({"auth.login", "auth.logout", "static", "healthz", "readyz"})
# Endpoints that open new sessions; recruiters only read.
CREATE_ENDPOINTS = frozenset({"sessions.create"})


@dataclass(frozen=True)
class SignedIn:
    """Flask-Login's user: an account's identity and its sign-in token."""

    actor: Actor
    token: str
    is_authenticated: bool = True
    is_active: bool = True
    is_anonymous: bool = False

    def get_id(self) -> str:
        # The token, not the bare id: a changed password or a removed account ends the sign-in.
        return self.token


@login_manager.user_loader
def _load(token: str) -> SignedIn | None:
    actor = auth.actor_for_token(get_db(), token)
    return SignedIn(actor, token) if actor is not None else None


def accounts_required() -> bool:
    """True once an account exists (asked once per request)."""
    if "accounts_required" not in g:
        g.accounts_required = auth.has_accounts(get_db(), max_age=auth.ACCOUNTS_CHECK_TTL_S)
    return bool(g.accounts_required)


def signed_in_actor() -> Actor | None:
    """The signed-in account, if any."""
    user = current_user
    return user.actor if getattr(user, "is_authenticated", False) else None


def _safe_next(target: str | None) -> str:
    """A local path to return to after sign-in; anything else goes to the landing page."""
    if not target:
        return url_for("sessions.index")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("sessions.index")
    return target


def _gate() -> Response | None:
    """Before every request: sign-in when accounts exist, and no session opening for recruiters."""
    if request.routing_exception is not None:
        return None  # an unknown path or a refused Host: routing answers it (404, 400)
    if request.endpoint in PUBLIC_ENDPOINTS or not accounts_required():
        return None
    actor = signed_in_actor()
    if actor is None:
        if wants_json():
            response = jsonify(error=True, message=MSG_SIGN_IN)
            response.status_code = 401
            return response
        target = url_for("auth.login", next=request.full_path.rstrip("?"))
        if is_htmx():
            response = make_response("", 401)
            response.headers["HX-Redirect"] = target
            return response
        return redirect(target, code=303 if request.method != "GET" else 302)
    if request.endpoint in CREATE_ENDPOINTS and not auth.can_create_sessions(actor):
        raise Forbidden(MSG_READ_ONLY)
    session_id = (request.view_args or {}).get("session_id")
    if (
        request.method not in ("GET", "HEAD", "OPTIONS")
        and session_id is not None
        and auth.read_only_for(get_db(), actor, session_id)
    ):
        # One rule for every state-changing route: a reader changes nothing, even where
        # the core call would be a no-op (feedback already written).
        raise Forbidden()
    return None


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response:
    """The sign-in form; a correct username and password start a fresh signed-in session."""
    next_url = _safe_next(request.values.get("next"))
    if request.method == "GET" and wants_json():
        return jsonify(accounts_required=accounts_required(), signed_in=_who(signed_in_actor()))
    if not accounts_required():
        if wants_json():
            raise Conflict(MSG_NO_ACCOUNTS)
        flash(MSG_NO_ACCOUNTS, "info")
        return redirect(url_for("sessions.index"))
    if signed_in_actor() is not None and request.method == "GET":
        return redirect(next_url)
    error: str | None = None
    status = 200
    username = ""
    if request.method == "POST":
        username = request.form.get("username", "")
        try:
            actor = auth.sign_in(
                get_db(), username, request.form.get("password", ""), request.remote_addr
            )
        except InterviewError as exc:
            if wants_json():
                raise
            error, status = exc.message, exc.status
        else:
            _start_session(actor)
            if wants_json():
                return jsonify(accounts_required=True, signed_in=_who(actor))
            return redirect(next_url, code=303)
    response = make_response(
        render_template("login.html", error=error, username=username, next_url=next_url)
    )
    response.status_code = status
    return response


def _who(actor: Actor | None) -> dict[str, str] | None:
    return {"username": actor.username or "", "role": str(actor.role)} if actor else None


def _start_session(actor: Actor) -> None:
    """Sign `actor` in on a fresh cookie session; claim the browser's anonymous sessions."""
    anonymous = session.get(OWNER_COOKIE_KEY)
    # Nothing from before sign-in survives (owner key, CSRF token): the session is rotated.
    session.clear()
    token = auth.sign_in_token(get_db(), actor)
    if token is None:  # removed between the password check and now
        raise Forbidden(auth.MSG_BAD_CREDENTIALS)
    login_user(SignedIn(actor, token))
    session.permanent = True
    if isinstance(anonymous, str) and anonymous.startswith(OWNER_PREFIX):
        claimed = auth.claim_sessions(get_db(), anonymous, actor)
        if claimed:
            flash(f"{claimed} session(s) created in this browser are now yours.", "success")


@bp.post("/logout")
def logout() -> Response:
    """Sign out: end the account's sign-ins and drop the whole cookie session."""
    actor = signed_in_actor()
    if actor is not None:
        # A copy of this cookie (another tab, a stolen one) stops working too.
        auth.end_sign_ins(get_db(), actor)
    logout_user()
    session.clear()
    if wants_json():
        return make_response("", 204)
    flash(MSG_SIGNED_OUT, "info")
    target = url_for("auth.login") if accounts_required() else url_for("sessions.index")
    return redirect(target, code=303)


def init_auth(app: Flask) -> None:
    """Install Flask-Login, the sign-in gate and the sign-in routes on `app`."""
    login_manager.init_app(app)
    # The gate decides what happens to a signed-out request; Flask-Login only loads users.
    login_manager.login_view = None
    app.before_request(_gate)
    app.register_blueprint(bp)

    @app.context_processor
    def _identity() -> dict[str, object]:
        return {
            "accounts_required": accounts_required(),
            "signed_in": signed_in_actor(),
        }
