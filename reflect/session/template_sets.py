"""The sets of questions beyond Reflect's own: the agency's folder, and the visitor's own.

The agency's folder may be a network drive, so it is read beside the window (at unlock, and
when the folder is chosen); the pages are told with `templates_changed` once it is read,
and meanwhile see what was read last. Nothing read from it is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from reflect.domain.agency_templates import AgencyTemplates
from reflect.domain.errors import Failed, InvalidInput, ReflectError
from reflect.domain.own_templates import from_json, to_json
from reflect.domain.template import Template
from reflect.session.base import SessionBase

OWN_TEMPLATES = "own_templates"
AGENCY_FOLDER = "agency_templates.folder"
log = logging.getLogger(__name__)


class TemplateSets(SessionBase):
    """The visitor's own sets (kept in the journal) and the agency's (read from its folder)."""

    _agency = AgencyTemplates()  # what the folder gave when it was last read

    # ----------------------------------------------------------------- her own
    def own_templates(self) -> tuple[Template, ...]:
        """The visitor's own sets of questions (those put away too)."""
        try:
            return from_json(self._open().exchange.setting(OWN_TEMPLATES))
        except ValueError:
            log.error("the own sets of questions could not be read")
            return ()

    def save_own_template(self, template: Template) -> None:
        """Keep a set of questions of the visitor's own: a new one, or a changed one in
        place of the one with its id."""
        journal = self._open()
        stored = journal.exchange.setting(OWN_TEMPLATES)
        try:
            templates = list(from_json(stored))
        except ValueError:
            raise ReflectError(
                "Your own sets of questions could not be read, so nothing was changed. "
                "Restore yesterday's backup from Settings, or tell your agency's IT person."
            ) from None
        at = next((i for i, t in enumerate(templates) if t.id == template.id), len(templates))
        templates[at : at + 1] = [template]
        journal.exchange.set_setting(OWN_TEMPLATES, to_json(templates))
        self.changes.templates_changed.emit()

    def copies_of(self, prompt_ids: tuple[str, ...]) -> tuple[str, ...]:
        """The questions in her own sets copied from any of these (they share its cards)."""
        wanted = set(prompt_ids)
        return tuple(
            p.id for t in self.own_templates() for p in t.iter_prompts() if p.copied_from in wanted
        )

    # ----------------------------------------------------------------- the agency's
    def agency_templates(self) -> tuple[Template, ...]:
        """The sets of questions from the agency's folder, as last read."""
        return self._agency.templates

    def agency_folder(self) -> AgencyTemplates:
        """The agency's folder (its path is kept in the journal) and what it gave when it
        was last read."""
        folder = self._open().exchange.setting(AGENCY_FOLDER)
        return self._agency if self._agency.folder == folder else AgencyTemplates(folder)

    def set_agency_folder(
        self, folder: str, done: Callable[[AgencyTemplates], None], failed: Failed
    ) -> None:
        """Read sets of questions from `folder` ("" for none), then keep it; `done` with
        what it gave, on the window's thread."""
        if folder and not Path(folder).is_dir():
            raise InvalidInput(
                "That folder cannot be reached now. Plug in the drive or connect to the "
                "network, then choose it again."
            )
        self._open().exchange.set_setting(AGENCY_FOLDER, folder)
        self.read_agency_templates(done, failed)

    def read_agency_templates(
        self,
        done: Callable[[AgencyTemplates], None] = lambda _: None,
        failed: Failed = lambda _: None,
    ) -> None:
        """Read the agency's folder again, beside the window (at unlock and when chosen);
        the pages hear `templates_changed` once it is read."""
        folder = self._open().exchange.setting(AGENCY_FOLDER)
        if not folder:  # none chosen: nothing to read, nothing beside the window
            self._take_agency(AgencyTemplates())
            done(self._agency)
            return

        def read() -> AgencyTemplates:
            from reflect.content.agency_templates import read_agency_templates

            return read_agency_templates(folder)

        def arrived(found: AgencyTemplates) -> None:
            self._take_agency(found)
            done(found)

        self._errand("agency templates", read, arrived, failed)

    def _take_agency(self, found: AgencyTemplates) -> None:
        changed = found.templates != self._agency.templates
        self._agency = found
        if changed:
            self.changes.templates_changed.emit()

    def _forget_agency_templates(self) -> None:
        """Nothing read from the agency's folder is kept while the journal is locked."""
        self._agency = AgencyTemplates()
