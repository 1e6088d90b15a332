"""The words of forgetting a family: what goes, in numbers; what stays, and where; when the
backups that still hold it will be gone. Calm and exact, so a visitor can follow her
agency's retention rules and say what remains where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reflect.domain.family_code import FamilyCode
from reflect.domain.family_forgetting import FamilyTrace, ForgetPlan, Forgotten, HeldBackup
from reflect.ui.widgets.local_dates import day_text
from reflect.ui.widgets.plurals import TranslationContext, english_plural


class FamilyWords(TranslationContext):
    """The translation context of these words."""


def _day(moment: dt.datetime) -> str:
    return day_text(moment.astimezone().date())


def family_row(family: FamilyCode) -> str:
    """One line of the list of families."""
    count = english_plural(
        FamilyWords.tr("%n reflection(s)", "", family.reflections), family.reflections
    )
    if family.active:
        return FamilyWords.tr("{code} · {count}").format(code=family.code, count=count)
    return FamilyWords.tr("{code} · closed · {count}").format(code=family.code, count=count)


def goes(trace: FamilyTrace) -> str:
    """What forgetting takes from the journal, in numbers."""
    parts = [
        english_plural(FamilyWords.tr("%n reflection(s)", "", trace.reflections), trace.reflections)
    ]
    if trace.first_visit is not None and trace.last_visit is not None:
        if trace.first_visit == trace.last_visit:
            parts[0] += FamilyWords.tr(" (a visit on {day})").format(
                day=day_text(trace.first_visit)
            )
        else:
            parts[0] += FamilyWords.tr(" (visits from {first} to {last})").format(
                first=day_text(trace.first_visit), last=day_text(trace.last_visit)
            )
    if trace.comments:
        parts.append(
            english_plural(
                FamilyWords.tr("%n comment(s) from supervision", "", trace.comments), trace.comments
            )
        )
    if trace.check_ins:
        parts.append(
            english_plural(
                FamilyWords.tr("%n self-care check-in(s) written about them", "", trace.check_ins),
                trace.check_ins,
            )
        )
    return FamilyWords.tr("{list}; and the code {code} itself").format(
        list="; ".join(parts), code=trace.code
    )


def stays(trace: FamilyTrace) -> str:
    """What forgetting leaves, and where (empty when nothing is worth saying)."""
    said = []
    if trace.sessions:
        said.append(
            english_plural(
                FamilyWords.tr(
                    "Your logged supervision sessions stay, with their hours; %n of them will "
                    "no longer list these reflections as discussed.",
                    "",
                    trace.sessions,
                ),
                trace.sessions,
            )
        )
    if trace.shared:
        said.append(
            english_plural(
                FamilyWords.tr(
                    "%n reflection(s) of this family went to your supervisor. What they received "
                    "is kept in their own journal, not in yours: ask them to delete it there.",
                    "",
                    trace.shared,
                ),
                trace.shared,
            )
        )
    return " ".join(said)


def places(held: Sequence[HeldBackup]) -> list[str]:
    """Each place that holds the family, with how many backups and their dates."""
    lines = []
    for folder in dict.fromkeys(h.folder for h in held):
        here = [h for h in held if h.folder == folder]
        named = [h for h in here if h.name]
        first, last = min(h.taken_at for h in here), max(h.taken_at for h in here)
        if not named:  # copies written before Reflect kept a record of them
            count = FamilyWords.tr("copies written up to {day}").format(day=_day(last))
        elif _day(first) == _day(last):
            count = english_plural(
                FamilyWords.tr("%n backup(s) of {day}", "", len(named)), len(named)
            ).format(day=_day(last))
        else:
            count = english_plural(
                FamilyWords.tr("%n backup(s) from {first} to {last}", "", len(named)), len(named)
            ).format(first=_day(first), last=_day(last))
        if not folder:
            where = FamilyWords.tr("On this computer: {count}.")
        elif here[0].reachable:
            where = FamilyWords.tr("In {folder}: {count}.")
        else:
            where = FamilyWords.tr("In {folder}, which cannot be reached now: {count}.")
        lines.append(where.format(folder=folder, count=count))
    return lines


def rotation(days: int, day: dt.date | None) -> str:
    """When rotation will have removed the last backup on this computer that holds it."""
    if day is None:
        return ""
    after = english_plural(
        FamilyWords.tr(
            "Rotation removes the last of them from this computer after %n more day(s) with a "
            "backup: around {day} if you open Reflect every day, later if you do not (a backup "
            "is taken only on days Reflect is opened).",
            "",
            days,
        ),
        days,
    )
    return after.format(day=day_text(day, "d MMMM yyyy"))


def plan_title(plan: ForgetPlan) -> str:
    """The confirmation's title."""
    return FamilyWords.tr("Forget family {code}?").format(code=plan.trace.code)


