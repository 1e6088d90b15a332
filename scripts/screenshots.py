"""Render Reflect's screens offscreen from the demo journal into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]
        [--language es] [--pages-only]

Every screen is driven the way a person would reach it (typing, clicking), then grabbed.
Every page is also rendered at 1366x768 and 1024x600, light and dark, into `pages/`
(`page_gallery.py`): the pictures the design is judged by (docs/design.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from reflect.app import load_content
from reflect.demo import DEMO_PASSPHRASE, DEMO_SEARCH_WORD, create_demo_journal
from reflect.domain.library import Library
from reflect.exchange.deidentify import check_reflections
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from reflect.ui.supervision.identifier_check import IdentifierCheckDialog, describe_place
from reflect.ui.widgets.language import install_translators

SIZE = (1366, 768)


def _window(folder: Path, language: str) -> MainWindow:
    paths = JournalPaths(folder)
    paths.ensure_folder()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    content = functools.partial(load_content, language)
    window = MainWindow(JournalSession(paths), content, settings)
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    return window


def _opened(window: MainWindow) -> None:
    """Wait for the journal to open: the key is derived beside the window."""
    for _ in range(3000):
        if window.stack.currentWidget() is window.workspace:
            return
        QTest.qWait(10)
    raise RuntimeError("the demo journal did not open")


def _import_waiting(window: MainWindow) -> None:
    """Open the Inbox, wait for its look through the exchange folder, and import all."""
    inbox = window.supervision_page.inbox
    window.supervision_page.tabs.setCurrentWidget(inbox)
    for _ in range(500):
        if inbox.import_button.isEnabled():
            break
        QTest.qWait(10)
    inbox.import_button.click()
    # Packets are taken in beside the window: wait until that is over and on screen.
    while window.session.errands.busy:
        QTest.qWait(10)
    QTest.qWait(100)


def _grab(widget: QWidget, out: Path, name: str) -> None:
    QTest.qWait(150)
    widget.grab().save(str(out / f"{name}.png"))
    print("wrote", out / f"{name}.png")


def render(out: Path, language: str = "en") -> None:
    """Write every screen's PNG into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as empty:
        window = _window(Path(empty), language)
        _grab(window, out, "welcome")
        QTest.mouseClick(window.entry.welcome.create_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(window.entry.create_page.fields.first_field, "our quiet kitchen table")
        _grab(window, out, "create")
        window.close()
    with tempfile.TemporaryDirectory() as folder:
        create_demo_journal(Path(folder))
        window = _window(Path(folder), language)
        window.entry.unlock_page.show_demo_passphrase(DEMO_PASSPHRASE)
        _grab(window, out, "unlock")
        QTest.keyClicks(window.entry.unlock_page.passphrase, DEMO_PASSPHRASE)
        QTest.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
        _opened(window)
        page = window.journal_page
        QTest.qWait(200)
        _grab(window, out, "journal")
        page.list_pane.view.setCurrentIndex(page.list_pane.model.index(1))
        page.open_reflection(page.list_pane.model.summary_at(1).uuid)
        seen = page.editor.prompt_widget("after-visit.seen")
        if seen is not None:
            page.editor.scroll_to_prompt("after-visit.seen")
            page.show_card(seen.prompt.cards[0])
        _grab(window, out, "editor-with-card")
        page.close_card()
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(page.list_pane.search, DEMO_SEARCH_WORD)
        QTest.qWait(400)
        _grab(window, out, "search")
        _own_questions(out, page.editor.library)
        _export(window, out)
        window.nav.button(1).click()
        window.cards_page.show_card("ghosts-in-the-nursery")
        _grab(window, out, "cards-library")
        window.nav.button(window.pages.indexOf(window.hours_page)).click()
        _grab(window, out, "hours")
        window.nav.button(window.pages.indexOf(window.self_care_page)).click()
        _grab(window, out, "self-care")
        window.nav.button(window.pages.indexOf(window.settings_page)).click()
        _grab(window, out, "settings")
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        _grab(window, out, "locked")
        window.close()


def _own_questions(out: Path, library: Library) -> None:
    """The dialog that copies a set of questions, one question being reworded."""
    from reflect.ui.journal.own_questions_dialog import OwnQuestionsDialog

    dialog = OwnQuestionsDialog(library)
    dialog.start_with("after-visit")
    dialog.resize(760, 520)
    dialog.show()
    first = dialog.questions.topLevelItem(0)
    if first is not None and (second := first.child(1)) is not None:
        second.setCheckState(0, Qt.CheckState.Unchecked)
    _grab(dialog, out, "own-questions")
    dialog.close()


def _export(window: MainWindow, out: Path) -> None:
    """The export dialog's choices, then its one warning before anything is written (the
    place answered at once; nothing is exported)."""
    window.portable.export()
    dialog = window.portable.export_dialog
    assert dialog is not None
    dialog.resize(620, 640)
    dialog.choices.pdf.setChecked(True)
    _grab(dialog, out, "export")
    dialog.choices.check_first.setChecked(False)
    documents = Path.home() / "Documents"
    dialog.choose_file = lambda *_: str(documents / "Reflections.pdf")
    dialog.continue_button.click()
    dialog.resize(620, 300)
    _grab(dialog, out, "export-warning")
    dialog.reject()
    dialog.reject()


def _nav(window: MainWindow, page: QWidget) -> None:
    window.nav.button(window.pages.indexOf(page)).click()
    QTest.qWait(100)


def _pair(me: MainWindow, other: MainWindow, name: str, supervisor: bool) -> None:
    _nav(me, me.supervision_page)
    people = me.supervision_page.people
    me.supervision_page.tabs.setCurrentWidget(people)
    _nav(other, other.supervision_page)
    other.supervision_page.tabs.setCurrentWidget(other.supervision_page.people)
    people.name.setText(name)
    (people.as_supervisor if supervisor else people.as_supervisee).setChecked(True)
    people.line.setPlainText(other.supervision_page.people.key_line.text())
    people.add_button.click()
    people.people.topLevelItem(0).setCheckState(3, Qt.CheckState.Checked)


def render_supervision(out: Path, language: str = "en") -> None:
    """The five steps of sharing for supervision, between the demo and a supervisor."""
    with tempfile.TemporaryDirectory() as root:
        visitor_folder, supervisor_folder = Path(root, "visitor"), Path(root, "supervisor")
        sync = Path(root, "agency-sync")
        sync.mkdir()
        create_demo_journal(visitor_folder)
        Journal.create(JournalPaths(supervisor_folder), DEMO_PASSPHRASE)[0].close()
        windows = []
        for folder in (visitor_folder, supervisor_folder):
            window = _window(folder, language)
            QTest.keyClicks(window.entry.unlock_page.passphrase, DEMO_PASSPHRASE)
            QTest.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
            _opened(window)
            QTest.qWait(200)
            window.session.supervision().set_exchange_folder(sync)
            windows.append(window)
        visitor, supervisor = windows
        _pair(supervisor, visitor, "Sam", supervisor=False)
        _pair(visitor, supervisor, "Dana", supervisor=True)
        _grab(visitor, out, "supervision-people")
        visitor.supervision_page.tabs.setCurrentWidget(visitor.supervision_page.share)
        _grab(visitor, out, "supervision-share")
        share = visitor.supervision_page.share
        uuids = share.checked_uuids()[:2]
        reflections = [visitor.session.get(u) for u in uuids]
        example = dataclasses.replace(
            reflections[0],
            notes="Gran asked me to call her on 555-201-3344 about the clinic.",
        )
        dialog = IdentifierCheckDialog(
            [
                (describe_place(example, p.prompt_id, visitor.library), p.flag)
                for p in check_reflections([example], ("Rosa",))
            ],
            visitor,
        )
        dialog.show()
        _grab(dialog, out, "identifier-check")
        dialog.close()
        dana = visitor.session.supervision().contacts()[0].key_id
        visitor.session.supervision().export_share(dana, uuids, sync)

        _nav(supervisor, supervisor.supervision_page)
        _import_waiting(supervisor)
        shared = supervisor.supervision_page.shared
        supervisor.supervision_page.tabs.setCurrentWidget(shared)
        shared.tree.setCurrentItem(shared.tree.topLevelItem(0).child(0))
        QTest.keyClicks(shared.comment, "What did you notice in yourself when she waited?")
        shared.save_button.click()
        shared.about.setCurrentIndex(2)
        QTest.keyClicks(shared.comment, "You saw the baby wait for her. That is a lovely noticing.")
        shared.save_button.click()
        _grab(supervisor, out, "supervision-shared-with-me")
        shared.reply_button.click()

        _import_waiting(visitor)
        _nav(visitor, visitor.journal_page)
        prompt = shared.about.itemData(2)
        visitor.journal_page.open_reflection(uuids[0], prompt)
        _grab(visitor, out, "supervision-comments")
        for window in windows:
            window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--language", choices=("en", "es"), default="en")
    parser.add_argument("--pages-only", action="store_true", help="only the pages/ gallery")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, args.language)
    out = args.out or Path("docs/screenshots") / ("" if args.language == "en" else args.language)
    if not args.pages_only:
        render(out, args.language)
        render_supervision(out, args.language)
    if args.language == "en":
        from page_gallery import render_pages

        render_pages(out / "pages", lambda folder: _window(folder, args.language), _opened)
    app.quit()


if __name__ == "__main__":
    main()
