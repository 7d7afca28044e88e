"""Creates or updates one KKT user from JSON on standard input ({username, email, full_name, role,
password}); the password is hashed here with bcrypt ($2b$12$) and never stored or printed."""
import json
import os
import sys

import bcrypt
from sqlalchemy import create_engine, text

data = json.load(sys.stdin)
password = data["password"].encode()
if len(password) > 72:
    raise SystemExit("password longer than 72 bytes")
hashed = bcrypt.hashpw(password, bcrypt.gensalt(rounds=12)).decode()
engine = create_engine(os.environ["DATABASE_URL"])
with engine.begin() as connection:
    connection.execute(
        text("INSERT INTO users (username, email, password_hash, full_name, role, is_active) "
             "VALUES (:username, :email, :hash, :full_name, :role, true) "
             "ON CONFLICT (username) DO UPDATE SET email = EXCLUDED.email, "
             "password_hash = EXCLUDED.password_hash, full_name = EXCLUDED.full_name, "
             "role = EXCLUDED.role, is_active = true"),
        {"username": data["username"], "email": data["email"], "hash": hashed,
         "full_name": data["full_name"], "role": data["role"]})
print("user ready:", data["username"])
