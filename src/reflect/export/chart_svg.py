"""The pack's two charts as SVG text, without Qt: the typeset PDF and the HTML file embed it.

The same design as the charts on screen (``charts``): Okabe–Ito colours, and
every series also differs in line style and marker, so the charts read
without colour vision. Only the numbers in ``Table.values`` are drawn; names
are escaped, so an entry's words can never become markup.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from reflect.export.blocks import Table

WIDTH, HEIGHT = 640, 240
BAR_ROW = 30  # the bars' chart grows with the number of themes
FONT = "Libertinus Serif, DejaVu Sans, Arial, sans-serif"
INK, GRID, BAR = "#1d1d1b", "#c8c8c4", "#009E73"
SERIES = (  # mood, energy, stress: colour, dash pattern, marker
    ("#0072B2", "", "circle"),
    ("#E69F00", "8 4", "square"),
    ("#D55E00", "2 3", "triangle"),
)
MAX_MARKERS = 60


def chart_svg(name: str, table: Table) -> str:
    """``name`` is "themes" (bars) or "wellbeing" (three lines on 1–5)."""
    if name == "themes":
        height = max(1, len(table.rows)) * BAR_ROW + 10
        body = _theme_bars(table, height)
    else:
        height, body = HEIGHT, _wellbeing(table)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family={quoteattr(FONT)} font-size="13">'
        f'<rect width="{WIDTH}" height="{height}" fill="white"/>{body}</svg>'
    )


def _text(x: float, y: float, text: str, anchor: str = "start") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" fill="{INK}" text-anchor="{anchor}" '
        f'dominant-baseline="middle">{escape(text)}</text>'
    )


def _short(text: str, room: int) -> str:
    """A bar's name cut to the characters its column can hold (13 px type)."""
    fits = max(4, room // 7)
    return text if len(text) <= fits else text[: fits - 1].rstrip() + "…"


def _theme_bars(table: Table, height: int) -> str:
    rows = [(row[0], values[0]) for row, values in zip(table.rows, table.values)]
    if not rows:
        return ""
    label_width = min(WIDTH * 0.45, max(len(name) for name, _ in rows) * 7 + 12)
    count_width = 40
    biggest = max(n for _, n in rows) or 1
    row_height = (height - 10) / len(rows)
    bar_height = min(row_height * 0.6, 22)
    parts = []
    for index, (name, count) in enumerate(rows):
        middle = 5 + index * row_height + row_height / 2
        parts.append(_text(label_width - 8, middle, _short(name, int(label_width) - 8), "end"))
        width = (WIDTH - label_width - count_width) * count / biggest
        parts.append(
            f'<rect x="{label_width:.1f}" y="{middle - bar_height / 2:.1f}" '
            f'width="{width:.1f}" height="{bar_height:.1f}" fill="{BAR}"/>'
        )
        parts.append(_text(label_width + width + 6, middle, f"{count:g}"))
    return "".join(parts)


def _marker(x: float, y: float, size: float, shape: str, colour: str) -> str:
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size}" fill="{colour}"/>'
    if shape == "square":
        return (
            f'<rect x="{x - size:.1f}" y="{y - size:.1f}" width="{2 * size}" '
            f'height="{2 * size}" fill="{colour}"/>'
        )
    points = f"{x:.1f},{y - size:.1f} {x + size:.1f},{y + size:.1f} {x - size:.1f},{y + size:.1f}"
    return f'<polygon points="{points}" fill="{colour}"/>'


def _wellbeing(table: Table) -> str:
    legend, axis, bottom = 26, 22, 22
    left, top = axis, legend
    width, height = WIDTH - axis - 8, HEIGHT - legend - bottom
    parts = []
    for level in range(1, 6):
        y = top + height - (level - 1) / 4 * height
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + width}" y2="{y:.1f}" stroke="{GRID}"/>'
        )
        parts.append(_text(axis - 8, y, str(level), "end"))
    days = table.rows
    if days:
        parts.append(_text(left, HEIGHT - bottom / 2, days[0][0]))
        parts.append(_text(left + width, HEIGHT - bottom / 2, days[-1][0], "end"))
    step = width / max(1, len(days) - 1)
    x_legend = float(left)
    for series, (colour, dashes, shape) in enumerate(SERIES):
        points = [
            (
                left + i * step if len(days) > 1 else left + width / 2,
                top + height - (figures[series] - 1) / 4 * height,
            )
            for i, figures in enumerate(table.values)
        ]
        dash = f' stroke-dasharray="{dashes}"' if dashes else ""
        if len(points) > 1:
            line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            parts.append(
                f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>'
            )
        every = len(points) // MAX_MARKERS + 1
        parts.extend(_marker(x, y, 3.5, shape, colour) for x, y in points[::every])
        name = table.header[series + 1]
        y = legend / 2
        parts.append(
            f'<line x1="{x_legend:.1f}" y1="{y}" x2="{x_legend + 24:.1f}" y2="{y}" '
            f'stroke="{colour}" stroke-width="2"{dash}/>'
        )
        parts.append(_marker(x_legend + 12, y, 3.5, shape, colour))
        parts.append(_text(x_legend + 30, y, name))
        x_legend += 30 + len(name) * 7 + 24
    return "".join(parts)
