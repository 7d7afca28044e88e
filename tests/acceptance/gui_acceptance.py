#!/usr/bin/python3
"""GUI acceptance suite: the real kkt-deploy under Xvfb and openbox, driven by real X events
(xdotool/XTest) and read back through AT-SPI — what a person types and sees, not what a widget
test sends to a widget. Run by ctest (tests/acceptance/CMakeLists.txt) inside its own D-Bus
session with an unlocked Secret Service.

usage: gui_acceptance.py --app PATH/kkt-deploy --scratch DIR [unittest arguments, e.g. a test name]"""

import argparse
import json
import os
import re
import signal
import shutil
import subprocess
import sys
import tempfile
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
        self.prepare_home(env)
        self.app = SESSION.start_app([ARGS.app, "--lang", "en"], env)
        self.ui = AppUi()
        # Ready once the first page is on screen and has the keyboard focus.
        self.ui.find(ROLE_RADIO, contains="Production deployment", timeout=60)
        wait_until("the window to have the focus", self.ui.focused, 30)

    def prepare_home(self, env):
        """What a scenario needs in the fresh home before the application starts."""

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
        # The tag field belongs to its radio button; Tab goes from one to the other.
        ui.click(ui.find(ROLE_RADIO, contains="Release tag"))
        key("Tab")
        tag = wait_until("the tag field focused", lambda: (lambda f: f if f and f.getRole() == ROLE_TEXT else None)(
            ui.focused()), 10)
        key("ctrl+a", "BackSpace")
        type_text("v1.0.0-лотос")
        self.assertEqual(ui.text(tag), "v1.0.0-лотос")
        ui.click(ui.find(ROLE_RADIO, contains="Latest release"))

        self.next_page(ROLE_RADIO, "Let’s Encrypt")
        ui.click(ui.find(ROLE_RADIO, contains="existing certificate"))
        self.type_into("Certificate file:", "/etc/ssl/certs/лотос.pem")
        self.type_into("Private key file:", "/etc/ssl/private/лотос.key")
        self.type_into("Payload profile:", "/srv/профили/kkt-1.0.json")


class KeyboardOnlyTest(AppTestCase):
    """Item 2 of issue 9: the wizard up to Review with Tab, Shift+Tab, Space, Enter and Alt+letters."""

    def assert_focus(self, role, name_part):
        def focused_as_expected():
            focused = self.ui.focused()
            return focused if focused is not None and focused.getRole() == role and name_part in (focused.name or "") \
                else None
        try:
            return wait_until("the focus on " + name_part, focused_as_expected, 10)
        except AssertionError:
            focused = self.ui.focused()
            self.fail("the focus is on %s %r, not on %r" % (focused.getRoleName() if focused else None,
                                                           focused.name if focused else None, name_part))

    def test_wizard_up_to_review_by_keyboard(self):
        ui = self.ui
        # Welcome: the mode choice has the focus; the registry (embedded here: its settings button)
        # comes next, as on the page; Enter on Load configuration… goes on, no file dialog.
        self.assert_focus(ROLE_RADIO, "Production deployment")
        key("Tab")
        self.assert_focus(ROLE_BUTTON, "Registry settings")
        key("Tab")
        self.assert_focus(ROLE_BUTTON, "Load configuration")
        key("Return")
        self.assert_focus(ROLE_TEXT, "Host:")
        self.assertIsNone(ui.find_now(pyatspi.ROLE_DIALOG, contains="Load configuration"))

        # Server: Tab through the fields; Test connection is reachable without a domain.
        type_text("127.0.0.1")
        key("Tab")
        self.assert_focus(pyatspi.ROLE_SPIN_BUTTON, "SSH port:")
        key("Tab")
        self.assert_focus(ROLE_TEXT, "User:")
        type_text("deploy")
        key("Tab")
        self.assert_focus(pyatspi.ROLE_COMBO_BOX, "")
        key("Tab")
        self.assert_focus(ROLE_TEXT, "Domain:")
        key("Tab")
        test_button = self.assert_focus(ROLE_BUTTON, "Test connection")
        self.assertTrue(ui.enabled(test_button))
        key("shift+Tab")
        self.assert_focus(ROLE_TEXT, "Domain:")
        type_text("kassa.lotos.example.ru")
        key("alt+s")  # Continue without a successful connection test
        wait_until("the skip box ticked",
                   lambda: ui.checked(ui.find(ROLE_CHECK, contains="Continue without a successful")))
        key("alt+n")

        self.assert_focus(ROLE_TEXT, "Full name:")
        type_text("Иван Петров")
        key("Tab")
        type_text("ivan@lotos.example.ru")
        key("Tab")
        type_text("+79123456789")
        key("Tab")
        self.assert_focus(ROLE_TEXT, "Company:")
        type_text("ООО Лотос")
        key("shift+Tab")
        self.assert_focus(ROLE_TEXT, "Phone:")
        key("alt+n")

        self.assert_focus(pyatspi.ROLE_PASSWORD_TEXT, "Bot token:")
        type_text("123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0")
        key("alt+n")

        self.assert_focus(ROLE_TEXT, "Telegram ID:")
        type_text("123456789")
        key("alt+n")

        self.assert_focus(ROLE_TEXT, "Daily notifications at:")
        key("alt+n")

        self.assert_focus(ROLE_RADIO, "Let’s Encrypt")
        key("alt+n")

        # Review shows what was typed.
        ui.find(ROLE_BUTTON, "Check plan")
        summary = ui.find(pyatspi.ROLE_LABEL, contains="ООО Лотос")
        self.assertIn("Иван Петров", summary.name)
        self.assertIsNotNone(ui.find_now(pyatspi.ROLE_LABEL, contains="kassa.lotos.example.ru"))


