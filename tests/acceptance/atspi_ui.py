"""What a person sees and does, through the X server and the accessibility bridge: key presses and
mouse clicks go through XTest (xdotool), values are read back over AT-SPI (pyatspi)."""

import subprocess
import time

import pyatspi

# Human typing speed, in milliseconds between key presses.
TYPING_DELAY_MS = "45"


class UiTimeout(AssertionError):
    pass


def wait_until(what, predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except Exception:  # the tree changes while it is read: try again
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise UiTimeout("timed out waiting for " + what)
        time.sleep(0.1)


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def key(*names):
    """Presses key combinations one after the other, e.g. key("Tab"), key("alt+n")."""
    use_layout("us")
    xdotool("key", "--delay", "80", *names)
    time.sleep(0.15)


_layout = ["us"]


def use_layout(layout):
    """Switches the keyboard layout as a person does before typing in another script. xdotool
    finds every character on the active layout then: it need not remap a spare key or switch the
    group for each letter, which races with the application reading the keymap and drops letters."""
    if _layout[0] == layout:
        return
    subprocess.run(["setxkbmap", "-layout", layout], check=True)
    _layout[0] = layout
    time.sleep(0.5)


# Keys that type the same on both layouts: no reason to switch for them.
_NEUTRAL = set(" -0123456789")


def _layout_of(char):
    return "ru" if "\u0400" <= char <= "\u04ff" else "us"


def type_text(text):
    """Types as a person with two keyboard layouts does: a run of Cyrillic on the Russian layout,
    anything else on the US one (a Latin letter is not on the Russian layout, and xdotool's
    remapping of a spare key for it drops letters under load)."""
    runs = []
    for char in text:
        layout = runs[-1][0] if char in _NEUTRAL and runs else _layout_of(char)
        if runs and runs[-1][0] == layout:
            runs[-1][1] += char
        else:
            runs.append([layout, char])
    for layout, run in runs:
        use_layout(layout)
        xdotool("type", "--delay", TYPING_DELAY_MS, "--", run)
    time.sleep(0.2)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


class AppUi:
    def __init__(self, app_name="kkt-deploy"):
        self.app_name = app_name

    def application(self):
        def find():
            for app in pyatspi.Registry.getDesktop(0):
                if app is not None and app.name == self.app_name:
                    return app
            return None
        return wait_until("the application on the accessibility bus", find, 30)

    def windows(self):
        return [w for w in self.application() if w is not None]

    def _walk(self, node, visit, depth=0):
        """Visits the showing part of the tree (closed pages and combo lists are skipped)."""
        if depth > 30:
            return None
        found = visit(node)
        if found is not None:
            return found
        role = node.getRole()
        if role in (pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST):
            return None
        for child in node:
            if child is not None and showing(child):
                found = self._walk(child, visit, depth + 1)
                if found is not None:
                    return found
        return None

    def find_now(self, role, name=None, contains=None):
        def visit(node):
            if node.getRole() != role:
                return None
            if name is not None and node.name != name:
                return None
            if contains is not None and contains not in (node.name or ""):
                return None
            return node
        return self._search(visit)

    def _search(self, visit):
        """The first node of the windows on screen for which visit() returns it."""
        for window in self.windows():
            if showing(window):
                found = self._walk(window, visit)
                if found is not None:
                    return found
        return None

    def find_cell(self, name=None, contains=None, timeout=20.0):
        """A cell of a table (or of a tree's rows) on screen, by its text (find() does not walk into tables)."""
        def visit(node):
            if node.getRole() not in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE):
                return None
            for cell in node:
                if cell is None or cell.getRole() not in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM,
                                                          pyatspi.ROLE_LIST_ITEM):
                    continue
                if name is not None and cell.name != name:
                    continue
                if contains is not None and contains not in (cell.name or ""):
                    continue
                return cell
            return None
        what = "table cell %r" % (name if name is not None else contains)
        return wait_until(what, lambda: self._search(visit), timeout)

    def find(self, role, name=None, contains=None, timeout=20.0):
        what = "%s %r" % (pyatspi.Atspi.Role(role).value_nick if hasattr(pyatspi, "Atspi") else role,
                          name or contains)
        return wait_until(what, lambda: self.find_now(role, name, contains), timeout)

    def field(self, label):
        """The text field whose label (its buddy) reads `label`, e.g. "Host:"."""
        def find():
            return self.find_now(pyatspi.ROLE_TEXT, label) or self.find_now(pyatspi.ROLE_PASSWORD_TEXT, label)
        return wait_until("text field " + label, find)

    def focused(self):
        def visit(node):
            return node if node.getState().contains(pyatspi.STATE_FOCUSED) else None
        return self._search(visit)

    @staticmethod
    def text(node):
        text = node.queryText()
        return text.getText(0, -1)

    @staticmethod
    def enabled(node):
        return node.getState().contains(pyatspi.STATE_ENABLED)

    @staticmethod
    def checked(node):
        return node.getState().contains(pyatspi.STATE_CHECKED)

    @staticmethod
    def click(node):
        """A real mouse click in the middle of the widget, through the X server."""
        extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        x = extents.x + min(extents.width // 2, 40)
        y = extents.y + extents.height // 2
        xdotool("mousemove", "--sync", str(x), str(y), "click", "1")
        time.sleep(0.2)

