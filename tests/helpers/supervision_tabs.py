"""Getting a window to a Supervision tab: People, or Share with a reflection ready to bring."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from reflect.domain.contact import ContactRole
from reflect.domain.reflection import Answer, Reflection, ShareState
from reflect.exchange.identity import Identity
from reflect.ui.main_window import MainWindow
from reflect.ui.supervision.people_tab import PeopleTab
from reflect.ui.supervision.share_tab import ShareTab
from tests.helpers.windows import nav, open_window


def people_tab(window: MainWindow) -> PeopleTab:
    """The People tab of the Supervision page, in front."""
    nav(window, "Supervision")
    page = window.supervision_page
    page.tabs.setCurrentWidget(page.people)
    return page.people


def ready_to_share(
    qtbot: QtBot, tmp_path: Path, answer: str
) -> tuple[Reflection, MainWindow, ShareTab, Path]:
    """A visitor with one reflection to bring, a supervisor to send it to, an exchange
    folder, and the Share tab in front."""
    flagged = Reflection(
        dt.date(2026, 11, 9),
        "RT",
        "after-visit",
        answers=(Answer("after-visit.what-happened", answer),),
        share_state=ShareState.TO_SHARE,
    )
    visitor = open_window(qtbot, tmp_path / "visitor", [flagged])
    visitor.session.supervision().add_contact(
        "Dana", Identity.generate().public().line, ContactRole.SUPERVISOR
    )
    out = tmp_path / "out"
    out.mkdir()
    visitor.session.supervision().set_exchange_folder(out)
    nav(visitor, "Supervision")
    share = visitor.supervision_page.share
    visitor.supervision_page.tabs.setCurrentWidget(share)
    return flagged, visitor, share, out
