#include "RegistryTestDatabase.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using DB = RegistryTestDatabase;

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migratesEmptySqlite();
    void migratesEmptyPostgres();
    void adoptsProductionRegistry();
    void removedAndRestoreKeepEveryRowSqlite();
    void removalsBecomeRemoveActions_data();
    void removalsBecomeRemoveActions();
    void refusesNewerSchema_data();
    void refusesNewerSchema();

private:
    PostgresServer m_server;
};

void TestSchemaMigrator::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestSchemaMigrator::migratesEmptySqlite()
{
    const RegistryTarget target = DB::sqlite();
    QString error;
    QSqlDatabase db = RegistryConnection::open(target, &error);
    QVERIFY2(db.isValid(), qPrintable(error));
    SchemaMigrator migrator(target.kind);
    QVERIFY(!migrator.migrations().isEmpty());
    QStringList applied;
    QVERIFY2(migrator.migrate(db, &applied, &error), qPrintable(error));
    QCOMPARE(applied.size(), migrator.migrations().size());
    SchemaMigrator::Status status;
    QVERIFY(migrator.status(db, &status, &error));
    QVERIFY(status.upToDate());
    QVERIFY(status.pending.isEmpty());
    for (const char* table : {"admin_users", "deployed_instances", "deployment_history", "available_releases",
                              "deployment_tokens", "audit_log", "registry_keys", "schema_migrations"})
        QVERIFY2(db.tables().contains(QLatin1String(table)), table);
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM v_active_instances")), QStringLiteral("0"));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM v_deployment_stats")), QStringLiteral("0"));
    // A second run has nothing to do.
    applied.clear();
    QVERIFY(migrator.migrate(db, &applied, &error));
    QVERIFY(applied.isEmpty());
    Registry registry(target);
    QVERIFY2(registry.open(&error), qPrintable(error));
}

void TestSchemaMigrator::migratesEmptyPostgres()
{
    const QString name = DB::freshDatabaseName();
    QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.error()));
    const RegistryTarget target = DB::postgres(m_server, name);
    QString error;
    Registry registry(target);
    QVERIFY(!registry.open(&error));
    QVERIFY2(error.contains(QStringLiteral("registry init")), qPrintable(error));
    QSqlDatabase db = RegistryConnection::open(target, &error);
    QVERIFY2(db.isValid(), qPrintable(error));
    SchemaMigrator migrator(target.kind);
    QStringList applied;
    QVERIFY2(migrator.migrate(db, &applied, &error), qPrintable(error));
    QCOMPARE(applied.size(), migrator.migrations().size());
    QVERIFY2(registry.open(&error), qPrintable(error));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM v_active_instances")), QStringLiteral("0"));
    QCOMPARE(DB::column(
                 db, QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'kkt\\_%' ORDER BY 1")),
             QStringLiteral("kkt_deployer|kkt_selfservice|kkt_superadmin"));
    applied.clear();
    QVERIFY(migrator.migrate(db, &applied, &error));
    QVERIFY(applied.isEmpty());
}

