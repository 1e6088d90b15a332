"""The words of the Markdown and PDF exports in the screens' language.

The exports are written below the screens (`reflect.exchange`), which never import Qt;
the session words them here, on the window's thread, before the export begins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reflect.exchange.export_words import ExportWords


def translated_export_words() -> ExportWords:
    """`ExportWords` in the language Reflect speaks now (English when none is installed)."""
    return ExportWords(
        title=QCoreApplication.translate("ExportWords", "Reflections"),
        made_with=QCoreApplication.translate("ExportWords", "Exported from Reflect on {date}."),
        private_left_out=QCoreApplication.translate(
            "ExportWords", "Private answers are not included."
        ),
        private_included=QCoreApplication.translate(
            "ExportWords", "Private answers are included and marked private."
        ),
        themes=QCoreApplication.translate("ExportWords", "Themes"),
        notes=QCoreApplication.translate("ExportWords", "Other notes"),
        comments=QCoreApplication.translate("ExportWords", "Comments from supervision"),
        private=QCoreApplication.translate("ExportWords", "private"),
        minutes=QCoreApplication.translate("ExportWords", "{minutes} min"),
        no_code=QCoreApplication.translate("ExportWords", "no family code"),
        home_visit=QCoreApplication.translate("ExportWords", "Home visit"),
        virtual=QCoreApplication.translate("ExportWords", "Virtual visit"),
        phone=QCoreApplication.translate("ExportWords", "Phone call"),
        group=QCoreApplication.translate("ExportWords", "Group"),
        other=QCoreApplication.translate("ExportWords", "Other"),
        draft=QCoreApplication.translate("ExportWords", "Draft"),
        complete=QCoreApplication.translate("ExportWords", "Complete"),
        about_answer=QCoreApplication.translate("ExportWords", "On: {question}"),
        page=QCoreApplication.translate("ExportWords", "Page {page} of {pages}"),
    )