class CloseTest(AppTestCase):
    """Item 8 of issue 9: closing a filled wizard asks first; Cancel keeps the window."""

    def question(self):
        return self.ui.find(pyatspi.ROLE_LABEL, contains="not saved", timeout=10)

    def test_close_asks_before_losing_work(self):
        ui = self.ui
        self.next_page(ROLE_TEXT, "Host:")
        self.type_into("Host:", "203.0.113.10")
        # File → Quit by its shortcut: the question, and Escape (Cancel) keeps everything.
        key("ctrl+q")
        self.question()
        key("Escape")
        wait_until("the question to go", lambda: ui.find_now(pyatspi.ROLE_LABEL, contains="not saved") is None, 10)
        self.assertIsNone(self.app.poll())
        self.assertEqual(ui.text(ui.field("Host:")), "203.0.113.10")
        # The window manager's close (Alt+F4 in openbox), then Discard: the application ends.
        key("alt+F4")
        self.question()
        ui.click(ui.find(ROLE_BUTTON, contains="Discard"))
        self.assertEqual(self.app.wait(20), 0)


class ServicesTestCase(AppTestCase):
    """Starts kkt-test-services (a systemd host, the local GitHub and Telegram servers) first."""

    services_args = []

    def setUp(self):
        scratch = os.path.join(ARGS.scratch, "services")
        shutil.rmtree(scratch, ignore_errors=True)
        self.services = subprocess.Popen([ARGS.services, scratch] + self.services_args, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE,
                                         stderr=open(os.path.join(ARGS.scratch, "services.log"), "ab"))
        line = self.services.stdout.readline()
        if not line:
            self.services.wait()
            self.fail("kkt-test-services did not start (see services.log)")
        # Stopped (and the host halted) however the test ends, a failing setUp included.
        self.addCleanup(self.stop_services)
        self.env = json.loads(line)
        self.extra_env = {"KKT_GITHUB_API_URL": self.env["github"], "KKT_TELEGRAM_API_URL": self.env["telegram"],
                          "KKT_CACHE_DIR": os.path.join(scratch, "cache")}
        super().setUp()

    def stop_services(self):
        self.services.terminate()
        self.services.wait(180)


