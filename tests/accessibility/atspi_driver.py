"""Walks Reflect the way a screen reader does, over AT-SPI, and runs its journeys by name.

Run by the system's Python (Debian's python3-pyatspi), not the project's:
``test_screen_reader.py`` starts it inside a private D-Bus session on a
virtual screen. It starts Reflect itself, then finds every control by its
accessible role and name only, as Orca would, and acts through AT-SPI's own
actions, text and selection interfaces. One JSON object per line on stdout:
``{"audit": place, "unnamed": [...]}`` for each screen it lists, and
``{"journey": name, "ok": bool, "error": str}`` for each journey.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

WAIT = 20.0
# Roles that are never announced as controls of their own.
QUIET_ROLES = {
    "filler",
    "panel",
    "scroll pane",
    "viewport",
    "separator",
    "redundant object",
    "section",
    "unknown",
}


class NotFound(Exception):
    pass


# Popup menus are not children of the application in the tree: a screen
# reader meets them, as this driver does, through the focus moving into them.
FOCUSED: list = []


ANNOUNCED: list[str] = []


def _on_focus(event) -> None:
    if event.detail1:
        FOCUSED.append(event.source)


def _on_announcement(event) -> None:
    ANNOUNCED.append(str(event.any_data))


def heard(words: str, timeout=WAIT) -> None:
    """Wait until Reflect has announced something holding ``words``."""
    end = time.time() + timeout
    while time.time() < end:
        pump(0.25)
        if any(words in message for message in ANNOUNCED):
            return
    raise AssertionError(f"never announced {words!r}; heard {ANNOUNCED[-5:]!r}")


def pump(seconds: float) -> None:
    """Let AT-SPI's events arrive for ``seconds``."""
    end = time.time() + seconds
    context = GLib.MainContext.default()
    while time.time() < end:
        while context.iteration(False):
            pass
        time.sleep(0.05)


def choose_in_open_menu(item_name: str, timeout=WAIT) -> None:
    """Press the item of the menu that has just taken the focus, as Enter would."""
    end = time.time() + timeout
    while time.time() < end:
        pump(0.25)
        if FOCUSED and role(FOCUSED[-1]) == "menu item":
            for item in children(FOCUSED[-1].parent):
                if item_name in name(item):
                    press(item)
                    return
            raise NotFound(f"no {item_name!r} in the open menu")
    raise NotFound("no menu took the focus")


def say(**record) -> None:
    print(json.dumps(record), flush=True)


def children(node):
    try:
        return [child for child in node if child is not None]
    except Exception:
        return []


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def showing(node) -> bool:
    found = states(node)
    return bool(found and found.contains(pyatspi.STATE_SHOWING))


def walk(node, only_showing=True):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        for child in reversed(children(current)):
            if not only_showing or showing(child):
                stack.append(child)


def role(node) -> str:
    try:
        return node.getRoleName()
    except Exception:
        return ""


def name(node) -> str:
    try:
        return node.name or ""
    except Exception:
        return ""


def find(root, wanted_role, wanted_name=None, *, contains=False, timeout=WAIT):
    """The first showing node of ``wanted_role`` whose name is (or holds) ``wanted_name``."""
    end = time.time() + timeout
    while True:
        for node in walk(root):
            if role(node) != wanted_role:
                continue
            text = name(node)
            if wanted_name is None or text == wanted_name or (contains and wanted_name in text):
                return node
        if time.time() > end:
            raise NotFound(f"no {wanted_role} named {wanted_name!r}")
        time.sleep(0.25)


def gone(root, wanted_role, wanted_name, timeout=WAIT) -> None:
    end = time.time() + timeout
    while time.time() < end:
        try:
            find(root, wanted_role, wanted_name, timeout=0)
        except NotFound:
            return
        time.sleep(0.25)
    raise AssertionError(f"{wanted_role} {wanted_name!r} is still there")


def press(node) -> None:
    """The control's first action (press, click, toggle), as a screen reader's Enter does."""
    actions = node.queryAction()
    for index in range(actions.nActions):
        if actions.getName(index).lower() in ("press", "click", "toggle", "activate", "showmenu"):
            actions.doAction(index)
            return
    actions.doAction(0)


def type_into(node, text: str) -> None:
    editable = node.queryEditableText()
    editable.setTextContents("")
    editable.insertText(0, text, len(text))


def text_of(node) -> str:
    body = node.queryText()
    return body.getText(0, body.characterCount)


def select(container, item_name: str) -> None:
    """Choose an item of a list or tab bar through AT-SPI's selection, as Orca's keys do."""
    selection = container.querySelection()
    for index, child in enumerate(children(container)):
        if name(child) == item_name:
            selection.selectChild(index)
            return
    raise NotFound(f"no item {item_name!r} in {name(container)!r}")


def labelled_by(node) -> list[str]:
    names = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                names.extend(name(relation.getTarget(i)) for i in range(relation.getNTargets()))
    except Exception:
        pass
    return names


def unnamed_controls(root) -> list[str]:
    """Every showing, focusable control a screen reader could not name or place."""
    problems = []
    for node in walk(root):
        found = states(node)
        if not found or not found.contains(pyatspi.STATE_FOCUSABLE):
            continue
        kind = role(node)
        if kind in ("", "unknown"):
            problems.append(f"no role: {name(node)!r}")
            continue
        if kind in QUIET_ROLES:
            problems.append(f"focusable {kind} with name {name(node)!r}")
            continue
        # A combo box or a spin box speaks its value as its name on Linux;
        # what says what it is there is its label relation.
        needs_label = kind == "combo box"
        if needs_label and not any(labelled_by(node)):
            problems.append(f"{kind} {name(node)!r} has no label")
        elif not needs_label and not name(node).strip():
            problems.append(f"{kind} without a name (in {name(node.parent)!r})")
    return problems


