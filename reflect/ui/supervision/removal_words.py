"""The confirmations for removing a person and deleting a shared reflection: what goes, in
numbers, and what stays, in words, before anything is removed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reflect.domain.contact import ContactRole
from reflect.domain.removal import ContactRemoval, SharedReflectionDeletion
from reflect.ui.widgets.plurals import translate_plural

CONTEXT = "Removal"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _plural(text: str, n: int) -> str:
    return translate_plural(CONTEXT, text, n)


def contact_removal_title(summary: ContactRemoval) -> str:
    """The dialog's title."""
    return QCoreApplication.translate(CONTEXT, "Remove {name}?").format(name=summary.name)


def contact_removal_text(summary: ContactRemoval) -> str:
    """What removing this person takes away and what it leaves."""
    if summary.role == ContactRole.SUPERVISEE:
        goes = [QCoreApplication.translate(CONTEXT, "{name}, from People")]
        if summary.shared_reflections:
            goes.append(
                _plural("%n reflection(s) {name} shared with you", summary.shared_reflections)
            )
        if summary.my_comments:
            goes.append(_plural("%n comment(s) of yours, sent or not", summary.my_comments))
        if summary.unsent_comments:
            goes[-1] += _plural(" (%n not sent yet)", summary.unsent_comments)
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
            stays = _plural(
                "the %n comment(s) {name} sent on your reflections, which are part of your "
                "journal; your reflections; the hours you logged; and {name}'s own journal, "
                "which this does not change",
                summary.their_comments,
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
    return text.format(
        goes="; ".join(goes).format(name=summary.name),
        stays=stays.format(name=summary.name),
        name=summary.name,
    )


def deletion_title() -> str:
    """The dialog's title."""
    return _tr("Delete this shared reflection?")


def deletion_text(summary: SharedReflectionDeletion, day: str, writing: bool = False) -> str:
    """What deleting one shared reflection takes away and what it leaves; `writing` when
    a comment on it is being written (it goes too)."""
    name = summary.supervisee_name or _tr("your supervisee")
    goes = QCoreApplication.translate(CONTEXT, "this shared copy of {name}'s reflection of {day}")
    if summary.my_comments:
        goes += _plural(", and %n comment(s) of yours on it, sent or not", summary.my_comments)
    if summary.unsent_comments:
        goes += _plural(" (%n not sent yet)", summary.unsent_comments)
    if writing:
        goes += QCoreApplication.translate(CONTEXT, ", and the comment you are writing")
    text = QCoreApplication.translate(
        CONTEXT,
        "What goes: {goes}.\n\nWhat stays: {name}'s own journal, which this does not change, "
        "and the hours you logged. A backup is taken first. If {name} changes this reflection "
        "and shares it again, it comes back.",
    )
    return text.format(
        goes=goes.format(name=name, day=day),
        name=name,
    )
