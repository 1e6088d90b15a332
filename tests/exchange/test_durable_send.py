"""A reflection is marked shared only after its packet is on disk, synced and read back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reflect.domain.errors import ReflectError
from reflect.domain.reflection import ShareState
from tests.helpers.exchange_pair import Pair, visit


def test_marks_come_after_the_file_is_synced_renamed_and_read_back(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = pair.visitor.journal.add_reflection(visit("durable")).uuid
    folder = pair.visitor.folder
    events: list[str] = []
    real_fsync, real_replace, real_read = os.fsync, os.replace, os.read

    def state() -> ShareState:
        return pair.visitor.journal.get_reflection(uuid).share_state

    def fsync(fd: int) -> None:
        real_fsync(fd)
        events.append(f"fsync {'folder' if os.path.isdir(f'/proc/self/fd/{fd}') else 'file'}")
        assert state() == ShareState.TO_SHARE

    def replace(source: object, target: object) -> None:
        assert state() == ShareState.TO_SHARE  # not marked while the file is not in place
        real_replace(source, target)  # type: ignore[arg-type]
        events.append("rename")

    def read(fd: int, size: int) -> bytes:
        data = real_read(fd, size)
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(folder)) and data:
            events.append("read back")
            assert state() == ShareState.TO_SHARE
        return data

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "read", read)
    pair.visitor.supervision.export_share(pair.supervisor.key_id, [uuid], folder)
    monkeypatch.undo()
    assert events[:4] == ["fsync file", "rename", "fsync folder", "read back"]
    assert state() == ShareState.SHARED


def test_a_packet_that_does_not_read_back_is_not_counted(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drive acknowledges the write but keeps something else (a failing USB stick)."""
    uuid = pair.visitor.journal.add_reflection(visit("garbled")).uuid
    real_replace = os.replace

    def garble(source: object, target: object) -> None:
        real_replace(source, target)  # type: ignore[arg-type]
        with open(target, "r+b") as handle:  # type: ignore[call-overload]
            handle.seek(100)
            handle.write(b"\0" * 16)

    monkeypatch.setattr(os, "replace", garble)
    with pytest.raises(ReflectError, match="Nothing was marked shared"):
        pair.visitor.supervision.export_share(pair.supervisor.key_id, [uuid], pair.visitor.folder)
    monkeypatch.undo()
    assert list(pair.visitor.folder.iterdir()) == []  # the bad copy is not left to be imported
    assert pair.visitor.journal.get_reflection(uuid).share_state == ShareState.TO_SHARE
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [uuid], pair.visitor.folder
    )
    assert pair.supervisor.supervision.import_file(path).count == 1


def test_a_failed_write_still_uses_up_its_sequence_number(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The packet is recorded before its file is written, so no number is ever used twice."""
    uuid = pair.visitor.journal.add_reflection(visit("numbered")).uuid
    before = pair.visitor.journal.exchange.packets.known_ids()
    monkeypatch.setattr(os, "replace", lambda *_: (_ for _ in ()).throw(OSError("refused")))
    with pytest.raises(ReflectError):
        pair.visitor.supervision.export_share(pair.supervisor.key_id, [uuid], pair.visitor.folder)
    monkeypatch.undo()
    assert len(pair.visitor.journal.exchange.packets.known_ids() - before) == 1
    assert pair.visitor.journal.get_reflection(uuid).share_state == ShareState.TO_SHARE