void TestSchemaMigrator::adoptsProductionRegistry()
{
    const QString name = DB::freshDatabaseName();
    QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.error()));
    QVERIFY2(
        m_server.runSql(name, DB::readSource(QStringLiteral("tests/registry/data/production-kkt-1.0.sql"))),
        qPrintable(m_server.error()));
    const RegistryTarget target = DB::postgres(m_server, name);
    QString error;
    QSqlDatabase db = RegistryConnection::open(target, &error);
    QVERIFY2(db.isValid(), qPrintable(error));

    // Everything another reader sees, before and after.
    const QStringList probes{
        QStringLiteral("SELECT row_to_json(t)::text FROM (SELECT id, email, password_hash, full_name, role, "
                       "is_active, created_at, updated_at FROM admin_users ORDER BY id) t"),
        QStringLiteral(
            "SELECT row_to_json(t)::text FROM (SELECT id, instance_name, client_company, vds_ip, domain, "
            "deployed_version, deployed_at, last_health_check, status, notes, admin_email, admin_phone, "
            "telegram_bot_token, telegram_admin_ids, created_at, updated_at FROM deployed_instances "
            "ORDER BY id) t"),
        QStringLiteral(
            "SELECT row_to_json(t)::text FROM (SELECT id, instance_id, action, from_version, to_version, "
            "initiated_by, started_at, completed_at, status, error_log, notes FROM deployment_history "
            "ORDER BY id) t"),
        QStringLiteral("SELECT row_to_json(t)::text FROM (SELECT * FROM available_releases ORDER BY id) t"),
        QStringLiteral("SELECT row_to_json(t)::text FROM (SELECT * FROM v_active_instances) t"),
        QStringLiteral("SELECT row_to_json(t)::text FROM (SELECT * FROM v_deployment_stats ORDER BY 1) t")};
    QStringList before;
    for (const QString& probe : probes)
        before << DB::column(db, probe);
    QVERIFY(before.at(1).contains(QStringLiteral("romashka-prod")));

    SchemaMigrator migrator(target.kind);
    SchemaMigrator::Status status;
    QVERIFY(migrator.status(db, &status, &error));
    QVERIFY(status.needsAdoption());
    QStringList applied;
    QVERIFY2(migrator.migrate(db, &applied, &error), qPrintable(error));
    QCOMPARE(applied.size(), migrator.migrations().size());

    for (qsizetype i = 0; i < probes.size(); ++i)
        QCOMPARE(DB::column(db, probes.at(i)), before.at(i));

    // The adopted rows have what KKT Deploy adds, and KKT Deploy works on them.
    Registry registry(target);
    QVERIFY2(registry.open(&error), qPrintable(error));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(DISTINCT instance_uuid) FROM deployed_instances")),
             QStringLiteral("3"));
    QCOMPARE(registry.plaintextBotTokens(&error), 1);
    const auto instance = registry.findInstance(QStringLiteral("romashka-prod"), &error);
    QVERIFY2(instance, qPrintable(error));
    QCOMPARE(instance->company, QStringLiteral("ООО «Ромашка»"));
    QCOMPARE(instance->deployedAt, QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(registry.history(instance->uuid, &error).size(), 1);
    HistoryRecord check;
    check.operation = QUuid::createUuid();
    check.instance = instance->uuid;
    check.action = QStringLiteral("health_check");
    check.status = QStringLiteral("success");
    check.completedAt = QDateTime::currentDateTimeUtc();
    bool recorded = false;
    QVERIFY2(registry.recordHistory(check, &recorded, &error), qPrintable(error));
    QVERIFY(recorded);
    QCOMPARE(registry.history(instance->uuid, &error).size(), 2);
    // The production views still answer, now including the new row.
    QVERIFY(DB::column(db, QStringLiteral("SELECT total_deployments FROM v_deployment_stats "
                                          "WHERE instance_name = 'romashka-prod'")) == QStringLiteral("2"));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM v_active_instances")), QStringLiteral("2"));

    // Migration 005 widened the production CHECK constraints: a rolled-back instance reads "removed",
    // a restore is history; anything else is still refused.
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("UPDATE deployed_instances SET status = 'removed' "
                                   "WHERE instance_name = 'old-client'")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE deployed_instances SET status = 'gone' WHERE instance_name = 'old-client'")));
    check.operation = QUuid::createUuid();
    check.action = QStringLiteral("restore");
    QVERIFY2(registry.recordHistory(check, &recorded, &error), qPrintable(error));
    QVERIFY(recorded);
}

