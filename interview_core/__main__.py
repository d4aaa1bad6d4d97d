"""Command line: `python -m interview_core <command>`.

Commands:
  migrate     create or upgrade the database schema (safe to run from several places at once)
  demo-data   fill a database with realistic demo sessions for the dashboard
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from .config import ConfigError, load_settings
from .db import Database


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
    return parser


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
    except (ConfigError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1


if __name__ == "__main__":
    sys.exit(main())
