"""The Cards library and a card panel, with sample reflections, drawn into PNG files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reflect.content import load_library
from reflect.domain.reflection import ReflectionSummary, ShareState, Status
from reflect.ui.cards.card_view import CardView
from reflect.ui.cards.cards_page import CardsPage

LIBRARY = load_library()

SUMMARIES = (
    ReflectionSummary(
        uuid="5b0c7e1e-0000-4000-8000-000000000001",
        visit_date=dt.date(2025, 3, 12),
        family_code="JR",
        preview="Mum froze when the baby screamed; she said her own mother used to shout",
        status=Status.COMPLETE,
        share_state=ShareState.PRIVATE,
    ),
    ReflectionSummary(
        uuid="5b0c7e1e-0000-4000-8000-000000000002",
        visit_date=dt.date(2025, 2, 27),
        family_code="K-7",
        preview="Grandmother's voice kept coming into the room today.",
        status=Status.DRAFT,
        share_state=ShareState.TO_SHARE,
    ),
)


def render_screenshots(folder: Path) -> list[Path]:
    """Draw the Cards library and a card side panel into `folder` as PNG files.

    Run by hand to refresh docs/screenshots/:
    QT_QPA_PLATFORM=offscreen python -c "from pathlib import Path;
    from tests.helpers.cards_screenshots import render_screenshots;
    render_screenshots(Path('docs/screenshots'))"
    """
    app = QApplication.instance() or QApplication([])
    assert app is not None
    page = CardsPage(LIBRARY)
    page.reflections_wanted.connect(
        lambda card_id: page.set_reflections(
            card_id, SUMMARIES if card_id == "ghosts-in-the-nursery" else ()
        )
    )
    panel = CardView(LIBRARY)
    saved = []
    for widget, size, name in (
        (page, (1280, 800), "cards-library.png"),
        (panel, (380, 760), "card-panel.png"),
    ):
        widget.resize(*size)
        widget.show()
        QTest.qWaitForWindowExposed(widget)
        if widget is page:
            page.show_card("ghosts-in-the-nursery")
        else:
            panel.show_card("rupture-and-repair")
        QTest.qWait(50)
        path = folder / name
        assert widget.grab().save(str(path))
        widget.close()
        widget.deleteLater()
        saved.append(path)
    return saved
