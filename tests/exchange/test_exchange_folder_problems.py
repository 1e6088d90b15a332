"""Sharing into an exchange folder that is missing, not a folder, read-only or full.

Each is refused with a sentence naming the folder, writes nothing anywhere and marks
nothing shared (or sent). The OS is made to fail only at its own boundary (`os.open`,
`os.write`), never by replacing Reflect's storage.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from reflect.domain.errors import ReflectError
from reflect.domain.reflection import ShareState
from tests.helpers.exchange_pair import Pair, visit


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def _two_to_share(pair: Pair) -> list[str]:
    return [pair.visitor.journal.add_reflection(visit(f"v{i}", day=i + 1)).uuid for i in (1, 2)]


def _states(pair: Pair, uuids: list[str]) -> set[ShareState]:
    return {pair.visitor.journal.get_reflection(u).share_state for u in uuids}


def test_a_missing_exchange_folder_swallows_nothing(pair: Pair, tmp_path: Path) -> None:
    """The drive is unplugged: two shares in a row write nothing and mark nothing."""
    drive = tmp_path / "drive"
    drive.mkdir()
    folder = drive / "Reflect"  # the drive is there, the synced folder is not
    before = _files(tmp_path)
    uuids = _two_to_share(pair)
    for uuid in uuids:
        with pytest.raises(ReflectError) as caught:
            pair.visitor.supervision.export_share(pair.supervisor.key_id, [uuid], folder)
        assert caught.value.sentence == (
            f"The exchange folder {folder} could not be found. Plug in the drive or choose "
            "the folder again in Settings. Then share again. Nothing was marked shared."
        )
    assert _files(tmp_path) == before  # no file named after the folder, nothing anywhere
    assert _states(pair, uuids) == {ShareState.TO_SHARE}


def test_a_file_where_the_folder_should_be_is_left_alone(pair: Pair, tmp_path: Path) -> None:
    folder = tmp_path / "Reflect"
    folder.write_bytes(b"someone else's file")
    uuids = _two_to_share(pair)
    with pytest.raises(ReflectError) as caught:
        pair.visitor.supervision.export_share(pair.supervisor.key_id, uuids, folder)
    assert str(folder) in caught.value.sentence
    assert "is a file, not a folder" in caught.value.sentence
    assert caught.value.sentence.endswith("Nothing was marked shared.")
    assert folder.read_bytes() == b"someone else's file"
    assert not list(tmp_path.glob("Reflect*.reflect-packet"))
    assert _states(pair, uuids) == {ShareState.TO_SHARE}


def test_a_read_only_exchange_folder_is_named(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = pair.visitor.folder
    uuids = _two_to_share(pair)
    real_open = os.open

    def read_only(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).startswith(str(folder)) and flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(ReflectError) as caught:
        pair.visitor.supervision.export_share(pair.supervisor.key_id, uuids, folder)
    monkeypatch.undo()
    assert f"cannot save files in the exchange folder {folder}" in caught.value.sentence
    assert caught.value.sentence.endswith("Nothing was marked shared.")
    assert list(folder.iterdir()) == []
    assert _states(pair, uuids) == {ShareState.TO_SHARE}


def test_a_full_exchange_folder_is_named_and_leaves_no_partial_file(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = pair.visitor.folder
    uuids = _two_to_share(pair)
    real_write = os.write
    written: list[int] = []

    def full(fd: int, data: bytes) -> int:
        if written:  # the first chunk fits, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(fd)
        return real_write(fd, data[: len(data) // 2])

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(ReflectError) as caught:
        pair.visitor.supervision.export_share(pair.supervisor.key_id, uuids, folder)
    monkeypatch.undo()
    assert written, "the packet was written through os.write"
    assert caught.value.sentence == (
        f"The exchange folder {folder} is full. Make room on that drive, or choose another "
        "folder in Settings. Then share again. Nothing was marked shared."
    )
    assert list(folder.iterdir()) == []
    assert _states(pair, uuids) == {ShareState.TO_SHARE}
    # Once there is room again, the same reflections go, and arrive.
    path = pair.visitor.supervision.export_share(pair.supervisor.key_id, uuids, folder)
    assert pair.supervisor.supervision.import_file(path).count == 2


def test_a_reply_to_a_missing_folder_marks_no_comment_sent(pair: Pair, tmp_path: Path) -> None:
    uuid = pair.visitor.journal.add_reflection(visit("shared")).uuid
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [uuid], pair.visitor.folder
    )
    pair.supervisor.supervision.import_file(path)
    sup = pair.supervisor.supervision
    sup.add_comment(pair.visitor.key_id, uuid, None, "What did you notice?")
    missing = tmp_path / "gone"
    with pytest.raises(ReflectError) as caught:
        sup.export_reply(pair.visitor.key_id, missing)
    assert caught.value.sentence == (
        f"The exchange folder {missing} could not be found. Plug in the drive or choose "
        "the folder again in Settings. Then send again. Nothing was marked sent."
    )
    assert not missing.exists() and not list(tmp_path.glob("gone*"))
    assert len(sup.my_comments(pair.visitor.key_id)) == 1
    assert [c.read for c in sup.my_comments(pair.visitor.key_id)] == [False]


def test_a_chosen_file_name_is_used_as_given(pair: Pair, tmp_path: Path) -> None:
    """Without an exchange folder the visitor names the file; its folder must exist."""
    uuids = _two_to_share(pair)
    chosen = tmp_path / "for Dana"
    path = pair.visitor.supervision.export_share_as(pair.supervisor.key_id, uuids[:1], chosen)
    assert path == tmp_path / "for Dana.reflect-packet" and path.is_file()
    gone = tmp_path / "unplugged" / "for Dana.reflect-packet"
    with pytest.raises(ReflectError) as caught:
        pair.visitor.supervision.export_share_as(pair.supervisor.key_id, uuids[1:], gone)
    assert f"The folder {gone.parent} could not be found" in caught.value.sentence
    assert not gone.parent.exists()
    assert pair.visitor.journal.get_reflection(uuids[1]).share_state == ShareState.TO_SHARE
