"""The ``python -m bot`` command line: database set-up, exports and the model cache."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from bot.config import load_settings


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _cmd_db(args: argparse.Namespace) -> int:
    from bot.records.migrate import upgrade

    settings = load_settings()
    upgrade(settings.database_url)
    print("Database is up to date.", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from bot.records.repository import iter_records

    settings = load_settings()
    if args.first and args.last and args.first > args.last:
        print("--from must not be after --to", file=sys.stderr)
        return 2
    count = 0
    for record in iter_records(settings.database_url, args.first, args.last, args.centre, settings.timezone):
        sys.stdout.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    print(f"Exported {count} record(s).", file=sys.stderr)
    return 0


def _cmd_model(args: argparse.Namespace) -> int:
    from bot.training import ensure_model

    print(ensure_model(force=args.force))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Safe to Say tools for centre staff and operators.")
    commands = parser.add_subparsers(dest="command", required=True)

    db = commands.add_parser("db", help="create or migrate the database")
    db.add_argument("action", choices=["upgrade"])
    db.set_defaults(run=_cmd_db)

    export = commands.add_parser("export", help="print anonymised records, one JSON object a line")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    export.add_argument("--from", dest="first", type=_date, help="first local date (YYYY-MM-DD) the report was made")
    export.add_argument("--to", dest="last", type=_date, help="last local date (YYYY-MM-DD), inclusive")
    export.add_argument("--centre", help="only this centre's records")
    export.set_defaults(run=_cmd_export)

    model = commands.add_parser("model", help="train the dialogue model if its training files changed")
    model.add_argument("--force", action="store_true", help="train even when a model for these files exists")
    model.set_defaults(run=_cmd_model)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)
