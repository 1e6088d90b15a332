"""The supervisor's "Shared with me": supervisees' reflections, read-only, to comment on.

Comments are kept in the supervisor's journal until "Send reply" writes them into a
reply packet; a sent comment can no longer be changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.comment import Comment
from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.domain.removal import SharedReflectionDeletion
from reflect.domain.shared_reflection import SharedReflection
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look
from reflect.ui.supervision.empty_state import EmptyState
from reflect.ui.supervision.packet_files import ask_where_to_save
from reflect.ui.supervision.port import SupervisionPort
from reflect.ui.supervision.reflection_html import WHOLE, prompt_text, reflection_html
from reflect.ui.supervision.removal_words import deletion_text, deletion_title
from reflect.ui.widgets import messages
from reflect.ui.widgets.busy import hold
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.local_dates import day_text
from reflect.ui.widgets.page_column import button, ctrl_enter

KEY_ROLE = Qt.ItemDataRole.UserRole


class SharedWithMeTab(QWidget):
    """Emits `error(ReflectError)`; `sent()` after a reply packet is written."""

    error = Signal(object)
    sent = Signal()

    def __init__(
        self, library: Library, port: SupervisionPort, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._port = port
        self._shared: dict[tuple[str, str], SharedReflection] = {}
        self._current: SharedReflection | None = None
        # A comment being written stays with its reflection when another one is opened.
        self._drafts: dict[tuple[str, str], tuple[str, str]] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(HeadingLabel(self.tr("Shared with me"), 1.2))
        layout.addWidget(
            QuietLabel(
                self.tr(
                    "Reflections your supervisees shared with you, by person. They are "
                    "read-only. Comment on a whole reflection or on one answer, then send "
                    "your reply."
                )
            )
        )
        split = QSplitter()
        split.setObjectName("shared")  # its position is remembered
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.tree.setAccessibleName(self.tr("Shared reflections, by supervisee"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.tree.currentItemChanged.connect(lambda item, _old: self._select(item))
        self.reader = QTextBrowser()
        self.reader.setOpenLinks(False)
        self.reader.setAccessibleName(self.tr("The shared reflection"))
        self.reader.anchorClicked.connect(self._link)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reader, 1)
        row = QHBoxLayout()
        self.about = QComboBox()
        self.about.setAccessibleName(self.tr("Comment on"))
        label = QLabel(self.tr("Comment &on"))
        label.setBuddy(self.about)
        row.addWidget(label)
        row.addWidget(self.about, 1)
        column.addLayout(row)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Your comment"))
        self.comment.setPlaceholderText(
            self.tr("A question, a noticing, something to wonder about…")
        )
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.fontMetrics().height() * 5)
        column.addWidget(self.comment)
        row = QHBoxLayout()
        self.delete_button = button(
            self.tr("Delete…"), self.tr("Delete this shared reflection"), self._delete
        )
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.save_button = button(self.tr("Save comment"), self.tr("Save comment"), self._save)
        ctrl_enter(self.comment, self._save)  # Enter starts a new line
        row.addWidget(self.save_button)
        column.addLayout(row)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        self.split = split
        self.nothing = EmptyState(
            "chat-circle-text",
            self.tr("Nothing has been shared with you yet"),
            self.tr(
                "When someone you supervise shares reflections with you, their packet "
                "arrives under Inbox. Import it there, and their reflections appear here, "
                "ready for your comments."
            ),
        )
        self.nothing.hide()
        layout.addWidget(self.nothing)
        layout.addWidget(split, 1)
        layout.addStretch(0)  # takes the room only while the panes are hidden
        row = QHBoxLayout()
        self.outcome = QuietLabel()
        self.reply_button = button(self.tr("Send reply…"), self.tr("Send reply"), self._reply)
        look(self.reply_button, Look.PRIMARY)
        look(self.delete_button, Look.DESTRUCTIVE)
        set_icon(self.reply_button, "paper-plane-tilt")
        row.addWidget(self.outcome, 1)
        row.addWidget(self.reply_button)
        layout.addLayout(row)
        self._enable()

    # ------------------------------------------------------------ showing
    def show_shared(self) -> None:
        """Fill in from the open journal, keeping the reflection that was open."""
        was = (
            (self._current.supervisee_key_id, self._current.reflection.uuid)
            if self._current
            else None
        )
        shared = self._port.supervision().shared_with_me()
        self._shared = {(s.supervisee_key_id, s.reflection.uuid): s for s in shared}
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        select = None
        for s in shared:
            group = groups.get(s.supervisee_key_id)
            if group is None:
                group = QTreeWidgetItem([s.supervisee_name or self.tr("Someone not in People")])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[s.supervisee_key_id] = group
                self.tree.addTopLevelItem(group)
            item = QTreeWidgetItem(
                [f"{day_text(s.reflection.visit_date)} · {s.reflection.family_code}"]
            )
            item.setData(0, KEY_ROLE, (s.supervisee_key_id, s.reflection.uuid))
            group.addChild(item)
            if (s.supervisee_key_id, s.reflection.uuid) == was:
                select = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        # Nothing yet: say how reflections come here, in place of two empty panes.
        self.nothing.setVisible(not shared)
        self.split.setVisible(bool(shared))
        self.reply_button.setVisible(bool(shared))
        if select is not None:
            self.tree.setCurrentItem(select)
        elif self._current is not None:
            self._current = None
            self.reader.clear()
        self._enable()

    def clear(self) -> None:
        """Forget everything shown (on lock); comments being typed stay in memory only."""
        self._keep_draft()
        self._shared = {}
        self._current = None
        self.tree.clear()
        self.reader.clear()
        self.about.clear()
        self.comment.clear()
        self.outcome.clear()
        self.reply_button.setText(self.tr("Send reply…"))

    def _keep_draft(self) -> None:
        if self._current is not None:
            key = (self._current.supervisee_key_id, self._current.reflection.uuid)
            text = self.comment.toPlainText()
            if text.strip():
                self._drafts[key] = (str(self.about.currentData() or WHOLE), text)
            else:
                self._drafts.pop(key, None)

    def _select(self, item: QTreeWidgetItem | None) -> None:
        self._keep_draft()
        key = item.data(0, KEY_ROLE) if item is not None else None
        self._current = self._shared.get(tuple(key)) if key else None
        self._render()
        self.about.clear()
        self.comment.clear()
        if self._current is not None:
            self.about.addItem(self.tr("The whole reflection"), WHOLE)
            for answer in self._current.reflection.answers:
                question = self._current.question(answer.prompt_id)
                self.about.addItem(
                    prompt_text(self.library, answer.prompt_id, question), answer.prompt_id
                )
            draft = self._drafts.get(
                (self._current.supervisee_key_id, self._current.reflection.uuid)
            )
            if draft is not None:
                self.about.setCurrentIndex(max(self.about.findData(draft[0]), 0))
                self.comment.setPlainText(draft[1])
        self._enable()

    def _mine(self) -> list[Comment]:
        if self._current is None or not self._port.is_open:
            return []
        return self._port.supervision().my_comments(self._current.supervisee_key_id)

    def _render(self) -> None:
        if self._current is None:
            self.reader.clear()
            return
        grouped: dict[str, list[Comment]] = {}
        for c in self._mine():
            if c.reflection_uuid == self._current.reflection.uuid:
                grouped.setdefault(c.prompt_id or WHOLE, []).append(c)
        scroll = self.reader.verticalScrollBar().value()
        self.reader.setHtml(
            reflection_html(
                self._current.reflection,
                self.library,
                comments=grouped,
                links=True,
                questions=dict(self._current.questions),
            )
        )
        self.reader.verticalScrollBar().setValue(scroll)

    def _enable(self) -> None:
        has = self._current is not None
        for widget in (self.about, self.comment, self.save_button, self.delete_button):
            widget.setEnabled(has)
        unsent = [c for c in self._mine() if not c.read]
        self.reply_button.setEnabled(bool(unsent))
        name = self._current.supervisee_name if self._current else ""
        self.reply_button.setText(
            self.tr("Send reply to {name}…").format(name=name) if name else self.tr("Send reply…")
        )

    def _link(self, url: QUrl) -> None:
        target = url.toString().removeprefix("comment:")
        index = self.about.findData(target)
        if index >= 0:
            self.about.setCurrentIndex(index)
            self.comment.setFocus()

    # ------------------------------------------------------------ commenting
    def _save(self) -> None:
        if self._current is None or not self._port.is_open:
            return
        about = self.about.currentData()
        try:
            self._port.supervision().add_comment(
                self._current.supervisee_key_id,
                self._current.reflection.uuid,
                None if about == WHOLE else about,
                self.comment.toPlainText(),
            )
        except ReflectError as error:
            self.error.emit(error)  # the comment stays in the box
            return
        self.comment.clear()
        self._drafts.pop((self._current.supervisee_key_id, self._current.reflection.uuid), None)
        self.outcome.setText(self.tr("Comment saved. It goes out with your next reply."))
        self._render()
        self._enable()

    def _delete(self) -> None:
        current = self._current
        if current is None or not self._port.is_open:
            return
        key = (current.supervisee_key_id, current.reflection.uuid)
        try:
            summary = self._port.supervision().shared_reflection_deletion(*key)
            writing = bool(self.comment.toPlainText().strip())
            text = deletion_text(summary, day_text(current.reflection.visit_date), writing)
            if not messages.confirm(
                self, deletion_title(), text, self.tr("Delete"), destructive=True
            ):
                return
        except ReflectError as error:
            self.error.emit(error)
            return
        if not self._still_open():
            return  # the journal locked while the dialog was open
        self.outcome.setText(self.tr("Deleting (a backup comes first)…"))
        release = hold(self, pointer=False)

        def deleted(_: SharedReflectionDeletion) -> None:
            release()
            self._drafts.pop(key, None)
            self.comment.clear()  # the comment being written went with it, as it said
            self.outcome.setText(
                self.tr(
                    "The shared reflection is deleted. A backup from just before is under "
                    "Settings, Backups."
                )
            )
            self.show_shared()

        def failed(error: ReflectError) -> None:
            release()
            self.outcome.clear()
            self.error.emit(error)

        self._port.begin_delete_shared_reflection(*key, deleted, failed)

    def _reply(self) -> None:
        if self._current is None or not self._port.is_open:
            return
        name = self._current.supervisee_name
        key_id = self._current.supervisee_key_id
        try:
            supervision = self._port.supervision()
            folder = supervision.exchange_folder()
            chosen = None if folder else ask_where_to_save(self, "reply", self.tr("Save the reply"))
            if (folder is None and chosen is None) or not self._port.is_open:
                return  # cancelled, or the journal locked while the dialog was open
            if folder is not None:
                path = supervision.export_reply(key_id, folder)
            else:
                assert chosen is not None
                path = supervision.export_reply_as(key_id, chosen)
        except ReflectError as error:
            self.error.emit(error)
            return
        self.outcome.setText(
            self.tr(
                "Reply for {name} saved: {file}. Give the file to {name}, or let your synced "
                "folder carry it."
            ).format(name=name, file=str(path))
        )
        self._render()
        self._enable()
        self.sent.emit()

    def _still_open(self) -> bool:
        """True while the journal is open (a dialog may have outlived a lock)."""
        return self._port.is_open
