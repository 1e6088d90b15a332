"""Patterns for identifiers with a written shape: e-mail, street address, date of birth, IDs.

Modelled on how Microsoft Presidio's recognisers work: a pattern alone where the shape is
unmistakable (an e-mail address, "PO Box 12", "14 Elm St Apt 4B"), and a pattern plus a
context word where the shape alone is ordinary (a date is a birth date only after "born",
"DOB", "nació"...). English and Spanish, as visitors write them, in any case.
"""

from __future__ import annotations

import re

from reflect.domain.identifier_flag import IdentifierKind

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# --------------------------------------------------------------------------- addresses
_SUFFIX = (
    r"(?:street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|"
    r"place|pl|terrace|terr|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq|"
    r"loop|alley|row|crescent|cres|heights|hts|plaza|plz|point|pt)"
)
_DIRECTION = r"(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?"
# Words that sit between a number and "drive" or "way" in ordinary sentences ("a 45 minute
# drive", "at 3 the Dr. came"): never part of a street name.
_NOT_A_NAME = (
    r"(?:minutes?|mins?|hours?|hrs?|miles?|blocks?|days?|weeks?|months?|years?|times?|kms?|"
    r"feet|foot|kids?|of|the|a|an|and|or|to|in|on|at|by|with|for|from|my|her|his|their|our|"
    r"its|more|other|long|whole|same|am|pm)"
)
_NAME_WORD = rf"(?:(?!{_NOT_A_NAME}\b)[^\W\d_][\w'’]*\.?|\d{{1,3}}(?:st|nd|rd|th))"
_UNIT_WORD = r"(?:apt|apartment|unit|suite|ste|depto|departamento|interior|int)"
_UNIT = rf"(?:{_UNIT_WORD}\.?\s*#?\s*|#\s*)(?:\d{{1,5}}[a-z]?|[a-z])\b"
_STREET = re.compile(
    rf"(?<![\w$.,/:])\d{{1,6}}[a-z]?\s+(?:{_DIRECTION}\s+)?(?:{_NAME_WORD}\s+){{1,3}}"
    rf"{_SUFFIX}\b\.?(?:\s+{_DIRECTION}(?!\w))?(?:,?\s+{_UNIT})?",
    re.IGNORECASE,
)
_UNIT_ALONE = re.compile(
    # "Unit" and "suite" also name parts of a course or a clinic ("Unit 3 covers sleep"):
    # alone, they count only after "in", "at"... and not before "of". Only the `found`
    # group is flagged.
    r"(?<!\w)(?P<pre>(?:in|at|to|into|from|en)\s+(?:the\s+)?)?"
    r"(?P<found>(?:apt\.?|apartment|depto\.?|departamento|(?(pre)(?:unit|suite|ste\.)|(?!)))"
    r"\s*#?\s*\d{1,5}[a-z]?\b)(?!\s+of\b)",
    re.IGNORECASE,
)
# Mexican lots without street numbers: "manzana 5 lote 12", "Mz. 5 Lt. 12".
_LOT = re.compile(
    r"(?<!\w)(?:manzana|mza?\.?)\s*\d{1,4}[a-z]?\s*,?\s*(?:lote|lt\.?)\s*\d{1,4}[a-z]?\b",
    re.IGNORECASE,
)
_PO_BOX = re.compile(
    r"(?<!\w)(?:p\.?\s?o\.?\s?box|post\s+office\s+box|apartado\s+postal|apdo\.)\s*#?\s*\d+\b",
    re.IGNORECASE,
)
_SPANISH_STREET_WORD = (
    r"(?:calle|c/|avenida|av\.|(?-i:(?:Av|C\.)(?=\s*[A-ZÁÉÍÓÚÑ]))|avda\.?|bulevar|blvd\.?|"
    r"calzada|"
    r"calz\.|privada|priv\.|callej[oó]n|andador|prolongaci[oó]n|prol\.|carretera|paseo)"
)
# A street name starts with a name ("Morelos", "Los Pinos") or a day ("5 de Mayo"), never
# with a little word of a sentence ("la calle y 3 niños").
_NOT_A_STREET_NAME = (
    r"(?:y|e|o|u|de|del|en|con|que|por|para|a|al|sin|muy|es|era|est[aá]|estaba|se|me|le|"
    r"no|m[aá]s|donde|cuando|como|hasta|desde|and|or|the|was|is)"
)
_SPANISH_NAME = (
    rf"(?:(?!{_NOT_A_STREET_NAME}\b)[^\W\d_][\w'.]*|\d{{1,2}}(?=\s+de\s))"
    r"(?:\s+(?:de|del|la|las|los|el|y|[^\W\d_][\w'.]*)){0,4}"
)
_SPANISH_STREET = re.compile(
    rf"(?<!\w){_SPANISH_STREET_WORD}(?:(?<=[./])\s*|\s+){_SPANISH_NAME},?\s+"
    r"(?:(?:(?:n[uú]mero|n[uú]m\.|no\.|n[º°]|#)\s*)?\d{1,5}[a-z]?\b|s/n(?!\w))"
    r"(?:,?\s*(?:interior|int\.|depto\.?|departamento)\s*\d{1,5}[a-z]?\b)?",
    re.IGNORECASE,
)

