"""Day One's export: times in each entry's own zone, photos left out and counted."""

from __future__ import annotations

import datetime as dt
import json
import time
import zipfile
from pathlib import Path
from typing import Any

from reflect.exchange.readers import read_entries
from reflect.exchange.readers.dayone import SKIPPED_ATTACHMENTS, SKIPPED_PHOTOS


def _export(tmp_path: Path, *entries: dict[str, Any]) -> Path:
    path = tmp_path / "Journal.json"
    path.write_text(
        json.dumps({"metadata": {"version": "1.0"}, "entries": list(entries)}), encoding="utf-8"
    )
    return path


def _entry(text: str, **more: Any) -> dict[str, Any]:
    return {
        "uuid": more.pop("uuid", "0123456789ABCDEF0123456789ABCDEF"),
        "creationDate": more.pop("creationDate", "2023-05-01T14:03:12Z"),
        "timeZone": more.pop("timeZone", "America/Chicago"),
        "text": text,
        **more,
    }


def test_the_zip_brings_every_journal_in_it_and_counts_the_photos(imports: Path) -> None:
    preview = read_entries("dayone", imports / "dayone" / "export.zip")

    assert [e.title for e in preview.entries] == [
        "Visita con la familia Pérez",
        "Long drive home",
        "After group supervision",
    ]
    assert (preview.skipped, preview.skipped_what) == (2, SKIPPED_PHOTOS)
    assert [e.source_key for e in preview.entries] == [
        "dayone:6E3B0F7C2A9D4E1F8B5C7A2D9E0F1A3B",
        "dayone:0B7E4C1A9F2D4B8E8C3A6D5F1E2A9C7B",
        "dayone:F00DBABE12344321ABCDEF0123456789",
    ]


def test_the_json_alone_reads_as_its_part_of_the_zip(imports: Path) -> None:
    alone = read_entries("dayone", imports / "dayone" / "Journal.json")
    zipped = read_entries("dayone", imports / "dayone" / "export.zip")

    assert alone.entries == zipped.entries[:2]
    assert alone.skipped == 2


def test_times_are_the_clock_where_each_entry_was_written(imports: Path) -> None:
    visit, drive, supervision = read_entries("dayone", imports / "dayone" / "export.zip").entries

    assert visit.written_at == dt.datetime(2023, 5, 1, 9, 3, 12)  # 14:03Z in Chicago (CDT)
    assert drive.written_at == dt.datetime(2023, 11, 5, 1, 30)  # the night clocks fell back
    assert supervision.written_at == dt.datetime(2024, 1, 15, 15, 45)  # New York in winter


def test_text_keeps_its_words_and_loses_photos_and_escapes(imports: Path) -> None:
    visit, drive, _ = read_entries("dayone", imports / "dayone" / "export.zip").entries

    assert visit.body == (
        'La bebé durmió 😴 casi toda la visita. Mamá dijo: "¡por fin!"\n\n'
        "Hablamos de la rutina (baño, cuento, cama)."
    )
    assert "dayone-moment" not in visit.body
    assert visit.themes == ("sueño", "familia")
    assert visit.starred and not drive.starred
    assert drive.body.startswith("I kept thinking about the dad's face")
    assert " - pure relief." in drive.body


def test_a_photo_in_the_middle_leaves_one_blank_line_not_three(tmp_path: Path) -> None:
    text = (
        "Title\n\nBefore.\n\n![](dayone-moment://AB12)\n\n"
        "After, with ![](dayone-moment://CD34) inline."
    )

    (entry,) = read_entries("dayone", _export(tmp_path, _entry(text))).entries

    assert entry.body == "Before.\n\nAfter, with  inline."


def test_an_entry_without_a_zone_is_taken_in_this_computers_zone(tmp_path: Path) -> None:
    entry = _entry("Somewhere", timeZone=None)
    unknown = _entry("Nowhere", uuid="FEDCBA9876543210FEDCBA9876543210", timeZone="Mars/Olympus")

    first, second = read_entries("dayone", _export(tmp_path, entry, unknown)).entries

    here = dt.datetime(2023, 5, 1, 14, 3, 12, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert first.written_at == second.written_at == here


def test_a_long_first_line_is_cut_for_the_title_and_kept_in_the_text(tmp_path: Path) -> None:
    line = "We sat on the floor together and the baby kept reaching for the blocks " * 3

    (entry,) = read_entries("dayone", _export(tmp_path, _entry(line.strip()))).entries

    assert entry.title.endswith("…")
    assert len(entry.title) <= 80
    assert entry.body == line.strip()


def test_a_photo_alone_is_left_out_and_videos_are_counted_apart(tmp_path: Path) -> None:
    photo_only = _entry("![](dayone-moment://AB12)", photos=[{"identifier": "AB12"}])
    with_video = _entry(
        "A video of the visit\n![](dayone-moment:/video/CD34)",
        uuid="FEDCBA9876543210FEDCBA9876543210",
        videos=[{"identifier": "CD34"}],
    )

    preview = read_entries("dayone", _export(tmp_path, photo_only, with_video))

    assert [e.title for e in preview.entries] == ["A video of the visit"]
    assert preview.entries[0].body == ""
    assert (preview.skipped, preview.skipped_what) == (2, SKIPPED_ATTACHMENTS)


def test_an_entry_listed_twice_comes_in_once(tmp_path: Path) -> None:
    entry = _entry("Once")

    preview = read_entries("dayone", _export(tmp_path, entry, entry))

    assert len(preview.entries) == 1


def test_an_export_with_no_entries_is_an_empty_preview(tmp_path: Path) -> None:
    preview = read_entries("dayone", _export(tmp_path))

    assert (preview.entries, preview.skipped, preview.skipped_what) == ((), 0, "")


def test_macos_leftovers_in_a_zip_are_passed_over(imports: Path, tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(imports / "dayone" / "Journal.json", "Journal.json")
        archive.writestr("__MACOSX/._Journal.json", b"\x00\x05\x16\x07 resource fork")

    preview = read_entries("dayone", path)

    assert len(preview.entries) == 2


def test_ten_thousand_entries_read_in_seconds(tmp_path: Path) -> None:
    start = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
    entries = [
        _entry(
            f"# Entry {i}\n\nWords \\- and a photo ![](dayone-moment://P{i})",
            uuid=f"{i:032X}",
            creationDate=f"{start + dt.timedelta(hours=5 * i):%Y-%m-%dT%H:%M:%SZ}",
            photos=[{"identifier": f"P{i}"}],
        )
        for i in range(10_000)
    ]

    began = time.perf_counter()
    preview = read_entries("dayone", _export(tmp_path, *entries))

    assert time.perf_counter() - began < 5
    assert len({e.source_key for e in preview.entries}) == 10_000
    assert preview.skipped == 10_000
    assert preview.entries[-1].body == "Words - and a photo"
