"""PySide6 widgets and windows; they talk to the journal service only."""
