"""Issue 11, "Done when": deploy 1.0.0 in the GUI, the Updates tab offers 1.1.0 with its changelog,
apply it and see it healthy, apply 1.2.0 and see it roll back with the database restored, roll back
to 1.0.0 by hand."""

import json
import subprocess
import urllib.request

import pyatspi

from acceptance_base import ServicesTestCase, ROLE_BUTTON, ROLE_TEXT
from atspi_ui import wait_until


class UpdatesTest(ServicesTestCase):
    """The whole walk of a new user, through the GUI only once the services run (mouse and keyboard
    through the X server, read back over AT-SPI): 1.0.0-e2e chosen from the release list and deployed
    with the wizard; the Updates tab's Check all offers 1.1.0-e2e, its review shows the changelog
    and the migration, Apply now updates it (healthy on the server); 1.2.0-e2e comes out (its web
    service fails its health check), is checked, reviewed and applied, and the tab says it rolled
    back to 1.1.0-e2e with the database restored; Roll back returns to 1.0.0-e2e with the database of
    before 1.1.0; the Registry tab lists the three in the instance's history. What the server runs
    is read over SSH and HTTP, never changed by the test."""

    services_args = ["--updates"]

    def prepare_home(self, env):
        # Updates log in as the operator does: with the key in an ssh-agent.
        self.use_ssh_agent(env)

    # What the server runs, read without changing it.
    def server(self, command):
        return subprocess.run(["ssh", "-p", str(self.env["sshPort"]), "-i", self.env["clientKey"], "-o",
                               "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                               "root@127.0.0.1", command], stdout=subprocess.PIPE, timeout=60).stdout.decode().strip()

    def version(self):
        return self.server("cat /home/kktapp/kkt-system/.version")

    def health(self):
        """The version the application's /health reports (it answers 200 only when healthy)."""
        with urllib.request.urlopen("http://127.0.0.1:8000/health", timeout=10) as reply:
            self.assertEqual(reply.status, 200)
            return json.loads(reply.read().decode())["version"]

    def columns(self, instance):
        database = "kkt_client_" + instance[len("INST-"):].lower()
        return self.server("cd /tmp && runuser -u postgres -- psql -X -q -At -d %s -c \"SELECT string_agg("
                           "column_name, ',' ORDER BY column_name) FROM information_schema.columns WHERE table_name "
                           "= 'support_requests'\"" % database).split(",")

    def publish_failing_release(self):
        """The project publishes 1.2.0-e2e (kkt-test-services adds it to the local GitHub)."""
        self.services.stdin.write(("publish %s\n" % self.env["failingVersion"]).encode())
        self.services.stdin.flush()
        self.assertEqual(self.services.stdout.readline().decode().strip(), "published " + self.env["failingVersion"])

    def check_and_review(self, instance, version, severity):
        """Check all, then the review of the instance's update; returns with the dialog open."""
        ui = self.ui
        ui.click(ui.find(ROLE_BUTTON, "Check all"))
        ui.find_cell(version, timeout=300)
        self.assertIsNotNone(ui.find_cell("update available", timeout=5))
        self.assertIsNotNone(ui.find_cell(severity, timeout=5))
        ui.click(ui.find_cell(contains=instance))
        review = ui.find(ROLE_BUTTON, "Review update…")
        wait_until("Review enabled", lambda: ui.enabled(review), 20)
        ui.click(review)
        ui.find(pyatspi.ROLE_DIALOG, "Review the update")

    def test_update_walkthrough(self):
        ui = self.ui
        v100, v110, v120 = self.env["version"], self.env["updateVersion"], self.env["failingVersion"]
        instance = self.deploy_in_wizard("v" + v100)
        self.assertIsNotNone(ui.find_now(pyatspi.ROLE_LABEL, v100))
        self.assertEqual(self.version(), v100)
        self.assertEqual(self.health(), v100)

        # 1.1.0: offered with its changelog and migration, applied, healthy.
        ui.click(ui.find(pyatspi.ROLE_PAGE_TAB, "Updates"))
        ui.find_cell(contains=instance, timeout=60)
        self.assertIsNotNone(ui.find_cell(v100, timeout=5))
        self.check_and_review(instance, v110, "minor")
        changelog = ui.find(ROLE_TEXT, contains="Changelog")
        self.assertIn("Support requests have a tag", ui.text(changelog))
        self.assertIsNotNone(ui.find_now(pyatspi.ROLE_LABEL, contains="Adds support_requests.tag"))
        ui.click(ui.find(ROLE_BUTTON, "Apply now"))
        result = ui.find(pyatspi.ROLE_LABEL, contains="Updated ", timeout=1500)
        self.assertIn("from %s to %s" % (v100, v110), result.name)
        self.assertIsNotNone(ui.find_cell("updated", timeout=10))
        self.assertEqual(self.version(), v110)
        self.assertEqual(self.health(), v110)  # its /health needs its migration
        self.assertIn("tag", self.columns(instance))

        # 1.2.0 comes out: its health check fails, and the tab says plainly what happened.
        self.publish_failing_release()
        self.check_and_review(instance, v120, "major")
        ui.click(ui.find(ROLE_BUTTON, "Apply now"))
        result = ui.find(pyatspi.ROLE_LABEL, contains="Update to %s failed at " % v120, timeout=1500)
        self.assertIn("rolled back to " + v110, result.name)
        self.assertIn("database restored from the backup of ", result.name)
        self.assertIsNotNone(ui.find_cell("rolled back", timeout=10))
        self.assertIsNotNone(ui.find_cell(v110, timeout=10))
        self.assertEqual(self.version(), v110)
        self.assertEqual(self.health(), v110)
        self.assertNotIn("priority", self.columns(instance))  # 1.2.0's migration is undone

        # Roll back by hand to 1.0.0, with the database of before 1.1.0.
        ui.click(ui.find_cell(contains=instance))
        roll_back = ui.find(ROLE_BUTTON, "Roll back…")
        wait_until("Roll back enabled", lambda: ui.enabled(roll_back), 20)
        ui.click(roll_back)
        ui.find(pyatspi.ROLE_LABEL, contains="to the release it ran before its last update", timeout=20)
        ui.click(ui.find(ROLE_BUTTON, "Yes"))
        result = ui.find(pyatspi.ROLE_LABEL, contains="Rolled back %s to %s" % (instance, v100), timeout=1500)
        self.assertIn("database restored from the backup of ", result.name)
        self.assertEqual(self.version(), v100)
        self.assertEqual(self.health(), v100)
        self.assertNotIn("tag", self.columns(instance))

        # The Registry tab's instance detail lists the updates and the roll back.
        ui.click(ui.find(pyatspi.ROLE_PAGE_TAB, "Registry"))
        ui.click(ui.find_cell(contains=instance, timeout=30))
        ui.find(pyatspi.ROLE_LABEL, "Updates and roll backs", timeout=30)
        for versions in ("%s → %s" % (v100, v110), "%s → %s" % (v110, v120), "%s → %s" % (v110, v100)):
            self.assertIsNotNone(ui.find_cell(versions, timeout=10))
