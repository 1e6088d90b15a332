"""The demo's quick check-ins, from `check-ins.toml`."""

from __future__ import annotations

import datetime as dt
from importlib.resources.abc import Traversable

from reflect.demo.data_file import Fields, read_data_file
from reflect.demo.demo_dates import fixed_uuid, moment_of
from reflect.domain.check_in import CheckIn

CHECK_INS_FILE = "check-ins.toml"
_FIELDS = ("number", "days_ago", "time", "heaviness", "energy", "word", "need")


def demo_check_ins(today: dt.date, folder: Traversable | None = None) -> list[CheckIn]:
    """Each check-in, dated back from `today`; `folder` as for `demo_reflections`."""
    check_ins = read_data_file(CHECK_INS_FILE, folder)
    check_ins.only(("check_ins",))
    return [_check_in(item, today) for item in check_ins.tables("check_ins")]


def _check_in(item: Fields, today: dt.date) -> CheckIn:
    item.only(_FIELDS)
    return CheckIn(
        created_at=moment_of(item, today),
        heaviness=item.optional_number("heaviness"),
        energy=item.optional_number("energy"),
        word=item.text("word", ""),
        need=item.text("need", ""),
        uuid=fixed_uuid(item.number("number")),
    )
