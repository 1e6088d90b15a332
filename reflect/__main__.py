"""Command-line entry point: `reflect` and `python -m reflect`.

With no command it starts the app; `init`, `import`, `export` and `verify` run in the
terminal (`reflect/cli/`), and so does `--self-check`. `--data-dir` may come before or
after a command.
"""

from __future__ import annotations

import argparse
import sys

from reflect import __version__
from reflect.cli.arguments import DATA_DIR_HELP, add_commands


def build_parser() -> argparse.ArgumentParser:
    """The command-line options; kept free of Qt so `--version` answers instantly."""
    parser = argparse.ArgumentParser(
        prog="reflect",
        description="A private reflective-practice journal for IECMH home visitors. "
        "With no command, Reflect opens its window.",
    )
    parser.add_argument("--version", action="version", version=f"Reflect {__version__}")
    parser.add_argument("--data-dir", metavar="FOLDER", help=DATA_DIR_HELP)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway journal of invented reflections, to look around",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check that this installation works, with a throwaway journal in a temporary "
        "folder (your own journal is never touched); needs no display",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="with --self-check: check only Reflect's files and your journal's files, "
        "without the passphrase and without writing anything",
    )
    add_commands(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, then run the command or hand over to the application."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.read_only and not args.self_check:
        parser.error("--read-only goes with --self-check")
    if args.self_check:
        if args.command is not None or args.demo:
            parser.error("--self-check runs on its own; it takes no command and no --demo")
        from reflect.cli.self_check import self_check

        return self_check(read_only=args.read_only, data_dir=args.data_dir)
    if args.command is not None:
        if args.demo:
            parser.error("--demo opens the window; it takes no command")
        from reflect.cli.commands import run_command

        return run_command(args)
    from reflect.app import run

    return run(data_dir=args.data_dir, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
