#include "RegistryTestDatabase.h"
#include "registry/DeploymentTokens.h"
#include "registry/InstanceCsv.h"
#include "registry/Registry.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using DB = RegistryTestDatabase;

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsOnce_data();
    void recordsOnce();
    void listsFiltersSortsAndExports();
    void searchesEveryScript_data();
    void searchesEveryScript();
    void deployerRecordsInstances();
    void auditRowsCannotChange();

private:
    static InstanceRecord instance(const QString& name, const QString& company);
    RegistryTarget freshPostgres();
    PostgresServer m_server;
    QString m_database; // migrated, shared by the rights tests
};

InstanceRecord TestRegistry::instance(const QString& name, const QString& company)
{
    InstanceRecord r;
    r.uuid = QUuid::createUuid();
    r.name = name;
    r.company = company;
    r.ip = QStringLiteral("198.51.100.7");
    r.domain = name + QStringLiteral(".example");
    r.version = QStringLiteral("1.0.0");
    r.sshHost = r.ip;
    r.sshUser = QStringLiteral("root");
    r.hostKeyFingerprint = QStringLiteral("SHA256:abc");
    r.mode = QStringLiteral("production");
    r.webPort = 8080;
    r.botUsername = QStringLiteral("@kkt_test_bot");
    return r;
}

RegistryTarget TestRegistry::freshPostgres()
{
    const QString name = DB::freshDatabaseName();
    if (!m_server.createDatabase(name))
        qWarning() << m_server.error();
    return DB::postgres(m_server, name);
}

void TestRegistry::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    const RegistryTarget target = freshPostgres();
    m_database = target.database;
    QString error;
    QVERIFY2(DB::migrate(target, &error), qPrintable(error));
    // Staff and a client server sign in as their own roles, members of the application roles.
    QVERIFY2(m_server.runSql(
                 m_database,
                 QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'alice-pw-1' IN ROLE kkt_deployer;"
                                "CREATE ROLE boss LOGIN PASSWORD 'boss-pw-1' IN ROLE kkt_superadmin;"
                                "CREATE ROLE client1 LOGIN PASSWORD 'client-pw-1' IN ROLE kkt_selfservice;")),
             qPrintable(m_server.error()));
}

void TestRegistry::recordsOnce_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

void TestRegistry::recordsOnce()
{
    QFETCH(bool, postgres);
    const RegistryTarget target = postgres ? freshPostgres() : DB::sqlite();
    QString error;
    QVERIFY2(DB::migrate(target, &error), qPrintable(error));
    Registry registry(target);
    QVERIFY2(registry.open(&error), qPrintable(error));
    InstanceRecord r = instance(QStringLiteral("alpha"), QStringLiteral("ООО «Альфа»"));
    r.sealedCredentials = QStringLiteral("c2VhbGVk");
    QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
    // An update without credentials keeps the sealed ones.
    r.sealedCredentials.clear();
    r.domain = QStringLiteral("new.alpha.example");
    QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
    auto stored = registry.findInstance(r.uuid.toString(), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->domain, QStringLiteral("new.alpha.example"));
    QCOMPARE(stored->sealedCredentials, QStringLiteral("c2VhbGVk"));
    QCOMPARE(stored->company, QStringLiteral("ООО «Альфа»"));
    QCOMPARE(registry.countInstances({}, &error), 1);

    HistoryRecord h;
    h.operation = QUuid::createUuid();
    h.instance = r.uuid;
    h.action = QStringLiteral("update");
    h.fromVersion = QStringLiteral("1.0.0");
    h.toVersion = QStringLiteral("1.0.1");
    h.status = QStringLiteral("success");
    h.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    h.completedAt = QDateTime::currentDateTimeUtc();
    h.logExcerpt = QStringLiteral("done");
    bool recorded = false;
    QVERIFY2(registry.recordHistory(h, &recorded, &error), qPrintable(error));
    QVERIFY(recorded);
    QVERIFY2(registry.recordHistory(h, &recorded, &error), qPrintable(error));
    QVERIFY(!recorded);
    const QList<HistoryRecord> history = registry.history(r.uuid, &error);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().operation, h.operation);
    QCOMPARE(history.first().logExcerpt, QStringLiteral("done"));
    QCOMPARE(registry.findInstance(QStringLiteral("alpha"), &error)->version, QStringLiteral("1.0.1"));

    HistoryRecord check;
    check.operation = QUuid::createUuid();
    check.instance = r.uuid;
    check.action = QStringLiteral("health_check");
    check.status = QStringLiteral("failed");
    check.completedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    QVERIFY2(registry.recordHistory(check, &recorded, &error), qPrintable(error));
    stored = registry.findInstance(QStringLiteral("alpha"), &error);
    QCOMPARE(stored->lastHealthCheck, check.completedAt);
    QCOMPARE(stored->status, QStringLiteral("error"));

    // The audit log saw every write and keeps it, on both back ends.
    QSqlQuery audit(registry.database(&error));
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && audit.next());
    QVERIFY(audit.value(0).toInt() >= 4);
    QVERIFY(!audit.exec(QStringLiteral("UPDATE audit_log SET action = 'x'")));
    QVERIFY(!audit.exec(QStringLiteral("DELETE FROM audit_log")));

    HistoryRecord unknown = h;
    unknown.operation = QUuid::createUuid();
    unknown.instance = QUuid::createUuid();
    QVERIFY(!registry.recordHistory(unknown, &recorded, &error));
    QVERIFY2(error.contains(QStringLiteral("not in the registry")), qPrintable(error));
}

