"""The demo's data files in `resources/demo/`, read with every field checked.

The files are TOML, written and edited by hand. A field that is missing, of the wrong
kind or not known at all (a typing mistake) is a `ContentError` naming the file and the
field, so a broken edit is caught by the demo's tests, never shown as a traceback.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

from reflect.content.resources import resources_folder
from reflect.domain.errors import ContentError

DEMO_FOLDER = "demo"
"""The demo's folder inside the app's resources, beside `cards/` and `templates/`."""

E = TypeVar("E", bound=enum.StrEnum)


def demo_folder() -> Traversable:
    """Where the demo's data files are, in a checkout or an installed wheel alike."""
    return resources_folder() / DEMO_FOLDER


def read_data_file(relative: str, folder: Traversable | None = None) -> Fields:
    """One data file, by its path inside `folder` (the demo folder unless given), for
    example `check-ins.toml`."""
    place = folder or demo_folder()
    for part in relative.split("/"):
        place = place / part
    return parse_data_file(relative, place.read_text(encoding="utf-8"))


def data_files(sub_folder: str, folder: Traversable | None = None) -> list[Fields]:
    """Every `.toml` file in a sub-folder of `folder` (the demo folder unless given)."""
    entries = ((folder or demo_folder()) / sub_folder).iterdir()
    names = sorted(e.name for e in entries if e.is_file() and e.name.endswith(".toml"))
    return [read_data_file(f"{sub_folder}/{name}", folder) for name in names]


def parse_data_file(file: str, text: str) -> Fields:
    """The top-level fields of a data file's `text`; `file` names it in any error."""
    try:
        return Fields(file, "", tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(file, "TOML", str(error)) from None


@dataclass(frozen=True, slots=True)
class Fields:
    """One table of a data file; each accessor checks the field's kind."""

    file: str
    where: str
    """The table's place in the file, as errors name it: `reflections[2].answers`."""
    values: Mapping[str, Any]

    def names(self) -> list[str]:
        """Every field's name, in the file's order."""
        return list(self.values)

    def only(self, allowed: Iterable[str]) -> None:
        """Refuse any field not in `allowed`, so a mistyped name is not silently ignored."""
        for name in self.values:
            if name not in allowed:
                raise self.problem(name, "is not a field of the demo")

    def text(self, name: str, default: str | None = None) -> str:
        """A text field; `default` when it is left out (required when there is none)."""
        return str(self._get(name, str, "must be text", default))

    def optional_text(self, name: str) -> str | None:
        """A text field that may be left out."""
        return None if name not in self.values else self.text(name)

    def number(self, name: str) -> int:
        """A whole-number field (required)."""
        return int(self._get(name, int, "must be a whole number", None))

    def optional_number(self, name: str) -> int | None:
        """A whole-number field that may be left out."""
        return None if name not in self.values else self.number(name)

    def flag(self, name: str) -> bool:
        """A true/false field; false when it is left out."""
        return bool(self._get(name, bool, "must be true or false", False))

    def texts(self, name: str) -> tuple[str, ...]:
        """A list of text; empty when it is left out."""
        return tuple(self._list(name, str, "must be a list of text"))

    def numbers(self, name: str) -> tuple[int, ...]:
        """A list of whole numbers; empty when it is left out."""
        return tuple(self._list(name, int, "must be a list of whole numbers"))

    def choice(self, name: str, kind: type[E], default: E) -> E:
        """One of an enumeration's values, by its text; `default` when left out."""
        value = self.text(name, str(default))
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(str(member) for member in kind)
            raise self.problem(name, f"must be one of {allowed}") from None

    def table(self, name: str) -> Fields:
        """A table inside this one (required)."""
        return Fields(self.file, self._name(name), self._get(name, dict, "must be a table", None))

    def tables(self, name: str) -> list[Fields]:
        """An array of tables (`[[name]]`); empty when it is left out."""
        found = self._list(name, dict, "must be written as [[" + name + "]] tables")
        return [Fields(self.file, f"{self._name(name)}[{i}]", t) for i, t in enumerate(found)]

    def problem(self, name: str, problem: str) -> ContentError:
        """The error for field `name` of this table, saying what is wrong with it."""
        return ContentError(self.file, self._name(name), problem)

    def _name(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def _get(self, name: str, kind: type, problem: str, default: Any) -> Any:
        if name not in self.values:
            if default is None:
                raise self.problem(name, "is missing")
            return default
        value = self.values[name]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self.problem(name, problem)
        return value

    def _list(self, name: str, kind: type, problem: str) -> list[Any]:
        value = self.values.get(name, [])
        if not isinstance(value, list) or not all(
            isinstance(v, kind) and not (isinstance(v, bool) and kind is not bool) for v in value
        ):
            raise self.problem(name, problem)
        return value
