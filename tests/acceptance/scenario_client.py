"""Issue 13: the self-service build asks for a deployment key."""

import os
import shutil
import subprocess
import unittest

import pyatspi

import acceptance_base as base
from acceptance_base import ROLE_BUTTON, ROLE_RADIO
from atspi_ui import AppUi, key, type_text, wait_until


class ClientTokenTest(unittest.TestCase):
    """The self-service build (kkt-deploy-client): no test mode, and the wizard goes on only with a
    token the registry accepts; a mistyped token is refused with a message, by real key presses."""

    def setUp(self):
        self.home = os.path.join(base.ARGS.scratch, "ClientTokenTest")
        shutil.rmtree(self.home, ignore_errors=True)
        os.makedirs(self.home)
        env = {"HOME": self.home, "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
               "XDG_DATA_HOME": os.path.join(self.home, "data"),
               "XDG_CACHE_HOME": os.path.join(self.home, "cache"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        self.app = base.SESSION.start_app([base.ARGS.client_app, "--lang", "en"], env)
        self.ui = AppUi("kkt-deploy-client")
        self.ui.find(ROLE_BUTTON, "Check key", timeout=60)
        wait_until("the window to have the focus", self.ui.focused, 30)

    def tearDown(self):
        subprocess.run(["import", "-window", "root", os.path.join(base.ARGS.scratch, "ClientTokenTest.png")], check=False)
        base.SESSION.stop_process(self.app)

    def check(self, token, expected):
        ui = self.ui
        field = ui.field("Deployment key")
        ui.click(field)
        key("ctrl+a", "BackSpace")
        type_text(token)
        wait_until("the token typed", lambda: field.queryText().characterCount == len(token), 5)
        ui.click(ui.find(ROLE_BUTTON, "Check key"))
        ui.find(pyatspi.ROLE_LABEL, contains=expected, timeout=30)
        self.assertFalse(ui.enabled(ui.find(ROLE_BUTTON, "Next >")), "Next without a usable token")

    def test_token_is_required(self):
        ui = self.ui
        self.assertIsNone(ui.find_now(ROLE_RADIO, contains="Test deployment"))
        self.assertFalse(ui.enabled(ui.find(ROLE_BUTTON, "Next >")))
        self.check("kkt_mistyped", "not a complete deployment key")
        # A bare token (no key) needs a registry chosen on this computer: the message asks for the whole key.
        self.check("kkt_" + "A" * 43, "Registry: none chosen")

