"""Reflections leaving and coming in: export, print, and import from another journal."""
