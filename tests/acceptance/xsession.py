"""A private X session for the GUI acceptance suite: Xvfb, the openbox window manager, the AT-SPI
bus (on the D-Bus session this process runs in, see CMakeLists.txt) and the application under test.
Everything it starts it stops again by PID."""

import os
import random
import signal
import subprocess
import tempfile
import time


class XSession:
    def __init__(self, scratch):
        self.scratch = scratch
        self.processes = []  # (name, Popen), stopped in reverse order
        self.display = None
        self.logs = []

    def start(self):
        # A display number of its own, drawn at random: with the lowest free one (-displayfd alone),
        # a suite started while another one's X server was exiting got that number, and the exiting
        # server's clean-up removed the new server's socket — openbox could not connect.
        for _ in range(50):
            number = random.SystemRandom().randint(100, 9999)
            if not os.path.exists("/tmp/.X%d-lock" % number) and self._start_xvfb(number):
                break
        else:
            raise RuntimeError("Xvfb did not start on any display tried (see xvfb.log)")
        self.display = ":%d" % number
        os.environ["DISPLAY"] = self.display
        self._wait_until("the X server to answer", lambda: self._xprop("-root").returncode == 0)
        subprocess.run(["setxkbmap", "-layout", "us"], check=True)
        # The window manager gives the application's window the keyboard focus; wait until it
        # manages the screen (it announces itself on the root window).
        # On a machine busy with other tests this can take a while; a window manager that died on
        # the way is started once more, and its log is part of the message if it fails again.
        for attempt in (1, 2):
            openbox = self._spawn("openbox", ["openbox", "--sm-disable"])
            if self._wait_until("openbox to manage the screen", self._window_manager_ready, openbox, required=attempt == 2):
                break
        self._spawn("at-spi-bus-launcher", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        self._wait_for_bus_name("org.a11y.Bus")

    def _start_xvfb(self, number):
        """Starts Xvfb on :number; False when it exits first (the display was taken meanwhile)."""
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", ":%d" % number, "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24",
             "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=self._log("xvfb"))
        os.close(write_fd)
        answer = b""
        with os.fdopen(read_fd, "rb") as pipe:  # the number is written once the server listens
            while not answer.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    break
                answer += chunk
        if not answer.endswith(b"\n"):
            xvfb.wait()
            return False
        self.processes.append(("Xvfb", xvfb))
        return True

    def start_app(self, argv, env):
        full = dict(os.environ)
        full.update(env)
        full.update({"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
                     "DISPLAY": self.display})
        return self._spawn("app", argv, full)

    def stop_process(self, process, timeout=15):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes = [(n, p) for (n, p) in self.processes if p is not process]

    def stop(self):
        for _, process in reversed(list(self.processes)):
            self.stop_process(process)
        for log in self.logs:
            log.close()

    def _spawn(self, name, argv, env=None):
        process = subprocess.Popen(argv, env=env, stdout=self._log(name), stderr=subprocess.STDOUT)
        self.processes.append((name, process))
        return process

    def _log(self, name):
        log = open(os.path.join(self.scratch, name + ".log"), "ab")
        self.logs.append(log)
        return log

    @staticmethod
    def _xprop(*args):
        return subprocess.run(["xprop", *args], capture_output=True, text=True)

    def _window_manager_ready(self):
        return "window id" in self._xprop("-root", "_NET_SUPPORTING_WM_CHECK").stdout

    def _wait_until(self, what, predicate, process=None, required=True, seconds=90):
        """Polls the predicate; gives up early when the process it waits for has exited."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if predicate():
                return True
            if process is not None and process.poll() is not None:
                break
            time.sleep(0.05)
        if not required:
            if process is not None:
                self.stop_process(process)
            return False
        reason = "exited with %s" % process.returncode if process is not None and process.poll() is not None \
            else "timed out"
        names = [n for (n, p) in self.processes if p is process]
        log = os.path.join(self.scratch, names[0] + ".log") if names else ""
        tail = open(log, errors="replace").read()[-2000:] if log and os.path.exists(log) else ""
        raise RuntimeError("%s waiting for %s\n%s" % (reason, what, tail))

    @staticmethod
    def _wait_for_bus_name(name):
        for _ in range(100):
            reply = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/",
                 "org.freedesktop.DBus.NameHasOwner", "string:" + name], capture_output=True, text=True)
            if "boolean true" in reply.stdout:
                return
            time.sleep(0.1)
        raise RuntimeError(name + " did not appear on the session bus")