void TestRegistry::listsFiltersSortsAndExports()
{
    const RegistryTarget target = DB::sqlite();
    QString error;
    QVERIFY2(DB::migrate(target, &error), qPrintable(error));
    Registry registry(target);
    const QStringList companies{QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("Initech")};
    for (int i = 0; i < 30; ++i) {
        InstanceRecord r =
            instance(QStringLiteral("host-%1").arg(i, 2, 10, QChar(u'0')), companies.at(i % 3));
        r.status = i % 5 == 0 ? QStringLiteral("error") : QStringLiteral("active");
        r.lastHealthCheck =
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(3600 * (30 - i));
        if (i == 8)
            r.company = QStringLiteral("=HYPERLINK(\"x\"), \"quoted\"");
        QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
    }
    InstanceQuery query;
    query.company = QStringLiteral("Globex");
    QCOMPARE(registry.countInstances(query, &error), 10);
    query = {};
    query.search = QStringLiteral("HOST-1");
    QCOMPARE(registry.countInstances(query, &error), 10);
    query = {};
    query.status = QStringLiteral("error");
    QCOMPARE(registry.countInstances(query, &error), 6);
    query = {};
    query.search = QStringLiteral("%");
    QCOMPARE(registry.countInstances(query, &error), 0);
    query = {};
    query.sortColumn = InstanceQuery::LastHealthCheck;
    const auto page = registry.instances(query, 0, 5, &error);
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.first().name, QStringLiteral("host-29"));
    query.descending = true;
    QCOMPARE(registry.instances(query, 0, 1, &error).first().name, QStringLiteral("host-00"));
    QCOMPARE(registry.instances(query, 28, 10, &error).size(), 2);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY2(InstanceCsv::write(registry, {}, &csv, &error), qPrintable(error));
    const QString text = QString::fromUtf8(csv.data());
    QCOMPARE(text.count(QStringLiteral("\r\n")), 31);
    QVERIFY(csv.data().startsWith("\xEF\xBB\xBFinstance_uuid,instance_name,client_company"));
    // Quoted, and defused for spreadsheets.
    QVERIFY2(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\",")), qPrintable(text));
}

void TestRegistry::searchesEveryScript_data()
{
    recordsOnce_data();
}

void TestRegistry::searchesEveryScript()
{
    QFETCH(bool, postgres);
    const RegistryTarget target = postgres ? freshPostgres() : DB::sqlite();
    QString error;
    QVERIFY2(DB::migrate(target, &error), qPrintable(error));
    Registry registry(target);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(registry.upsertInstance(
                     instance(QStringLiteral("client-%1").arg(i), QStringLiteral("ИП Иванов")), &error),
                 qPrintable(error));
    InstanceRecord idn = instance(QStringLiteral("idn"), QStringLiteral("Ελληνική Εταιρεία"));
    idn.domain = QStringLiteral("xn--e1afmkfd.xn--p1ai"); // пример.рф, stored as punycode
    QVERIFY2(registry.upsertInstance(idn, &error), qPrintable(error));
    QVERIFY2(registry.upsertInstance(instance(QStringLiteral("other"), QStringLiteral("Acme")), &error),
             qPrintable(error));
    // A row written by another tool, straight into the production columns.
    QSqlQuery q(registry.database(&error));
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO deployed_instances (instance_name, client_company, instance_uuid) "
                              "VALUES ('legacy', 'ООО Ромашка', '%1')")
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))),
        qPrintable(q.lastError().text()));

    const QList<QPair<QString, int>> expected{{QStringLiteral("Иванов"), 3},
                                              {QStringLiteral("иванов"), 3},
                                              {QStringLiteral("ИП ИВАНОВ"), 3},
                                              {QStringLiteral("ромашка"), 1},
                                              {QStringLiteral("ΕΛΛΗΝΙΚΉ"), 1},
                                              {QStringLiteral("Пример.РФ"), 1},
                                              {QStringLiteral("пример"), 1},
                                              {QStringLiteral("xn--e1afmkfd"), 1},
                                              {QStringLiteral("XN--P1AI"), 1},
                                              {QStringLiteral("CLIENT-"), 3},
                                              {QStringLiteral("198.51.100.7"), 5},
                                              {QStringLiteral("иванова"), 0},
                                              {QStringLiteral("_"), 0},
                                              {QStringLiteral("%"), 0}};
    for (const auto& [needle, count] : expected) {
        InstanceQuery query;
        query.search = needle;
        QCOMPARE(registry.countInstances(query, &error), count);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    InstanceQuery query;
    query.search = QStringLiteral("пример.рф");
    const QList<InstanceRecord> found = registry.instances(query, 0, 10, &error);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().domain, QStringLiteral("xn--e1afmkfd.xn--p1ai"));
}

