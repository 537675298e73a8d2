"""The Prompts page, clicked through like a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reflect.domain.kinds import Kind
from reflect.domain.themes import STUDY
from reflect.gui.pages.prompts.prompt_library_view import PromptLibraryView


def make_view(qtbot, library, **kwargs):
    view = PromptLibraryView(library, **kwargs)
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    qtbot.waitExposed(view)
    return view


def select_topic(view, name):
    items = view.topic_tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert items, name
    view.topic_tree.setCurrentItem(items[0])


def shown_prompts(view):
    return [view.prompt_list.item(i).text() for i in range(view.prompt_list.count())]


def test_browse_theme_and_subtheme_with_descriptions_and_source(qtbot, library):
    view = make_view(qtbot, library)
    catalogue = library.catalogue
    select_topic(view, catalogue.subthemes["loyalty_conflicts"].name)
    assert view.topic_title.text() == catalogue.subthemes["loyalty_conflicts"].name
    assert view.topic_description.text() == catalogue.subthemes["loyalty_conflicts"].description
    assert shown_prompts(view) == [p.text for p in catalogue.prompts_in("loyalty_conflicts")]
    assert STUDY.doi in view.source_label.text() and STUDY.title in view.source_label.text()
    select_topic(view, catalogue.themes["team"].name)
    assert len(shown_prompts(view)) == sum(
        len(catalogue.prompts_in(s)) for s in ("appreciation", "obstacles", "meaning")
    )


def test_start_an_entry_from_a_prompt(qtbot, library):
    view = make_view(qtbot, library)
    select_topic(view, library.catalogue.subthemes["closeness_and_distance"].name)
    view.prompt_list.setCurrentRow(2)
    expected = library.catalogue.prompts_in("closeness_and_distance")[2]
    with qtbot.waitSignal(view.start_entry_requested) as signal:
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert signal.args == [expected.id, expected.kinds[0].value]


def test_without_an_editor_the_start_button_is_not_offered(qtbot, library):
    view = make_view(qtbot, library, can_start_entries=False)
    assert not view.start_button.isVisible()


def test_favourite_then_find_it_under_favourites(qtbot, library):
    view = make_view(qtbot, library)
    select_topic(view, library.catalogue.subthemes["meaning"].name)
    view.prompt_list.setCurrentRow(0)
    prompt = library.catalogue.prompts_in("meaning")[0]
    qtbot.mouseClick(view.favourite_button, Qt.MouseButton.LeftButton)
    assert prompt.id in library.preferences().favourites
    assert shown_prompts(view)[0] == "★ " + prompt.text
    select_topic(view, "Favourites")
    assert shown_prompts(view) == ["★ " + prompt.text]


def test_hide_and_show_again(qtbot, library):
    view = make_view(qtbot, library)
    select_topic(view, library.catalogue.subthemes["obstacles"].name)
    before = len(shown_prompts(view))
    view.prompt_list.setCurrentRow(1)
    hidden = library.catalogue.prompts_in("obstacles")[1]
    qtbot.mouseClick(view.hide_button, Qt.MouseButton.LeftButton)
    assert hidden.id in library.preferences().hidden
    assert len(shown_prompts(view)) == before - 1 and hidden.text not in shown_prompts(view)
    view.show_hidden_box.setFocus()
    qtbot.keyClick(view.show_hidden_box, Qt.Key.Key_Space)
    assert f"{hidden.text} (hidden)" in shown_prompts(view)
    view.prompt_list.setCurrentRow(shown_prompts(view).index(f"{hidden.text} (hidden)"))
    assert view.hide_button.text() == "Show again"
    qtbot.mouseClick(view.hide_button, Qt.MouseButton.LeftButton)
    assert hidden.id not in library.preferences().hidden


def test_add_and_edit_your_own_prompt(qtbot, library):
    view = make_view(qtbot, library)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.prompt_dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "question first" in dialog.error_label.text()  # nothing typed yet

    qtbot.keyClicks(dialog.text_field, "What did I not say out loud today?")
    dialog.subtheme_box.setCurrentIndex(dialog.subtheme_box.findData("closeness_and_distance"))
    qtbot.mouseClick(dialog.kind_boxes[Kind.CLOSENESS_DISTANCE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [mine] = [p for p in library.all_prompts() if p.user_written]
    assert mine.text == "What did I not say out loud today?"
    assert mine.kinds == (Kind.CLOSENESS_DISTANCE, Kind.SHIFT_REFLECTION)
    assert view.topic_title.text() == "My own prompts"
    assert shown_prompts(view) == [mine.text]
    assert view.edit_button.isVisible()

    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.prompt_dialog
    qtbot.waitExposed(dialog)
    assert dialog.text_field.toPlainText() == mine.text
    dialog.text_field.selectAll()
    qtbot.keyClicks(dialog.text_field, "What did I keep to myself?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert library.prompt(mine.id).text == "What did I keep to myself?"
    QApplication.processEvents()
    assert shown_prompts(view) == ["What did I keep to myself?"]


def test_long_topic_names_wrap_at_large_text_instead_of_being_cut(qtbot, library):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    original = QApplication.font()
    large = QApplication.font()
    large.setPointSizeF(original.pointSizeF() * 2)
    QApplication.setFont(large)
    try:
        view = make_view(qtbot, library)
        for width, stacked in ((1800, False), (900, True)):
            view.resize(width, 640)
            qtbot.wait(10)
            tree = view.topic_tree
            assert tree.parentWidget().stacked is stacked
            taller = 0
            iterator = QTreeWidgetItemIterator(tree)
            while item := iterator.value():
                rect = tree.visualItemRect(item)
                metrics = QFontMetrics(item.font(0))
                needed = metrics.boundingRect(
                    QRect(0, 0, rect.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, item.text(0)
                )
                assert needed.height() <= rect.height(), item.text(0)
                taller += rect.height() > 1.5 * metrics.height()
                iterator += 1
            # Side by side some names need a second line at this size; stacked
            # (narrow, or large text) the tree has the page's width and needs none.
            assert bool(taller) is not stacked
    finally:
        QApplication.setFont(original)
