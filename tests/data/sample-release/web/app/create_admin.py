"""Creates or updates a user from JSON on standard input:
{"username", "email", "full_name", "role", "password"}. The password never leaves this process
except as a bcrypt hash, which reaches psql over standard input."""
import json
import sys

import bcrypt

from web.app.common import psql

if __name__ == "__main__":
    data = json.load(sys.stdin)
    password = data["password"].encode()
    if len(password) > 72:
        raise SystemExit("password longer than 72 bytes")
    hashed = bcrypt.hashpw(password, bcrypt.gensalt(rounds=12)).decode()
    sql = """
\\set ON_ERROR_STOP 1
INSERT INTO users (username, email, password_hash, full_name, role, is_active)
VALUES (:'username', :'email', :'hash', :'full_name', :'role', true)
ON CONFLICT (username) DO UPDATE SET email = EXCLUDED.email, password_hash = EXCLUDED.password_hash,
    full_name = EXCLUDED.full_name, role = EXCLUDED.role, is_active = true;
"""
    # Values are bound with \set from a script on stdin, so none of them is on a command line.
    def quoted(v):
        return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'") + "'"
    script = "".join(f"\\set {k} {quoted(v)}\n" for k, v in
                     {"username": data["username"], "email": data["email"], "hash": hashed,
                      "full_name": data["full_name"], "role": data["role"]}.items())
    psql(None, stdin=script + sql)
    print("user ready:", data["username"])
