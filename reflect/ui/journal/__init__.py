"""The journal: the list, search, the reflection editor and its comments."""
