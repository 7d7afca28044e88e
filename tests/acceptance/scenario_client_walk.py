"""Issue 13, done when: the new-user walkthrough of the self-service edition, in both windows."""

import os
import shutil

import pyatspi

import acceptance_base as base
from acceptance_base import ServicesTestCase, ROLE_BUTTON
from atspi_ui import AppUi, key, type_text, wait_until


class ClientWalkTest(ServicesTestCase):
    """Staff issue a self-service token in the staff window (Registry tab → Issue self-service
    token…) and read the deployment key it shows once; a client starts kkt-deploy-client on a
    computer of its own (no settings, no password), pastes the key on Welcome, deploys onto the
    systemd test host, and its Registry tab shows its own instance; a second use of the key is
    refused. One host, one deployment."""

    services_args = ["--registry"]

    def prepare_home(self, env):
        # The staff member is signed in to the central registry (settings and password).
        folder = os.path.join(env["XDG_CONFIG_HOME"], "KKT")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "kkt-deploy.conf"), "w", encoding="utf-8") as conf:
            conf.write('[registry]\nurl="%s"\n' % self.env["registryUrl"])
        env["KKT_REGISTRY_PASSWORD"] = self.env["registryPassword"]

    def issue_key(self):
        ui = self.ui
        ui.click(ui.find(pyatspi.ROLE_PAGE_TAB, "Registry"))
        ui.click(ui.find(ROLE_BUTTON, contains="Issue self-service token", timeout=60))
        self.type_into("Client company:", "ООО «Прогулка»")
        ui.click(ui.find(ROLE_BUTTON, "Issue token"))

        def shown():
            def visit(node):
                if node.getRole() == pyatspi.ROLE_TEXT and AppUi.text(node).startswith("kkt1."):
                    return node
                return None
            return ui._search(visit)
        field = wait_until("the deployment key shown once", shown, 60)
        return AppUi.text(field)

    def start_client(self, name):
        home = os.path.join(base.ARGS.scratch, name)
        shutil.rmtree(home, ignore_errors=True)
        os.makedirs(home)
        env = {"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"),
               "XDG_DATA_HOME": os.path.join(home, "data"), "XDG_CACHE_HOME": os.path.join(home, "cache"),
               "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "KKT_GITHUB_API_URL": self.env["github"],
               "KKT_TELEGRAM_API_URL": self.env["telegram"],
               "KKT_CACHE_DIR": os.path.join(base.ARGS.scratch, "services", "cache")}
        app = base.SESSION.start_app([base.ARGS.client_app, "--lang", "en"], env)
        self.addCleanup(base.SESSION.stop_process, app)
        ui = AppUi("kkt-deploy-client")
        ui.find(ROLE_BUTTON, "Check key", timeout=60)
        wait_until("the client window to have the focus", ui.focused, 30)
        return app, ui

    def paste_key(self, ui, pasted):
        field = ui.field("Deployment key")
        ui.click(field)
        key("ctrl+a", "BackSpace")
        type_text(pasted)
        wait_until("the key typed", lambda: field.queryText().characterCount == len(pasted), 30)
        ui.click(ui.find(ROLE_BUTTON, "Check key"))

    def test_staff_issue_a_key_and_the_client_deploys_with_it(self):
        pasted = self.issue_key()
        base.SESSION.stop_process(self.app)

        client, ui = self.start_client("ClientWalkClient")
        self.ui = ui  # the wizard driven from here on is the client's

        def paste(page):
            # After the configuration the client prepared (loading one clears the key).
            self.paste_key(page, pasted)
            page.find(pyatspi.ROLE_LABEL, contains="for ООО «Прогулка»", timeout=60)
            wait_until("Next enabled", lambda: page.enabled(page.find(ROLE_BUTTON, "Next >")), 10)

        # Review asks the registry about the key again before Deploy.
        instance = self.deploy_in_wizard(
            after_load=paste,
            on_review=lambda page: page.find(pyatspi.ROLE_LABEL, contains="valid until", timeout=60))

        # Its Registry tab: its own instance, in the company the key was issued for.
        ui.click(ui.find(pyatspi.ROLE_PAGE_TAB, "Registry"))
        ui.find(pyatspi.ROLE_LABEL, instance, timeout=60)
        ui.find(pyatspi.ROLE_LABEL, "ООО «Прогулка»")

        # The same key on another computer: refused, Next stays disabled.
        base.SESSION.stop_process(client)
        _, other = self.start_client("ClientWalkSecond")
        self.paste_key(other, pasted)
        other.find(pyatspi.ROLE_LABEL, contains="already used for another instance", timeout=60)
        self.assertFalse(other.enabled(other.find(ROLE_BUTTON, "Next >")))