def application(timeout=60.0):
    end = time.time() + timeout
    while time.time() < end:
        for app in children(pyatspi.Registry.getDesktop(0)):
            if name(app) == "Reflect":
                return app
        time.sleep(0.5)
    raise NotFound("Reflect never appeared on the accessibility bus")


def journey(label):
    def wrap(function):
        def run(*args):
            try:
                function(*args)
            except Exception as problem:  # the report says which journey, and why
                say(journey=label, ok=False, error=f"{type(problem).__name__}: {problem}")
                dump(args[0], f"after the failed journey {label!r}")
                return False
            say(journey=label, ok=True, error="")
            return True

        return run

    return wrap


@journey("first run")
def first_run(app, passphrase):
    dialog = find(app, "dialog", "Welcome to Reflect")
    say(audit="first run", unnamed=unnamed_controls(dialog))
    type_into(find(dialog, "password text", "Passphrase"), passphrase)
    type_into(find(dialog, "password text", "Passphrase again"), passphrase)
    press(find(dialog, "push button", "Create journal"))
    gone(app, "dialog", "Welcome to Reflect")
    find(app, "list", "Sections")


def go_to(app, section):
    select(find(app, "list", "Sections"), section)
    time.sleep(0.5)


@journey("audit of every section")
def audit_sections(app, _passphrase):
    for section in (
        "Today",
        "Journal",
        "Calendar",
        "Write",
        "Summaries",
        "Supervision",
        "Prompts",
        "Settings",
    ):
        go_to(app, section)
        say(audit=section, unnamed=unnamed_controls(app))


@journey("check-in")
def check_in(app, _passphrase):
    go_to(app, "Today")
    for scale, value in (("Mood", 3), ("Energy", 4), ("Stress", 2)):
        button = find(app, "radio button", f"{scale} {value} of 5")
        press(button)
    find(app, "label", "Checked in at", contains=True)
    heard("Checked in at")
    if not states(find(app, "radio button", "Mood 3 of 5")).contains(pyatspi.STATE_CHECKED):
        raise AssertionError("Mood 3 of 5 is not announced as checked")


@journey("write a loyalty conflict")
def loyalty_conflict(app, _passphrase):
    go_to(app, "Write")
    press(find(app, "push button", "Kind of entry:", contains=True))
    choose_in_open_menu("Loyalty conflict")
    find(app, "push button", "Kind of entry: Loyalty conflict")
    type_into(find(app, "text", "Title"), "Whose side in the meeting")
    type_into(find(app, "text", "The situation"), "The team wanted one thing, K another.")
    press(find(app, "radio button", "Where I ended up: In between"))
    say(audit="loyalty conflict form", unnamed=unnamed_controls(app))
    type_into(find(app, "text", "In your own words"), "I stayed with both for a while.")
    press(find(app, "push button", "Save"))
    find(app, "label", "Saved.")
    heard("Saved.")


@journey("search")
def search(app, _passphrase):
    go_to(app, "Journal")
    type_into(find(app, "text", "Search"), "meeting")
    results = find(app, "list", "Entries")
    end = time.time() + WAIT
    while time.time() < end:
        if any("Whose side in the meeting" in name(item) for item in children(results)):
            return
        time.sleep(0.25)
    raise AssertionError(
        "the entry is not among the results: "
        + repr([name(item) for item in children(results)][:5])
    )


@journey("make a pack")
def make_pack(app, _passphrase):
    go_to(app, "Summaries")
    press(find(app, "push button", "Prepare a supervision pack…"))
    dialog = find(app, "dialog", "Supervision pack", contains=True)
    say(audit="pack dialog", unnamed=unnamed_controls(dialog))
    press(find(dialog, "push button", "Export…"))
    chooser = find(app, "dialog", "Export the supervision pack")
    type_into(find(chooser, "text", "File name:"), os.environ["PACK_PATH"])
    press(find(chooser, "push button", "Save"))
    find(dialog, "label", os.environ["PACK_PATH"], contains=True)
    heard(os.environ["PACK_PATH"])


def dump(root, heading) -> None:
    """The showing tree as indented lines on stderr, for a person reading a failure."""
    print(f"--- the accessibility tree {heading} ---", file=sys.stderr)

    def show(node, depth):
        flags = "".join(
            mark
            for mark, state in (("F", pyatspi.STATE_FOCUSABLE), ("S", pyatspi.STATE_SHOWING))
            if states(node) and states(node).contains(state)
        )
        print(f"{'  ' * depth}[{role(node)}] {name(node)!r} {flags}", file=sys.stderr)
        for child in children(node):
            if showing(child):
                show(child, depth + 1)

    show(root, 0)


def main() -> int:
    passphrase = os.environ["JOURNAL_PASSPHRASE"]
    pyatspi.Registry.registerEventListener(_on_focus, "object:state-changed:focused")
    pyatspi.Registry.registerEventListener(_on_announcement, "object:announcement")
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(1)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    reflect = subprocess.Popen(sys.argv[1:], env=env)
    try:
        app = application()
        for step in (first_run, audit_sections, check_in, loyalty_conflict, search, make_pack):
            if not step(app, passphrase) and step is first_run:
                break
    finally:
        reflect.terminate()
        try:
            reflect.wait(20)
        except subprocess.TimeoutExpired:
            reflect.kill()
        bus.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
