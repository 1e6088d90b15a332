"""A training attended, as logged toward an endorsement's renewal.

Its length is kept in minutes, like a supervision session's, though the visitor types it in
hours ("1.5"): whole minutes add up without rounding drift.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid as uuid_module
from dataclasses import dataclass, field

MAX_TRAINING_MINUTES = 500 * 60
"""The longest training one entry holds (a semester's course fits; a typo of 15000 does not)."""


class TrainingCategory(enum.StrEnum):
    """What a training was about, as renewal needs are usually worded."""

    INFANT_MENTAL_HEALTH = "infant-mental-health"
    REFLECTIVE_PRACTICE = "reflective-practice"
    DIVERSITY_EQUITY_INCLUSION = "diversity-equity-inclusion"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Training:
    """Date, title, provider, minutes, category and the visitor's own notes.

    The notes are for the visitor: no export of the training log ever writes them.
    """

    date: dt.date
    title: str
    minutes: int
    provider: str = ""
    category: TrainingCategory = TrainingCategory.INFANT_MENTAL_HEALTH
    notes: str = ""
    uuid: str = field(default_factory=lambda: str(uuid_module.uuid4()))
