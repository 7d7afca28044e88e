"""Issue 9: the latest release deployed from the GUI onto a systemd test host."""

import pyatspi

from acceptance_base import ServicesTestCase


class DeployTest(ServicesTestCase):
    """Issue 9: the default (latest) release, served by the local GitHub server, deployed from the
    GUI onto a systemd test host by keyboard, up to the Complete page."""

    def test_deploys_the_latest_release(self):
        self.deploy_in_wizard()
        self.assertIsNotNone(self.ui.find_now(pyatspi.ROLE_LABEL, self.env["version"]))
