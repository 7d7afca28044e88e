"""Shared by the sample web server and its scripts: settings from the environment and psql access."""
import os
import subprocess
from urllib.parse import urlsplit


def database_url():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgresql://"):
        # The real application silently falls back to SQLite here; the sample refuses instead.
        raise SystemExit("DATABASE_URL is not set to a PostgreSQL URL")
    return url


def psql(sql, variables=None, stdin=None):
    """Runs SQL through psql with values bound as psql variables (quoted by psql itself)."""
    url = urlsplit(database_url())
    # The password goes through the environment, never onto psql's command line.
    env = dict(os.environ, PGHOST=url.hostname or "127.0.0.1", PGPORT=str(url.port or 5432),
               PGUSER=url.username or "", PGPASSWORD=url.password or "", PGDATABASE=url.path.lstrip("/"))
    args = ["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1"]
    for name, value in (variables or {}).items():
        args += ["-v", f"{name}={value}"]
    result = subprocess.run(args, input=sql if stdin is None else stdin, text=True, capture_output=True, env=env)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip())
    return result.stdout.strip()
