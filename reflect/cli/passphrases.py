"""Asking for a passphrase: on the terminal without echo, or as the first line of standard
input with `--passphrase-stdin`. Never from an argument, which other users could see."""

from __future__ import annotations

import getpass
import sys

from reflect.domain.errors import ReflectError

NOTHING_ON_STDIN = "No passphrase came on standard input. Nothing was done."
NOT_THE_SAME = "The two passphrases are not the same. Nothing was made; please try again."


def _from_stdin() -> str:
    line = sys.stdin.readline()
    if not line:
        raise ReflectError(NOTHING_ON_STDIN)
    return line.rstrip("\r\n")


def ask_passphrase(*, from_stdin: bool) -> str:
    """The journal's passphrase."""
    return _from_stdin() if from_stdin else getpass.getpass("Passphrase: ")


def ask_new_passphrase(*, from_stdin: bool) -> str:
    """A new passphrase: typed twice on the terminal (the two must be the same)."""
    if from_stdin:
        return _from_stdin()
    first = getpass.getpass("Choose a passphrase (at least 8 characters): ")
    if getpass.getpass("Type it again: ") != first:
        raise ReflectError(NOT_THE_SAME)
    return first
