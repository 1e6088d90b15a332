"""The application icon: drawn once, rendered at every size each platform asks for, and
worn by the window."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

from reflect.app import build_window
from reflect.ui.widgets.app_icon import SIZES, icon_file

ROOT = Path(__file__).resolve().parents[3]
ICONS = ROOT / "resources" / "icons"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icons_script", ROOT / "scripts" / "icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sizes_in(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert image.width() == image.height()
        sizes.append(image.width())
    return sizes


@pytest.mark.parametrize("size", SIZES)
def test_a_square_picture_at_every_freedesktop_size(size: int) -> None:
    image = QImage(str(icon_file(size)))
    assert image.size() == QSize(size, size)
    assert image.hasAlphaChannel()  # the rounded corners show the desktop behind them


def test_windows_and_macos_each_get_one_file_holding_every_size() -> None:
    assert _sizes_in(ICONS / "reflect.ico") == [16, 24, 32, 48, 64, 128, 256]
    assert sorted(set(_sizes_in(ICONS / "reflect.icns"))) == [16, 32, 64, 128, 256, 512, 1024]


def test_the_committed_pictures_are_what_the_drawing_renders_to() -> None:
    """Changing the drawing without running scripts/icons.py would ship the old icon."""
    script = _script()
    for size in (16, 48, 256):
        fresh = QImage.fromData(script.render(size))
        kept = QImage(str(icon_file(size)))
        assert fresh.size() == kept.size()
        differences = [
            abs(fresh.pixelColor(x, y).value() - kept.pixelColor(x, y).value())
            for x in range(0, size, max(1, size // 16))
            for y in range(0, size, max(1, size // 16))
        ]
        assert max(differences) <= 12, size


def test_the_window_wears_the_icon(qtbot: QtBot, tmp_path: Path) -> None:
    window = build_window(str(tmp_path / "journal"))
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {QSize(16, 16), QSize(32, 32), QSize(256, 256)} <= set(icon.availableSizes())


def test_the_installed_package_carries_the_icons(installed_wheel: Path) -> None:
    icons = installed_wheel / "reflect" / "resources" / "icons"
    assert (icons / "reflect.svg").is_file()
    for size in SIZES:
        assert (icons / "hicolor" / f"{size}x{size}" / "apps" / "reflect.png").is_file()
