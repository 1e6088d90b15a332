"""jrnl's plain-text journal read as jrnl reads it: titles, stars, tags, times, keys."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from reflect.exchange.readers import read_entries
from reflect.exchange.readers.problems import (
    JRNL_BAD_DATE,
    JRNL_TEXT_BEFORE_FIRST_DATE,
    NOT_JRNL,
    BadDate,
    WrongFormat,
)


def _journal(tmp_path: Path, text: str, newline: str = "\n") -> Path:
    path = tmp_path / "journal.txt"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def test_a_journal_jrnl_wrote_comes_in_with_every_entry_as_written(imports: Path) -> None:
    preview = read_entries("jrnl", imports / "jrnl" / "journal.txt")

    assert preview.source == str(imports / "jrnl" / "journal.txt")
    assert [e.title for e in preview.entries] == [
        "Visita con la familia Muñoz.",
        "Hard afternoon",
        "Second note in the same minute.",
        "Quick note",
    ]
    visit, hard, second, quick = preview.entries
    assert visit.written_at == dt.datetime(2024, 3, 5, 9, 30)
    assert visit.body == "Hablamos de la rutina de sueño @sueño @familia."
    assert visit.themes == ("familia", "sueño")
    assert hard.starred and not visit.starred
    assert hard.written_at == dt.datetime(2024, 3, 5, 14, 5)  # 02:05:00 PM
    assert hard.body == (
        "The baby cried the whole visit 😢 and mom felt ashamed.\n\n"
        "I stayed calm and named it. @self-care"
    )
    assert hard.themes == ("self-care",)
    assert second.themes == ("supervision",)  # jrnl's default tag signs are # and @
    assert quick.written_at == dt.datetime(2024, 3, 6, 20, 0)
    assert quick.body == ""
    assert preview.skipped == 0


def test_two_entries_in_one_minute_get_their_own_keys_the_same_every_time(
    imports: Path,
) -> None:
    first = read_entries("jrnl", imports / "jrnl" / "older.txt")
    again = read_entries("jrnl", imports / "jrnl" / "older.txt")

    keys = [e.source_key for e in first.entries]
    assert len(set(keys)) == 3
    assert keys == [e.source_key for e in again.entries]
    same_minute = first.entries[:2]
    assert {e.written_at for e in same_minute} == {dt.datetime(2019, 11, 2, 16, 45)}
    assert [e.title for e in same_minute] == ["Primera visita.", "Primera visita."]
    assert first.entries[2].starred


def test_an_entry_added_before_leaves_the_other_keys_as_they_were(
    imports: Path, tmp_path: Path
) -> None:
    text = (imports / "jrnl" / "older.txt").read_text(encoding="utf-8")
    before = read_entries("jrnl", imports / "jrnl" / "older.txt")

    grown = _journal(tmp_path, "[2019-10-01 08:00] An earlier entry, added later\n\n" + text)
    after = read_entries("jrnl", grown)

    assert [e.source_key for e in after.entries[1:]] == [e.source_key for e in before.entries]


def test_windows_line_breaks_read_the_same_as_unix_ones(imports: Path, tmp_path: Path) -> None:
    text = (imports / "jrnl" / "journal.txt").read_text(encoding="utf-8")

    unix = read_entries("jrnl", imports / "jrnl" / "journal.txt")
    windows = read_entries("jrnl", _journal(tmp_path, text, "\r\n"))

    assert windows.entries == unix.entries
    assert "\r" not in windows.entries[1].body


def test_accents_emoji_indents_and_inner_blank_lines_are_kept_exactly(tmp_path: Path) -> None:
    body = "Ñandú, acción, 👶🏽 and 💛.\n\n\n    an indented line\n\tand a tabbed one  \nend"
    path = _journal(tmp_path, f"[2024-03-05 10:00] Títle\n{body}\n\n")

    (entry,) = read_entries("jrnl", path).entries

    assert entry.title == "Títle"
    assert entry.body == body


def test_times_are_read_in_every_form_jrnl_writes(tmp_path: Path) -> None:
    path = _journal(
        tmp_path,
        "[2024-03-05 12:15:09 AM] Just after midnight\n\n"
        "[2024-03-05 12:15 PM] Just after noon\n\n"
        "[2024-03-05 23:59] Older 24-hour form\n\n"
        "[2024-03-06 07:05:30] With seconds\n\n"
        "[2024-03-07] A date alone\n",
    )

    times = [e.written_at for e in read_entries("jrnl", path).entries]

    assert times == [
        dt.datetime(2024, 3, 5, 0, 15, 9),
        dt.datetime(2024, 3, 5, 12, 15),
        dt.datetime(2024, 3, 5, 23, 59),
        dt.datetime(2024, 3, 6, 7, 5, 30),
        dt.datetime(2024, 3, 7, 9, 0),  # jrnl's default hour
    ]


def test_an_entry_all_on_one_line_is_titled_by_its_first_sentence(tmp_path: Path) -> None:
    path = _journal(tmp_path, "[2024-03-05 10:00] Mom was tired. We talked about sleep.")

    (entry,) = read_entries("jrnl", path).entries

    assert (entry.title, entry.body) == ("Mom was tired.", "We talked about sleep.")


def test_a_bracket_that_is_not_a_date_stays_in_the_text(tmp_path: Path) -> None:
    path = _journal(
        tmp_path, "[2024-03-05 10:00] Visit\n[note] ask about daycare\n[2024-03 report] due\n"
    )

    (entry,) = read_entries("jrnl", path).entries

    assert entry.body == "[note] ask about daycare\n[2024-03 report] due"


def test_headings_and_numbers_are_not_made_themes(tmp_path: Path) -> None:
    path = _journal(tmp_path, "[2024-03-05 10:00] Visit #3\n## Plan\n@Family and #sleep-routine")

    (entry,) = read_entries("jrnl", path).entries

    assert entry.themes == ("family", "sleep-routine")


def test_an_empty_journal_is_an_empty_preview(tmp_path: Path) -> None:
    preview = read_entries("jrnl", _journal(tmp_path, "\n\n"))

    assert preview.entries == ()
    assert preview.first is None


def test_a_date_that_does_not_read_names_its_line(tmp_path: Path) -> None:
    path = _journal(tmp_path, "[2024-03-05 10:00] Fine\n\ntext\n\n[2024-13-45 10:00] Broken\n")

    with pytest.raises(BadDate) as raised:
        read_entries("jrnl", path)

    assert raised.value.sentence == JRNL_BAD_DATE
    assert (raised.value.file, raised.value.line) == ("journal.txt", 5)
    assert raised.value.located.startswith("journal.txt, line 5: The date on this line")


def test_text_before_the_first_date_is_refused_naming_its_line(tmp_path: Path) -> None:
    path = _journal(tmp_path, "\n\nMy journal\n[2024-03-05 10:00] First\n")

    with pytest.raises(WrongFormat) as raised:
        read_entries("jrnl", path)

    assert raised.value.sentence == JRNL_TEXT_BEFORE_FIRST_DATE
    assert raised.value.line == 3


def test_a_file_that_is_not_a_jrnl_journal_is_told_so(imports: Path) -> None:
    with pytest.raises(WrongFormat) as raised:
        read_entries("jrnl", imports / "markdown" / "2024-03-06 Hard visit.md")

    assert raised.value.sentence == NOT_JRNL
    assert raised.value.file == "2024-03-06 Hard visit.md"


def test_ten_thousand_entries_read_in_well_under_a_second_each_thousand(tmp_path: Path) -> None:
    days = [dt.datetime(2000, 1, 1) + dt.timedelta(hours=7 * i) for i in range(10_000)]
    text = "".join(
        f"[{d:%Y-%m-%d %I:%M:%S %p}] Entry {i} @visit\nSome words about it.\n\n"
        for i, d in enumerate(days)
    )
    path = _journal(tmp_path, text)

    started = time.perf_counter()
    preview = read_entries("jrnl", path)
    took = time.perf_counter() - started

    assert len(preview.entries) == 10_000
    assert len({e.source_key for e in preview.entries}) == 10_000
    assert preview.last == days[-1]
    assert took < 3
