"""The confirmations for removing a person and deleting a shared reflection: what goes, in
numbers, and what stays, in words, before anything is removed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reflect.domain.contact import ContactRole
from reflect.domain.removal import ContactRemoval, SharedReflectionDeletion

CONTEXT = "Removal"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def contact_removal_title(summary: ContactRemoval) -> str:
    """The dialog's title."""
    return QCoreApplication.translate(CONTEXT, "Remove {name}?").format(name=summary.name)


def contact_removal_text(summary: ContactRemoval) -> str:
    """What removing this person takes away and what it leaves."""
    if summary.role == ContactRole.SUPERVISEE:
        goes = [QCoreApplication.translate(CONTEXT, "{name}, from People")]
        if summary.shared_reflections == 1:
            goes.append(
                QCoreApplication.translate(CONTEXT, "the reflection {name} shared with you")
            )
        elif summary.shared_reflections:
            goes.append(
                QCoreApplication.translate(CONTEXT, "the {n} reflections {name} shared with you")
            )
        if summary.my_comments == 1:
            goes.append(QCoreApplication.translate(CONTEXT, "your comment on it, sent or not"))
        elif summary.my_comments:
            goes.append(
                QCoreApplication.translate(CONTEXT, "your {m} comments on them, sent or not")
            )
        if summary.unsent_comments:
            goes[-1] += QCoreApplication.translate(CONTEXT, " ({u} not sent yet)")
        stays = QCoreApplication.translate(
            CONTEXT, "the hours you logged, and {name}'s own journal, which this does not change"
        )
    else:
        goes = [
            QCoreApplication.translate(
                CONTEXT, "{name}, from People: you can no longer share with {name}"
            )
        ]
        if summary.their_comments:
            stays = QCoreApplication.translate(
                CONTEXT,
                "the comments {name} sent on your reflections ({c}), which are part of your "
                "journal; your reflections; the hours you logged; and {name}'s own journal, "
                "which this does not change",
            )
        else:
            stays = QCoreApplication.translate(
                CONTEXT,
                "your reflections, the hours you logged, and {name}'s own journal, which this "
                "does not change",
            )
    text = QCoreApplication.translate(
        CONTEXT,
        "What goes: {goes}.\n\nWhat stays: {stays}. A backup is taken first.\n\n"
        "Packets from {name} will be refused until you add {name} again.",
    )
    values = {
        "name": summary.name,
        "n": summary.shared_reflections,
        "m": summary.my_comments,
        "u": summary.unsent_comments,
        "c": summary.their_comments,
    }
    return text.format(
        goes="; ".join(goes).format(**values), stays=stays.format(**values), name=summary.name
    )


def deletion_title() -> str:
    """The dialog's title."""
    return _tr("Delete this shared reflection?")


def deletion_text(summary: SharedReflectionDeletion, day: str, writing: bool = False) -> str:
    """What deleting one shared reflection takes away and what it leaves; `writing` when
    a comment on it is being written (it goes too)."""
    name = summary.supervisee_name or _tr("your supervisee")
    goes = QCoreApplication.translate(CONTEXT, "this shared copy of {name}'s reflection of {day}")
    if summary.my_comments == 1:
        goes += QCoreApplication.translate(CONTEXT, ", and your comment on it, sent or not")
    elif summary.my_comments:
        goes += QCoreApplication.translate(CONTEXT, ", and your {n} comments on it, sent or not")
    if summary.unsent_comments:
        goes += QCoreApplication.translate(CONTEXT, " ({unsent} not sent yet)")
    if writing:
        goes += QCoreApplication.translate(CONTEXT, ", and the comment you are writing")
    text = QCoreApplication.translate(
        CONTEXT,
        "What goes: {goes}.\n\nWhat stays: {name}'s own journal, which this does not change, "
        "and the hours you logged. A backup is taken first. If {name} changes this reflection "
        "and shares it again, it comes back.",
    )
    return text.format(
        goes=goes.format(name=name, day=day, n=summary.my_comments, unsent=summary.unsent_comments),
        name=name,
    )
