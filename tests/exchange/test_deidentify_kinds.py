"""Each kind of identifier is found in the forms visitors write it, and ordinary text is not."""

from __future__ import annotations

import pytest

from reflect.domain.identifier_flag import IdentifierKind
from reflect.exchange.deidentify import check

ADDRESS = IdentifierKind.ADDRESS
BIRTH = IdentifierKind.BIRTH_DATE
ID = IdentifierKind.ID_NUMBER
PHONE = IdentifierKind.PHONE


def _found(text: str) -> list[tuple[IdentifierKind, str]]:
    return [(f.kind, text[f.start : f.end]) for f in check(text)]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("they moved to 42 maple grove ave last week", "42 maple grove ave"),
        ("new place is 1200 n main st, upstairs", "1200 n main st"),
        ("The visit was at 300 SW 5th Ave today.", "300 SW 5th Ave"),
        ("She is at 14 Elm St Apt 4B for now.", "14 Elm St Apt 4B"),
        ("Come to 88 Pine Street #12 instead.", "88 Pine Street #12"),
        ("Dad stays at 12 Linden Terr. on weekends.", "12 Linden Terr."),
        ("grandma lives at 915 e 3rd street", "915 e 3rd street"),
        ("She's in apartment 7C now.", "apartment 7C"),
        ("they are in Unit 3 now", "Unit 3"),
        ("Mail goes to PO Box 1432 now.", "PO Box 1432"),
        ("Letters go to P.O. Box 45 now.", "P.O. Box 45"),
        ("Viven en calle Morelos 45, con el papá.", "calle Morelos 45"),
        ("La visita fue en Av. Juárez 120 hoy.", "Av. Juárez 120"),
        ("se cambiaron a avenida Reforma número 222", "avenida Reforma número 222"),
        ("Mom is back at Calle 5 de Mayo 123 now.", "Calle 5 de Mayo 123"),
        ("Ahora en C. Hidalgo No. 5, con la tía.", "C. Hidalgo No. 5"),
        ("Viven en Calle Reforma s/n, la casa verde.", "Calle Reforma s/n"),
        ("Viven en manzana 5 lote 12, cerca de la escuela.", "manzana 5 lote 12"),
        ("At 123 North Main Street Unit B now.", "123 North Main Street Unit B"),
    ],
)
def test_street_addresses_are_found_in_their_common_forms(text: str, flagged: str) -> None:
    assert _found(text) == [(ADDRESS, flagged)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Baby Noah was born March 4, 2024, a week late.", "March 4, 2024"),
        ("Mom wrote b. 3/4/24 on the sheet.", "3/4/24"),
        ("DOB 03/04/2024 is on the WIC paper.", "03/04/2024"),
        ("Nacido el 4 de marzo, ya sostiene la cabeza.", "4 de marzo"),
        ("la fecha de nacimiento 12/07/2023 estaba mal", "12/07/2023"),
        ("she was born on the 4th of March and it snowed", "4th of March"),
        ("Mom's birthday is June 12 and nobody remembered.", "June 12"),
        ("The baby's DOB: 2024-01-09, mom said.", "2024-01-09"),
        ("dob 9.14.21, mom is unsure", "9.14.21"),
        ("b: 3/4/24 on the card", "3/4/24"),
        ("Naci el 4 de marzo, me dijo la mamá.", "4 de marzo"),
    ],
)
def test_dates_of_birth_written_out_are_found(text: str, date: str) -> None:
    ((kind, flagged),) = _found(text)
    assert kind is BIRTH
    assert flagged.endswith(date)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mom read her SSN 123-45-6789 out loud.", "123-45-6789"),
        ("social 123 45 6789 on the letter", "123 45 6789"),
        ("Medicaid # 1234567890 is on the card.", "1234567890"),
        ("medicaid id 87654321 for the baby", "87654321"),
        ("Case number 2024-00123 is on the paper.", "2024-00123"),
        ("member ID 987 654 321 from the letter", "987 654 321"),
        ("El NSS 1234-5678-901 está en la hoja.", "1234-5678-901"),
        ("the A-number A123456789 was on the letter", "A123456789"),
        ("CPS case 7734219 came up today.", "7734219"),
        ("Her CURP GOML850312MDFRPR09 was on the form.", "GOML850312MDFRPR09"),
        ("Case #: 24-CV-118732 on the custody paper.", "24-CV-118732"),
    ],
)
def test_social_security_medicaid_and_other_long_id_numbers_are_found(
    text: str, number: str
) -> None:
    assert _found(text) == [(ID, number)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Call her on (555) 123-4567 today.", "(555) 123-4567"),
        ("grandma's cell is 555.123.4567 if", "555.123.4567"),
        ("Dad texted from 555-867-5309 to move it.", "555-867-5309"),
        ("She gave me +1 555 123 4567 for her sister.", "+1 555 123 4567"),
        ("Left a voicemail at 1-555-234-9876 today.", "1-555-234-9876"),
        ("the number on the fridge was 5552349876, I saw", "5552349876"),
        ("Su mamá me dio su celular +52 55 1234 5678 hoy.", "+52 55 1234 5678"),
        ("Abuela: +52 1 33 3615 2047 en Guadalajara.", "+52 1 33 3615 2047"),
        ("Me marcó del 044 55 1234 5678 y se cortó.", "044 55 1234 5678"),
        ("el número de la tía es 045 33 1234 5678, lo anoté", "045 33 1234 5678"),
        ("mom's mexican number: 55 1234 5678, she keeps it", "55 1234 5678"),
        ("Llamar a la abuela al 33-1234-5678 el martes.", "33-1234-5678"),
        ("Tío wrote (81) 8340 1234 on the flyer.", "(81) 8340 1234"),
        ("La abuela: 01 55 1234 5678, de su casa.", "01 55 1234 5678"),
        ("Dad called from 917.555.0143 during the visit.", "917.555.0143"),
    ],
)
def test_us_and_mexican_phone_numbers_are_found_in_every_common_form(
    text: str, number: str
) -> None:
    assert _found(text) == [(PHONE, number)]


