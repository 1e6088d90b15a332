"""Start-up switches off core dumps, so decrypted text and keys never land in a core file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROBE = textwrap.dedent(
    """
    import resource, sys, tempfile
    from PySide6.QtWidgets import QApplication
    from reflect.app import build_window
    from reflect.crash_dumps import is_dumpable
    print("before", is_dumpable())
    app = QApplication([])
    window = build_window(tempfile.mkdtemp())
    print("after", resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), flush=True)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_start_up_switches_core_dumps_off(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = result.stdout.splitlines()
    assert before == "before True", "the test starts from a process that could dump"
    assert after == "after (0, 0) False"


class _Kernel32:
    """Records the calls Reflect makes to kernel32 (what Windows would receive)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def SetErrorMode(self, mode: int) -> int:  # the Windows name
        self.calls.append(("SetErrorMode", mode))
        return 0

    def WerSetFlags(self, flags: int) -> int:  # the Windows name
        self.calls.append(("WerSetFlags", flags))
        return 0


def test_on_windows_no_crash_dialog_and_no_heap_in_error_reports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ctypes

    from reflect import crash_dumps

    kernel32 = _Kernel32()
    monkeypatch.setattr(crash_dumps.sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: kernel32, raising=False)
    crash_dumps.keep_out_of_crash_dumps()
    assert kernel32.calls == [
        ("SetErrorMode", 0x0001 | 0x0002 | 0x8000),  # no critical-error or crash dialog
        ("WerSetFlags", 1),  # WER_FAULT_REPORTING_FLAG_NOHEAP
    ]
