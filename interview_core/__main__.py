"""Command line: `python -m interview_core <command>`.

Commands:
  migrate     create or upgrade the database schema (safe to run from several places at once)
  demo-data   fill a database with realistic demo sessions for the dashboard
  users       add, list, change and remove accounts (the first one turns on sign-in)
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from datetime import date

from . import auth
from .config import ConfigError, load_settings
from .db import Database, SchemaNotCurrent
from .errors import InterviewError


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(prog="python -m interview_core")
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    migrate = commands.add_parser(
        "migrate",
        help="create or upgrade the database schema, then exit",
        description=(
            "Bring the database to the newest schema: create it when empty, upgrade it when "
            "older. The app does the same when it starts, under the same lock; run this as "
            "a deploy step to keep start-up free of schema work."
        ),
    )
    migrate.add_argument(
        "--database-url",
        help="SQLAlchemy URL of the database (default: the configured one)",
    )
    demo = commands.add_parser(
        "demo-data",
        help="fill the database with demo sessions for the dashboard",
        description=(
            "Create realistic interview sessions over the last days: transcripts by the "
            "offline interviewer, feedback by the offline scorer, simulated provider calls. "
            "Adds to what is there unless --replace is given."
        ),
    )
    demo.add_argument("--sessions", type=_positive, default=2_000, help="how many (default 2000)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument(
        "--database-url",
        help="SQLAlchemy URL of the database to fill (default: the configured one)",
    )
    demo.add_argument("--days", type=_positive, default=90, help="days covered (default 90)")
    demo.add_argument(
        "--end-date",
        type=date.fromisoformat,
        help="last day covered, YYYY-MM-DD (default: today, UTC); fix it to reproduce a run",
    )
    demo.add_argument(
        "--pool",
        type=_positive,
        help="distinct interviews run for real and reused (default: sessions/20, 12 to 300)",
    )
    demo.add_argument("--replace", action="store_true", help="delete earlier demo sessions first")
    demo.add_argument(
        "--remove",
        action="store_true",
        help="only delete every demo session (with its messages, feedback and calls)",
    )
    demo.add_argument("--quiet", action="store_true", help="no progress bar")
    _users_parser(commands)
    return parser


def _users_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = commands.add_parser(
        "users",
        help="manage accounts (the first account turns on sign-in)",
        description=(
            "Accounts of the app. With no account, the app is a local desk without sign-in; "
            "once one exists, both the Streamlit app and the web shim require sign-in."
        ),
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url", help="SQLAlchemy URL of the database (default: the configured one)"
    )
    actions = users.add_subparsers(dest="action", required=True, metavar="action")
    roles = [r.value for r in auth.Role]

    add = actions.add_parser("add", help="create an account", parents=[common])
    add.add_argument("name")
    add.add_argument("--role", choices=roles, default=auth.Role.COACH.value)
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    actions.add_parser("list", help="list the accounts", parents=[common])
    set_role = actions.add_parser("set-role", help="change an account's role", parents=[common])
    set_role.add_argument("name")
    set_role.add_argument("role", choices=roles)
    set_password = actions.add_parser(
        "set-password", help="change an account's password", parents=[common]
    )
    set_password.add_argument("name")
    set_password.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    remove = actions.add_parser(
        "remove", help="delete an account (its sessions stay)", parents=[common]
    )
    remove.add_argument("name")


def _read_password(from_stdin: bool) -> str:
    """The new password: one line of standard input, or typed twice at a hidden prompt."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat password: ") != first:
        raise ValueError("The two passwords differ.")
    return first


def _users(args: argparse.Namespace) -> int:
    db = Database.from_url(args.database_url or load_settings().database_url)
    try:
        if args.action == "add":
            had_accounts = auth.has_accounts(db)
            actor = auth.create_user(db, args.name, _read_password(args.password_stdin), args.role)
            print(f"Added {args.name.strip()} ({actor.role}).")
            if not had_accounts:
                print("This is the first account: both front doors now require sign-in.")
        elif args.action == "list":
            accounts = auth.list_users(db)
            if not accounts:
                print("No accounts: the app runs as a local desk without sign-in.")
            for a in accounts:
                print(f"{a.username}\t{a.role}\t{a.created_at:%Y-%m-%d %H:%M} UTC")
        elif args.action == "set-role":
            auth.set_role(db, args.name, args.role)
            print(f"{args.name.strip()} is now {args.role}.")
        elif args.action == "set-password":
            auth.set_password(db, args.name, _read_password(args.password_stdin))
            print(f"Password of {args.name.strip()} changed; its open sign-ins have ended.")
        elif args.action == "remove":
            auth.remove_user(db, args.name)
            print(f"Removed {args.name.strip()}.")
            if not auth.has_accounts(db):
                print("No account is left: the app is a local desk again, without sign-in.")
    except InterviewError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    return 0


def _demo_data(args: argparse.Namespace) -> int:
    from . import demo  # the generator pulls in the interviewer and scorer

    url = args.database_url or load_settings().database_url
    db = Database.from_url(url)
    try:
        if args.remove:
            removed = demo.remove_demo_sessions(db)
            print(f"Removed {removed:,} demo sessions; nothing else was touched.")
            return 0
        if args.replace:
            removed = demo.remove_demo_sessions(db)
            if not args.quiet:
                print(f"Removed {removed:,} earlier demo sessions.", file=sys.stderr)
        summary = demo.generate(
            db,
            args.sessions,
            seed=args.seed,
            end=args.end_date,
            days=args.days,
            pool_size=args.pool,
            progress=demo.ProgressLine(enabled=not args.quiet),
        )
    finally:
        db.dispose()
    print(
        f"Added {summary.sessions:,} sessions ({summary.messages:,} messages, "
        f"{summary.feedback:,} feedback reports, {summary.model_calls:,} model calls; "
        f"{summary.pool} distinct interviews) in {summary.seconds:.1f} s."
    )
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from .db import create_schema, make_engine

    url = args.database_url or load_settings().database_url
    engine = make_engine(url)
    try:
        done = create_schema(engine)
    except SQLAlchemyError as exc:
        print(f"error: the schema could not be brought up to date: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(
        {"created": "Schema created.", "upgraded": "Schema upgraded."}.get(
            done or "", "Schema already up to date."
        )
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "migrate":
            return _migrate(args)
        if args.command == "demo-data":
            return _demo_data(args)
        if args.command == "users":
            return _users(args)
    except (ConfigError, ValueError, SchemaNotCurrent) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1


if __name__ == "__main__":
    sys.exit(main())
