"""Issue 12, "Done when": with a production instance running, a test deployment chosen in the GUI,
the production panel green before and after, /test/ answering, the test instance removed from the
Registry tab."""

import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pyatspi

from acceptance_base import ServicesTestCase, ROLE_BUTTON, ROLE_RADIO
from atspi_ui import wait_until

PANEL = "Production on this server, before and after"


class TestInstanceTest(ServicesTestCase):
    """The walk of a new user on one systemd test host, through the GUI only once the services run
    (mouse and keyboard through the X server, read back over AT-SPI): production deployed with the
    wizard; Deploy another, the same configuration, Test deployment on Welcome, under /test/ on Web
    server and security, a bot of its own; the Progress page's production panel records production
    before (each row "checked at the end") and says it is exactly as before at the end (each row's
    Before equal to its After); the Complete page names the TEST instance at …/test/; nginx answers
    /test/health with the test instance and /health with production; the Registry tab removes the
    test instance (Remove test instance…, Yes): its status is removed, /test/ has no test instance
    behind it, production's /health answers. What the server serves is read over HTTP only."""

    def prepare_home(self, env):
        # Removing a test instance logs in as the operator does: with the key in an ssh-agent.
        self.use_ssh_agent(env)

    def behind(self, domain, path):
        """What nginx on the host answers at `path` for `domain`: (HTTP status, the application's
        base URL or None)."""
        request = urllib.request.Request("http://127.0.0.1" + path, headers={"Host": domain})
        try:
            with urllib.request.urlopen(request, timeout=10) as reply:
                return reply.status, json.loads(reply.read().decode()).get("base_url")
        except urllib.error.HTTPError as error:
            return error.code, None

    def panel_rows(self, ui):
        """The production panel's rows as (what, before, after), read over AT-SPI."""
        panel = wait_until("the production panel", lambda: ui.find_now(pyatspi.ROLE_PANEL, PANEL) or ui.find_now(
            pyatspi.ROLE_GROUPING, PANEL), 30)
        cells = []

        def collect(node, depth=0):
            for child in node:
                if child is None or depth > 6:
                    continue
                if child.getRole() == pyatspi.ROLE_TABLE_CELL:
                    cells.append(child.name)
                else:
                    collect(child, depth + 1)
        collect(panel)
        self.assertTrue(cells and len(cells) % 3 == 0, "the production panel's cells: %r" % cells)
        return [tuple(cells[i:i + 3]) for i in range(0, len(cells), 3)]

    def watch_production(self, production):
        """On Progress: the panel before the test deployment, then after it."""
        def check(ui):
            ui.find(pyatspi.ROLE_LABEL, contains="Production %s recorded before the test deployment" % production,
                    timeout=900)
            before = wait_until("the production panel's rows", lambda: self.panel_rows(ui), 30)
            for what, was, now in before:
                self.assertEqual(now, "(checked at the end)", what)
            self.before_rows = before
            ui.find(pyatspi.ROLE_LABEL, "✔ Production %s is exactly as before." % production, timeout=1500)
            self.assertIsNone(ui.find_now(pyatspi.ROLE_LABEL, contains="CHANGED"))
            after = self.panel_rows(ui)
            self.assertEqual([row[0] for row in after], [row[0] for row in before])
            for what, was, now in after:
                self.assertEqual(was, now, what)
            self.assertEqual([row[1] for row in after], [row[1] for row in before])
        return check

    def test_test_instance_beside_production(self):
        ui = self.ui
        production = self.deploy_in_wizard()

        # A new deployment in the same window: Deploy another, then the test deployment.
        ui.click(ui.find(ROLE_BUTTON, "Deploy another"))
        ui.find(ROLE_RADIO, contains="Production deployment", timeout=30)

        def choose_test(page):
            test_radio = page.find(ROLE_RADIO, contains="Test deployment")
            page.click(test_radio)
            wait_until("Test deployment chosen", lambda: page.checked(test_radio), 10)

        def under_test_path(page):
            path = page.find(ROLE_RADIO, contains="Under /test/ on production’s site")
            self.assertTrue(page.checked(path), "/test/ is the default place of a test instance")

        test = self.deploy_in_wizard(after_load=choose_test, bot_token=self.env["testBotToken"],
                                     on_web=under_test_path, on_progress=self.watch_production(production))
        self.assertNotEqual(test, production)
        line = ui.find(pyatspi.ROLE_LABEL, contains="TEST instance at ", timeout=30).name
        self.assertIn("production %s checked before and after: unchanged" % production, line)
        url = re.search(r"TEST instance at (\S+)/test/", line)
        self.assertIsNotNone(url, line)
        base = url.group(1)
        domain = urllib.parse.urlsplit(base).hostname

        # nginx: the test instance under /test/, production at the root, through production's site.
        self.assertEqual(self.behind(domain, "/test/health"), (200, base + "/test"))
        self.assertEqual(self.behind(domain, "/health"), (200, base))

        # The Registry tab: the test instance removed, production checked around it.
        ui.click(ui.find(pyatspi.ROLE_PAGE_TAB, "Registry"))
        ui.click(ui.find_cell(test, timeout=60))
        remove = ui.find(ROLE_BUTTON, "Remove test instance…")
        wait_until("Remove test instance enabled", lambda: ui.enabled(remove), 30)
        ui.click(remove)
        ui.find(pyatspi.ROLE_LABEL, contains="Remove TEST instance %s from " % test, timeout=20)
        ui.click(ui.find(ROLE_BUTTON, "Yes"))
        ui.find(pyatspi.ROLE_LABEL,
                "✔ Test instance %s is removed; production %s is exactly as before." % (test, production),
                timeout=1500)
        self.assertIsNotNone(ui.find_cell("removed", timeout=60))
        self.assertFalse(ui.enabled(ui.find(ROLE_BUTTON, "Remove test instance…")))
        status, behind = self.behind(domain, "/test/health")
        self.assertFalse(status == 200 and behind == base + "/test", "the test instance still answers at /test/")
        self.assertEqual(self.behind(domain, "/health"), (200, base))
