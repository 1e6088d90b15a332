"""The open journal's one connection, and the SQLAlchemy engine built over it when needed.

Opening a journal and reading the first page of the list need only the driver's
connection; building an engine (its dialect, pool and events) cost about as much again as
that whole read at 100,000 reflections. So the connection opens at once and the engine is
made over the same connection at the first write or the first read that needs it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from reflect.storage.database import checkpoint_driver, connect, make_engine


class JournalConnection:
    """One keyed sqlcipher3 connection, and (from the first use that needs one) an engine
    whose single pooled connection is that same one."""

    def __init__(self, path: Path, master_key: bytes, *, check: bool = False) -> None:
        self._path = path
        self._key = master_key
        self._driver: Any = connect(path, master_key, check=check)
        self._engine: Engine | None = None

    @property
    def driver(self) -> Any:
        """The sqlcipher3 connection: for reads that go straight to the driver."""
        return self._driver

    @property
    def engine(self) -> Engine:
        """The engine over the same connection, built the first time it is asked for."""
        if self._engine is None:
            handed: list[Any] = []

            def creator() -> Any:
                # The first connection the pool asks for is the one already open; should
                # it ever be thrown away, a new one replaces it for driver reads too.
                if not handed:
                    handed.append(self._driver)
                    return self._driver
                self._driver = connect(self._path, self._key)
                return self._driver

            self._engine = make_engine(self._path, self._key, creator=creator)
        return self._engine

    def close(self) -> None:
        """Fold the write-ahead log into the file (if it can), then close the connection."""
        with contextlib.suppress(Exception):  # closing must close, whatever the log's state
            checkpoint_driver(self._driver)
        if self._engine is not None:
            self._engine.dispose()
        self._driver.close()
