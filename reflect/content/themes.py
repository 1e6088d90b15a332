"""The small, fixed theme vocabulary that groups cards and filters the journal."""

from __future__ import annotations

from reflect.domain.card import Theme

THEMES: tuple[Theme, ...] = (
    Theme("the-4-ss", "The 4 S's"),
    Theme("relationship", "Relationship and attunement"),
    Theme("regulation", "Safety and regulation"),
    Theme("development", "Development and the brain"),
    Theme("caregiver-story", "The caregiver's story"),
    Theme("stress-and-adversity", "Stress and adversity"),
    Theme("culture", "Culture and equity"),
    Theme("the-visitor", "You in the work"),
    Theme("self-care", "Self-care"),
    Theme("the-field", "The IECMH field"),
    Theme("interventions", "Services and interventions"),
)
"""Every theme, in the order the Cards library shows them."""

THEME_IDS: frozenset[str] = frozenset(theme.id for theme in THEMES)
"""The theme ids a card may use."""


_SPANISH = {
    "the-4-ss": "Las 4 S",
    "relationship": "Relación y sintonía",
    "regulation": "Seguridad y regulación",
    "development": "El desarrollo y el cerebro",
    "caregiver-story": "La historia de quien cuida",
    "stress-and-adversity": "Estrés y adversidad",
    "culture": "Cultura y equidad",
    "the-visitor": "Usted en el trabajo",
    "self-care": "Cuidarse",
    "the-field": "El campo de la salud mental infantil",
    "interventions": "Servicios e intervenciones",
}


def themes_in(language: str) -> tuple[Theme, ...]:
    """Every theme, titled in `language` ("en" or "es")."""
    if language == "es":
        return tuple(Theme(theme.id, _SPANISH[theme.id]) for theme in THEMES)
    return THEMES
