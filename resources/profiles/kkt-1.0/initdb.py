"""KKT 1.0 schema and seed data, run by KKT Deploy inside the release's venv with the instance's
.env loaded. No SQL file in the release creates the schema the code uses: the tables come from
the application's own SQLAlchemy models, then support_requests from its migration 011."""
import os

from sqlalchemy import create_engine, inspect, text

from web.app import models

engine = create_engine(os.environ["DATABASE_URL"])
models.Base.metadata.create_all(engine)

with engine.begin() as connection:
    with open("database/migrations/011_create_support_requests.sql", encoding="utf-8") as sql:
        connection.exec_driver_sql(sql.read())
    # Seed data. Boolean columns have no server defaults, so every insert sets them.
    tables = inspect(connection).get_table_names()
    deadline_table = next((t for t in tables if t in ("deadline_types", "deadline_type")), None)
    if deadline_table:
        for name in ("Замена ФН", "Продление договора ОФД"):
            connection.execute(
                text(f"INSERT INTO {deadline_table} (type_name, is_active, is_system) "
                     "SELECT :name, true, true WHERE NOT EXISTS "
                     f"(SELECT 1 FROM {deadline_table} WHERE type_name = :name)"),
                {"name": name})
print("schema ready")
