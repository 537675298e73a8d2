"""The look's tokens: readable contrast in both appearances, and changes that reach every widget."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from reflect.domain.kinds import Kind
from reflect.gui.appearance import Appearance
from reflect.gui.look.tokens import DARK, LIGHT, contrast
from reflect.gui.main_window import TODAY


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_text_on_every_background_passes_wcag_aa(colours):
    pairs = {
        "text on window": (colours.text, colours.window),
        "text on cards": (colours.text, colours.surface),
        "text in fields": (colours.text, colours.field),
        "text in the sidebar": (colours.text, colours.nav),
        "secondary text on cards": (colours.muted, colours.surface),
        "secondary text on window": (colours.muted, colours.window),
        "chosen answer": (colours.on_accent, colours.accent),
        "notes": (colours.on_note, colours.note),
    }
    for name, (foreground, background) in pairs.items():
        assert contrast(foreground, background) >= 4.5, name
    # Non-text: the focus ring and a chosen button against what is around them (WCAG 1.4.11).
    for background in (colours.surface, colours.field, colours.nav):
        assert contrast(colours.accent, background) >= 3.0
    assert contrast(colours.border, colours.surface) > 1.1  # cards are seen, calmly


def test_the_contrast_measure_is_wcags():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_text_size_and_appearance_reach_every_widget_while_running(qtbot, qapp, window):
    appearance = Appearance(qapp)
    original = qapp.font()
    try:
        appearance.apply("light", 100)
        window.show_page(TODAY)
        qtbot.wait(10)
        nav_before = window.navigation.font().pointSizeF()
        button = window.today_page.checkin.scales["mood"].buttons[3]
        chip = next(iter(window.today_page.shift_chips.chips.values()))
        sizes_before = (button.sizeHint().height(), chip.sizeHint().height())
        appearance.apply("dark", 200)
        QApplication.processEvents()
        assert window.navigation.font().pointSizeF() == pytest.approx(2 * nav_before, rel=0.05)
        assert button.sizeHint().height() > 1.5 * sizes_before[0]
        assert chip.sizeHint().height() > 1.5 * sizes_before[1]
        # Dark reaches the sidebar and the rating buttons too.
        assert (
            window.navigation.palette().color(window.navigation.backgroundRole()).lightness() < 80
        )
        row = window.today_page.checkin.scales["mood"]
        assert row.minimumWidth() >= sum(b.sizeHint().width() for b in row.buttons.values())
        appearance.apply("light", 100)
        QApplication.processEvents()
        assert window.navigation.font().pointSizeF() == pytest.approx(nav_before, rel=0.05)
        assert (
            window.navigation.palette().color(window.navigation.backgroundRole()).lightness() > 180
        )
    finally:
        qapp.setStyleSheet("")
        qapp.setFont(original)


def test_today_is_one_column_on_a_narrow_window_and_two_on_a_wide_one(qtbot, window):
    window.show_page(TODAY)
    cards = window.today_page.cards
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: cards.narrow is False, timeout=2000)
    window.resize(640, 600)
    qtbot.waitUntil(lambda: cards.narrow is True, timeout=2000)
    # One column, in reading order: the check-in, then writing, then what waits.
    order = [cards.grid.itemAtPosition(r, 0).widget() for r in range(len(cards.narrow_order))]
    assert order == cards.narrow_order
    assert window.today_page.kind_buttons  # still there, only placed anew
    assert window.today_page.checkin.scales["mood"].buttons[1].isVisible()


def test_at_200_percent_the_window_fits_a_1024_pixel_screen(
    qtbot, qapp, journal, preferences, translations
):
    """The UX walk's laptop: 1024 x 600, text at 200 %, in Swedish (the longest words).
    Before, the window was 1229 px wide and cut the editor's answers off."""
    from reflect.app.prompt_library import PromptLibrary, load_catalogue
    from reflect.gui.main_window import MainWindow

    translations.apply("sv")
    appearance = Appearance(qapp)
    original = qapp.font()
    appearance.apply("light", 200)  # as the app does: before its window is made
    swedish = MainWindow(journal, PromptLibrary(journal, load_catalogue("sv")), preferences)
    try:
        swedish.resize(1024, 600)
        swedish.show()
        qtbot.waitExposed(swedish)
        for page in range(swedish.stack.count()):
            swedish.show_page(page)
            QApplication.processEvents()
            assert swedish.minimumSizeHint().width() <= 1024, page
            assert swedish.width() <= 1024, page
        # And nothing inside is cut: the loyalty form fits the width it is given.
        swedish.write_new(Kind.LOYALTY_CONFLICT.value, None)
        QApplication.processEvents()
        form = swedish.editor.form_scroll
        assert form.widget().minimumSizeHint().width() <= form.viewport().width()
    finally:
        qapp.setStyleSheet("")
        qapp.setFont(original)
        swedish.close()
        swedish.deleteLater()


def test_a_high_contrast_system_keeps_its_own_colours_whatever_was_chosen(qapp):
    from PySide6.QtGui import QColor, QPalette

    from reflect.gui.appearance import effective_appearance

    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    for chosen in ("light", "dark", "system"):
        assert effective_appearance(chosen, "dark", True, dark) == "system"
    # A dark desktop whose style hands Qt a light palette: Reflect's dark, not glare.
    assert effective_appearance("system", "dark", False, light) == "dark"
    assert effective_appearance("system", "light", False, dark) == "light"
    assert effective_appearance("system", "dark", False, dark) == "system"
    assert effective_appearance("light", "dark", False, dark) == "light"  # the writer's choice


def test_high_contrast_turned_on_while_running_repaints_in_the_systems_colours(qapp, monkeypatch):
    from reflect.gui.look.tokens import DARK

    appearance = Appearance(qapp)
    try:
        appearance.apply("dark", 100)
        assert qapp.palette().window().color().name() == DARK.window
        monkeypatch.setattr(appearance, "system_wants", lambda: ("light", True))
        appearance.apply("dark", 100)
        assert qapp.palette().window().color() == appearance.system_palette.window().color()
    finally:
        monkeypatch.undo()
        appearance.apply("system", 100)
