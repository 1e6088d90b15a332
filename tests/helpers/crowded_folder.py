"""An exchange folder crowded with unrelated files and with packets between strangers."""

from __future__ import annotations

import os
from pathlib import Path

from reflect.exchange.identity import Identity
from reflect.exchange.packet import seal


def crowd(folder: Path, unrelated: int, foreign: int) -> None:
    """Fill `folder` with unrelated files and with packets between two strangers."""
    for i in range(unrelated):
        os.close(os.open(folder / f"scan-{i:05}.pdf", os.O_CREAT | os.O_WRONLY, 0o600))
    sender, recipient = Identity.generate(), Identity.generate()
    contact = recipient.public("Stranger")
    # One sealed packet of a realistic size (a few reflections), copied under many names:
    # each copy still has to be read and tried like any other.
    words = {"notes": "They sat on the floor and read a book together. " * 150}
    raw, _ = seal(sender, contact, "supervision", {"reflections": [words]}, sequence=1)
    for i in range(foreign):
        (folder / f"supervision-2026-11-01-{i:08}.reflect-packet").write_bytes(raw)
