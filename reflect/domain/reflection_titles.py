"""Every reflection's date, code and first words at once, column by column.

The whole journal's titles for a list or a picker: one object holding parallel tuples is
several times faster to build than one object per row, and as immutable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReflectionTitles:
    """Row `i` is (uuids[i], visit_dates[i], family_codes[i], previews[i]); newest first."""

    uuids: tuple[str, ...] = ()
    visit_dates: tuple[dt.date, ...] = ()
    family_codes: tuple[str, ...] = ()
    previews: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.uuids)

    def row(self, index: int) -> tuple[str, dt.date, str, str]:
        """One reflection's uuid, visit date, family code and first words."""
        return (
            self.uuids[index],
            self.visit_dates[index],
            self.family_codes[index],
            self.previews[index],
        )
