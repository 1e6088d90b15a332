"""Files Reflect writes for the visitor are first offered in her Documents folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.ui.widgets.documents_folder import choose_save_path, documents


def test_a_bare_name_is_offered_in_documents_and_a_chosen_place_is_kept(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    offered: list[str] = []

    def dialog(_parent: QWidget, _title: str, where: str, _kind: str) -> tuple[str, str]:
        offered.append(where)
        return where, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert choose_save_path(parent, "", "Supervision hours.csv", "") == str(
        documents() / "Supervision hours.csv"
    )
    kept = tmp_path / "portfolio.pdf"
    assert choose_save_path(parent, "", str(kept), "") == str(kept)
    assert offered == [str(documents() / "Supervision hours.csv"), str(kept)]
