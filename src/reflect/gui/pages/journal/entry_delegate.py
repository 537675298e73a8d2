"""Painting one journal row: kind badge, title, date, snippet with matches, badges."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from reflect.domain.entry import FollowUp, Share
from reflect.domain.search import snippet_parts
from reflect.gui.kind_style import KIND_COLOURS, paint_kind_badge
from reflect.gui.labels import kind_label
from reflect.gui.widgets.roles import ENTRY_ROLE, SNIPPET_ROLE
from reflect.present.local_format import local_date

PADDING = 8
BADGE = 22


class EntryDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(option.rect.width(), PADDING * 2 + line * 3 + 6)

    def paint(self, painter, option, index) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is None:
            return
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.highlight())
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.fillRect(
            option.rect.x(), option.rect.y(), 4, option.rect.height(), KIND_COLOURS[entry.kind]
        )
        paint_kind_badge(painter, QRectF(rect.x(), rect.y(), BADGE, BADGE), entry.kind)
        text_left = rect.x() + BADGE + PADDING
        line = QFontMetrics(option.font).lineSpacing()

        day = local_date(entry.occurred_on)
        date_width = QFontMetrics(option.font).horizontalAdvance(day) + PADDING
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title_width = rect.right() - text_left - date_width
        title = QFontMetrics(bold).elidedText(entry.title, Qt.TextElideMode.ElideRight, title_width)
        painter.drawText(text_left, rect.y(), title_width, line, Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(option.font)
        painter.drawText(
            rect.right() - date_width, rect.y(), date_width, line, Qt.AlignmentFlag.AlignRight, day
        )

        self._paint_snippet(
            painter,
            index.data(SNIPPET_ROLE) or "",
            (option.font, bold),
            text_left,
            rect.y() + line + 2,
            rect.right() - text_left,
        )

        badges = [kind_label(entry.kind)]
        if entry.share is Share.FULL:
            badges.append(self.tr("For supervision"))
        elif entry.share is Share.SUMMARY:
            badges.append(self.tr("Supervision: question only"))
        if entry.follow_up is FollowUp.OPEN:
            badges.append(self.tr("To follow up"))
        self._paint_badges(painter, option, text_left, rect.y() + 2 * line + 6, badges, selected)
        painter.restore()

    def _paint_snippet(self, painter, snippet, fonts, x, y, width) -> None:
        """One line, the matched words in bold; what does not fit ends in "…".

        Drawn run by run: a QTextDocument for each row took about a third of
        a keystroke's time when the list follows a search as it is typed.
        """
        right = x + width
        for text, matched in snippet_parts(" ".join(snippet.split())):
            font = fonts[1] if matched else fonts[0]
            metrics = QFontMetrics(font)
            room = right - x
            shown = text if metrics.horizontalAdvance(text) <= room else ""
            if not shown:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
            painter.setFont(font)
            painter.drawText(int(x), int(y), int(room), metrics.lineSpacing(), 0, shown)
            x += metrics.horizontalAdvance(shown)
            if shown != text:
                break
        painter.setFont(fonts[0])

    def _paint_badges(self, painter, option, x, y, labels, selected) -> None:
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        metrics = QFontMetrics(small)
        painter.setFont(small)
        for number, label in enumerate(labels):
            width = metrics.horizontalAdvance(label) + 12
            box = QRectF(x, y - 2, width, metrics.height() + 2)
            background = option.palette.color(QPalette.ColorRole.AlternateBase)
            if number > 0:
                background = QColor("#F0E442") if not selected else background  # Okabe–Ito yellow
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(
                QColor("#000000") if number > 0 else option.palette.color(QPalette.ColorRole.Text)
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 6