class DeployTest(ServicesTestCase):
    """Issue 9: the default (latest) release, served by the local GitHub server, deployed from the
    GUI onto a systemd test host by keyboard, up to the Complete page."""

    def test_deploys_the_latest_release(self):
        ui = self.ui
        key("ctrl+o")  # File → Load configuration…: the file name is typed into the dialog
        wait_until("the file dialog", lambda: ui.find_now(pyatspi.ROLE_DIALOG, contains="Load configuration"), 20)
        type_text(self.env["config"])
        key("Return")
        ui.find(pyatspi.ROLE_LABEL, contains="Loaded")
        key("alt+n")
        self.assertEqual(ui.text(ui.field("Host:")), "127.0.0.1")
        key("alt+c")  # Test connection: the new host key is trusted
        ui.find(pyatspi.ROLE_LABEL, contains="has not connected to", timeout=60)
        key("alt+y")
        status = ui.find(pyatspi.ROLE_LABEL, contains="Connected", timeout=180)
        if "failed" in status.name:
            key("alt+s")
        key("alt+n")
        ui.field("Full name:")
        key("alt+n")
        ui.field("Bot token:")
        type_text(self.env["botToken"])
        key("alt+n")
        ui.field("Telegram ID:")
        key("alt+n")
        ui.find(ROLE_RADIO, contains="Latest release")
        key("alt+n")
        ui.find(ROLE_RADIO, contains="Let’s Encrypt")
        key("alt+n")
        ui.find(ROLE_BUTTON, "Check plan")
        key("alt+c")
        wait_until("the plan", lambda: ui.enabled(ui.find(ROLE_CHECK, contains="I have checked")), 600)
        key("alt+i")
        wait_until("Deploy enabled", lambda: ui.enabled(ui.find(ROLE_BUTTON, "Deploy")), 30)
        key("alt+p")
        # The Progress page runs the deployment; Next (Alt+N) leads to Complete once it has succeeded.
        ui.find(pyatspi.ROLE_LABEL, contains="Deployed:", timeout=1500)
        wait_until("Next enabled", lambda: ui.enabled(ui.find(ROLE_BUTTON, "Next >")), 30)
        key("alt+n")
        # The Complete page names the instance.
        instance = ui.find(pyatspi.ROLE_LABEL, contains="INST-", timeout=60)
        self.assertTrue(instance.name.startswith("INST-"))
        self.assertIsNotNone(ui.find_now(pyatspi.ROLE_LABEL, self.env["version"]))


