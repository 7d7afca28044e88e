#!/usr/bin/python3
"""GUI acceptance suite: the real kkt-deploy under Xvfb and openbox, driven by real X events
(xdotool/XTest) and read back through AT-SPI — what a person types and sees, not what a widget
test sends to a widget. Run by ctest (tests/acceptance/CMakeLists.txt) inside its own D-Bus
session with an unlocked Secret Service. The scenarios live in scenario*.py, one module per
capability; this runner starts the X session once for all of them.

usage: gui_acceptance.py --app PATH/kkt-deploy --scratch DIR [unittest arguments, e.g. a test name]"""

import argparse
import os
import sys
import unittest

import acceptance_base
from xsession import XSession

# The scenarios, by name for unittest's command line (e.g. "DeployTest").
from scenarios_wizard import TypingTest, KeyboardOnlyTest, CloseTest  # noqa: F401
from scenario_deploy import DeployTest  # noqa: F401
from scenario_client import ClientTokenTest  # noqa: F401
from scenario_client_walk import ClientWalkTest  # noqa: F401
from scenario_updates import UpdatesTest  # noqa: F401
from scenario_test_instance import TestInstanceTest  # noqa: F401


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--scratch", required=True)
    parser.add_argument("--services", help="kkt-test-services, for the deployment scenarios")
    parser.add_argument("--client-app", help="kkt-deploy-client, for the self-service scenarios")
    args, rest = parser.parse_known_args()
    os.makedirs(args.scratch, exist_ok=True)
    acceptance_base.ARGS = args
    session = XSession(args.scratch)
    acceptance_base.SESSION = session
    try:
        session.start()
        result = unittest.main(argv=[sys.argv[0], "-v"] + rest, exit=False).result
    finally:
        session.stop()
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
