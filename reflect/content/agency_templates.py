"""Reads an agency's templates folder: `.toml` files in the format of Reflect's own
`resources/templates/`, each checked on its own.

A file that cannot be used is refused with its name, the line of the problem and what is
wrong; the other files are still read. A folder that cannot be reached (a network drive
unplugged) is a quiet note, not a failure. The ids get `agency-` in front, so they never
collide with Reflect's own. Agency templates are in one language, so the check that every
template exists in English and Spanish does not apply to them.

Nothing read here is ever logged: a file's words, and the problems that quote them, go only
to the screen.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from pathlib import Path

from reflect.content.template_file import parse_template
from reflect.domain.agency_templates import AGENCY_PREFIX, AgencyTemplates, TemplateFileProblem
from reflect.domain.errors import ContentError
from reflect.domain.template import Template
from reflect.files.safe_files import FileTooLarge, NotARegularFile, read_regular_file

SUFFIX = ".toml"
MAX_FILES = 100
MAX_FILE_BYTES = 256 * 1024
_TOML_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")
_STEP = re.compile(r"^([a-z_]+)(?:\[(\d+)\])?$")


def read_agency_templates(folder: str) -> AgencyTemplates:
    """Every usable template in `folder` (sorted by file name), and why the others were
    not used; `reachable` False when the folder cannot be listed now."""
    if not folder:
        return AgencyTemplates()
    try:
        with os.scandir(folder) as found:
            names = sorted(
                (e.name, e.path)
                for e in found
                if e.name.endswith(SUFFIX) and not e.name.startswith(".")
            )
    except OSError:
        return AgencyTemplates(folder, reachable=False)
    templates: list[Template] = []
    problems: list[TemplateFileProblem] = []
    taken: dict[str, str] = {}  # template and prompt ids -> the file that has them
    for name, path in names[:MAX_FILES]:
        try:
            template, text = _parse(Path(path), name)
            _choices(template, text)
            template = _agency(template)
            _claim(template, text, taken)
        except _Refused as refused:
            problems.append(refused.problem)
            continue
        templates.append(template)
    return AgencyTemplates(
        folder, tuple(templates), tuple(problems), more_files=len(names) > MAX_FILES
    )


class _Refused(Exception):
    def __init__(self, problem: TemplateFileProblem) -> None:
        super().__init__(problem.file)
        self.problem = problem


def _parse(path: Path, name: str) -> tuple[Template, str]:
    try:
        text = read_regular_file(path, MAX_FILE_BYTES).decode("utf-8")
    except FileTooLarge:
        raise _Refused(TemplateFileProblem(name, None, "is larger than 256 KB")) from None
    except NotARegularFile:
        raise _Refused(TemplateFileProblem(name, None, "is not a regular file")) from None
    except UnicodeDecodeError:
        raise _Refused(TemplateFileProblem(name, None, "is not UTF-8 text")) from None
    except OSError:
        raise _Refused(TemplateFileProblem(name, None, "cannot be read just now")) from None
    try:
        tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as error:
        said = str(error)
        match = _TOML_LINE.search(said)
        line = int(match.group(1)) if match else None
        problem = f"is not valid TOML: {_TOML_LINE.sub('', said)}"
        raise _Refused(TemplateFileProblem(name, line, problem)) from None
    try:
        return parse_template(text, name), text
    except ContentError as error:
        line = line_of(text, error.field)
        raise _Refused(TemplateFileProblem(name, line, f"{error.field} {error.problem}")) from None


def _choices(template: Template, text: str) -> None:
    """Refuse choices that would be stored alike: an answer keeps a key made of a choice's
    letters a to z and digits, and the agency's words may be in any language."""
    for prompt in template.iter_prompts():
        keys = prompt.keys
        if prompt.choices and (len(set(keys)) != len(keys) or "" in keys):
            problem = (
                f"the choices of {prompt.id} would be stored alike; give each choice "
                "different words made of the letters a to z or digits"
            )
            raise _Refused(
                TemplateFileProblem(template.file, _line_of_id(text, prompt.id), problem)
            )


def _agency(template: Template) -> Template:
    """The template with `agency-` in front of its id and each of its questions' ids."""

    def renamed(prompt_id: str) -> str:
        return f"{AGENCY_PREFIX}{prompt_id}"

    return dataclasses.replace(
        template,
        id=renamed(template.id),
        sections=tuple(
            dataclasses.replace(
                section,
                prompts=tuple(dataclasses.replace(p, id=renamed(p.id)) for p in section.prompts),
            )
            for section in template.sections
        ),
    )


def _claim(template: Template, text: str, taken: dict[str, str]) -> None:
    """Refuse a file whose template or question ids another file of the folder has."""
    for ident in (template.id, *(p.id for p in template.iter_prompts())):
        if ident in taken:
            other = taken[ident]
            shown = ident.removeprefix(AGENCY_PREFIX)
            problem = (
                f"uses the id '{shown}', which {other} uses too"
                if other != template.file
                else f"uses the id '{shown}' twice"
            )
            raise _Refused(TemplateFileProblem(template.file, _line_of_id(text, shown), problem))
    for ident in (template.id, *(p.id for p in template.iter_prompts())):
        taken[ident] = template.file


def _line_of_id(text: str, ident: str) -> int | None:
    """The last line that gives this id (the repeat, when a file gives it twice)."""
    pattern = re.compile(rf"""^\s*id\s*=\s*["']{re.escape(ident)}["']""")
    found = [n + 1 for n, line in enumerate(text.splitlines()) if pattern.match(line)]
    return found[-1] if found else None


def line_of(text: str, field: str) -> int | None:
    """The line a field is on, for a field named as the content checks name it
    (`sections[1].prompts[0].text`): the table is found by counting its headers, then the
    key inside it. None when the file is laid out some other way."""
    lines = text.splitlines()
    steps = [_STEP.match(part) for part in field.split(".")]
    if not steps or any(step is None for step in steps):
        return None
    start, header = 0, ""
    for step in steps[:-1]:
        assert step is not None
        header = f"{header}.{step.group(1)}" if header else step.group(1)
        index = int(step.group(2) or 0)
        found = [n for n in range(start, len(lines)) if lines[n].strip() == f"[[{header}]]"]
        if len(found) <= index:
            return None
        start = found[index] + 1
    last = steps[-1]
    assert last is not None
    key = re.compile(rf"^\s*{re.escape(last.group(1))}\s*=")
    for n in range(start, len(lines)):
        if lines[n].lstrip().startswith("["):
            break
        if key.match(lines[n]):
            return n + 1
    return start or None  # a missing field: the line of its table's header
