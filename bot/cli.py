"""The ``python -m bot`` command line: database set-up, exports and the model cache."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from bot.config import load_settings
from bot.records.store import Records
from bot.reporting.monthly_files import FORMATS as RETURN_FORMATS


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


def _output(args: argparse.Namespace, binary: bool):
    """The file named by --output, or standard output (refused for binary formats on a terminal)."""
    if args.output:
        return open(args.output, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""}))
    if binary:
        if sys.stdout.isatty():
            raise _UsageError(f"{args.format.upper()} is a binary file: add --output FILE (or redirect to a file).")
        return sys.stdout.buffer
    return sys.stdout


class _UsageError(Exception):
    """Wrong use of a command; the message says what to do instead."""


def _cmd_export(args: argparse.Namespace) -> int:
    from bot.reporting.exports import BINARY, with_progress, write_export

    settings = load_settings()
    store = Records.of(settings)
    if args.first and args.last and args.first > args.last:
        print("--from must not be after --to", file=sys.stderr)
        return 2
    period = (args.first, args.last, args.centre, settings.timezone)
    records = with_progress(store.iter(*period), store.count(*period), "Exporting", args.progress)
    out = _output(args, args.format in BINARY)
    try:
        count = write_export(records, args.format, out)
    finally:
        if args.output:
            out.close()
    print(f"Exported {count} record(s)" + (f" to {args.output}." if args.output else "."), file=sys.stderr)
    return 0


def _cmd_model(args: argparse.Namespace) -> int:
    from bot.training import ensure_model

    print(ensure_model(force=args.force))
    return 0


def _cmd_staff(args: argparse.Namespace) -> int:
    import getpass

    from bot.web.accounts import AccountError, create_account

    settings = load_settings()
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password (12+ characters): ")
    try:
        staff = create_account(settings.database_url, args.username, password, args.centre, admin=args.admin)
    except AccountError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"Created {staff.role} account {staff.username}" + (f" for centre {staff.centre_id}" if staff.centre_id else ""), file=sys.stderr)
    return 0


def _cmd_web(args: argparse.Namespace) -> int:
    from bot.web.app import create_app

    settings = load_settings()
    app = create_app(settings)
    app.run(host=args.host, port=args.port or settings.web_port, access_log=False, workers=1)
    return 0


def _cmd_telegram(args: argparse.Namespace) -> int:
    import asyncio

    from bot.channels.telegram import make_bot

    settings = load_settings()
    settings.require("telegram_bot_token", "telegram_webhook_secret", "telegram_webhook_url")

    async def register() -> bool:
        async with make_bot(settings) as bot:
            return await bot.set_webhook(
                url=settings.telegram_webhook_url,
                secret_token=settings.telegram_webhook_secret,
                allowed_updates=["message", "callback_query"],
                drop_pending_updates=False,
            )

    ok = asyncio.run(register())
    print("Webhook registered." if ok else "Telegram did not accept the webhook.", file=sys.stderr)
    return 0 if ok else 1


def _cmd_report(args: argparse.Namespace) -> int:
    from bot.reporting.exports import BINARY, with_progress
    from bot.reporting.monthly_files import render_return

    settings = load_settings()
    progress = lambda items, total: with_progress(items, total, "Reading incidents", args.progress)  # noqa: E731
    out = _output(args, args.format in BINARY)
    try:
        body, report = render_return(Records.of(settings), args.month, args.centre, settings.timezone, args.format, progress)
        out.write(body)
    finally:
        if args.output:
            out.close()
    print(f"Monthly return for {args.month}: {report['reports']} report(s).", file=sys.stderr)
    return 0


def _cmd_handoff(args: argparse.Namespace) -> int:
    from bot.reporting.true_vision import handoff_text

    settings = load_settings()
    record = Records.of(settings).find_by_reference(args.reference)
    if record is None:
        print(f"No report has the reference {args.reference}.", file=sys.stderr)
        return 1
    print(handoff_text(record, settings.timezone))
    return 0


def _cmd_services(args: argparse.Namespace) -> int:
    from bot.services import ServiceError, directory
    from bot.services.local import import_services_file, local_services

    settings = load_settings()
    if args.action == "import":
        if not args.file or not args.centre:
            raise _UsageError("Import needs a file and --centre: python -m bot services import FILE --centre ID")
        try:
            added = import_services_file(settings.database_url, args.centre, args.file)
        except (ServiceError, OSError) as error:
            print(error, file=sys.stderr)
            return 2
        print(f"Added or updated {len(added)} local service(s) for {args.centre}.", file=sys.stderr)
        return 0
    for service in [*local_services(settings.database_url, args.centre), *directory()]:
        where = "local" if service.local else "national"
        print(f"{service.id}\t{where}\t{service.name}\t{service.contact}\tserves: {', '.join(service.serves)}")
    return 0


def _month(text: str) -> str:
    try:
        date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2026-03") from None
    return text


def _cmd_purge(args: argparse.Namespace) -> int:
    """Applies the retention policy: idle conversations, then records past their retention."""
    import asyncio

    from bot.privacy.conversation_store import PrivateTrackerStore

    settings = load_settings()
    conversations = asyncio.run(PrivateTrackerStore(None).purge_idle())
    records = Records.of(settings).delete_older_than(settings.record_retention_days)
    print(
        f"Deleted {conversations} conversation(s) idle for over {settings.conversation_ttl_hours:g} hours "
        f"and {records} record(s) older than {settings.record_retention_days} days.",
        file=sys.stderr,
    )
    return 0


def _cmd_rotate_key(args: argparse.Namespace) -> int:
    settings = load_settings()
    count = Records.of(settings).rotate_encryption()
    print(f"Re-encrypted {count} record(s) with the first key in RECORDS_ENCRYPTION_KEY.", file=sys.stderr)
    return 0


def _cmd_outbox(args: argparse.Namespace) -> int:
    """Shows, or writes to the database, reports kept while it was unavailable."""
    from bot.records import outbox

    settings = load_settings()
    if args.action == "flush":
        written = Records.of(settings).flush_outbox(settings.outbox_dir)
        print(f"Wrote {written} report(s) to the database.", file=sys.stderr)
    waiting = len(outbox.pending(settings.outbox_dir))
    print(f"{waiting} report(s) waiting in {settings.outbox_dir}.", file=sys.stderr)
    return 1 if args.action == "flush" and waiting else 0


def _cmd_credentials(args: argparse.Namespace) -> int:
    """Prints Rasa credentials for the channels whose settings are present."""
    settings = load_settings()
    channels = {
        "bot.channels.web.WebInput": settings.web_channel_secret,
        "bot.channels.sms.SmsInput": settings.twilio_auth_token and settings.sms_webhook_url and settings.pseudonym_key,
        "bot.channels.telegram.TelegramInput": settings.telegram_bot_token and settings.telegram_webhook_secret and settings.pseudonym_key,
    }
    for channel, configured in channels.items():
        if configured:
            print(f"{channel}:")
        print(f"# {channel.split('.')[2]}: {'on' if configured else 'off (settings missing)'}", file=sys.stderr)
    print("rest:")
    return 0


def _cmd_secrets(args: argparse.Namespace) -> int:
    from bot.config import ensure_local_secrets

    print(f"Local keys are in {ensure_local_secrets()} (readable by you only).", file=sys.stderr)
    return 0


def _progress_flags(command: argparse.ArgumentParser) -> None:
    command.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                         help="show a progress bar on standard error (default: when it is a terminal)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Safe to Say tools for centre staff and operators.")
    commands = parser.add_subparsers(dest="command", required=True)

    db = commands.add_parser("db", help="create or migrate the database")
    db.add_argument("action", choices=["upgrade"])
    db.set_defaults(run=_cmd_db)

    export = commands.add_parser("export", help="anonymised records as JSON lines, CSV or XLSX")
    export.add_argument("--format", choices=["jsonl", "csv", "xlsx"], default="jsonl")
    export.add_argument("--output", "-o", help="write to this file instead of standard output")
    export.add_argument("--from", dest="first", type=_date, help="first local date (YYYY-MM-DD) the report was made")
    export.add_argument("--to", dest="last", type=_date, help="last local date (YYYY-MM-DD), inclusive")
    export.add_argument("--centre", help="only this centre's records")
    _progress_flags(export)
    export.set_defaults(run=_cmd_export)

    staff = commands.add_parser("staff", help="manage staff accounts for the web chat")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True)
    add = staff_commands.add_parser("add", help="create a staff account (asks for the password)")
    add.add_argument("username")
    add.add_argument("--centre", help="the centre this person works for")
    add.add_argument("--admin", action="store_true", help="may see every centre's records")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(run=_cmd_staff)

    web = commands.add_parser("web", help="run the staff web app (sign-in, chat page, records)")
    web.add_argument("--host", default="127.0.0.1")
    web.add_argument("--port", type=int)
    web.set_defaults(run=_cmd_web)

    telegram = commands.add_parser("telegram", help="Telegram bot set-up")
    telegram.add_argument("action", choices=["set-webhook"])
    telegram.set_defaults(run=_cmd_telegram)

    report = commands.add_parser("report", help="the monthly anonymised return for the police contact")
    report.add_argument("kind", choices=["monthly"])
    report.add_argument("--month", required=True, type=_month, help="the month, like 2026-03")
    report.add_argument("--centre", help="one centre's return (default: every centre)")
    report.add_argument("--format", choices=RETURN_FORMATS, default="json",
                        help="json and csv for systems; html and pdf (summary with charts, then incidents) for people")
    report.add_argument("--output", "-o", help="write to this file instead of standard output")
    _progress_flags(report)
    report.set_defaults(run=_cmd_report)

    handoff = commands.add_parser("handoff", help="print a report laid out for True Vision, with its deadline")
    handoff.add_argument("reference", help="the report's reference, like K7Q-M2X")
    handoff.set_defaults(run=_cmd_handoff)

    services = commands.add_parser("services", help="the service directory: list it, or import a centre's local services")
    services.add_argument("action", choices=["list", "import"])
    services.add_argument("file", nargs="?", help="for import: a YAML file shaped like bot/services/directory.yml")
    services.add_argument("--centre", help="the centre whose local services to list or import")
    services.set_defaults(run=_cmd_services)

    purge = commands.add_parser("purge", help="delete idle conversations and records past their retention")
    purge.set_defaults(run=_cmd_purge)

    rotate = commands.add_parser("rotate-key", help="re-encrypt stored free text with the first records key")
    rotate.set_defaults(run=_cmd_rotate_key)

    box = commands.add_parser("outbox", help="reports kept while the database was unavailable: count or write them")
    box.add_argument("action", choices=["status", "flush"])
    box.set_defaults(run=_cmd_outbox)

    local = commands.add_parser("secrets", help="make var/secrets.env with random local keys (keeps the keys it has)")
    local.set_defaults(run=_cmd_secrets)

    credentials = commands.add_parser("credentials", help="print Rasa credentials for the configured channels")
    credentials.set_defaults(run=_cmd_credentials)

    model = commands.add_parser("model", help="train the dialogue model if its training files changed")
    model.add_argument("--force", action="store_true", help="train even when a model for these files exists")
    model.set_defaults(run=_cmd_model)
    return parser


def main(argv: list[str] | None = None) -> int:
    from bot.config import SettingsError

    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except (SettingsError, _UsageError) as error:
        print(error, file=sys.stderr)
        return 2
