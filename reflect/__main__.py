"""Command-line entry point: `reflect` and `python -m reflect`."""

from __future__ import annotations

import argparse
import sys

from reflect import __version__


def build_parser() -> argparse.ArgumentParser:
    """The command-line options; kept free of Qt so `--version` answers instantly."""
    parser = argparse.ArgumentParser(
        prog="reflect",
        description="A private reflective-practice journal for IECMH home visitors.",
    )
    parser.add_argument("--version", action="version", version=f"Reflect {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="FOLDER",
        help="keep the journal in FOLDER instead of the usual place (also REFLECT_DATA_DIR)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway journal of invented reflections, to look around",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, then hand over to the application."""
    args = build_parser().parse_args(argv)
    from reflect.app import run

    return run(data_dir=args.data_dir, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
