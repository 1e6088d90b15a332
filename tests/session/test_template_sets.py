"""The sets of questions beyond Reflect's own, through the session: "reflections that used a
card" finds answers to her copies of a card's questions; the agency's folder is read beside
the window, refused with a sentence when it cannot be reached, and forgotten at lock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.app import load_content
from reflect.domain.agency_templates import AgencyTemplates
from reflect.domain.errors import InvalidInput
from reflect.domain.own_templates import copy_of
from reflect.domain.reflection import Answer, Reflection
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.passphrases import PASSPHRASE
from tests.helpers.sessions import unlocked_session


def test_reflections_that_used_a_card_include_answers_to_her_copies(
    qtbot: QtBot, tmp_path: Path
) -> None:
    library = load_content()
    paths = JournalPaths(tmp_path / "journal")
    Journal.create(paths, PASSPHRASE)[0].close()
    session = unlocked_session(qtbot, paths, PASSPHRASE)
    mine = copy_of(library.template("after-visit"), "Mine")
    session.save_own_template(mine)
    seen = next(p for p in mine.iter_prompts() if p.copied_from == "after-visit.seen")
    written = session.save(
        Reflection(
            visit_date=dt.date(2026, 11, 2),
            family_code="AB",
            template_id=mine.id,
            answers=(Answer(seen.id, "She followed his gaze"),),
        )
    )
    card = library.prompt("after-visit.seen").cards[0]
    shipped = tuple(p.id for p in library.prompts_for_card(card))
    assert [s.uuid for s in session.reflections_for_card(shipped)] == [written.uuid]
    session.lock()


def test_the_agency_folder_is_read_beside_the_window_and_forgotten_at_lock(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "agency"
    folder.mkdir()
    shipped = Path(__file__).resolve().parents[2] / "resources" / "templates"
    (folder / "check-in.toml").write_text(
        (shipped / "quick-check-in.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    paths = JournalPaths(tmp_path / "journal")
    Journal.create(paths, PASSPHRASE)[0].close()
    session = unlocked_session(qtbot, paths, PASSPHRASE)
    with pytest.raises(InvalidInput):
        session.set_agency_folder(str(tmp_path / "not plugged in"), pytest.fail, pytest.fail)
    assert session.agency_folder() == AgencyTemplates()
    read: list[AgencyTemplates] = []
    with qtbot.waitSignal(session.changes.templates_changed, timeout=5000):
        session.set_agency_folder(str(folder), read.append, pytest.fail)
    (found,) = read
    assert [t.id for t in session.agency_templates()] == ["agency-quick-check-in"]
    assert session.agency_folder() == found
    session.lock()
    assert session.agency_templates() == ()
    # At the next unlock the folder (kept in the journal) is read again.
    again = unlocked_session(qtbot, paths, PASSPHRASE)
    qtbot.waitUntil(lambda: bool(again.agency_templates()), timeout=5000)
    assert again.agency_folder().folder == str(folder)
    again.lock()
