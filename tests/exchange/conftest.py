"""A visitor's and a supervisor's real encrypted journals, paired, in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.domain.contact import ContactRole
from tests.helpers.exchange_pair import Pair, make_side


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    """Paired the way people pair: each pastes the other's line."""
    visitor = make_side(tmp_path / "visitor")
    supervisor = make_side(tmp_path / "supervisor")
    visitor.supervision.add_contact(
        "Dana", supervisor.supervision.my_contact().line, ContactRole.SUPERVISOR
    )
    supervisor.supervision.add_contact(
        "Sam", visitor.supervision.my_contact().line, ContactRole.SUPERVISEE
    )
    yield Pair(visitor, supervisor)
    for side in (visitor, supervisor):
        if side.journal.is_open:
            side.journal.close()
