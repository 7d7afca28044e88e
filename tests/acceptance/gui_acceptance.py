#!/usr/bin/python3
"""GUI acceptance suite: the real kkt-deploy under Xvfb and openbox, driven by real X events
(xdotool/XTest) and read back through AT-SPI — what a person types and sees, not what a widget
test sends to a widget. Run by ctest (tests/acceptance/CMakeLists.txt) inside its own D-Bus
session with an unlocked Secret Service.

usage: gui_acceptance.py --app PATH/kkt-deploy --scratch DIR [unittest arguments, e.g. a test name]"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import unittest

import pyatspi

from atspi_ui import AppUi, key, type_text, wait_until
from xsession import XSession

ARGS = None
SESSION = None

ROLE_TEXT = pyatspi.ROLE_TEXT
ROLE_BUTTON = pyatspi.ROLE_PUSH_BUTTON
ROLE_CHECK = pyatspi.ROLE_CHECK_BOX
ROLE_RADIO = pyatspi.ROLE_RADIO_BUTTON


def setUpModule():
    global SESSION
    SESSION = XSession(ARGS.scratch)
    SESSION.start()


def tearDownModule():
    if SESSION is not None:
        SESSION.stop()


class AppTestCase(unittest.TestCase):
    """Starts a fresh kkt-deploy (own HOME, settings, journal and registry) for every test."""

    extra_env = {}

    def setUp(self):
        self.home = os.path.join(ARGS.scratch, self.id().split(".")[-1])
        shutil.rmtree(self.home, ignore_errors=True)
        os.makedirs(self.home)
        env = {"HOME": self.home, "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
               "XDG_DATA_HOME": os.path.join(self.home, "data"),
               "XDG_CACHE_HOME": os.path.join(self.home, "cache"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        env.update(self.extra_env)
        self.app = SESSION.start_app([ARGS.app, "--lang", "en"], env)
        self.ui = AppUi()
        # Ready once the first page is on screen and has the keyboard focus.
        self.ui.find(ROLE_RADIO, contains="Production deployment", timeout=60)
        wait_until("the window to have the focus", self.ui.focused, 30)

    def tearDown(self):
        # What the screen showed at the end: the first thing to look at when a scenario fails.
        subprocess.run(["import", "-window", "root", os.path.join(ARGS.scratch, self.id().split(".")[-1] + ".png")],
                       check=False)
        SESSION.stop_process(self.app)

    # Helpers shared by the scenarios.
    def next_page(self, marker_role, marker_name):
        """Clicks Next and waits for a widget of the next page."""
        self.ui.click(self.ui.find(ROLE_BUTTON, "Next >"))
        return self.ui.find(marker_role, contains=marker_name)

    def type_into(self, label, value, expected=None):
        """Clicks into the field, replaces its text at human speed and reads the whole value back
        (a password field tells only its length)."""
        field = self.ui.field(label)
        self.ui.click(field)
        key("ctrl+a", "BackSpace")
        type_text(value)
        want = value if expected is None else expected
        if field.getRole() == pyatspi.ROLE_PASSWORD_TEXT:
            read = lambda: field.queryText().characterCount
            want = len(want)
        else:
            read = lambda: self.ui.text(field)
        try:
            wait_until("%r in %s" % (want, label), lambda: read() == want, 5)
        except AssertionError:
            pass
        self.assertEqual(read(), want, "typed into " + label)
        return field

    def choose(self, current, wanted):
        """Opens the combo box showing `current` with a click and picks the next row by keyboard."""
        self.ui.click(self.ui.find(pyatspi.ROLE_COMBO_BOX, current))
        key("Escape", "Down")
        self.ui.find(pyatspi.ROLE_COMBO_BOX, wanted)


class TypingTest(AppTestCase):
    """Item 1 of issue 9: every text field of every page takes a whole value typed at human speed."""

    def test_every_field_takes_whole_values(self):
        ui = self.ui
        self.next_page(ROLE_TEXT, "Host:")
        self.type_into("Host:", "127.0.0.1")
        self.type_into("User:", "deploy")
        self.type_into("Domain:", "касса.лотос.рф")
        self.choose("ssh-agent", "Private key file")
        self.type_into("Key file:", "/root/.ssh/id_ed25519")
        self.type_into("Key passphrase:", "correct horse")
        self.choose("Private key file", "Password")
        self.type_into("SSH password:", "пароль сервера 1")
        ui.click(ui.find(ROLE_CHECK, contains="Continue without a successful connection test"))

        self.next_page(ROLE_TEXT, "Full name:")
        self.type_into("Full name:", "Иван Петров")
        self.type_into("Email:", "ivan@lotos.example.ru")
        self.type_into("Phone:", "+7 912 345-67-89")
        self.type_into("Company:", "ООО Лотос")
        ui.click(ui.find(ROLE_RADIO, contains="Type a password"))
        self.type_into("Password:", "Лотос-Пароль-2026!")
        self.type_into("Confirm:", "Лотос-Пароль-2026!")

        self.next_page(pyatspi.ROLE_PASSWORD_TEXT, "Bot token:")
        ui.click(ui.find(ROLE_CHECK, "Show"))
        self.type_into("Bot token:", "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0")

        self.next_page(ROLE_TEXT, "Telegram ID:")
        self.type_into("Telegram ID:", "123456789")
        ui.click(ui.find(ROLE_BUTTON, "Add"))
        self.type_into("Telegram ID:", "987654321")

        self.next_page(ROLE_TEXT, "Daily notifications at:")
        self.type_into("Daily notifications at:", "08:30")
        self.type_into("Daily backup at:", "02:15")


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--scratch", required=True)
    ARGS, rest = parser.parse_known_args()
    os.makedirs(ARGS.scratch, exist_ok=True)
    unittest.main(argv=[sys.argv[0], "-v"] + rest)


if __name__ == "__main__":
    main()
