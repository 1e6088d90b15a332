"""The confirmations for removing a person and deleting a shared reflection: what goes, in
numbers, and what stays, in words, before anything is removed."""

from __future__ import annotations

from reflect.domain.contact import ContactRole
from reflect.domain.removal import ContactRemoval, SharedReflectionDeletion
from reflect.ui.widgets.plurals import TranslationContext, english_plural


class Removal(TranslationContext):
    """The translation context of these confirmations."""


def contact_removal_title(summary: ContactRemoval) -> str:
    """The dialog's title."""
    return Removal.tr("Remove {name}?").format(name=summary.name)


def _unsent(n: int) -> str:
    return english_plural(Removal.tr(" (%n not sent yet)", "", n), n) if n else ""


def contact_removal_text(summary: ContactRemoval) -> str:
    """What removing this person takes away and what it leaves."""
    if summary.role == ContactRole.SUPERVISEE:
        goes = [Removal.tr("{name}, from People")]
        if n := summary.shared_reflections:
            goes.append(
                english_plural(Removal.tr("%n reflection(s) {name} shared with you", "", n), n)
            )
        if n := summary.my_comments:
            goes.append(english_plural(Removal.tr("%n comment(s) of yours, sent or not", "", n), n))
        goes[-1] += _unsent(summary.unsent_comments)
        stays = Removal.tr(
            "the hours you logged, and {name}'s own journal, which this does not change"
        )
    else:
        goes = [Removal.tr("{name}, from People: you can no longer share with {name}")]
        if n := summary.their_comments:
            stays = Removal.tr(
                "the %n comment(s) {name} sent on your reflections, which are part of your "
                "journal; your reflections; the hours you logged; and {name}'s own journal, "
                "which this does not change",
                "",
                n,
            )
            stays = english_plural(stays, n)
        else:
            stays = Removal.tr(
                "your reflections, the hours you logged, and {name}'s own journal, which this "
                "does not change"
            )
    text = Removal.tr(
        "What goes: {goes}.\n\nWhat stays: {stays}. A backup is taken first.\n\n"
        "Packets from {name} will be refused until you add {name} again."
    )
    return text.format(
        goes="; ".join(goes).format(name=summary.name),
        stays=stays.format(name=summary.name),
        name=summary.name,
    )


def deletion_title() -> str:
    """The dialog's title."""
    return Removal.tr("Delete this shared reflection?")


def deletion_text(summary: SharedReflectionDeletion, day: str, writing: bool = False) -> str:
    """What deleting one shared reflection takes away and what it leaves; `writing` when
    a comment on it is being written (it goes too)."""
    name = summary.supervisee_name or Removal.tr("your supervisee")
    goes = Removal.tr("this shared copy of {name}'s reflection of {day}")
    if n := summary.my_comments:
        mine = Removal.tr(", and %n comment(s) of yours on it, sent or not", "", n)
        goes += english_plural(mine, n)
    goes += _unsent(summary.unsent_comments)
    if writing:
        goes += Removal.tr(", and the comment you are writing")
    text = Removal.tr(
        "What goes: {goes}.\n\nWhat stays: {name}'s own journal, which this does not change, "
        "and the hours you logged. A backup is taken first. If {name} changes this reflection "
        "and shares it again, it comes back."
    )
    return text.format(goes=goes.format(name=name, day=day), name=name)
