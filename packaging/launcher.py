"""The bundle's entry point: what `reflect` (and, on Windows, `reflect-cli.exe`) runs."""

from __future__ import annotations

import sys

from reflect.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
