"""Keeping decrypted text and keys out of crash dumps, switched on first thing at start.

After unlock, the master key and the reflections being written are in this process's
memory. A core file (Linux, macOS) or a crash report dump (Windows) would copy that memory
to disk in plain text, outside the encrypted journal. So, before anything is decrypted:

- Unix: the core-file size limit is set to 0 (soft and hard, so nothing can raise it again).
- Linux: the process is also marked not dumpable (`prctl(PR_SET_DUMPABLE, 0)`), which stops
  core dumps that a system core handler would take regardless of the limit, and stops other
  programs of the same user from reading this process's memory.
- Windows has neither: there, Windows Error Reporting takes crash dumps. Reflect turns off its
  crash dialog (`SetErrorMode`), and asks it to leave the process heap, where all text and
  keys live, out of any report (`WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)`). A full dump
  configured by an administrator (the LocalDumps registry key) is machine policy that an
  application cannot override; Reflect never sets it.

Each step is best effort: a system that refuses one still runs Reflect.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
SEM_NOOPENFILEERRORBOX = 0x8000
WER_FAULT_REPORTING_FLAG_NOHEAP = 1


def keep_out_of_crash_dumps() -> None:
    """Switch off core dumps (Unix) or heap in crash reports (Windows) for this process."""
    if sys.platform == "win32":
        _windows()
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool:
    """Linux only: whether the kernel would write a core file for this process."""
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _windows() -> None:  # pragma: no cover - runs on Windows only
    with contextlib.suppress(OSError, AttributeError):
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        kernel32.SetErrorMode(
            SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
        )
        kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)
