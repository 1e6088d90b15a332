"""Every page of Reflect at laptop sizes, light and dark: the pictures a design is judged by.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --pages [--out docs/screenshots/pages]

Each page is reached from the demo journal as a visitor would reach it and grabbed whole,
the window filling a 1366x768 screen and a 1024x600 one.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reflect.demo import DEMO_PASSPHRASE, create_demo_journal
from reflect.ui.main_window import MainWindow

SIZES = ((1366, 768), (1024, 600))
THEMES = ("light", "dark")


def use_theme(window: MainWindow, theme: str) -> None:
    """Reflect's own look in `theme` ("light" or "dark"), as Settings chooses it."""
    window.theme.use(theme)


def _journal(window: MainWindow) -> None:
    page = window.journal_page
    page.list_pane.view.setCurrentIndex(page.list_pane.model.index(0))
    page.open_reflection(page.list_pane.model.summary_at(0).uuid)


def _editor_with_card(window: MainWindow) -> None:
    page = window.journal_page
    page.open_reflection(page.list_pane.model.summary_at(1).uuid)
    seen = page.editor.prompt_widget("after-visit.seen")
    if seen is not None:
        page.editor.scroll_to_prompt("after-visit.seen")
        page.show_card(seen.prompt.cards[0])


def _new_reflection(window: MainWindow) -> None:
    window.journal_page.close_card()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    QTest.keyClicks(editor.family_code, "B-08")
    first = editor.prompts[0].editor
    first.setFocus()
    QTest.keyClicks(first, "Short visit; he watched Mom's face the whole time.")


def _page(name: str) -> Callable[[MainWindow], None]:
    def go(window: MainWindow) -> None:
        window.go_to(getattr(window, name))

    return go


def _cards(window: MainWindow) -> None:
    window.go_to(window.cards_page)
    window.cards_page.show_card("ghosts-in-the-nursery")


STEPS: tuple[tuple[str, Callable[[MainWindow], None]], ...] = (
    ("journal", _journal),
    ("editor-with-card", _editor_with_card),
    ("new-reflection", _new_reflection),
    ("cards", _cards),
    ("supervision", _page("supervision_page")),
    ("hours", _page("hours_page")),
    ("how-ive-been", _page("self_care_page")),
    ("settings", _page("settings_page")),
)
"""The pages in the order the sidebar lists them, each with how it is reached."""


def render_pages(
    out: Path,
    window_for: Callable[[Path], MainWindow],
    opened: Callable[[MainWindow], None],
    *,
    themes: tuple[str, ...] = THEMES,
    sizes: tuple[tuple[int, int], ...] = SIZES,
) -> list[Path]:
    """Write <page>-<width>x<height>-<theme>.png into `out` for every page; returns them."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for theme in themes:
        for width, height in sizes:
            with tempfile.TemporaryDirectory() as folder:
                create_demo_journal(Path(folder))
                window = window_for(Path(folder))
                use_theme(window, theme)
                window.resize(width, height)
                window.entry.unlock_page.show_demo_passphrase(DEMO_PASSPHRASE)
                written.append(_grab(window, out / f"unlock-{width}x{height}-{theme}.png"))
                QTest.keyClicks(window.entry.unlock_page.passphrase, DEMO_PASSPHRASE)
                QTest.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
                opened(window)
                QTest.qWait(300)
                for name, step in STEPS:
                    step(window)
                    written.append(_grab(window, out / f"{name}-{width}x{height}-{theme}.png"))
                window.session.lock()
                window.close()
    return written


def _grab(window: MainWindow, path: Path) -> Path:
    QTest.qWait(200)
    window.grab().save(str(path))
    print("wrote", path, file=sys.stderr)
    return path
