"""`reflect --self-check`: does this installation work? One line a step, on any machine.

What an agency's IT person runs after installing Reflect, and what CI runs on every bundle.
It needs no display and no passphrase, and never touches the visitor's journal: it checks
Reflect's own files, then makes a journal of invented text in a temporary folder, writes a
reflection, searches it, backs up, restores, shares a packet with a second throwaway
journal and reads its reply back, checks the journal's integrity, and removes the folder.

With `--read-only` it checks Reflect's files and the existing journal's files without
opening the journal or writing anything (`installation_check`): what an upgrade runs after
installing over an older version.

Each step prints `ok  <step>` (with a detail in brackets), or `FAILED  <step>: <sentence>`
and stops; the exit code is 0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

from reflect import __version__
from reflect.cli import installation_check
from reflect.cli.throwaway_journals import ThrowawayJournals
from reflect.domain.errors import ReflectError
from reflect.files.shipped import PACKAGE

PASSED = 0
FAILED = 1
Check = Callable[[], str | None]
"""A step: returns a detail to print beside `ok` (or None), raises to fail."""


def how_it_runs() -> str:
    """From a bundle, from a checkout, or as an installed package: told on the first line,
    since each finds its files in its own way."""
    if getattr(sys, "frozen", False):
        return "bundle"
    if (PACKAGE.parent / "pyproject.toml").is_file():
        return "source tree"
    return "installed package"


def heading(read_only: bool) -> str:
    """The first line: what is checked, and where."""
    kind = "read-only self-check" if read_only else "self-check"
    return (
        f"Reflect {__version__} {kind} ({how_it_runs()}; {platform.system()} "
        f"{platform.machine()}, Python {platform.python_version()})"
    )


def installed_files() -> Iterator[tuple[str, Check]]:
    """The steps that check Reflect's own files and Qt's."""
    yield "resources found", installation_check.resources
    yield "migrations found", installation_check.migrations
    yield "Qt found", installation_check.qt
    yield "spelling word lists found", installation_check.spelling


def run_steps(steps: Iterator[tuple[str, Check]], out: TextIO) -> bool:
    """Run `steps` in order, printing a line for each; False at the first that fails."""
    for name, check in steps:
        try:
            detail = check()
        except ReflectError as error:
            print(f"FAILED  {name}: {error.sentence}", file=out, flush=True)
            return False
        except Exception as error:  # anything at all is what a self-check is for
            print(f"FAILED  {name}: {type(error).__name__}: {error}", file=out, flush=True)
            return False
        print(f"ok  {name}" + (f" ({detail})" if detail else ""), file=out, flush=True)
    return True


def self_check(
    *, read_only: bool = False, data_dir: str | None = None, out: TextIO | None = None
) -> int:
    """Run the self-check; its exit code."""
    stream = out or sys.stdout
    print(heading(read_only), file=stream, flush=True)
    passed = run_steps(installed_files(), stream)
    if passed:
        note = installation_check.window_libraries()
        if note:
            print(f"note  {note}", file=stream, flush=True)
    if passed and read_only:
        look = ("journal files look whole", lambda: installation_check.journal_files(data_dir))
        passed = run_steps(iter([look]), stream)
    elif passed:
        with ThrowawayJournals() as journals:
            passed = run_steps(journals.steps(), stream)
    kind = "read-only self-check" if read_only else "self-check"
    print(
        f"Reflect passed its {kind}." if passed else f"Reflect failed its {kind}.",
        file=stream,
        flush=True,
    )
    return PASSED if passed else FAILED
