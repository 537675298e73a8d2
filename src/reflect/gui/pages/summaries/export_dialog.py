"""Preparing a supervision pack: choose, preview exactly what is written, remove identifiers, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.app.pack_export import (
    Identifiers,
    PackWording,
    export_pack,
    pack_outline,
    prepare_pack,
)
from reflect.app.supervision import log_export
from reflect.domain.errors import ValidationError
from reflect.domain.identifiers import HIT_LABELS
from reflect.domain.pack import PackOptions, redact_pack
from reflect.domain.pack_texts import PackHit
from reflect.domain.period import Period
from reflect.domain.prompts import PromptCatalogue
from reflect.export.html import render_html
from reflect.export.outline import ExportCancelled
from reflect.gui.widgets.labelled import labelled
from reflect.gui.widgets.live_label import LiveLabel
from reflect.present.local_format import local_date, local_number
from reflect.present.messages import translated
from reflect.present.translations import qt_translate as translate

HIT_ROLE = Qt.ItemDataRole.UserRole
SUFFIXES = {"pdf": ".pdf", "md": ".md", "html": ".html"}


class ExportDialog(QDialog):
    def __init__(
        self, journal: Journal, catalogue: PromptCatalogue, period: Period, parent=None
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.catalogue = catalogue
        self.period = period
        self.hits: list[PackHit] = []
        # Each removal the writer made, in order: replayed on every rebuilt pack,
        # so ticking a section never brings a removed identifier back.
        self.removals: list[list[PackHit]] = []
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Supervision pack"))

        self.option_boxes = {
            "include_entries": QCheckBox(self.tr("Entries shared in full")),
            "include_themes": QCheckBox(self.tr("Themes and a chart")),
            "include_role": QCheckBox(self.tr("My role in practice (activity log)")),
            "include_wellbeing": QCheckBox(self.tr("Wellbeing check-ins and a chart")),
            "include_actions": QCheckBox(self.tr("Agreed actions, carried until done")),
            "include_time": QCheckBox(self.tr("Supervision time")),
            "include_outcome_space": QCheckBox(self.tr("Room for the outcome")),
            "group_session": QCheckBox(self.tr("For a group session: my questions only")),
        }
        defaults = PackOptions(period)
        options_grid = QGridLayout()
        for index, (name, box) in enumerate(self.option_boxes.items()):
            box.setChecked(getattr(defaults, name))
            box.toggled.connect(self.rebuild)
            options_grid.addWidget(box, index // 2, index % 2)
        # A group pack holds the questions only: the other sections do not apply.
        self.option_boxes["group_session"].toggled.connect(self._group_chosen)
        self.private_note = QLabel(
            self.tr(
                "Private entries are never included. Entries marked “question only” are counted "
                "and their question shown, without their text."
            )
        )
        self.private_note.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.hits_label = QLabel()
        self.hits_label.setWordWrap(True)
        self.hits_list = QListWidget()
        self.hits_list.setAccessibleName(self.tr("Details that could identify someone"))
        self.hits_list.setWordWrap(True)
        self.redact_one_button = QPushButton(self.tr("Replace with […]"))
        self.redact_all_button = QPushButton(self.tr("Replace all"))
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Format"))
        for code, label in (("pdf", "PDF"), ("md", "Markdown"), ("html", "HTML")):
            self.format_box.addItem(label, code)
        self.print_button = QPushButton(self.tr("Print…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.status_label = LiveLabel()
        self.status_label.setWordWrap(True)

        hits_panel = QWidget()
        hits_layout = QVBoxLayout(hits_panel)
        hits_layout.setContentsMargins(0, 0, 0, 0)
        hits_layout.addWidget(self.hits_label)
        hits_layout.addWidget(self.hits_list, 1)
        hits_layout.addWidget(self.redact_one_button)
        hits_layout.addWidget(self.redact_all_button)
        splitter = QSplitter()
        splitter.addWidget(self.preview)
        splitter.addWidget(hits_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(labelled(self.tr("Format"), self.format_box))
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Period: {start} – {end}").format(
                    start=local_date(period.start), end=local_date(period.end)
                )
            )
        )
        layout.addLayout(options_grid)
        layout.addWidget(self.private_note)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1000, 680)

        self.hits_list.currentItemChanged.connect(self.show_hit)
        self.redact_one_button.clicked.connect(self.redact_selected)
        self.redact_all_button.clicked.connect(self.redact_all)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.print_button.clicked.connect(self.print_pack)
        self.close_button.clicked.connect(self.accept)
        self.rebuild()

    # -- the pack and its preview -------------------------------------------

    def _group_chosen(self, group: bool) -> None:
        for name, box in self.option_boxes.items():
            if name not in ("group_session", "include_outcome_space"):
                box.setEnabled(not group)

    def options(self) -> PackOptions:
        return PackOptions(self.period, **{n: b.isChecked() for n, b in self.option_boxes.items()})

    def wording(self) -> PackWording:
        return PackWording(self.catalogue, translate, local_date, local_number)

    def rebuild(self, *_args) -> None:
        """A fresh pack from the journal for the chosen sections, with the writer's removals."""
        self.pack = prepare_pack(self.journal, self.options(), self.removals)
        self.refresh()

    def refresh(self) -> None:
        self.preview.setHtml(render_html(pack_outline(self.pack, self.wording())))
        self.hits = list(self.pack.hits)
        self.hits_list.clear()
        for pack_hit in self.hits:
            label = QCoreApplication.translate("Identifiers", HIT_LABELS[pack_hit.hit.kind])
            item = QListWidgetItem(f"{label}: {pack_hit.hit.text}")
            item.setData(HIT_ROLE, pack_hit)
            self.hits_list.addItem(item)
        if self.hits:
            self.hits_list.setCurrentRow(0)
            self.hits_label.setText(
                self.tr(
                    "Details that could identify someone in the pack: %n. Replace them "
                    "before the pack leaves this computer.",
                    "",
                    len(self.hits),
                )
            )
        else:
            self.hits_label.setText(self.tr("Nothing found that could identify someone."))
        self.redact_one_button.setEnabled(bool(self.hits))
        self.redact_all_button.setEnabled(bool(self.hits))

    def redact_selected(self) -> None:
        item = self.hits_list.currentItem()
        if item is not None:
            self._remove([item.data(HIT_ROLE)])

    def redact_all(self) -> None:
        self._remove(list(self.hits))

    def _remove(self, hits: list[PackHit]) -> None:
        self.removals.append(hits)
        self.pack = redact_pack(self.pack, hits)
        self.refresh()

    def show_hit(self, item: QListWidgetItem | None) -> None:
        """Select the hit's text in the preview, so the writer sees where it is."""
        if item is None:
            return
        chosen: PackHit = item.data(HIT_ROLE)
        # The preview shows the pack's texts in the order the hits list them:
        # the n-th hit with this text is its n-th appearance in the preview.
        same_before = sum(
            1 for h in self.hits[: self.hits_list.row(item)] if h.hit.text == chosen.hit.text
        )
        document = self.preview.document()
        cursor = document.find(chosen.hit.text, 0, QTextDocument.FindFlag.FindCaseSensitively)
        for _ in range(same_before):
            if cursor.isNull():
                break
            cursor = document.find(
                chosen.hit.text, cursor, QTextDocument.FindFlag.FindCaseSensitively
            )
        if not cursor.isNull():
            self.preview.setTextCursor(cursor)
            self.preview.ensureCursorVisible()

    # -- writing it out -------------------------------------------------------

    def choose_file_and_export(self) -> None:
        export_format = self.format_box.currentData()
        dates = f"{self.period.start.isoformat()}-{self.period.end.isoformat()}"
        suggested = f"supervision-{dates}{SUFFIXES[export_format]}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the supervision pack"), suggested
        )
        if path:
            self.export_to(Path(path), export_format)

    def export_to(self, path: Path, export_format: str) -> bool:
        if self.hits and not self._confirm_hits():
            return False
        progress = QProgressDialog(
            self.tr("Preparing the pack…"),
            self.tr("Cancel"),
            0,
            max(1, len(self.pack.entries)),
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            if done == total:
                progress.setLabelText(self.tr("Writing the file…"))
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        try:
            written = export_pack(
                self.journal,
                self.pack,
                export_format,
                path,
                self.wording(),
                identifiers=Identifiers.KEEP,  # the writer was asked just now
                progress=step,
            )
        except ExportCancelled:
            self.status_label.setText(self.tr("Export cancelled; nothing was written."))
            return False
        except ValidationError as error:
            self.status_label.setText(translated(error, translate))
            return False
        except OSError as error:
            self.status_label.setText(
                self.tr("Could not write the file: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return False
        finally:
            progress.close()
        self.written = path
        if written.log_problem is not None:
            self.status_label.setText(
                self.tr(
                    "Written: {path}. The journal's export log could not note it: {reason}"
                ).format(path=str(path), reason=translated(written.log_problem, translate))
            )
        else:
            self.status_label.setText(self.tr("Written: {path}").format(path=str(path)))
        return True

    def _confirm_hits(self) -> bool:
        # Leaving an identifier in must be a deliberate choice: No is the default.
        answer = QMessageBox.question(
            self,
            self.tr("Details that could identify someone"),
            self.tr(
                "The pack still holds %n details that could identify someone. Export it anyway?",
                "",
                len(self.hits),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def print_pack(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.hits and not self._confirm_hits():
            return
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.preview.document().print_(printer)
            log_export(self.journal, self.pack, "print")
