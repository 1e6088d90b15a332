"""The reference cards: the library and one card to read."""
