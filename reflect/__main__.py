"""Command-line entry point: `reflect` and `python -m reflect`.

With no command it starts the app; `init`, `import`, `export` and `verify` run in the
terminal (`reflect/cli/`). `--data-dir` may come before or after a command.
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
    add_commands(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, then run the command or hand over to the application."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is not None:
        if args.demo:
            parser.error("--demo opens the window; it takes no command")
        from reflect.cli.commands import run_command

        return run_command(args)
    from reflect.app import run

    return run(data_dir=args.data_dir, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