void TestSchemaMigrator::removedAndRestoreKeepEveryRowSqlite()
{
    // SQLite rebuilds the two tables for migration 005: every row, key and trigger must survive.
    const RegistryTarget target = DB::sqlite();
    QString error;
    QVERIFY2(DB::migrate(target, &error), qPrintable(error));
    QSqlDatabase db = RegistryConnection::open(target, &error);
    QVERIFY2(db.isValid(), qPrintable(error));
    QSqlQuery q(db);
    for (const char* sql :
         {"INSERT INTO deployed_instances (instance_name, instance_uuid, status) VALUES ('a', 'u-a', "
          "'active')",
          "INSERT INTO deployed_instances (instance_name, instance_uuid, status) VALUES ('b', 'u-b', "
          "'error')",
          "INSERT INTO deployment_history (instance_id, action, status, operation_uuid) VALUES (2, 'deploy', "
          "'failed', 'o-1')",
          "INSERT INTO deployment_tokens (token_hash, expires_at, instance_id) VALUES ('h', '2030-01-01', 2)",
          "DELETE FROM schema_migrations WHERE version = 5"})
        QVERIFY2(q.exec(QString::fromLatin1(sql)),
                 qPrintable(q.lastError().text() + u' ' + QLatin1String(sql)));
    const QString audit = DB::column(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QStringList applied;
    QVERIFY2(SchemaMigrator(target.kind).migrate(db, &applied, &error), qPrintable(error));
    QCOMPARE(applied, QStringList{QStringLiteral("005_removed_and_restore")});
    QCOMPARE(DB::column(db, QStringLiteral("SELECT group_concat(instance_name || ':' || status) FROM "
                                           "(SELECT * FROM deployed_instances ORDER BY id)")),
             QStringLiteral("a:active,b:error"));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT instance_id FROM deployment_history")),
             QStringLiteral("2"));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT instance_id FROM deployment_tokens")),
             QStringLiteral("2"));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(DB::column(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    QCOMPARE(
        DB::column(
            db, QStringLiteral("SELECT total_deployments FROM v_deployment_stats WHERE instance_name = 'b'")),
        QStringLiteral("1"));
    // The widened constraints, the triggers and the keys work on the new tables.
    QVERIFY2(
        q.exec(QStringLiteral("UPDATE deployed_instances SET status = 'removed' WHERE instance_name = 'a'")),
        qPrintable(q.lastError().text()));
    QVERIFY(
        !q.exec(QStringLiteral("UPDATE deployed_instances SET status = 'gone' WHERE instance_name = 'a'")));
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO deployment_history (instance_id, action, status, operation_uuid) "
                              "VALUES (1, 'restore', 'success', 'o-2')")),
        qPrintable(q.lastError().text()));
    QVERIFY(
        !q.exec(QStringLiteral("INSERT INTO deployment_history (instance_id, action, status, operation_uuid) "
                               "VALUES (99, 'deploy', 'success', 'o-3')")));
    // The audit triggers are back on both tables (an update, an insert).
    QVERIFY(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target IN ('u-a', 'o-2') "
                                          "AND action <> 'deployed_instances.insert'"))
                .toInt() >= 2);
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM v_active_instances")), QStringLiteral("0"));
}

void TestSchemaMigrator::removalsBecomeRemoveActions_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

