"""Issue 9: the latest release deployed from the GUI onto a systemd test host."""

import pyatspi

from acceptance_base import ServicesTestCase, ROLE_BUTTON, ROLE_CHECK, ROLE_RADIO
from atspi_ui import key, type_text, wait_until


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

