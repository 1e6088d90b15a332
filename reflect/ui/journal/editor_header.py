"""The reflection editor's header: which questions, the visit's date, family code, kind
and length, Bring to supervision, the status, and the lines under them (what this journal
is for, the form's keys, and the template's safety note).

`ReflectionEditor` mixes this in; it provides `library`, `_layout`, `_edited`,
`_template_chosen` and `go_to_first_new_comment`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.library import Library
from reflect.domain.reflection import VisitKind
from reflect.domain.template import Template
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole, font_for
from reflect.ui.journal.comment_view import NewCommentsNote
from reflect.ui.widgets.key_names import key_names
from reflect.ui.widgets.minutes_box import MinutesBox
from reflect.ui.widgets.shortened_label import ShortenedLabel

NO_DURATION = 0


class EditorHeader:
    """Builds the header fields (`_build_header`) and offers the family codes."""

    if TYPE_CHECKING:
        library: Library
        _layout: QVBoxLayout
        _edited: Callable[..., None]
        _template_chosen: Callable[[], None]
        go_to_first_new_comment: Callable[[], None]

        # Declared, not defined: lupdate takes a `def tr` for the class's own and then
        # files the class's strings under no context at all.
        tr: Callable[..., str]

    # ----------------------------------------------------------------- header
    def _build_header(self) -> None:
        page = self._layout.parentWidget()
        assert page is not None  # the layout is the form page's own
        font = page.font()
        space = Spacing.of(font)
        form = QFormLayout()
        form.setHorizontalSpacing(space.m)
        form.setVerticalSpacing(space.s)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # Labels go above their fields when the form is narrow (longer words in Spanish,
        # a 1024-pixel screen): the form never needs more width than it is given.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Kind of reflection"))
        # Never wider than about 24 letters asks: a long title (in Spanish, or one of the
        # visitor's own) is shortened in the box, not allowed to push the form sideways.
        self.template_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_box.setMinimumContentsLength(24)
        self._fill_template_box(None)
        self.template_box.currentIndexChanged.connect(self._template_chosen)
        self.visit_date = QDateEdit()
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat("ddd d MMM yyyy")
        self.visit_date.setAccessibleName(self.tr("Visit date"))
        self.visit_date.dateChanged.connect(self._edited)
        self.family_code = QComboBox()
        self.family_code.setEditable(True)
        self.family_code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.family_code.setAccessibleName(self.tr("Family code"))
        line = self.family_code.lineEdit()
        assert line is not None  # an editable combo box always has its line
        line.setAccessibleName(self.tr("Family code"))  # the box you type in, inside it
        line.setPlaceholderText(self.tr("A family code, never a name"))
        line.setMaxLength(16)
        line.textEdited.connect(self._edited)
        self.family_code.activated.connect(self._edited)
        self.family_code.setMinimumWidth(220)
        self.visit_kind = QComboBox()
        self.visit_kind.setAccessibleName(self.tr("Kind of visit"))
        for kind, label in self._visit_kinds():
            self.visit_kind.addItem(label, kind.value)
        self.visit_kind.currentIndexChanged.connect(self._edited)
        self.duration = MinutesBox()
        self.duration.setRange(NO_DURATION, 600)
        self.duration.setSingleStep(15)
        self.duration.setSpecialValueText(self.tr("Not noted"))
        self.duration.setAccessibleName(self.tr("Visit length in minutes"))
        self.duration.valueChanged.connect(self._edited)
        self.share = QCheckBox(self.tr("Bring to supervision"))
        self.share.setAccessibleName(self.tr("Bring this reflection to supervision"))
        self.share.setToolTip(
            self.tr("Marks it for your next supervision. Private answers are always left out.")
        )
        self.share.toggled.connect(self._edited)
        # Its width comes from its row, not from what it says now: otherwise each
        # Saving…/Saved swap could fold the row in two and move the form under the cursor.
        # Where the row is short it shortens its words; the status bar says them whole.
        # Room for "Complete · Saved 10:42 PM" in the mark's small type, so it is seldom cut.
        widest = "{state} · {saved}".format(
            state=QCoreApplication.translate("ReflectionEditor", "Complete"),
            saved=QCoreApplication.translate("SaveState", "Saved {time}").format(time="10:42 PM"),
        )
        small = QFontMetrics(font_for(font, TextRole.CAPTION))
        self.save_state = look(ShortenedLabel(small.horizontalAdvance(widest)), Look.MARK)
        self.save_state.setAccessibleDescription(self.tr("Save status"))
        form.addRow(self.tr("Questions"), self.template_box)
        self.date_label = QLabel(self.tr("Visit date"))
        self.date_label.setBuddy(self.visit_date)
        form.addRow(self.date_label, self.visit_date)
        form.addRow(self.tr("Family code"), self.family_code)
        # Two fields a row where they belong together, so that on a 600-pixel-high screen
        # the first question starts on the first screen of the form.
        visit = QHBoxLayout()
        visit.addWidget(self.visit_kind)
        length = QLabel(self.tr("&Length"))
        length.setBuddy(self.duration)
        visit.addSpacing(space.m)
        visit.addWidget(length)
        visit.addSpacing(space.xs)
        visit.addWidget(self.duration)
        visit.addStretch(1)
        status = QHBoxLayout()
        status.addWidget(self.share)
        status.addSpacing(space.m)
        status.addWidget(self.save_state, 1)
        visit_label = QLabel(self.tr("Visit"))
        visit_label.setBuddy(self.visit_kind)  # said with the kind of visit it asks for
        form.addRow(visit_label, visit)
        self._visit_row = visit
        form.addRow(self.tr("Status"), status)
        self._header_form = form
        hint = text_role(
            QLabel(
                self.tr(
                    "This is your private reflective-practice journal, not the case record. "
                    "Use a family code, never a name, and no initials: they can identify a "
                    "family on a small or rural caseload. Follow your agency's policy."
                )
            ),
            TextRole.HELP,
        )
        hint.setWordWrap(True)
        # Key names as the system writes them, in the screens' language ("Control+Abajo").
        down = key_names("Ctrl+Down")
        keys = text_role(
            QLabel(
                self.tr(
                    "{next}: next question · F1: its card · F2: keep the answer private"
                ).format(next=down)
            ),
            TextRole.CAPTION,
        )
        keys.setWordWrap(True)
        keys.setAccessibleDescription(self.tr("Keys for the form"))
        self._build_notice(space)
        self._layout.addLayout(form)
        self._layout.addSpacing(space.xs)
        self._layout.addWidget(hint)
        self._layout.addWidget(keys)
        self.new_comments = NewCommentsNote()
        self.new_comments.go_requested.connect(self.go_to_first_new_comment)
        self._layout.addWidget(self.new_comments)
        self._layout.addSpacing(space.xs)
        self._layout.addWidget(self.safety_notice)  # the safety line, above the first question

    def _build_notice(self, space: Spacing) -> None:
        """The template's safety notice: a warm panel with a warning sign beside its words,
        drawn the same way on every form."""
        self.safety_notice = look(QFrame(), Look.NOTICE)
        self.safety_notice.setAccessibleName(self.tr("Safety notice"))
        row = QHBoxLayout(self.safety_notice)
        row.setContentsMargins(space.m, space.s, space.m, space.s)
        row.setSpacing(space.s)
        sign = QLabel()
        set_icon(sign, "warning")
        sign.setAccessibleName(self.tr("Safety"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleDescription(self.tr("Safety note"))
        row.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.notice, 1)
        self.safety_notice.hide()

    def show_notice(self, words: str) -> None:
        """Show the template's safety notice (none hides the panel)."""
        self.notice.setText(words)
        self.safety_notice.setVisible(bool(words))

    def _fit_header(self, template: Template) -> None:
        """Ask only what the set of questions is about: a check-in or a supervision note is
        about the visitor, so its form has a date but no family code, kind of visit or
        length. A value already given still shows, so nothing is hidden away."""
        about_a_visit = (
            template.about_a_family
            or bool(self.family_code.currentText().strip())
            or self.duration.value() != NO_DURATION
        )
        self._header_form.setRowVisible(self.family_code, about_a_visit)
        self._header_form.setRowVisible(self._visit_row, about_a_visit)
        words = self.tr("Visit date") if about_a_visit else self.tr("Date")
        self.date_label.setText(words)
        self.visit_date.setAccessibleName(words)

    def add_above_form(self, widget: QWidget) -> None:
        """Put `widget` at the top, above the form's first field (the way back to the list
        on a narrow page)."""
        self._layout.insertWidget(0, widget, 0, Qt.AlignmentFlag.AlignLeft)

    def _visit_kinds(self) -> list[tuple[VisitKind, str]]:
        return [
            (VisitKind.HOME_VISIT, self.tr("Home visit")),
            (VisitKind.VIRTUAL, self.tr("Virtual visit")),
            (VisitKind.PHONE, self.tr("Phone call")),
            (VisitKind.GROUP, self.tr("Group")),
            (VisitKind.OTHER, self.tr("Other")),
        ]

    def _fill_template_box(self, current: Template | None) -> None:
        """Offer every template still offered, and `current` chosen (put away or not)."""
        order = ["after-visit", "quick-check-in", "before-supervision", "after-supervision"]
        offered = [t for t in self.library.templates if not t.retired]
        known = {t.id: t for t in offered}
        ordered = [known[i] for i in order if i in known] + [
            t for t in offered if t.id not in order
        ]
        if current is not None and current.id not in known:
            ordered.append(current)
        box = self.template_box
        box.blockSignals(True)
        box.clear()
        for template in ordered:
            box.addItem(template.title, template.id)
        box.setCurrentIndex(max(0, box.findData(current.id)) if current is not None else 0)
        box.blockSignals(False)

    def set_family_codes(self, codes: Sequence[str]) -> None:
        """Offer these codes in the family-code box (typing a new one is fine too)."""
        current = self.family_code.currentText()
        self.family_code.blockSignals(True)
        self.family_code.clear()
        self.family_code.addItems(list(codes))
        self.family_code.setEditText(current)
        self.family_code.blockSignals(False)
