"""Words of Qt's own dialogs that Qt's Spanish translation lacks, or words as Spain does.

Qt's translation of its file dialog misses a few labels of Qt 6 ("&Look in:", the "Folder"
of its Type column) and says "fichero" where Spanish in the United States says "archivo".
Listed here for lupdate, they are translated in Reflect's own file, which is installed
after Qt's and so is asked first. Nothing calls `_listed`: lupdate reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _listed() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QFileDialog", "File &name:"),
        translate("QFileDialog", "Folder &name:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "File"),
        translate(
            "QAbstractFileIconProvider", "%1 File", "%1 is a file name suffix, for example txt"
        ),
    )
