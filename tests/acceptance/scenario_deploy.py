"""Issue 9: the latest release deployed from the GUI onto a systemd test host."""

import pyatspi

from acceptance_base import ServicesTestCase, deploy_loaded_configuration
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
        deploy_loaded_configuration(ui, self.env)
        self.assertIsNotNone(ui.find_now(pyatspi.ROLE_LABEL, self.env["version"]))
