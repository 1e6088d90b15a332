"""Safe file handling every layer may use: whole-or-nothing writes, and reading only
regular files of a bounded size. Only the standard library; nothing of Reflect's."""
