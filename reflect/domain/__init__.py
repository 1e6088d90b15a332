"""Plain frozen dataclasses and value objects shared by every layer (stdlib only)."""
