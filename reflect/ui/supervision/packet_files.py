"""The file dialogs for packets: where to save one, and which one to open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from reflect.exchange.packet_files import SUFFIX
from reflect.exchange.supervision import packet_file_name
from reflect.ui.widgets.plurals import TranslationContext


class PacketFiles(TranslationContext):
    """The packet file dialogs' words (context "PacketFiles")."""


def _filter() -> str:
    return PacketFiles.tr("Reflect packet (*%1)").replace("%1", SUFFIX)


def ask_where_to_save(parent: QWidget, kind: str, title: str) -> Path | None:
    """No exchange folder: ask where to save a packet (a dated file name is suggested)."""
    suggested = Path.home() / packet_file_name(kind, dt.datetime.now())
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _filter())
    return Path(name) if name else None


def ask_which_to_open(parent: QWidget, start: Path) -> Path | None:
    """Ask for a packet file to import."""
    name, _ = QFileDialog.getOpenFileName(
        parent, PacketFiles.tr("Open a packet"), str(start), _filter()
    )
    return Path(name) if name else None
