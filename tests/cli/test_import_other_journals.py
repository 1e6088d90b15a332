"""`reflect import --from jrnl|dayone|markdown`, run as its own process on the readers'
files: the preview, then what was added, the family code given, a second run that adds
nothing, and a refused file."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.command_line import figures, reflect
from tests.helpers.passphrases import FAST, PASSPHRASE

IMPORTS = Path(__file__).resolve().parents[1] / "exchange" / "data" / "imports"


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    """A new journal with nothing in it, closed."""
    folder = tmp_path / "journal"
    Journal.create(JournalPaths(folder), PASSPHRASE, kdf=FAST)[0].close()
    return folder


def _codes(folder: Path) -> list[str]:
    with Journal.open(JournalPaths(folder), PASSPHRASE, auto_backup=False) as journal:
        items = journal.exported_reflections(journal.matching_uuids())
        return [item.reflection.family_code for item in items]


@pytest.mark.parametrize(
    "case",
    [
        ("jrnl", IMPORTS / "jrnl" / "journal.txt", 4, "journal.txt (jrnl journal):"),
        ("dayone", IMPORTS / "dayone" / "export.zip", 3, "export.zip (Day One export):"),
        ("markdown", IMPORTS / "markdown", 5, "markdown (folder of Markdown files):"),
    ],
)
def test_another_journal_is_shown_then_imported_once(
    tmp_path: Path, empty: Path, case: tuple[str, Path, int, str]
) -> None:
    kind, source, count, header = case
    args = ("import", "--from", kind, str(source), "--data-dir", str(empty))
    first = reflect(tmp_path, *args, "--family-code", "old-1", "--passphrase-stdin")
    assert first.returncode == 0, first.stderr
    preview, added = first.stdout.split("Imported:")
    assert preview.startswith(header)
    shown = figures(preview)
    assert (shown["reflections"], shown["new to this journal"]) == (str(count), str(count))
    assert shown["family code given"] == "OLD-1"
    assert figures(added)["reflections"] == str(count)
    assert "A backup was taken first" in first.stdout
    if kind == "dayone":
        assert shown["left out (photos)"] == "2"
    assert _codes(empty) == ["OLD-1"] * count
    again = reflect(tmp_path, *args, "--passphrase-stdin")
    assert again.returncode == 0, again.stderr
    assert figures(again.stdout)["already in this journal"] == str(count)
    assert "Nothing was added: this journal already has everything in it." in again.stdout
    assert len(_codes(empty)) == count


def test_a_dry_run_of_a_folder_of_notes_adds_nothing(tmp_path: Path, empty: Path) -> None:
    args = ("import", "--from", "markdown", str(IMPORTS / "markdown"), "--dry-run")
    shown = reflect(tmp_path, *args, "--data-dir", str(empty), "--passphrase-stdin")
    assert shown.returncode == 0, shown.stderr
    assert "the first of them:" in shown.stdout
    assert "Nothing was imported (--dry-run)." in shown.stdout
    assert _codes(empty) == []


def test_a_refused_file_or_code_is_a_sentence_and_nothing_is_added(
    tmp_path: Path, empty: Path
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"[2024-03-05 09:30:00 AM] A visit.\nAll fine.\n\xff\xfe not text\n")
    refused = reflect(
        tmp_path, "import", "--from", "jrnl", str(broken), "--data-dir", str(empty),
        "--passphrase-stdin",
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "broken.txt, line 3: This line is not UTF-8 text, so the file was not read. Open the "
        "file in a text editor, save it as UTF-8, then try again."
    )
    wrong_code = reflect(
        tmp_path, "import", "--from", "jrnl", str(IMPORTS / "jrnl" / "journal.txt"),
        "--family-code", "a code far too long for one", "--data-dir", str(empty),
        "--passphrase-stdin",
    )  # fmt: skip
    assert wrong_code.returncode == 1
    assert wrong_code.stderr.strip() == (
        "A family code for imported entries is 1 to 16 characters: a short code, never a "
        "name and no initials."
    )
    assert _codes(empty) == []
