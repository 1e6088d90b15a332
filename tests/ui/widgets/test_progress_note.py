"""Long work is named in the status bar with a bar that fills, and the line goes when the
work is done or Reflect locks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reflect.domain.progress import Progress, Work
from reflect.ui.changes import JournalChanges
from reflect.ui.widgets.progress_note import ProgressNote


def test_progress_is_named_filled_and_gone_when_finished(qtbot: QtBot) -> None:
    changes = JournalChanges()
    note = ProgressNote(changes)
    qtbot.addWidget(note)
    assert note.isHidden()
    changes.progress.emit(Progress(Work.BACKUP, 3, 4))
    assert not note.isHidden()
    assert note.label.text() == "Backing up your journal…"
    assert note.bar.value() == 75
    assert note.bar.accessibleName() == "Backing up your journal…"
    changes.progress.emit(Progress(Work.INTEGRITY_CHECK))  # amount not known yet
    assert note.label.text() == "Checking your journal…"
    assert note.bar.maximum() == 0  # a moving bar, not a false figure
    changes.progress.emit(Progress(Work.INTEGRITY_CHECK, finished=True))
    assert note.isHidden()


def test_locking_takes_the_line_away(qtbot: QtBot) -> None:
    changes = JournalChanges()
    note = ProgressNote(changes)
    qtbot.addWidget(note)
    changes.progress.emit(Progress(Work.DELETE, 1, 10))
    changes.locked.emit()
    assert note.isHidden()


def test_an_export_or_import_under_way_offers_cancel(qtbot: QtBot) -> None:
    changes = JournalChanges()
    note = ProgressNote(changes)
    qtbot.addWidget(note)
    stopped: list[bool] = []
    running = [True]
    note.offer_stop(lambda: running[0], lambda: stopped.append(True))
    changes.progress.emit(Progress(Work.BACKUP, 1, 4))
    assert note.stop_button.isHidden()  # a backup is not the visitor's to stop
    changes.progress.emit(Progress(Work.EXPORT, 1, 4))
    assert not note.stop_button.isHidden()
    assert note.stop_button.accessibleName() == "Cancel the export or import"
    note.stop_button.click()
    assert stopped == [True]
    running[0] = False  # a preview being read: nothing to stop
    changes.progress.emit(Progress(Work.IMPORT))
    assert note.stop_button.isHidden()
