"""The check before an export, in an export's words: each likely identifier in what the
file would hold, with the choice to go back and edit it or to export anyway.

It is the check before sharing (`IdentifierCheckDialog`): going back to edit stays the
default, so Enter or Escape never writes the file by accident.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from reflect.domain.identifier_flag import IdentifierFlag
from reflect.domain.library import Library
from reflect.ui.supervision.identifier_check import IdentifierCheckDialog, describe_place
from reflect.ui.widgets.plurals import english_plural

if TYPE_CHECKING:  # the findings come from the session; only read here
    from reflect.exchange.export_check import ExportFindings


class ExportCheckDialog(IdentifierCheckDialog):
    """`more` places were found beyond those listed (a long journal can hold many)."""

    def __init__(
        self,
        places: Sequence[tuple[str, IdentifierFlag]],
        more: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(places, parent)
        title = self.tr("Check before exporting")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        n = len(self.places)
        # Said again in this class's words: Qt finds a plural only in the class that asks.
        self.heading.setText(english_plural(self.tr("%n place(s) may identify someone", "", n), n))
        intro = self.tr(
            "The file is not encrypted, so look at each one before it is written. Edit it, or "
            "export anyway if it is fine as it is, such as a made-up name or a public place."
        )
        if more:
            intro += " " + english_plural(
                self.tr("%n more place(s) were found and are not listed here.", "", more), more
            )
        self.intro.setText(intro)
        self.share_button.setText(self.tr("Export anyway"))
        self.share_button.setAccessibleName(self.tr("Export anyway, as it is"))


def export_check_dialog(
    findings: ExportFindings, library: Library, parent: QWidget | None
) -> ExportCheckDialog:
    """The dialog for what the check found, each place named by visit date, family code
    and question."""
    named = [
        (
            describe_place(findings.reflections[p.reflection_uuid], p.prompt_id, library, p.part),
            p.flag,
        )
        for p in findings.places
    ]
    return ExportCheckDialog(named, findings.found - len(named), parent)
