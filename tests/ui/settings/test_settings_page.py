"""Settings, driven the way a visitor would: clicks, typing and the keyboard."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflect.domain.backup import Backup
from reflect.session.journal_session import JournalSession
from reflect.storage.paths import JournalPaths
from reflect.ui.settings.settings_page import SettingsPage
from tests.helpers.dialogs import click_in_next_dialog

NEW = "blue kettle sings"


@pytest.fixture(autouse=True)
def chicago_in_british_english() -> Iterator[None]:
    """A fixed zone and locale, so times must really be converted and written out."""
    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "America/Chicago"
    time.tzset()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.c())
    if old_tz is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old_tz
    time.tzset()


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> SettingsPage:
    widget = SettingsPage(JournalSession(JournalPaths(tmp_path)))  # a page with no journal
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _chicago(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A Chicago wall-clock time, handed over in UTC the way storage keeps it."""
    return dt.datetime(2026, 11, day, hour, minute).astimezone().astimezone(dt.UTC)


def _backups() -> list[Backup]:
    """Four backups out of order; built inside a test, once the zone is Chicago."""
    return [
        Backup("journal-daily", _chicago(10, 12), "daily", 4096),
        Backup("journal-delete", _chicago(11, 15, 30), "before-delete", 4096),
        Backup("journal-manual", _chicago(9, 8, 5), "manual", 4096),
        Backup("journal-restore", _chicago(12, 9), "before-restore", 4096),
    ]


def _button(page: SettingsPage, name: str) -> QPushButton:
    (button,) = [b for b in page.findChildren(QPushButton) if b.accessibleName() == name]
    return button


def _field(page: SettingsPage, name: str) -> QLineEdit:
    (field,) = [f for f in page.findChildren(QLineEdit) if f.accessibleName() == name]
    return field


def _label(page: SettingsPage, name: str) -> QLabel:
    """The label described as `name` (its text changes), or else the one showing `name`."""
    labels = page.findChildren(QLabel)
    (label,) = [w for w in labels if w.accessibleDescription() == name] or [
        w for w in labels if w.text() == name
    ]
    return label


