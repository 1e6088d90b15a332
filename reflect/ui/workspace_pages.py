"""The pages of the open journal's workspace, gathered in one module so that they can be
imported beside the window while the visitor types the passphrase (about 0.1 s of imports
that would otherwise stall the window the moment the journal opens).

Importing defines classes only; every widget is made on the window's thread.
"""

from __future__ import annotations

from reflect.ui.cards.card_reflections import CardReflections
from reflect.ui.cards.cards_page import CardsPage
from reflect.ui.hours.hours_page import HoursPage
from reflect.ui.journal.journal_page import JournalPage
from reflect.ui.portable.portable_screens import PortableScreens
from reflect.ui.self_care.self_care_page import SelfCarePage
from reflect.ui.settings.settings_flows import SettingsFlows
from reflect.ui.settings.settings_page import SettingsPage
from reflect.ui.supervision.supervision_page import SupervisionPage
from reflect.ui.supervision.waiting_note import WaitingNote

__all__ = [
    "CardReflections",
    "CardsPage",
    "HoursPage",
    "JournalPage",
    "PortableScreens",
    "SelfCarePage",
    "SettingsFlows",
    "SettingsPage",
    "SupervisionPage",
    "WaitingNote",
]