class ClientTokenTest(unittest.TestCase):
    """The self-service build (kkt-deploy-client): no test mode, and the wizard goes on only with a
    token the registry accepts; a mistyped token is refused with a message, by real key presses."""

    def setUp(self):
        self.home = os.path.join(ARGS.scratch, "ClientTokenTest")
        shutil.rmtree(self.home, ignore_errors=True)
        os.makedirs(self.home)
        env = {"HOME": self.home, "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
               "XDG_DATA_HOME": os.path.join(self.home, "data"),
               "XDG_CACHE_HOME": os.path.join(self.home, "cache"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        self.app = SESSION.start_app([ARGS.client_app, "--lang", "en"], env)
        self.ui = AppUi("kkt-deploy-client")
        self.ui.find(ROLE_BUTTON, "Check token", timeout=60)
        wait_until("the window to have the focus", self.ui.focused, 30)

    def tearDown(self):
        subprocess.run(["import", "-window", "root", os.path.join(ARGS.scratch, "ClientTokenTest.png")], check=False)
        SESSION.stop_process(self.app)

    def check(self, token, expected):
        ui = self.ui
        field = ui.field("Deployment token")
        ui.click(field)
        key("ctrl+a", "BackSpace")
        type_text(token)
        wait_until("the token typed", lambda: field.queryText().characterCount == len(token), 5)
        ui.click(ui.find(ROLE_BUTTON, "Check token"))
        ui.find(pyatspi.ROLE_LABEL, contains=expected, timeout=30)
        self.assertFalse(ui.enabled(ui.find(ROLE_BUTTON, "Next >")), "Next without a usable token")

    def test_token_is_required(self):
        ui = self.ui
        self.assertIsNone(ui.find_now(ROLE_RADIO, contains="Test deployment"))
        self.assertFalse(ui.enabled(ui.find(ROLE_BUTTON, "Next >")))
        self.check("kkt_mistyped", "not a deployment token")
        # Well formed, but this computer has no central registry yet: the message says where to choose it.
        self.check("kkt_" + "A" * 43, "Registry: none chosen")


class UpdatesTest(ServicesTestCase):
    """Issue 11, point 8: an instance deployed with 1.0.0 (by the command line, in this home), the
    Updates tab checks it, reviews 1.1.0 (changelog, migration) and applies it — mouse and keyboard
    through the X server only; the Registry tab then shows the update in the instance's history."""

    services_args = ["--updates"]

    def prepare_home(self, env):
        # The update logs in as the operator does: with the key in an ssh-agent (the socket in a
        # short path of its own, as a socket's name is limited in length).
        self.agent_dir = tempfile.mkdtemp(prefix="kkt-agent-")
        sock = os.path.join(self.agent_dir, "agent")
        started = subprocess.run(["ssh-agent", "-a", sock], stdout=subprocess.PIPE, check=True).stdout.decode()
        self.agent_pid = int(re.search(r"SSH_AGENT_PID=(\d+)", started).group(1))
        self.addCleanup(self.stop_agent)
        env["SSH_AUTH_SOCK"] = sock
        subprocess.run(["ssh-add", "-q", self.env["clientKey"]], env=dict(os.environ, SSH_AUTH_SOCK=sock),
                       check=True)
        full = dict(os.environ)
        full.update(env)
        full["KKT_BOT_TOKEN"] = self.env["botToken"]
        # The progress goes to the log; the summary on stdout carries the generated password and is
        # left unread.
        with open(os.path.join(ARGS.scratch, "updates-deploy.log"), "wb") as log:
            deploy = subprocess.run([ARGS.app, "--lang", "en", "deploy", self.env["fileConfig"], "--yes",
                                     "--accept-new"], env=full, stdout=subprocess.DEVNULL, stderr=log, timeout=1800)
        self.assertEqual(deploy.returncode, 0, "the 1.0.0 deployment failed (see updates-deploy.log)")

    def stop_agent(self):
        os.kill(self.agent_pid, signal.SIGTERM)
        shutil.rmtree(self.agent_dir, ignore_errors=True)

    def server(self, command):
        return subprocess.run(["ssh", "-p", str(self.env["sshPort"]), "-i", self.env["clientKey"], "-o",
                               "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                               "root@127.0.0.1", command], stdout=subprocess.PIPE, timeout=60).stdout.decode().strip()

    def test_checks_reviews_and_applies_an_update(self):
        ui = self.ui
        version = self.env["updateVersion"]
        ui.click(ui.find(pyatspi.ROLE_PAGE_TAB, "Updates"))
        instance = ui.find_cell(contains="INST-", timeout=60)
        self.assertIsNotNone(ui.find_cell("1.0.0-e2e", timeout=5))
        ui.click(ui.find(ROLE_BUTTON, "Check all"))
        ui.find_cell("update available", timeout=300)
        self.assertIsNotNone(ui.find_cell(version, timeout=5))
        self.assertIsNotNone(ui.find_cell("minor", timeout=5))
        ui.click(ui.find_cell(contains="INST-"))
        review = ui.find(ROLE_BUTTON, "Review update…")
        wait_until("Review enabled", lambda: ui.enabled(review), 20)
        ui.click(review)
        ui.find(pyatspi.ROLE_DIALOG, "Review the update")
        changelog = ui.find(ROLE_TEXT, contains="Changelog")
        self.assertIn("Support requests have a tag", ui.text(changelog))
        self.assertIsNotNone(ui.find_now(pyatspi.ROLE_LABEL, contains="Adds support_requests.tag"))
        ui.click(ui.find(ROLE_BUTTON, "Apply now"))
        result = ui.find(pyatspi.ROLE_LABEL, contains="Updated ", timeout=1500)
        self.assertIn("to " + version, result.name)
        self.assertIsNotNone(ui.find_cell("updated", timeout=10))
        self.assertEqual(self.server("cat /home/kktapp/kkt-system/.version"), version)
        # The Registry tab's instance detail lists the update.
        ui.click(ui.find(pyatspi.ROLE_PAGE_TAB, "Registry"))
        ui.click(ui.find_cell(contains=instance.name.split(" ")[0], timeout=30))
        ui.find(pyatspi.ROLE_LABEL, "Updates and roll backs", timeout=30)
        self.assertIsNotNone(ui.find_cell("1.0.0-e2e → " + version, timeout=10))


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--scratch", required=True)
    parser.add_argument("--services", help="kkt-test-services, for the deployment scenario")
    parser.add_argument("--client-app", help="kkt-deploy-client, for the self-service scenario")
    ARGS, rest = parser.parse_known_args()
    os.makedirs(ARGS.scratch, exist_ok=True)
    unittest.main(argv=[sys.argv[0], "-v"] + rest)


if __name__ == "__main__":
    main()
