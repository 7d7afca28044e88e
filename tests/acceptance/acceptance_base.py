"""What every GUI acceptance scenario shares: the X session, a fresh application per test, the local
services for the scenarios that deploy, and the helpers a person's actions are written with. The
runner (gui_acceptance.py) sets ARGS and SESSION before any scenario runs."""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import unittest

import pyatspi

from atspi_ui import AppUi, key, type_text, wait_until

ARGS = None
SESSION = None

ROLE_TEXT = pyatspi.ROLE_TEXT
ROLE_BUTTON = pyatspi.ROLE_PUSH_BUTTON
ROLE_CHECK = pyatspi.ROLE_CHECK_BOX
ROLE_RADIO = pyatspi.ROLE_RADIO_BUTTON


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

    def use_ssh_agent(self, env):
        """The operator's ssh-agent holding the host's client key (the socket in a short path of its
        own, as a socket's name is limited in length): what actions on a recorded instance (updates,
        removing a test instance) log in with."""
        agent_dir = tempfile.mkdtemp(prefix="kkt-agent-")
        sock = os.path.join(agent_dir, "agent")
        started = subprocess.run(["ssh-agent", "-a", sock], stdout=subprocess.PIPE, check=True).stdout.decode()
        pid = int(re.search(r"SSH_AGENT_PID=(\d+)", started).group(1))
        self.addCleanup(shutil.rmtree, agent_dir, True)
        self.addCleanup(os.kill, pid, signal.SIGTERM)
        env["SSH_AUTH_SOCK"] = sock
        subprocess.run(["ssh-add", "-q", self.env["clientKey"]], env=dict(os.environ, SSH_AUTH_SOCK=sock),
                       check=True)

    def deploy_in_wizard(self, tag=None, after_load=None, on_review=None, bot_token=None, on_web=None,
                         on_progress=None):
        """Loads the services' configuration (File → Load configuration…) and deploys it from the
        wizard by keyboard up to the Complete page: the latest release, or the release `tag` chosen
        from the release list (Load releases, a click on its row, Deploy this release). Returns the
        instance's name the Complete page shows. `after_load(ui)` runs on Welcome once the file is
        loaded, `on_review(ui)` on Review before the plan (the self-service walkthrough's key),
        `on_web(ui)` on Web server and security, `on_progress(ui)` on Progress once Deploy is pressed;
        `bot_token` replaces the services' bot. A server the application already knows is not
        asked about its host key again."""
        ui = self.ui
        key("ctrl+o")  # File → Load configuration…: the file name is typed into the dialog
        wait_until("the file dialog", lambda: ui.find_now(pyatspi.ROLE_DIALOG, contains="Load configuration"), 20)
        type_text(self.env["config"])
        key("Return")
        ui.find(pyatspi.ROLE_LABEL, contains="Loaded")
        if after_load:
            after_load(ui)
        key("alt+n")
        self.assertEqual(ui.text(ui.field("Host:")), "127.0.0.1")
        key("alt+c")  # Test connection: a new host key is trusted
        asked = wait_until("the host key question or the connection", lambda: ui.find_now(
            pyatspi.ROLE_LABEL, contains="has not connected to") or ui.find_now(pyatspi.ROLE_LABEL,
                                                                              contains="Connected"), 60)
        if "has not connected to" in asked.name:
            key("alt+y")
        status = ui.find(pyatspi.ROLE_LABEL, contains="Connected", timeout=180)
        if "failed" in status.name:
            key("alt+s")
        key("alt+n")
        ui.field("Full name:")
        key("alt+n")
        ui.field("Bot token:")
        type_text(bot_token or self.env["botToken"])
        key("alt+n")
        ui.field("Telegram ID:")
        key("alt+n")
        latest = ui.find(ROLE_RADIO, contains="Latest release")
        if tag is not None:
            ui.click(ui.find(ROLE_BUTTON, "Load releases"))
            ui.click(ui.find_cell(tag, timeout=60))
            use = ui.find(ROLE_BUTTON, "Deploy this release")
            wait_until("Deploy this release enabled", lambda: ui.enabled(use), 10)
            ui.click(use)
            wait_until("the release tag chosen", lambda: ui.checked(ui.find_now(ROLE_RADIO, contains="Release tag")),
                       10)
            self.assertFalse(ui.checked(latest))
        key("alt+n")
        ui.find(ROLE_RADIO, contains="Let’s Encrypt")
        if on_web:
            on_web(ui)
        key("alt+n")
        ui.find(ROLE_BUTTON, "Check plan")
        if on_review:
            on_review(ui)
        key("alt+c")
        wait_until("the plan", lambda: ui.enabled(ui.find(ROLE_CHECK, contains="I have checked")), 600)
        key("alt+i")
        wait_until("Deploy enabled", lambda: ui.enabled(ui.find(ROLE_BUTTON, "Deploy")), 30)
        key("alt+p")
        if on_progress:
            on_progress(ui)
        # The Progress page runs the deployment; Next (Alt+N) leads to Complete once it has succeeded.
        ui.find(pyatspi.ROLE_LABEL, contains="Deployed:", timeout=1500)
        wait_until("Next enabled", lambda: ui.enabled(ui.find(ROLE_BUTTON, "Next >")), 30)
        key("alt+n")
        # The Complete page names the instance (a test instance's line names production's too).
        def named(node):
            return node if node.getRole() == pyatspi.ROLE_LABEL and (node.name or "").startswith("INST-") else None
        return wait_until("the instance's name", lambda: ui._search(named), 60).name
