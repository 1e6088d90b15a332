"""PyInstaller hook for libphonenumber, in place of the general one (which takes every
submodule): the rules of each region, which it loads by name, and none of its place names,
carriers or time zones (only the check before sharing uses it, to find numbers)."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules(
    "phonenumbers.shortdata"
)
