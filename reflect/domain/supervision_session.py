"""A reflective supervision session, as logged toward endorsement hours."""

from __future__ import annotations

import datetime as dt
import enum
import uuid as uuid_module
from dataclasses import dataclass, field

from reflect.domain.reflection import Answer


class SessionFormat(enum.StrEnum):
    """Individual or group supervision."""

    INDIVIDUAL = "individual"
    GROUP = "group"


class SessionMode(enum.StrEnum):
    """How the session was held."""

    IN_PERSON = "in-person"
    PHONE = "phone"
    VIDEO = "video"


@dataclass(frozen=True, slots=True)
class SupervisionSession:
    """Date, minutes, who provided it, and which reflections were discussed.

    `answers` are session notes written with the after-supervision template.
    """

    date: dt.date
    minutes: int
    provider: str
    format: SessionFormat = SessionFormat.INDIVIDUAL
    mode: SessionMode = SessionMode.IN_PERSON
    provider_category: str = ""
    notes: str = ""
    next_steps: str = ""
    reflection_uuids: tuple[str, ...] = ()
    answers: tuple[Answer, ...] = ()
    uuid: str = field(default_factory=lambda: str(uuid_module.uuid4()))