@pytest.mark.parametrize(
    "text",
    [
        "I have been seeing them since 2023, through the 2023–2024 winter.",
        "Mom worked at a daycare 2019-2021 and 2023-24 was the hardest.",
        "Baby was 7 mo today; her brother is 2y and says 20 words.",
        "At 18 months she still wakes 3 or 4 times a night.",
        "We talked for 45 min, then baby slept around 3:30, and at 10am we left.",
        "The visit ran from 10am to 11:30am, 1 hour 30 minutes.",
        "Visit 12 with this family; visit #12 felt different.",
        "Heaviness 7 out of 10, hope 4/10, stress 8/10 and 0/10 later.",
        "She counted 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 with her toddler.",
        "She was born at 34 weeks and spent 12 days in the NICU.",
        "Mom was born in Oaxaca; her first birthday is in March.",
        "Next visit 12/3; on 3/4 she cancelled; on the 4th of March the heat came on.",
        "Rent went up to $1,450 and they owe $2,300; 3 kids, ages 2, 4 and 7.",
        "After a 45 minute drive I sat in the car; the street was loud.",
        "La calle estaba oscura; es la visita número 8; nació a las 36 semanas.",
        "We practised 5-4-3-2-1 grounding; the 2-1-1 line said call Monday.",
        "The ASQ-3 and ASQ:SE-2 came out fine; COVID-19 kept them home in 2020-2021.",
        "Unit 2 of the training covered attachment; Unit 3 covers sleep; Suite 5 of the clinic.",
        "Her birthday is 3-4 weeks away; cumpleaños en 1/2 año, dice.",
        "The group meets 10.30-11.45 on Thursdays; they waited from 9.15 to 10.45.",
        "la calle y 3 niños corriendo, mucho ruido",
        "Av sleep was 7 hours; Room 214 at the clinic; bus 72 was late.",
        "Mom was born 1999; born 2 months early; she drove 1,200 miles in 2024.",
        "Between 2020 and 2022 they moved four times; from 2010 to 2015 foster care.",
    ],
)
def test_ordinary_reflection_text_is_not_flagged(text: str) -> None:
    assert _found(text) == []
