"""The renewal year at a glance: supervision, training and DEI hours against the needs the
visitor set, each with what is left.

It computes nothing itself: the page hands it a `RenewalProgress` and the needs, and it says
them in words. Changing a need goes out as a signal. Like the goal above the sessions, it
keeps track and never rules: the endorsing organisation decides which hours it accepts.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.renewal import MAX_NEED_HOURS, Need, RenewalNeeds, RenewalProgress
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.cards.role_heading import RoleHeading
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import TextRole
from reflect.ui.hours.hours_words import hours_phrase, hours_text, long_date
from reflect.ui.widgets.plurals import english_plural


class NeedBox(QSpinBox):
    """Whole hours a year, its unit agreeing with its number; emits once a value is settled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_NEED_HOURS)
        self.setKeyboardTracking(False)
        self.valueChanged.connect(self._name_unit)
        self._name_unit(self.value())

    def _name_unit(self, hours: int) -> None:
        self.setSuffix(english_plural(self.tr(" hour(s)", "", hours), hours))

    def set_quietly(self, hours: int) -> None:
        """Show `hours` without announcing a change (the journal already holds it)."""
        with QSignalBlocker(self):
            self.setValue(hours)
        self._name_unit(hours)


class RenewalProgressView(QWidget):
    """Emits `needs_chosen(RenewalNeeds)`; shows what `show_progress` is given."""

    needs_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em // 2)
        layout.addWidget(RoleHeading(self.tr("This renewal year"), TextRole.SECTION))
        self.period = text_role(QLabel(), TextRole.HELP)
        self.period.setWordWrap(True)
        layout.addWidget(self.period)
        # One tile per need, side by side: what is logged, a meter, and the hours asked for.
        tiles = QHBoxLayout()
        tiles.setSpacing(em * 3 // 4)
        self.boxes: dict[str, NeedBox] = {}
        self.bars: dict[str, QProgressBar] = {}
        self.sentences: dict[str, QLabel] = {}
        for key, label_text, name in (
            ("supervision", self.tr("Reflective super&vision"), self.tr("Reflective supervision")),
            ("training", self.tr("T&raining"), self.tr("Training")),
            (
                "dei",
                self.tr("Of the training, on diversit&y, equity and inclusion"),
                self.tr("Training on diversity, equity and inclusion"),
            ),
        ):
            box = NeedBox()
            box.setAccessibleName(self.tr("{need}: hours asked for each year").format(need=name))
            box.valueChanged.connect(lambda _value: self.needs_chosen.emit(self.needs()))
            label = text_role(QLabel(label_text), TextRole.QUESTION)
            label.setWordWrap(True)
            label.setBuddy(box)
            bar = look(QProgressBar(), Look.METER)
            bar.setRange(0, 100)
            bar.setTextVisible(False)  # the sentence above says it in words
            bar.setAccessibleName(self.tr("{need}: part of the hours logged").format(need=name))
            sentence = QLabel()
            sentence.setWordWrap(True)
            asked = QHBoxLayout()
            asked.addWidget(text_role(QLabel(self.tr("Asked for each year")), TextRole.HELP), 1)
            asked.addWidget(box)
            tile = look(QFrame(), Look.TILE)
            column = QVBoxLayout(tile)
            column.setContentsMargins(em * 3 // 4, em // 2, em * 3 // 4, em * 3 // 4)
            column.setSpacing(em // 3)
            column.addWidget(label)
            column.addWidget(sentence)
            column.addWidget(bar)
            column.addStretch(1)
            column.addLayout(asked)
            tiles.addWidget(tile, 1)
            self.boxes[key], self.bars[key], self.sentences[key] = box, bar, sentence
        layout.addLayout(tiles)
        self.supervision_need = self.boxes["supervision"]
        self.training_need = self.boxes["training"]
        self.dei_need = self.boxes["dei"]
        self.guidance = QuietLabel(
            self.tr(
                "This is a way to keep track, not a ruling: your endorsing organisation decides "
                "which trainings and hours it accepts. Set the hours it asks for each year above."
            )
        )
        layout.addWidget(self.guidance)

    def needs(self) -> RenewalNeeds:
        """The needs as the boxes show them."""
        return RenewalNeeds(
            training_hours=self.training_need.value(),
            supervision_hours=self.supervision_need.value(),
            dei_hours=self.dei_need.value(),
        )

    def need_text(self, need: Need) -> str:
        """One need in words: what is logged against what is asked, and what is left."""
        done = hours_text(need.logged_minutes)
        if need.needed_minutes == 0:
            return self.tr("{done} logged; none asked for.").format(
                done=hours_phrase(need.logged_minutes)
            )
        asked = need.needed_minutes // 60
        text = english_plural(self.tr("{done} of %n hour(s) logged.", "", asked), asked)
        text = text.format(done=done)
        if need.met:
            return text + " " + self.tr("All the hours asked for are logged.")
        left = self.tr("{hours} to go.").format(hours=hours_phrase(need.remaining_minutes))
        return text + " " + left

    def show_progress(self, progress: RenewalProgress, needs: RenewalNeeds) -> None:
        """Say how far the renewal year goes toward each need."""
        self.training_need.set_quietly(needs.training_hours)
        self.supervision_need.set_quietly(needs.supervision_hours)
        self.dei_need.set_quietly(needs.dei_hours)
        self.period.setText(
            self.tr("This renewal year runs from {first} to {last}.").format(
                first=long_date(progress.first_day), last=long_date(progress.last_day)
            )
        )
        for key, need in (
            ("supervision", progress.supervision),
            ("training", progress.training),
            ("dei", progress.dei),
        ):
            self.bars[key].setValue(need.percent)
            self.bars[key].setFormat(self.tr("%p%"))
            self.sentences[key].setText(self.need_text(need))

    def clear(self) -> None:
        """Show nothing of the journal (it is locked)."""
        self.period.clear()
        for key in self.bars:
            self.bars[key].setValue(0)
            self.sentences[key].clear()
