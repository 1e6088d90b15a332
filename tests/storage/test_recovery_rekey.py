"""A new recovery key: the old one stops opening the journal, and a kill never locks it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reflect.domain.errors import NotFound, WrongPassphrase, WrongRecoveryKey
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection
from tests.helpers.passphrases import FAST, PASSPHRASE


def test_a_new_recovery_key_replaces_the_old_one(paths: JournalPaths, tmp_path: Path) -> None:
    journal, old_key = Journal.create(paths, PASSPHRASE, kdf=FAST)
    with journal:
        kept = journal.add_reflection(reflection("still here after the new key"))
        with pytest.raises(WrongPassphrase):
            journal.new_recovery_key("not my passphrase")
        new_key = journal.new_recovery_key(PASSPHRASE, kdf=FAST)
        assert new_key != old_key
        assert journal.get_reflection(kept.uuid) == kept
        journal.add_reflection(reflection("written under the new key"))
        assert [h.summary.uuid for h in journal.search("after the new key")][:1] == [kept.uuid]
        before = next(b for b in journal.backups() if b.reason == "before-new-recovery-key")
        # Locked with the old key: not restored over this journal, and the sentence says why.
        with pytest.raises(NotFound) as refused:
            journal.restore_backup(before.name)
        assert "before a new recovery key" in refused.value.sentence
        assert journal.count_reflections() == 2
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(paths, old_key, auto_backup=False)
    with Journal.open_with_recovery_key(paths, new_key, auto_backup=False) as reopened:
        assert reopened.count_reflections() == 2
    Journal.open(paths, PASSPHRASE, auto_backup=False).close()
    # The backup taken before still opens with the old recovery key.
    fresh = JournalPaths(tmp_path / "elsewhere")
    with Journal.restore_new(
        fresh,
        str(paths.backups / before.name),
        recovery_key=old_key,
        new_passphrase=PASSPHRASE,
        kdf=FAST,
    ) as restored:
        assert restored.get_reflection(kept.uuid) == kept
    assert not [p for p in paths.folder.iterdir() if "next" in p.name or "rekeying" in p.name]


CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from reflect.storage.journal import Journal
    from reflect.storage.key_slot import KdfParams
    from reflect.storage.paths import JournalPaths

    paths, passphrase, kill_at = JournalPaths.resolve(sys.argv[1]), sys.argv[2], sys.argv[3]
    name, number = kill_at.split(":")
    journal = Journal.open(paths, passphrase, auto_backup=False)
    real = getattr(os, name)
    calls = [0]

    def dying(*args, **kwargs):
        calls[0] += 1
        if calls[0] == int(number):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(os, name, dying)
    journal.new_recovery_key(passphrase, kdf=KdfParams(8 * 1024, 1, 1))
    print("FINISHED", calls[0], flush=True)
    """
)


# Killed during the backup taken first, while the new slot is put in place, just before the
# database is swapped, and between the database and the key slot swaps.
@pytest.mark.crash
@pytest.mark.parametrize("kill_at", ["fsync:1", "replace:1", "replace:2", "replace:3"])
def test_a_kill_while_making_a_new_key_leaves_the_passphrase_working(
    paths: JournalPaths, kill_at: str
) -> None:
    journal, _ = Journal.create(paths, PASSPHRASE, kdf=FAST)
    with journal:
        kept = journal.add_reflection(reflection("never lost"))
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(paths.folder), PASSPHRASE, kill_at],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == -9, child.stdout + child.stderr
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as reopened:
        assert reopened.get_reflection(kept.uuid) == kept
        reopened.add_reflection(reflection("writable again"))
    assert not [p for p in paths.folder.iterdir() if "next" in p.name or "rekeying" in p.name]
