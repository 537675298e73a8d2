"""Preparing a supervision pack: choose, preview exactly what is written, remove identifiers, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from reflect.app.supervision import log_export, pack_for, watch_list
from reflect.domain.identifiers import HIT_LABELS
from reflect.domain.pack import PackOptions, find_pack_hits, redact_pack
from reflect.domain.period import Period
from reflect.domain.prompts import PromptCatalogue
from reflect.export.html import render_html
from reflect.export.outline import ExportCancelled, build_outline
from reflect.export.write import write_document
from reflect.gui.summaries.summary_figures import local_date, local_number

HIT_ROLE = Qt.ItemDataRole.UserRole
SUFFIXES = {"pdf": ".pdf", "md": ".md", "html": ".html"}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ExportDialog(QDialog):
    def __init__(self, journal: Journal, catalogue: PromptCatalogue, period: Period, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.catalogue = catalogue
        self.period = period
        self.hits = []
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Supervision pack"))

        self.option_boxes = {
            "include_entries": QCheckBox(self.tr("Entries shared in full")),
            "include_themes": QCheckBox(self.tr("Themes and a chart")),
            "include_role": QCheckBox(self.tr("My role in practice (shift log)")),
            "include_wellbeing": QCheckBox(self.tr("Wellbeing check-ins and a chart")),
            "include_actions": QCheckBox(self.tr("Open actions from the last session")),
            "include_outcome_space": QCheckBox(self.tr("Room for the outcome")),
        }
        defaults = PackOptions(period)
        options_grid = QGridLayout()
        for index, (name, box) in enumerate(self.option_boxes.items()):
            box.setChecked(getattr(defaults, name))
            box.toggled.connect(self.rebuild)
            options_grid.addWidget(box, index // 2, index % 2)
        self.private_note = QLabel(
            self.tr("Private entries are never included. Entries marked “summary only” are counted "
                    "and their question shown, without their text.")
        )
        self.private_note.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.hits_label = QLabel()
        self.hits_label.setWordWrap(True)
        self.hits_list = QListWidget()
        self.hits_list.setAccessibleName(self.tr("Possible identifiers"))
        self.hits_list.setWordWrap(True)
        self.redact_one_button = QPushButton(self.tr("Remove this one"))
        self.redact_all_button = QPushButton(self.tr("Remove all"))
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Format"))
        for code, label in (("pdf", "PDF"), ("md", "Markdown"), ("html", "HTML")):
            self.format_box.addItem(label, code)
        self.print_button = QPushButton(self.tr("Print…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.status_label = QLabel()
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
        buttons.addWidget(self.format_box)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Period: {start} – {end}").format(
            start=local_date(period.start), end=local_date(period.end))))
        layout.addLayout(options_grid)
        layout.addWidget(self.private_note)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1000, 680)

        self.redact_one_button.clicked.connect(self.redact_selected)
        self.redact_all_button.clicked.connect(self.redact_all)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.print_button.clicked.connect(self.print_pack)
        self.close_button.clicked.connect(self.accept)
        self.rebuild()

    # -- the pack and its preview -------------------------------------------

    def options(self) -> PackOptions:
        return PackOptions(self.period, **{n: b.isChecked() for n, b in self.option_boxes.items()})

    def rebuild(self, *_args) -> None:
        """A fresh pack from the journal (undoes removals: the choices changed)."""
        self.pack = pack_for(self.journal, self.options())
        self.refresh()

    def refresh(self) -> None:
        document = build_outline(self.pack, self.catalogue, translate, local_date, None, local_number)
        self.preview.setHtml(render_html(document))
        self.hits = find_pack_hits(self.pack, watch_list(self.journal))
        self.hits_list.clear()
        for pack_hit in self.hits:
            label = QCoreApplication.translate("Identifiers", HIT_LABELS[pack_hit.hit.kind])
            item = QListWidgetItem(f"{label}: {pack_hit.hit.text}")
            item.setData(HIT_ROLE, pack_hit)
            self.hits_list.addItem(item)
        if self.hits:
            self.hits_list.setCurrentRow(0)
            self.hits_label.setText(self.tr("Possible identifiers in the pack: %n. Remove them "
                                             "before the pack leaves this computer.", "", len(self.hits)))
        else:
            self.hits_label.setText(self.tr("No identifiers found."))
        self.redact_one_button.setEnabled(bool(self.hits))
        self.redact_all_button.setEnabled(bool(self.hits))

    def redact_selected(self) -> None:
        item = self.hits_list.currentItem()
        if item is not None:
            self.pack = redact_pack(self.pack, [item.data(HIT_ROLE)])
            self.refresh()

    def redact_all(self) -> None:
        self.pack = redact_pack(self.pack, self.hits)
        self.refresh()

    # -- writing it out -------------------------------------------------------

    def choose_file_and_export(self) -> None:
        export_format = self.format_box.currentData()
        suggested = f"supervision-{self.period.start.isoformat()}-{self.period.end.isoformat()}{SUFFIXES[export_format]}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the supervision pack"), suggested)
        if path:
            self.export_to(Path(path), export_format)

    def export_to(self, path: Path, export_format: str) -> bool:
        if self.hits and not self._confirm_hits():
            return False
        progress = QProgressDialog(self.tr("Preparing the pack…"), self.tr("Cancel"), 0,
                                   max(1, len(self.pack.full_entries)), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        try:
            document = build_outline(self.pack, self.catalogue, translate, local_date, step, local_number)
            progress.setLabelText(self.tr("Writing the file…"))
            QCoreApplication.processEvents()
            write_document(document, export_format, path)
        except ExportCancelled:
            self.status_label.setText(self.tr("Export cancelled; nothing was written."))
            return False
        except OSError as error:
            self.status_label.setText(self.tr("Could not write the file: {reason}").format(
                reason=error.strerror or str(error)))
            return False
        finally:
            progress.close()
        log_export(self.journal, self.pack, export_format)
        self.written = path
        self.status_label.setText(self.tr("Written: {path}").format(path=str(path)))
        return True

    def _confirm_hits(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Possible identifiers"),
            self.tr("The pack still holds %n possible identifiers. Export it anyway?", "", len(self.hits)),
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