# ----------------------------------------------------------------------- dates of birth
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|º)?"
_YEAR = r"(?:19|20)\d{2}"
_NUMERIC_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    # A day and month alone only with a slash, never a span ("3-4 weeks", "1/2 hour").
    r"|\d{1,2}/\d{1,2}(?!\s*(?:weeks?|months?|days?|hours?|years?|semanas?|mes(?:es)?|"
    r"d[ií]as?|horas?|años?)\b))(?![\d/])"
)
_WRITTEN_DATE = (
    rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    rf"|(?:the\s+)?{_DAY}(?:\s+of|\s+de)?\s+{_MONTH}(?:,?\s+(?:de\s+|del\s+)?{_YEAR})?)(?!\w)"
)
_BIRTH_WORD = (
    r"(?:born|births?|birthdays?|b-?day|dob|d\.o\.b\.?|b[.:]|date\s+of\s+birth|nacid[oa]s?|"
    r"naci[oó]?|nacimiento|fecha\s+de\s+nac\.?|f\.\s?nac\.?|cumpleaños|cumple)"
)
# Up to 25 characters between the word and the date, within the sentence.
_GAP = r"(?:[^.!?\n]|\.(?!\s)){0,25}?"
_BIRTH_DATE = re.compile(
    rf"(?<!\w){_BIRTH_WORD}(?!\w){_GAP}(?<![\d/.-])(?:{_NUMERIC_DATE}|{_WRITTEN_DATE})",
    re.IGNORECASE,
)
# A full date with a four-digit year and no word around it may still be a birth date.
_FULL_DATE = re.compile(r"(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?![\w/])")

# ----------------------------------------------------------- IDs with letters in them
_LETTER_ID = re.compile(r"(?<![\w-])[A-Z]{1,2}-?\d{7,12}(?!\w)")
# Court and agency numbers mix digits, letters and hyphens ("24-CV-118732"); six digits or
# more is never an ordinary word such as "ASQ-3" or "COVID-19".
_CODE = re.compile(r"(?<![\w-])(?=(?:[A-Z-]*\d){6})(?=[\d-]*[A-Z])[A-Z\d]+(?:-[A-Z\d]+)+(?![\w-])")
_CURP = re.compile(r"(?<!\w)[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d(?!\w)")

# Each pattern with words one of which every match holds (in lower case), so a text with
# none of them is not scanned at all: the quiet hint runs while the visitor types.
PATTERNS: tuple[tuple[IdentifierKind, re.Pattern[str], tuple[str, ...]], ...] = (
    (IdentifierKind.EMAIL, EMAIL, ("@",)),
    (IdentifierKind.ADDRESS, _STREET, ()),
    (IdentifierKind.ADDRESS, _SPANISH_STREET, ()),
    (IdentifierKind.ADDRESS, _PO_BOX, ("box", "apartado", "apdo")),
    (IdentifierKind.ADDRESS, _LOT, ("manzana", "mz")),
    (
        IdentifierKind.ADDRESS,
        _UNIT_ALONE,
        ("apt", "apartment", "depto", "departamento", "unit", "suite", "ste."),
    ),
    (
        IdentifierKind.BIRTH_DATE,
        _BIRTH_DATE,
        ("born", "birth", "bday", "b-day", "dob", "d.o.b", "b.", "b:", "naci", "cumple"),
    ),
    (IdentifierKind.BIRTH_DATE, _FULL_DATE, ()),
    (IdentifierKind.ID_NUMBER, _LETTER_ID, ()),
    (IdentifierKind.ID_NUMBER, _CODE, ()),
    (IdentifierKind.ID_NUMBER, _CURP, ()),
)
_DIGIT = re.compile(r"\d")
# The only patterns that can match a text without a digit ("Calle Reforma s/n").
_WITHOUT_DIGITS = (EMAIL, _SPANISH_STREET)


def find_patterns(text: str) -> list[tuple[IdentifierKind, int, int]]:
    """Every match of every pattern in `text`, as (kind, start, end); overlaps included."""
    digits = _DIGIT.search(text) is not None
    lower = text.lower()
    found: list[tuple[IdentifierKind, int, int]] = []
    for kind, pattern, words in PATTERNS:
        if not digits and pattern not in _WITHOUT_DIGITS:
            continue
        if words and not any(word in lower for word in words):
            continue
        part = "found" if "found" in pattern.groupindex else 0
        found.extend((kind, m.start(part), m.end(part)) for m in pattern.finditer(text))
    return found
