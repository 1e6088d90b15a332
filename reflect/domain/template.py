"""A reflection template: sections of prompts, such as "After a visit"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reflect.domain.prompt import Prompt


@dataclass(frozen=True, slots=True)
class Section:
    """A headed group of prompts within a template."""

    id: str
    title: str
    prompts: tuple[Prompt, ...]


@dataclass(frozen=True, slots=True)
class Template:
    """A guided reflection, shown as its sections down one page."""

    id: str
    title: str
    description: str
    minutes: int
    sections: tuple[Section, ...]
    file: str = ""
    notice: str = ""
    """One quiet line shown above the first prompt (the safety line), or empty."""
    about_a_family: bool = True
    """False for reflections about the visitor or supervision (a check-in): those need no
    family code to be complete."""
    retired: bool = False
    """No longer offered for new reflections (a visitor's own set she put away); the
    reflections written with it still open with it."""
    copied_from: str = ""
    """For a visitor's own copy: the id of the set it was copied from ("" otherwise)."""

    def iter_prompts(self) -> Iterator[Prompt]:
        """Every prompt, in the order the visitor meets them."""
        for section in self.sections:
            yield from section.prompts

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        """Every prompt, in the order the visitor meets them."""
        return tuple(self.iter_prompts())

    def find_prompt(self, prompt_id: str) -> Prompt | None:
        """The prompt with this id, or None if this template has no such prompt."""
        return next((p for p in self.iter_prompts() if p.id == prompt_id), None)

    def section_of(self, prompt_id: str) -> Section | None:
        """The section holding the prompt with this id, or None."""
        for section in self.sections:
            if any(p.id == prompt_id for p in section.prompts):
                return section
        return None
