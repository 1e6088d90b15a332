"""The commands' options: plain argparse, so `reflect --version` stays instant."""

from __future__ import annotations

import argparse
import datetime as dt

DATA_DIR_HELP = "the journal's folder instead of the usual place (also REFLECT_DATA_DIR)"
STDIN_HELP = "read the passphrase from the first line of standard input (never an argument)"


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-02") from None


def _common(command: argparse.ArgumentParser) -> None:
    # SUPPRESS: given before the command, --data-dir is not undone by this one's default.
    command.add_argument(
        "--data-dir", metavar="FOLDER", default=argparse.SUPPRESS, help=DATA_DIR_HELP
    )
    command.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)


def add_commands(parser: argparse.ArgumentParser) -> None:
    """`init`, `import`, `export` and `verify`, each with `--data-dir` after it too."""
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser(
        "init",
        help="make a new journal and show its recovery key once",
        description="Make a new journal. The passphrase is asked twice; the recovery key "
        "is printed once: print it or write it down.",
    )
    _common(init)

    bring = commands.add_parser(
        "import",
        help="bring another journal's entries, or a Reflect export, into the journal",
        description="Show what PATH would bring, then add it. Nothing already in the journal "
        "changes; importing the same file again adds nothing.",
    )
    bring.add_argument(
        "--from",
        dest="source",
        required=True,
        choices=("jrnl", "dayone", "markdown", "reflect"),
        help="what PATH is: a jrnl file, a Day One export, a folder of Markdown files, or "
        "a Reflect JSON export",
    )
    bring.add_argument("path", metavar="PATH", help="the file or folder to import")
    bring.add_argument(
        "--family-code",
        metavar="CODE",
        default="IMPORTED",
        help="the family code entries of another journal get (default IMPORTED)",
    )
    bring.add_argument("--dry-run", action="store_true", help="only show what would be imported")
    _common(bring)

    export = commands.add_parser(
        "export",
        help="write reflections to Markdown, JSON or PDF",
        description="Write the journal's reflections (those visited --from and --to, when "
        "given) to a file. Private answers are left out unless --include-private.",
    )
    export.add_argument(
        "--format", required=True, choices=("markdown", "json", "pdf"), help="the file format"
    )
    export.add_argument(
        "--out",
        metavar="PATH",
        required=True,
        help="the file to write; for markdown, a new folder (one file per reflection) "
        "unless PATH ends in .md (one file)",
    )
    export.add_argument("--from", dest="first", metavar="DATE", type=_day, help="first visit date")
    export.add_argument("--to", dest="last", metavar="DATE", type=_day, help="last visit date")
    export.add_argument(
        "--include-private", action="store_true", help="include answers marked private"
    )
    export.add_argument(
        "--include-check-ins",
        action="store_true",
        help="include self-care check-ins (json, whole journal only)",
    )
    _common(export)

    verify = commands.add_parser(
        "verify",
        help="open the journal, check its integrity and count what it holds",
        description="Open the journal, check every page of it, and say what it holds.",
    )
    _common(verify)
