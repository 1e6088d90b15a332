"""The version is written once, in `reflect/__init__.py`; the build copies it from there."""

from __future__ import annotations

from email.parser import Parser
from pathlib import Path

from reflect import __version__


def test_the_built_package_carries_the_same_version(installed_wheel: Path) -> None:
    (info,) = installed_wheel.glob("reflect-*.dist-info")
    metadata = Parser().parsestr((info / "METADATA").read_text(encoding="utf-8"))
    assert metadata["Name"] == "reflect"
    assert metadata["Version"] == __version__
    assert info.name == f"reflect-{__version__}.dist-info"
