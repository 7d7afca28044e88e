"""Creates the sample schema and seed data; safe to run again."""
from web.app.common import psql

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id serial PRIMARY KEY,
    username varchar(50) UNIQUE NOT NULL,
    email varchar(255) UNIQUE NOT NULL,
    password_hash varchar(255) NOT NULL,
    full_name varchar(255) NOT NULL,
    role varchar(20) NOT NULL,
    is_active boolean NOT NULL
);
CREATE TABLE IF NOT EXISTS deadline_types (
    id serial PRIMARY KEY,
    type_name varchar(100) UNIQUE NOT NULL,
    is_active boolean NOT NULL,
    is_system boolean NOT NULL
);
INSERT INTO deadline_types (type_name, is_active, is_system) VALUES
    ('Замена ФН', true, true), ('Продление договора ОФД', true, true)
ON CONFLICT (type_name) DO NOTHING;
"""

if __name__ == "__main__":
    psql(SCHEMA)
    print("schema ready")
