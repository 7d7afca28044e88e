"""Sample KKT web application: /health, login and an authenticated call that reads PostgreSQL."""
import argparse
import hashlib
import json
import os
import secrets
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import bcrypt

from web.app.common import database_url, psql

TOKENS = {}


class Handler(BaseHTTPRequestHandler):
    def reply(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        if self.path == "/health":
            # Which instance answers: the base URL its deployment gave it (production or /test).
            return self.reply(200, {"status": "healthy", "version": open("VERSION").read().strip(),
                                    "base_url": os.environ.get("WEB_BASE_URL", "")})
        if self.path == "/api/dashboard/stats":
            auth = self.headers.get("Authorization", "")
            user = TOKENS.get(auth.removeprefix("Bearer "))
            if not user:
                return self.reply(401, {"detail": "Not authenticated"})
            users = int(psql("SELECT count(*) FROM users"))
            types = int(psql("SELECT count(*) FROM deadline_types"))
            return self.reply(200, {"users": users, "deadline_types": types, "user": user})
        return self.reply(404, {"detail": "Not found"})

    def do_POST(self):
        if self.path == "/api/support-requests":
            return self.create_support_request()
        if self.path != "/api/auth/login":
            return self.reply(404, {"detail": "Not found"})
        length = int(self.headers.get("Content-Length", "0"))
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            username, password = str(body["username"]), str(body["password"]).encode()
        except (ValueError, KeyError):
            return self.reply(422, {"detail": "username and password required"})
        row = psql(None, stdin="\\set u '" + username.replace("\\", "\\\\").replace("'", "\\'") + "'\n"
                   "SELECT password_hash FROM users WHERE username = :'u' AND is_active;\n")
        if not row or not bcrypt.checkpw(password, row.encode()):
            return self.reply(401, {"detail": "Incorrect username or password"})
        token = secrets.token_hex(24)
        TOKENS[token] = username
        return self.reply(200, {"access_token": token, "token_type": "bearer"})

    def create_support_request(self):
        """Data written through the API (the update tests keep it across updates and rollbacks)."""
        auth = self.headers.get("Authorization", "")
        if not TOKENS.get(auth.removeprefix("Bearer ")):
            return self.reply(401, {"detail": "Not authenticated"})
        length = int(self.headers.get("Content-Length", "0"))
        try:
            message = str(json.loads(self.rfile.read(length) or b"{}")["message"])
        except (ValueError, KeyError):
            return self.reply(422, {"detail": "message required"})
        row = psql(None, stdin="\\set m '" + message.replace("\\", "\\\\").replace("'", "\\'") + "'\n"
                   "INSERT INTO support_requests (message) VALUES (:'m') RETURNING id;\n")
        return self.reply(201, {"id": int(row)})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    database_url()
    os.makedirs("backups/database", exist_ok=True)
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
