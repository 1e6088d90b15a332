"""Packets refused at import: their file name and the sentence why, until the user dismisses.

A refused packet is moved out of the exchange folder (so it is never offered again), but
the person should still see that something came and why it could not be taken in. The list
is kept in the journal's settings (file names and fixed sentences only, never packet text).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from reflect.storage.exchange_records import ExchangeRecords

_KEY = "refused_packets"
_KEEP = 200  # a list to read, not an archive: the oldest go first


@dataclass(frozen=True, slots=True)
class RefusedPacket:
    """One refused packet: its file name (now under `refused/`), why, and when."""

    name: str
    reason: str
    refused_at: dt.datetime


class RefusedPackets:
    """Reached as `supervision.refused`."""

    def __init__(self, records: ExchangeRecords) -> None:
        self._records = records

    def all(self) -> list[RefusedPacket]:
        """Refused packets not yet dismissed, oldest first."""
        try:
            items = json.loads(self._records.setting(_KEY, "[]"))
            return [
                RefusedPacket(str(i["name"]), str(i["reason"]), dt.datetime.fromisoformat(i["at"]))
                for i in items
            ]
        except (ValueError, TypeError, KeyError):
            return []  # an unreadable note is not worth a failure: it only lists refusals

    def add(self, name: str, reason: str) -> None:
        """Keep a refusal to show."""
        kept = [*self.all(), RefusedPacket(name, reason, dt.datetime.now(dt.UTC))]
        self._save(kept[-_KEEP:])

    def dismiss(self, name: str) -> None:
        """Stop showing a refusal (the file stays where it is)."""
        self._save([r for r in self.all() if r.name != name])

    def _save(self, items: list[RefusedPacket]) -> None:
        rows = [{"name": r.name, "reason": r.reason, "at": r.refused_at.isoformat()} for r in items]
        self._records.set_setting(_KEY, json.dumps(rows))
