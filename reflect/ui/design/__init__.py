"""Reflect's look in one place: the spacing and type scales, the colours, the icons, and
the theme that applies them (see docs/design.md)."""