def plan_text(plan: ForgetPlan) -> str:
    """What goes and what stays, before the choice about backups."""
    text = FamilyWords.tr(
        "This deletes from your journal everything under {code}: {goes}. It is for when your "
        "agency's rules say a family's notes must go; to keep them but stop seeing the code, "
        "close the family instead."
    ).format(code=plan.trace.code, goes=goes(plan.trace))
    return "\n\n".join(p for p in (text, stays(plan.trace)) if p)


def keeping_backups(plan: ForgetPlan) -> str:
    """What happens to backups when the visitor keeps them."""
    lines = [
        FamilyWords.tr(
            "A backup is taken just before, so a mistake can be undone by restoring it. "
            "Until rotation removes them, your backups still hold this family:"
        )
    ]
    held = [*plan.backups, *plan.copies]
    lines += places(held) if held else []
    lines.append(FamilyWords.tr("And the backup taken just before."))
    lines.append(rotation(plan.rotated_after, plan.rotated_by))
    if plan.copies:
        lines.append(
            FamilyWords.tr(
                "Copies kept in another folder are rotated the same way, whenever Reflect "
                "can reach that folder."
            )
        )
    return "\n".join(line for line in lines if line)


def removing_backups(plan: ForgetPlan) -> str:
    """What happens to backups when the visitor has them removed too."""
    reached = [h for h in (*plan.backups, *plan.copies) if h.reachable]
    lines = [
        FamilyWords.tr(
            "Reflect takes a new backup without this family, reads it back to check it, and "
            "only then removes the backups that hold it:"
        )
    ]
    lines += places(reached) if reached else [FamilyWords.tr("(none hold it now)")]
    if plan.out_of_reach:
        lines.append(
            FamilyWords.tr(
                "These cannot be reached now and still hold it until Reflect opens with them "
                "in reach (then they are removed):"
            )
        )
        lines += places(plan.out_of_reach)
    return "\n".join(lines)


def outcome_text(forgotten: Forgotten) -> str:
    """What forgetting did, and what remains where."""
    trace = forgotten.trace
    lines = [
        FamilyWords.tr("Family {code} is forgotten. Deleted from your journal: {goes}.").format(
            code=trace.code, goes=goes(trace)
        )
    ]
    if forgotten.from_backups and forgotten.pending:
        lines.append(
            FamilyWords.tr(
                "The backups that still hold it are not removed yet: Reflect finishes that "
                "the next time you open your journal."
            )
        )
    elif forgotten.from_backups:
        lines.append(FamilyWords.tr("A new backup without it was taken and checked."))
        lines.append(
            english_plural(
                FamilyWords.tr(
                    "Removed from this computer: %n older backup(s) that held it.",
                    "",
                    forgotten.removed_backups,
                ),
                forgotten.removed_backups,
            )
        )
        if forgotten.removed_copies:
            lines.append(
                english_plural(
                    FamilyWords.tr(
                        "Removed from your other backup folder: %n backup(s) that held it.",
                        "",
                        forgotten.removed_copies,
                    ),
                    forgotten.removed_copies,
                )
            )
    if forgotten.still_held:
        lines.append(FamilyWords.tr("Still holding it:"))
        lines += places(forgotten.still_held)
        lines.append(rotation(forgotten.rotated_after, forgotten.rotated_by))
        if forgotten.from_backups:
            lines.append(
                FamilyWords.tr(
                    "Reflect removes them the next time it opens with that folder in reach."
                )
            )
    if not forgotten.from_backups:
        lines.append(
            FamilyWords.tr(
                "To undo this, restore the backup taken just before (Settings, Backups)."
            )
        )
    lines.append(stays(trace))
    return "\n".join(line for line in lines if line)
