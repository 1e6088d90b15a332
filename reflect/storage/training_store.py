"""The training log's rows: trainings saved by uuid, read newest first, deleted by uuid."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, text

from reflect.domain.errors import InvalidInput
from reflect.domain.training import MAX_TRAINING_MINUTES, Training, TrainingCategory
from reflect.storage.delete_by_uuid import delete_by_uuid

MAX_TITLE = 300
"""Characters in a training's title or provider: a name, not a description."""

TRAINING_LENGTH = "A training lasts from a minute to 500 hours. Check the hours, then save."
TRAINING_TITLE = "Please give the training a title of at most 300 characters."
TRAINING_PROVIDER = "The provider's name is at most 300 characters. Shorten it, then save."


def save_training(conn: Connection, training: Training) -> Training:
    """Insert or update a training by uuid; returns it as stored (title and provider
    trimmed)."""
    if not 0 < training.minutes <= MAX_TRAINING_MINUTES:
        raise InvalidInput(TRAINING_LENGTH)
    title = " ".join(training.title.split())
    provider = " ".join(training.provider.split())
    if not title or len(title) > MAX_TITLE:
        raise InvalidInput(TRAINING_TITLE)
    if len(provider) > MAX_TITLE:
        raise InvalidInput(TRAINING_PROVIDER)
    conn.execute(
        text(
            "INSERT INTO trainings (uuid, date, title, provider, minutes, category, notes) "
            "VALUES (:uuid, :date, :title, :provider, :minutes, :category, :notes) "
            "ON CONFLICT(uuid) DO UPDATE SET date = excluded.date, title = excluded.title, "
            "provider = excluded.provider, minutes = excluded.minutes, "
            "category = excluded.category, notes = excluded.notes"
        ),
        {
            "uuid": training.uuid,
            "date": training.date.isoformat(),
            "title": title,
            "provider": provider,
            "minutes": training.minutes,
            "category": TrainingCategory(training.category).value,
            "notes": training.notes,
        },
    )
    return Training(
        date=training.date,
        title=title,
        minutes=training.minutes,
        provider=provider,
        category=TrainingCategory(training.category),
        notes=training.notes,
        uuid=training.uuid,
    )


def _category(value: str) -> TrainingCategory:
    """A stored category; one a newer Reflect wrote reads as "other", never as a failure."""
    try:
        return TrainingCategory(value)
    except ValueError:
        return TrainingCategory.OTHER


def trainings(conn: Connection) -> list[Training]:
    """Every training, newest first."""
    return [
        Training(
            uuid=str(r[0]),
            date=dt.date.fromisoformat(r[1]),
            title=str(r[2]),
            provider=str(r[3]),
            minutes=int(r[4]),
            category=_category(str(r[5])),
            notes=str(r[6]),
        )
        for r in conn.execute(
            text(
                "SELECT uuid, date, title, provider, minutes, category, notes FROM trainings "
                "ORDER BY date DESC, id DESC"
            )
        )
    ]


def delete_training(conn: Connection, uuid: str) -> None:
    """Remove a training from the log."""
    delete_by_uuid(conn, "trainings", uuid)