void TestRegistry::deployerRecordsInstances()
{
    const RegistryTarget alice =
        DB::postgres(m_server, m_database, QStringLiteral("alice"), QStringLiteral("alice-pw-1"));
    Registry registry(alice);
    QString error;
    QVERIFY2(registry.open(&error), qPrintable(error));
    const InstanceRecord r = instance(QStringLiteral("deployer-made"), QStringLiteral("Acme"));
    QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
    HistoryRecord h;
    h.operation = QUuid::createUuid();
    h.instance = r.uuid;
    h.action = QStringLiteral("deploy");
    h.status = QStringLiteral("success");
    h.toVersion = QStringLiteral("1.0.0");
    QVERIFY2(registry.recordHistory(h, nullptr, &error), qPrintable(error));
    QVERIFY(!DeploymentTokens(registry.target())
                 .create(QDateTime::currentDateTimeUtc().addDays(1), QStringLiteral("Acme"),
                         QStringLiteral("for acme"), &error)
                 .isEmpty());
    QSqlDatabase db = registry.database(&error);
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM deployed_instances")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("permission denied")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM admin_users")));
    QVERIFY(!q.exec(QStringLiteral("CREATE TABLE intruder (id int)")));
    // The audit log saw alice do it.
    const RegistryTarget owner = DB::postgres(m_server, m_database);
    QSqlDatabase ownerDb = RegistryConnection::open(owner, &error);
    QCOMPARE(DB::column(ownerDb,
                        QStringLiteral(
                            "SELECT actor || ' ' || action FROM audit_log WHERE target = '%1' ORDER BY id")
                            .arg(r.uuid.toString(QUuid::WithoutBraces))),
             QStringLiteral("alice deployed_instances.insert|alice deployed_instances.update"));
}

void TestRegistry::auditRowsCannotChange()
{
    QString error;
    const QList<RegistryTarget> roles{
        DB::postgres(m_server, m_database, QStringLiteral("alice"), QStringLiteral("alice-pw-1")),
        DB::postgres(m_server, m_database, QStringLiteral("boss"), QStringLiteral("boss-pw-1")),
        DB::postgres(m_server, m_database, QStringLiteral("client1"), QStringLiteral("client-pw-1")),
        DB::postgres(m_server, m_database)}; // even the owner
    QSqlDatabase ownerDb = RegistryConnection::open(roles.last(), &error);
    const QString before =
        DB::column(ownerDb, QStringLiteral("SELECT COUNT(*) || ':' || MAX(id) FROM audit_log"));
    QVERIFY(!before.startsWith(QStringLiteral("0")));
    for (const RegistryTarget& role : roles) {
        QSqlDatabase db = RegistryConnection::open(role, &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY2(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'nobody'")), qPrintable(role.user));
        QVERIFY2(!q.exec(QStringLiteral("DELETE FROM audit_log")), qPrintable(role.user));
        QVERIFY2(!q.exec(QStringLiteral("TRUNCATE audit_log")), qPrintable(role.user));
    }
    QCOMPARE(DB::column(ownerDb, QStringLiteral("SELECT COUNT(*) || ':' || MAX(id) FROM audit_log")), before);
    // Superadmins read it, deployers do not.
    Registry boss(roles.at(1));
    QVERIFY(boss.audit(QStringLiteral("credentials.open"), QStringLiteral("x"), {}, &error));
    QSqlQuery q(RegistryConnection::open(roles.at(1), &error));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    QSqlQuery qa(RegistryConnection::open(roles.at(0), &error));
    QVERIFY(!qa.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "TestRegistry.moc"
