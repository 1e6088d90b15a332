"""Prompts, templates and reference cards loaded from the packaged resources (no Qt, no SQL).

`load_library()` reads and checks everything; any problem is a ContentError that names
the file and the field.
"""

from reflect.content.loader import load_library
from reflect.content.resources import resources_folder

__all__ = ["load_library", "resources_folder"]
