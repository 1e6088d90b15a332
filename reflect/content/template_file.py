"""Reads one template file (`resources/templates/<id>.toml`) into a `Template`."""

from __future__ import annotations

import re
import tomllib

from reflect.content.card_file import CARD_ID, CARD_ID_SHAPE
from reflect.content.fields import Fields
from reflect.domain.errors import ContentError
from reflect.domain.prompt import AnswerKind, Depth, Prompt
from reflect.domain.template import Section, Template

PROMPT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*")
"""Prompt ids are dotted, e.g. "after-visit.seen"; answers are stored against them."""

PROMPT_ID_SHAPE = 'hyphenated lower-case words, joined by dots, e.g. "after-visit.seen"'

TEMPLATE_FIELDS = (
    "id",
    "title",
    "description",
    "minutes",
    "notice",
    "family",
    "offered",
    "sections",
)
SECTION_FIELDS = ("id", "title", "prompts")
PROMPT_FIELDS = (
    "id",
    "text",
    "help",
    "optional",
    "depth",
    "private",
    "retired",
    "kind",
    "cards",
    "choices",
    "low",
    "high",
)
KINDS = {kind.value: kind for kind in AnswerKind}
DEPTHS = {depth.value: depth for depth in Depth}


def parse_template(text: str, file: str) -> Template:
    """The template in `text`; `file` names it in any error.

    Checks everything one file can check on its own. Whether linked cards exist and
    whether prompt ids are unique across templates is checked once all are read.
    """
    try:
        data = tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(file, "file", f"is not valid TOML ({error})") from None
    fields = Fields(data, file)
    fields.only(TEMPLATE_FIELDS)
    template_id = fields.identifier("id", CARD_ID, CARD_ID_SHAPE)
    title = fields.text("title")
    description = fields.text("description")
    minutes = fields.whole_number("minutes", minimum=1)
    sections = tuple(_section(table) for table in fields.tables("sections"))
    seen: dict[str, int] = {}
    for index, section in enumerate(sections):
        if section.id in seen:
            raise ContentError(
                file,
                f"sections[{index}].id",
                f"'{section.id}' is already the id of sections[{seen[section.id]}]",
            )
        seen[section.id] = index
    return Template(
        id=template_id,
        title=title,
        description=description,
        minutes=minutes,
        sections=sections,
        file=file,
        notice=fields.optional_text("notice"),
        about_a_family=fields.flag("family", default=True),
        # `offered = false`: a template Reflect uses itself (for imported entries) and never
        # offers for a new reflection; the reflections made with it open with it.
        retired=not fields.flag("offered", default=True),
    )


def _section(fields: Fields) -> Section:
    fields.only(SECTION_FIELDS)
    return Section(
        id=fields.identifier("id", CARD_ID, CARD_ID_SHAPE),
        title=fields.text("title"),
        prompts=tuple(_prompt(table) for table in fields.tables("prompts")),
    )


def _prompt(fields: Fields) -> Prompt:
    fields.only(PROMPT_FIELDS)
    kind_name = fields.optional_text("kind", default=AnswerKind.TEXT.value)
    if kind_name not in KINDS:
        raise fields.error("kind", f"'{kind_name}' is not one of {', '.join(KINDS)}")
    kind = KINDS[kind_name]
    choices = fields.texts("choices", required=kind is AnswerKind.CHOICE)
    if choices and kind is not AnswerKind.CHOICE:
        raise fields.error("choices", f"is only for choice prompts, not {kind.value}")
    low = high = ""
    if kind is AnswerKind.SCALE:
        low, high = fields.text("low"), fields.text("high")
    else:
        for name in ("low", "high"):
            if name in fields.data:
                raise fields.error(name, f"is only for scale prompts, not {kind.value}")
    depth_name = fields.optional_text("depth", default=Depth.CORE.value)
    if depth_name not in DEPTHS:
        raise fields.error("depth", f"'{depth_name}' is not one of {', '.join(DEPTHS)}")
    cards = fields.texts("cards", required=False)
    for card_id in cards:
        if not CARD_ID.fullmatch(card_id):
            raise fields.error("cards", f"'{card_id}' is not a valid card id ({CARD_ID_SHAPE})")
    return Prompt(
        id=fields.identifier("id", PROMPT_ID, PROMPT_ID_SHAPE),
        text=fields.text("text"),
        kind=kind,
        help=fields.optional_text("help"),
        optional=fields.flag("optional", default=False),
        cards=cards,
        choices=choices,
        scale_low=low,
        scale_high=high,
        depth=DEPTHS[depth_name],
        private=fields.flag("private", default=False),
        retired=fields.flag("retired", default=False),
    )
