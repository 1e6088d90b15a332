"""Tiny valid content folders for tests, built from plain dicts so each test can break
exactly one thing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SEED = "004_37469a7726b6cefc.txt"


def toml_text(data: dict[str, Any], prefix: str = "") -> str:
    """`data` as TOML; lists of dicts become arrays of tables, nested as deep as needed."""
    lines: list[str] = []
    tables: list[tuple[str, list[dict[str, Any]]]] = []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            tables.append((key, value))
        else:
            lines.append(f"{key} = {_value(value)}")
    for key, items in tables:
        for item in items:
            lines += ["", f"[[{prefix}{key}]]", toml_text(item, f"{prefix}{key}.")]
    return "\n".join(lines)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value)


def card(card_id: str = "alpha", **fields: Any) -> dict[str, Any]:
    """A valid card's front matter; keyword arguments replace fields."""
    data: dict[str, Any] = {
        "id": card_id,
        "title": f"Card {card_id}",
        "summary": "One line about it.",
        "themes": ["relationship"],
        "related": [],
        "sources": [{"seed": SEED, "where": "Rupture & Repair", "original": "Tronick"}],
    }
    data.update(fields)
    return data


def card_text(data: dict[str, Any], body: str = "What it is.\n") -> str:
    """A card file: front matter between +++ lines, then the body."""
    return f"+++\n{toml_text(data)}\n+++\n{body}"


def prompt(prompt_id: str = "t.first", **fields: Any) -> dict[str, Any]:
    """A valid text prompt; keyword arguments replace fields."""
    data: dict[str, Any] = {"id": prompt_id, "text": "What happened?", "cards": ["alpha"]}
    data.update(fields)
    return data


def template(template_id: str = "t", **fields: Any) -> dict[str, Any]:
    """A valid template with one section of one prompt; keyword arguments replace fields."""
    data: dict[str, Any] = {
        "id": template_id,
        "title": "A template",
        "description": "One line about it.",
        "minutes": 3,
        "sections": [
            {"id": "first", "title": "First", "prompts": [prompt(f"{template_id}.first")]}
        ],
    }
    data.update(fields)
    return data


def write_content(
    root: Path,
    cards: dict[str, str] | None = None,
    templates: dict[str, str] | None = None,
) -> Path:
    """A content folder under `root` with the given files (file name -> text).

    Without arguments it holds two linked cards and one template, all valid.
    """
    if cards is None:
        cards = {
            "alpha.md": card_text(card("alpha", related=["beta"])),
            "beta.md": card_text(card("beta")),
        }
    if templates is None:
        templates = {"t.toml": toml_text(template())}
    for folder, files in (("cards", cards), ("templates", templates)):
        (root / folder).mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (root / folder / name).write_text(text, encoding="utf-8")
    return root
