"""The top of the Hours page as a visitor reads it: the big figure with what is left and by
when, the tiles for this month, this year and each provider, and dates with a month name."""

from __future__ import annotations

import datetime as dt

from reflect.domain.supervision_session import SupervisionSession
from reflect.storage.journal import Journal
from reflect.ui.hours.hours_page import START_KEY, HoursPage
from reflect.ui.hours.summary_tiles import PROVIDER_LINES


def _log(journal: Journal, day: dt.date, minutes: int, provider: str) -> None:
    journal.save_session(SupervisionSession(day, minutes, provider))


def _providers(page: HoursPage) -> list[tuple[str, str]]:
    return [(name.text(), hours.text()) for name, hours in page.tiles.provider_lines]


def test_the_figure_says_the_hours_and_what_is_left_by_when(
    page: HoursPage, journal: Journal
) -> None:
    journal.exchange.set_setting(START_KEY, "2026-01-01")
    _log(journal, dt.date(2026, 2, 1), 90, "Dana Reyes")
    page.refresh()
    assert page.progress.summary.text() == "1.5 of 24 hours"
    assert page.progress.summary.property("textRole") == "figure"
    # Two years from the first of January: the last day counted reads with its month.
    assert page.progress.detail.text() == "22.5 hours to go by 31 Dec 2027."
    assert page.progress.bar.value() == 6
    assert page.progress.period.text() == (
        "Sessions from 1 January 2026 to 31 December 2027 count toward this goal."
    )


def test_a_reached_goal_says_so_instead_of_hours_to_go(page: HoursPage, journal: Journal) -> None:
    for day in (1, 2):
        _log(journal, dt.date(2026, 2, day), 12 * 60, "Dana Reyes")
    page.refresh()
    assert page.progress.detail.text() == "The goal's hours are logged."
    assert page.progress.bar.value() == 100


def test_the_tiles_add_up_this_month_this_year_and_each_provider(
    page: HoursPage, journal: Journal
) -> None:
    _log(journal, dt.date(2025, 12, 1), 60, "Sam Ortiz")
    _log(journal, dt.date(2026, 1, 10), 120, "Dana Reyes")
    _log(journal, dt.date(2026, 3, 5), 60, "dana  reyes")  # the same provider, typed loosely
    _log(journal, dt.date(2026, 3, 10), 30, "Lee Park")
    page.refresh()
    tiles = page.tiles
    assert tiles.isVisible()
    assert (tiles.month_hours.text(), tiles.month_sessions.text()) == ("1.5 hours", "2 sessions")
    assert (tiles.year_hours.text(), tiles.year_sessions.text()) == ("3.5 hours", "3 sessions")
    # Counting starts at the first session, so all four count toward the goal; most first.
    assert _providers(page) == [
        ("dana reyes", "3 hours"),
        ("Sam Ortiz", "1 hour"),
        ("Lee Park", "0.5 hours"),
    ]
    assert not tiles.more_providers.isVisible()


def test_past_the_tile_s_room_the_other_providers_are_counted(
    page: HoursPage, journal: Journal
) -> None:
    for n in range(PROVIDER_LINES + 2):
        _log(journal, dt.date(2026, 3, 1 + n), 60 + n, f"Provider {n}")
    page.refresh()
    assert len(page.tiles.provider_lines) == PROVIDER_LINES
    assert page.tiles.more_providers.text() == "and 2 more providers"


def test_dates_read_with_a_month_name(page: HoursPage, journal: Journal) -> None:
    _log(journal, dt.date(2026, 10, 30), 60, "Dana Reyes")
    _log(journal, dt.date(2026, 3, 5), 60, "Dana Reyes")
    page.refresh()
    rows = [page.table.topLevelItem(i) for i in range(page.table.topLevelItemCount())]
    assert [row.text(0) for row in rows if row is not None] == ["30 Oct 2026", "5 Mar 2026"]
    assert page.progress.start.text() == "5 Mar 2026"


def test_an_empty_log_shows_no_tiles_and_offers_to_log_a_session(page: HoursPage) -> None:
    page.refresh()
    assert not page.tiles.isVisible()
    assert page.empty.isVisible()
    assert page.log_button.property("look") == "primary"
    assert page.progress.summary.text() == "0 of 24 hours"


def test_locking_empties_the_tiles(page: HoursPage, journal: Journal) -> None:
    _log(journal, dt.date(2026, 3, 5), 60, "Dana Reyes")
    page.refresh()
    page.clear()
    assert page.tiles.month_hours.text() == ""
    assert _providers(page) == []
