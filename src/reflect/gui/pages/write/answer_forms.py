"""Every question an entry asks: the kind's form, then the questions the writer brings.

Split from the editor so that it holds the page (title, text, sharing,
saving) and this holds the answers: what the form asks follows the kind,
and a template or a guide adds its questions below it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reflect.app.templates import TemplateBook
from reflect.domain.asked import asked_answers, asked_fields
from reflect.domain.guided_reflection import Guide
from reflect.domain.kinds import Kind
from reflect.gui.pages.write.asked_form import AskedForm
from reflect.gui.pages.write.kind_form import KindForm
from reflect.gui.pages.write.question_picker import QuestionPicker


class AnswerForms(QWidget):
    """``edited`` on a person's edits; ``rebuilding`` just before fields are taken
    down (the identifier hint may sit among them), ``rebuilt`` once new ones are up."""

    edited = Signal()
    rebuilding = Signal()
    rebuilt = Signal()

    def __init__(self, templates: TemplateBook, guides: tuple[Guide, ...], parent=None) -> None:
        super().__init__(parent)
        self.templates = templates
        self.guides = guides
        self.kind_form: KindForm | None = None
        self.asked_form = AskedForm(())
        # Placed by the editor beside the kind, before the title: like the
        # kind, it is a choice of how to write, made before writing.
        self.picker = QuestionPicker()
        self.guide_source = QLabel()
        self.guide_source.setWordWrap(True)
        self.guide_source.setProperty("look", "muted")
        self.guide_source.hide()
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.asked_form)
        layout.addWidget(self.guide_source)
        self.picker.chosen.connect(self._questions_chosen)

    # -- what the entry holds ------------------------------------------------

    def show_kind(self, kind: Kind, fields: Mapping[str, str]) -> None:
        """The kind's form and the brought questions of ``fields``, filled, as no edit."""
        self.rebuilding.emit()
        if self.kind_form is not None:
            # Hidden and detached at once: deleteLater alone would leave the
            # old questions painted under the new ones until the loop runs.
            # Silenced too: its fields report a change as they are destroyed.
            self.kind_form.blockSignals(True)
            self._layout.removeWidget(self.kind_form)
            self.kind_form.hide()
            self.kind_form.setParent(None)
            self.kind_form.deleteLater()
        self.kind_form = KindForm(kind)
        self.kind_form.edited.connect(self.edited)
        self._layout.insertWidget(0, self.kind_form)
        self.picker.offer(self.templates.for_kind(kind), self.guides)
        self._show_guide(None)
        self._ask([q for q, _ in asked_answers(fields)], asked_fields(fields), fields)

    def values(self) -> dict[str, str]:
        return {**self.form.values(), **self.asked_form.values()}

    def written_answers(self) -> list[tuple[QPlainTextEdit, str]]:
        return [*self.form.written_answers(), *self.asked_form.written_answers()]

    def text_fields(self) -> list[QPlainTextEdit]:
        return [*self.form.text_fields.values(), *self.asked_form.text_fields.values()]

    def focus_chain(self) -> list[QWidget]:
        return [*self.form.focus_chain(), *self.asked_form.focus_chain()]

    def clear(self) -> None:
        """At a lock: no answer, and no template's name, left in the widgets."""
        self.form.clear()
        self.picker.offer([], self.guides)
        self._show_guide(None)
        self._ask([], {})

    @property
    def form(self) -> KindForm:
        assert self.kind_form is not None  # built by the editor's first load
        return self.kind_form

    def bring(self, key: str) -> None:
        """Bring a template's ("template:<id>") or a guide's ("guide:<id>") questions,
        as when the writer picks it from the list."""
        if self.picker.choose(key):
            self._questions_chosen()

    # -- bringing questions --------------------------------------------------

    def _questions_chosen(self) -> None:
        """The picked questions replace the unanswered ones; an answer is never dropped."""
        answers = self.asked_form.answered()
        kept = [question for question, _ in asked_answers(answers)]
        self._ask([*kept, *self.picker.questions()], answers)
        self._show_guide(self.picker.guide())
        self.edited.emit()
        fields = self.asked_form.focus_chain()
        if len(fields) > len(kept):
            fields[len(kept)].setFocus()  # the first new question: where the writing goes on

    def _ask(
        self,
        questions: list[str],
        answers: Mapping[str, str],
        form_answers: Mapping[str, str] | None = None,
    ) -> None:
        self.rebuilding.emit()
        old = self.asked_form
        old.blockSignals(True)  # its fields report a change as they are destroyed
        self.asked_form = AskedForm(questions)
        self.asked_form.edited.connect(self.edited)
        self._layout.replaceWidget(old, self.asked_form)
        # Shown once in its place (shown before, without a parent, it would be a window).
        self.asked_form.setVisible(bool(self.asked_form.text_fields))
        old.hide()
        old.setParent(None)
        old.deleteLater()
        self.rebuilt.emit()
        # Filled only now, with the fields' highlighters on: a highlighter put
        # on a filled field reports a change a moment later, read as an edit.
        if form_answers is not None:
            self.form.set_values(dict(form_answers))
        self.asked_form.fill(answers)

    def _show_guide(self, guide: Guide | None) -> None:
        if guide is not None:
            self.guide_source.setText(
                self.tr("{about} Where it comes from: {source}").format(
                    about=guide.about, source=guide.source
                )
            )
        self.guide_source.setVisible(guide is not None)
