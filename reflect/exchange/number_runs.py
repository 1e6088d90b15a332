"""Runs of digits: phone numbers (US and Mexico) and other long ID numbers.

A run is digits joined by the usual separators (space, dot, hyphen, dash, parentheses).
Runs of fewer than 7 digits are ordinary text (ages, times, counts, scores, visit numbers).
Of the longer ones, dates and ranges of years are ordinary too; a run that Google's
libphonenumber (the `phonenumbers` package) accepts as a US or Mexican number is a phone
number; every other run of 7 or more digits is a long ID number (social security,
Medicaid, case and record numbers). As in Microsoft Presidio, words just before a run
("SSN", "Medicaid", "case", "NSS"...) decide what it is named when its shape could be both.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reflect.domain.identifier_flag import IdentifierKind

MIN_DIGITS = 7
# libphonenumber's leniency, by name. POSSIBLE accepts every number of a length the country
# uses: on the corpus the stricter levels (VALID and up) miss made-up and newly assigned
# area codes and name those numbers IDs instead, and the false alarms they would avoid are
# already set aside as dates, times and ranges of years (see bench/deidentify.py).
LENIENCY = "POSSIBLE"
REGIONS = ("US", "MX")
CONTEXT_CHARS = 30

_RUN = re.compile(
    r"(?<![\w.,/:$\-])(?:\+\s?)?(?:\(\d{1,4}\)\s?)?\d+"
    r"(?:(?:[ .\-\u2010\u2011\u2013]\(?|\)[ .\-]?)\d+)*\)?"
)
_GROUP = re.compile(r"\d+")
_TIME_SHAPE = re.compile(r"\d{1,2}[.:]\d\d(?:\s?[-\u2013]\s?\d{1,2}[.:]\d\d)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ID_WORDS = re.compile(
    r"(?<!\w)(?:ssn|ss#|social|security|seguro|nss|imss|medicaid|medicare|medi-cal|i\.d\.|"
    r"(?<!caller\s)id|"
    r"case|caso|expediente|folio|member|miembro|recipient|policy|p[oó]liza|mrn|record|chart|"
    r"license|licencia|wic|snap|ebt|account|cuenta|claim|itin|tin|ein|passport|pasaporte|"
    r"a-number|alien|curp|rfc|voucher|referral)(?!\w)",
    re.IGNORECASE,
)
# Mexican numbers were long dialled with 01 (long distance), 044/045 (mobiles, within Mexico)
# or +52 1 (mobiles, from abroad); libphonenumber no longer reads those prefixes, so they
# are taken off first.
_MX_LEGACY = re.compile(r"^(?:0\s?1|0\s?4\s?[45]|\+\s?52\s?1)[ .\-]?")

PhoneTest = Callable[[str], bool]


# The hint checks an answer again at every pause in typing: remember the runs already seen.
@functools.lru_cache(maxsize=2048)
def is_phone(run: str, leniency: str = LENIENCY) -> bool:
    """True when libphonenumber finds `run`, whole, as a US or Mexican phone number."""
    # Imported on first use: it takes ~15 ms, which unlocking the journal need not wait for.
    import phonenumbers

    level = getattr(phonenumbers.Leniency, leniency)
    candidates = [run]
    legacy = _MX_LEGACY.match(run)
    if legacy:
        candidates.append(("+52 " if run.startswith("+") else "") + run[legacy.end() :])
    for candidate in candidates:
        digits = sum(ch.isdigit() for ch in candidate)
        for region in REGIONS:
            for match in phonenumbers.PhoneNumberMatcher(candidate, region, leniency=level):
                if sum(ch.isdigit() for ch in match.raw_string) == digits:
                    return True
    return False


def _is_date(groups: list[str]) -> bool:
    if len(groups) != 3:
        return False
    if len(groups[0]) == 4:
        year, month, day = groups
    elif len(groups[2]) in (2, 4) and max(len(groups[0]), len(groups[1])) <= 2:
        first, second, year = groups
        month, day = (first, second) if int(first) <= 12 else (second, first)
    else:
        return False
    return len(year) in (2, 4) and 1 <= int(month) <= 12 and 1 <= int(day) <= 31


def _is_time(groups: list[str]) -> bool:
    """Times written with a dot, alone or as a range: 10.30, 10.30-11.45."""
    return len(groups) in (2, 4) and all(
        len(minutes) == 2 and int(hours) <= 24 and int(minutes) < 60
        for hours, minutes in zip(groups[::2], groups[1::2], strict=True)
    )


def _is_ordinary(run: str, groups: list[str]) -> bool:
    """A date, a time, a range of years, or counting ("1 2 3 4 5 6 7"): not an identifier."""
    if sum(len(g) == 1 for g in groups) >= 2 and not run.startswith("+"):
        return True  # numbers counted out, not one number written in groups
    if _TIME_SHAPE.fullmatch(run) and _is_time(groups):
        return True
    if all(len(g) == 4 and _YEAR.fullmatch(g) for g in groups):
        return True
    return "(" not in run and _is_date(groups)


def _named_as_id(text: str, start: int) -> bool:
    return _ID_WORDS.search(text, max(0, start - CONTEXT_CHARS), start) is not None


def find_numbers(
    text: str, phone_test: PhoneTest = is_phone
) -> list[tuple[IdentifierKind, int, int]]:
    """Every phone number and long ID number in `text`, as (kind, start, end).

    `phone_test` tells phone numbers from other long numbers (libphonenumber by default; the
    benchmark passes others to compare).
    """
    found = []
    for match in _RUN.finditer(text):
        run = match.group(0)
        if run.endswith(")") and run.count("(") < run.count(")"):
            run = run[:-1]  # a closing parenthesis of the sentence, not of the number
        groups = _GROUP.findall(run)
        if sum(len(g) for g in groups) < MIN_DIGITS or _is_ordinary(run, groups):
            continue
        start = match.start()
        if not _named_as_id(text, start) and phone_test(run):
            kind = IdentifierKind.PHONE
        else:
            kind = IdentifierKind.ID_NUMBER
        found.append((kind, start, start + len(run)))
    return found
