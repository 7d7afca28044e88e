"""Issue 11: the Updates tab checks, reviews and applies an update."""

import os
import re
import signal
import shutil
import subprocess
import tempfile

import pyatspi

import acceptance_base as base
from acceptance_base import ServicesTestCase, ROLE_BUTTON, ROLE_TEXT
from atspi_ui import key, wait_until


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
        with open(os.path.join(base.ARGS.scratch, "updates-deploy.log"), "wb") as log:
            deploy = subprocess.run([base.ARGS.app, "--lang", "en", "deploy", self.env["fileConfig"], "--yes",
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