void TestSchemaMigrator::removalsBecomeRemoveActions()
{
    // A registry at schema 009 holding what earlier KKT Deploys wrote: removals of test instances as
    // "rollback" rows (English and Russian notes), a real roll-back of a test deployment, an update.
    QFETCH(bool, postgres);
    RegistryTarget target = DB::sqlite();
    if (postgres) {
        const QString name = DB::freshDatabaseName();
        QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.error()));
        target = DB::postgres(m_server, name);
    }
    QString error;
    QSqlDatabase db = RegistryConnection::open(target, &error);
    QVERIFY2(db.isValid(), qPrintable(error));
    QSqlQuery q(db);
    // 010 counts as applied for the first run, so that the rows can be written before it.
    QVERIFY2(q.exec(postgres
                        ? QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                         "name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT "
                                         "now(), applied_by TEXT NOT NULL DEFAULT session_user)")
                        : QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                         "name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT "
                                         "CURRENT_TIMESTAMP, applied_by TEXT NOT NULL DEFAULT 'local')")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (10, 'later')")));
    SchemaMigrator migrator(target.kind);
    QVERIFY2(migrator.migrate(db, nullptr, &error), qPrintable(error));
    const QString history = QStringLiteral(
        "INSERT INTO deployment_history (instance_id, action, status, operation_uuid, notes) VALUES ");
    for (const QString& sql :
         {QStringLiteral("INSERT INTO deployed_instances (instance_name, instance_uuid, status, mode, "
                         "bot_username) VALUES ('INST-t', '5f0c3c1e-0000-4000-8000-000000000001', 'removed', "
                         "'test', 'kkt_test_bot')"),
          history +
              QStringLiteral("(1, 'rollback', 'success', '5f0c3c1e-0000-4000-8000-00000000000a', "
                             "'TEST instance — removal 20261130-1 of the test instance: it is gone from "
                             "the server')"),
          history + QStringLiteral("(1, 'rollback', 'failed', '5f0c3c1e-0000-4000-8000-00000000000b', "
                                   "'ТЕСТОВЫЙ экземпляр — удаление 20261130-2 тестового экземпляра: его "
                                   "больше нет на сервере')"),
          history + QStringLiteral("(1, 'rollback', 'success', '5f0c3c1e-0000-4000-8000-00000000000c', "
                                   "'TEST instance — roll-back of deployment 20261130-3: the instance is "
                                   "removed from the server')"),
          history + QStringLiteral("(1, 'update', 'success', '5f0c3c1e-0000-4000-8000-00000000000d', 'TEST "
                                   "instance — update')")})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u' ' + sql));
    QVERIFY(
        !q.exec(history + QStringLiteral("(1, 'remove', 'success', '5f0c3c1e-0000-4000-8000-00000000000e', "
                                         "'')"))); // not yet allowed

    QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 10")));
    QStringList applied;
    QVERIFY2(migrator.migrate(db, &applied, &error), qPrintable(error));
    QCOMPARE(applied.value(0), QStringLiteral("010_remove_action_and_login_pruning"));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT action FROM deployment_history ORDER BY id")),
             QStringLiteral("remove|remove|rollback|update"));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT bot_username FROM deployed_instances")),
             QStringLiteral("kkt_test_bot"));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT total_deployments FROM v_deployment_stats")),
             QStringLiteral("4"));

    // The registry: "remove" is history now, shown as a removal; the weekly chart counts the
    // rollback and the update, not the removals; anything unknown is still refused.
    Registry registry(target);
    QVERIFY2(registry.open(&error), qPrintable(error));
    HistoryRecord removal;
    removal.operation = QUuid::createUuid();
    removal.instance = QUuid::fromString(QStringLiteral("5f0c3c1e-0000-4000-8000-000000000001"));
    removal.action = QStringLiteral("remove");
    removal.status = QStringLiteral("success");
    bool recorded = false;
    QVERIFY2(registry.recordHistory(removal, &recorded, &error), qPrintable(error));
    QVERIFY(recorded);
    const QList<HistoryRecord> rows = registry.history(removal.instance, &error);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(HistoryRecord::actionText(rows.first().action), QStringLiteral("removal"));
    int succeeded = 0, failed = 0;
    for (const Registry::WeekCount& week : registry.deploymentsPerWeek(2, &error)) {
        succeeded += week.success;
        failed += week.failed;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(succeeded, 2);
    QCOMPARE(failed, 0);
    removal.operation = QUuid::createUuid();
    removal.action = QStringLiteral("vanish");
    QVERIFY(!registry.recordHistory(removal, &recorded, &error));
    // The rebuilt SQLite table keeps its key, index and audit trigger.
    if (!postgres) {
        QVERIFY(!q.exec(history + QStringLiteral("(99, 'remove', 'success', 'o-x', '')")));
        QCOMPARE(DB::column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = "
                                               "'deployment_history' AND type IN ('index', 'trigger') AND "
                                               "name NOT LIKE 'sqlite_%' ORDER BY name")),
                 QStringLiteral("deployment_history_instance_idx|trg_deployment_history_audit_insert"));
        QVERIFY(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'deployment_history.insert'"))
                    .toInt() >= 5);
    }
}

void TestSchemaMigrator::refusesNewerSchema_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

void TestSchemaMigrator::refusesNewerSchema()
{
    QFETCH(bool, postgres);
    RegistryTarget target;
    if (postgres) {
        const QString name = DB::freshDatabaseName();
        QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.error()));
        target = DB::postgres(m_server, name);
    } else {
        target = DB::sqlite();
    }
    QString error;
    QVERIFY2(DB::migrate(target, &error), qPrintable(error));
    QSqlDatabase db = RegistryConnection::open(target, &error);
    QSqlQuery q(db);
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (999, 'from_the_future')")));
    QVERIFY(!SchemaMigrator(target.kind).migrate(db, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("999")) && error.contains(QStringLiteral("update KKT Deploy")),
             qPrintable(error));
    Registry registry(target);
    QVERIFY(!registry.open(&error));
    QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
    // Nothing was touched.
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = 999")),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "TestSchemaMigrator.moc"
