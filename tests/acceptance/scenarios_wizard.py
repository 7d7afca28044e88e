"""Issue 9: typing whole values, the wizard by keyboard only, closing a filled wizard."""

import json

import pyatspi

from acceptance_base import AppTestCase, ROLE_BUTTON, ROLE_CHECK, ROLE_RADIO, ROLE_TEXT
from atspi_ui import key, type_text, wait_until


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