def _choose(qtbot: QtBot, page: SettingsPage, row: int) -> None:
    backups = page.findChild(QListWidget)
    rect = backups.visualItemRect(backups.item(row))
    qtbot.mouseClick(backups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_changing_the_lock_time_emits_the_minutes(qtbot: QtBot, page: SettingsPage) -> None:
    spin = page.findChild(QSpinBox)
    assert spin.value() == 5
    seen: list[int] = []
    page.auto_lock_changed.connect(seen.append)
    page.set_auto_lock_minutes(20)  # the window showing the saved value is not a change
    assert spin.value() == 20
    assert seen == []
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert seen == [12]  # once the number is settled, not once per digit
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert seen == [12, 13]
    page.set_auto_lock_minutes(1)
    assert "minute without use" in [w.text() for w in page.findChildren(QLabel)]


def test_backups_are_listed_newest_first_in_local_time_with_plain_reasons(
    page: SettingsPage,
) -> None:
    page.set_backups(_backups())
    backups = page.findChild(QListWidget)
    assert backups.isVisible()
    rows = [backups.item(i).text() for i in range(backups.count())]
    assert rows == [
        "Thursday, 12 November 2026 at 09:00 — Before a restore",
        "Wednesday, 11 November 2026 at 15:30 — Before deleting a reflection",
        "Tuesday, 10 November 2026 at 12:00 — Daily",
        "Monday, 9 November 2026 at 08:05 — Taken with Back up now",
    ]


def test_with_no_backups_the_page_says_so(page: SettingsPage) -> None:
    page.set_backups([])
    assert not page.findChild(QListWidget).isVisible()
    assert _label(page, "There are no backups yet. Choose Back up now to take the first one.")


def test_restore_waits_for_a_choice_and_cancel_changes_nothing(
    qtbot: QtBot, page: SettingsPage
) -> None:
    page.set_backups(_backups())
    restore = _button(page, "Restore the chosen backup")
    assert not restore.isEnabled()
    asked: list[str] = []
    page.restore_requested.connect(asked.append)
    _choose(qtbot, page, 2)
    assert restore.isEnabled()
    seen: list[str] = []
    click_in_next_dialog("Cancel", seen)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert asked == []
    (text,) = seen
    assert "how it was on Tuesday, 10 November 2026 at 12:00." in text
    assert "not lost" in text
    assert "kept as a new backup first" in text


def test_confirming_the_restore_emits_the_backup_name(qtbot: QtBot, page: SettingsPage) -> None:
    page.set_backups(_backups())
    _choose(qtbot, page, 1)
    seen: list[str] = []
    click_in_next_dialog("Restore", seen)
    with qtbot.waitSignal(page.restore_requested, timeout=2000) as signal:
        qtbot.mouseClick(_button(page, "Restore the chosen backup"), Qt.MouseButton.LeftButton)
    assert signal.args == ["journal-delete"]
    assert "Wednesday, 11 November 2026 at 15:30" in seen[0]


def test_a_refreshed_list_keeps_the_chosen_backup(qtbot: QtBot, page: SettingsPage) -> None:
    page.set_backups(_backups())
    _choose(qtbot, page, 3)
    newer = Backup("journal-now", _chicago(13, 10), "manual", 4096)
    page.set_backups([*_backups(), newer])
    backups = page.findChild(QListWidget)
    assert backups.selectedItems()[0].text().startswith("Monday, 9 November")
    assert _button(page, "Restore the chosen backup").isEnabled()


def test_back_up_now_emits(qtbot: QtBot, page: SettingsPage) -> None:
    with qtbot.waitSignal(page.backup_now_requested, timeout=1000):
        qtbot.mouseClick(_button(page, "Back up now"), Qt.MouseButton.LeftButton)


def _fill_passphrases(qtbot: QtBot, page: SettingsPage, current: str, new: str, again: str) -> None:
    qtbot.keyClicks(_field(page, "Current passphrase"), current)
    qtbot.keyClicks(_field(page, "New passphrase"), new)
    qtbot.keyClicks(_field(page, "Type the new passphrase again"), again)


def test_change_passphrase_is_offered_only_when_it_can_work(
    qtbot: QtBot, page: SettingsPage
) -> None:
    change = _button(page, "Change passphrase")
    assert not change.isEnabled()
    _fill_passphrases(qtbot, page, "old words here", NEW, NEW + " loudly")
    assert not change.isEnabled()
    assert _label(page, "Whether the passphrases match").text() == (
        "The two passphrases are different."
    )
    again = _field(page, "Type the new passphrase again")
    again.clear()
    qtbot.keyClicks(again, NEW)
    assert change.isEnabled()
    _field(page, "Current passphrase").clear()
    assert not change.isEnabled()  # the current passphrase is needed too
    qtbot.keyClicks(_field(page, "Current passphrase"), "old words here")
    with qtbot.waitSignal(page.change_passphrase_requested, timeout=1000) as signal:
        qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    assert signal.args == ["old words here", NEW]
    with qtbot.waitSignal(page.change_passphrase_requested, timeout=1000) as signal:
        qtbot.keyClick(again, Qt.Key.Key_Return)  # Enter in the last box does the same
    assert signal.args == ["old words here", NEW]


def test_a_refused_change_keeps_what_was_typed(qtbot: QtBot, page: SettingsPage) -> None:
    _fill_passphrases(qtbot, page, "not quite it", NEW, NEW)
    page.passphrase_changed(False, "That passphrase is not right. Please try again.")
    message = _label(page, "Passphrase change")
    assert message.isVisible()
    assert message.text() == "That passphrase is not right. Please try again."
    assert _field(page, "Current passphrase").text() == "not quite it"
    assert _field(page, "New passphrase").text() == NEW
    assert _field(page, "Current passphrase").echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(_field(page, "Current passphrase"), Qt.Key.Key_Backspace)
    assert not message.isVisible()  # the old message goes once the visitor tries again


def test_a_successful_change_clears_the_boxes(qtbot: QtBot, page: SettingsPage) -> None:
    _fill_passphrases(qtbot, page, "old words here", NEW, NEW)
    qtbot.mouseClick(_button(page, "Change passphrase"), Qt.MouseButton.LeftButton)
    page.passphrase_changed(True, "Passphrase changed. Use the new one next time.")
    for name in ("Current passphrase", "New passphrase", "Type the new passphrase again"):
        assert _field(page, name).text() == ""
        assert _field(page, name).echoMode() == QLineEdit.EchoMode.Password
    message = _label(page, "Passphrase change")
    assert message.isVisible()
    assert message.text() == "Passphrase changed. Use the new one next time."
    assert not _button(page, "Change passphrase").isEnabled()


def test_the_show_toggle_reveals_the_current_passphrase_too(
    qtbot: QtBot, page: SettingsPage
) -> None:
    (toggle,) = [b for b in page.findChildren(QAbstractButton) if b.text() == "&Show passphrases"]
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert _field(page, "Current passphrase").echoMode() == QLineEdit.EchoMode.Normal
    recovery = _field(page, "Your passphrase, to see the recovery key")
    assert recovery.echoMode() == QLineEdit.EchoMode.Password


def test_asking_for_the_recovery_key_emits_the_passphrase(qtbot: QtBot, page: SettingsPage) -> None:
    show = _button(page, "Show my recovery key")
    field = _field(page, "Your passphrase, to see the recovery key")
    assert not show.isEnabled()
    qtbot.keyClicks(field, "old words here")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    with qtbot.waitSignal(page.show_recovery_key_requested, timeout=1000) as signal:
        qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert signal.args == ["old words here"]
    page.recovery_key_result(False, "That passphrase is not right. Please try again.")
    assert field.text() == "old words here"
    assert _label(page, "Recovery key").text() == "That passphrase is not right. Please try again."
    with qtbot.waitSignal(page.show_recovery_key_requested, timeout=1000) as signal:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert signal.args == ["old words here"]
    page.recovery_key_result(True)
    assert field.text() == ""


def test_clear_secrets_empties_every_passphrase_box(qtbot: QtBot, page: SettingsPage) -> None:
    _fill_passphrases(qtbot, page, "old words here", NEW, NEW)
    qtbot.keyClicks(_field(page, "Your passphrase, to see the recovery key"), "old words here")
    page.clear_secrets()
    assert all(
        f.text() == ""
        for f in page.findChildren(QLineEdit)
        if f.echoMode() == QLineEdit.EchoMode.Password
    )


def test_the_data_folder_is_shown_and_can_be_opened(
    qtbot: QtBot, page: SettingsPage, tmp_path: Path
) -> None:
    page.set_data_folder(tmp_path / "Reflect")
    folder = _field(page, "Data folder")
    assert folder.text() == str(tmp_path / "Reflect")
    assert folder.isReadOnly()
    with qtbot.waitSignal(page.open_folder_requested, timeout=1000):
        qtbot.mouseClick(_button(page, "Open folder"), Qt.MouseButton.LeftButton)


def test_tab_reaches_every_control_in_reading_order(qtbot: QtBot, page: SettingsPage) -> None:
    page.set_backups(_backups())
    _choose(qtbot, page, 0)
    _fill_passphrases(qtbot, page, "old words here", NEW, NEW)
    qtbot.keyClicks(_field(page, "Your passphrase, to see the recovery key"), "old words here")
    page.set_data_folder(Path("/home/visitor/Reflect"))
    spin = page.findChild(QSpinBox)
    spin.setFocus()
    order = [spin.accessibleName()]
    for _ in range(18):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().accessibleName())
    assert order == [
        "Minutes without use before Reflect locks",
        "Words never to share, one on each line",
        "Backups, newest first",
        "Back up now",
        "Restore the chosen backup",
        "Restore from a backup file",
        "Folder that also keeps backups",
        "Choose a folder that also keeps backups",
        "Family codes",
        "Current passphrase",
        "New passphrase",
        "Type the new passphrase again",
        "Show passphrases",
        "Change passphrase",
        "Your passphrase, to see the recovery key",
        "Show my recovery key",
        "Make a new recovery key",
        "Data folder",
        "Open folder",
    ]


def test_every_control_has_an_accessible_name(page: SettingsPage) -> None:
    interactive = (QAbstractButton, QLineEdit, QAbstractSpinBox, QAbstractItemView)
    controls = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, interactive) and not isinstance(w.parent(), QAbstractSpinBox)
    ]
    assert len(controls) >= 13
    assert [w for w in controls if not w.accessibleName().strip()] == []
