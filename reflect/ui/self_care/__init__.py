"""How I've been: the visitor's own heaviness and energy over time, never shared."""
