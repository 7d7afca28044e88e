#!/usr/bin/env python3
"""record_production_comparison.py --app KKT_DEPLOY --services KKT_TEST_SERVICES --scratch DIR OUT.json

For scripts/screenshots.sh (KKT_SCREENSHOTS_E2E=1): one systemd host run that records what the
Progress page's production panel shows for a real test deployment. kkt-test-services starts the host
and the local GitHub and Telegram servers; `kkt-deploy deploy` puts production on it, then a test
instance beside it (path mode, a bot of its own); the test deployment's "production" object (before,
after, differences) is written to OUT.json. The host is halted however this ends."""
import argparse
import json
import os
import shutil
import subprocess
import sys


def deploy(args, config, token, env):
    run_env = dict(env, KKT_BOT_TOKEN=token, KKT_ADMIN_PASSWORD="Screens-Admin-Pw-7x!", LANG="C.UTF-8")
    done = subprocess.run([args.app, "deploy", config, "--yes", "--known-hosts",
                           os.path.join(args.scratch, "known_hosts"), "--accept-new", "--journal",
                           os.path.join(args.scratch, "journal.sqlite"), "--telegram-api", env["KKT_TELEGRAM_API_URL"]],
                          env=run_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=900)
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode()[-4000:])
        sys.exit("kkt-deploy deploy %s exited with %d" % (config, done.returncode))
    return json.loads(done.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--services", required=True)
    parser.add_argument("--scratch", required=True)
    parser.add_argument("out")
    args = parser.parse_args()
    shutil.rmtree(args.scratch, ignore_errors=True)
    os.makedirs(args.scratch)
    services = subprocess.Popen([args.services, os.path.join(args.scratch, "services")], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE,
                                stderr=open(os.path.join(args.scratch, "services.log"), "ab"))
    try:
        line = services.stdout.readline()
        if not line:
            sys.exit("kkt-test-services did not start (see %s/services.log)" % args.scratch)
        ready = json.loads(line)
        env = dict(os.environ, HOME=args.scratch, XDG_CONFIG_HOME=os.path.join(args.scratch, "config"),
                   XDG_DATA_HOME=os.path.join(args.scratch, "data"), KKT_GITHUB_API_URL=ready["github"],
                   KKT_TELEGRAM_API_URL=ready["telegram"], KKT_CACHE_DIR=os.path.join(args.scratch, "cache"))
        deploy(args, ready["fileConfig"], ready["botToken"], env)
        with open(ready["fileConfig"]) as f:
            config = json.load(f)
        config["mode"] = "test"  # path mode (the default): /test/ beside production
        test_config = os.path.join(args.scratch, "test-deployment.json")
        with open(test_config, "w") as f:
            json.dump(config, f)
        summary = deploy(args, test_config, ready["testBotToken"], env)
        production = summary.get("production")
        if not production or not production.get("unchanged"):
            sys.exit("the test deployment did not leave production as it was: %s" % json.dumps(summary))
        with open(args.out, "w") as f:
            json.dump(production, f, ensure_ascii=False, indent=1)
    finally:
        services.terminate()
        services.wait(180)


if __name__ == "__main__":
    main()
