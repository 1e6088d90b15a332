"""A throwaway journal of invented reflections, for `reflect --demo`.

The invented families, reflections, comments, sessions and check-ins are data files in
`resources/demo/` (see the README there); this package reads them and builds a real
journal from them, with a supervisor paired to it and a reply waiting to be imported.
Dates are counted back from the day it is built and the identifiers are fixed, so the
demo looks the same each time it is opened.
"""

from reflect.demo.demo_journal import (
    DEMO_PASSPHRASE,
    DEMO_SEARCH_WORD,
    DEMO_SUPERVISOR,
    DEMO_VISITOR,
    EXCHANGE_FOLDER,
    SUPERVISOR_FOLDER,
    create_demo_journal,
)
from reflect.demo.families import demo_reflections

__all__ = [
    "DEMO_PASSPHRASE",
    "DEMO_SEARCH_WORD",
    "DEMO_SUPERVISOR",
    "DEMO_VISITOR",
    "EXCHANGE_FOLDER",
    "SUPERVISOR_FOLDER",
    "create_demo_journal",
    "demo_reflections",
]
