"""Help > About Reflect: the version, where the journal is kept, the licence, the sources
the cards draw on, and details to copy for support."""
