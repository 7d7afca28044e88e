#include "RegistryTestDatabase.h"
#include "registry/Registry.h"

#include <QTest>

using DB = RegistryTestDatabase;

// Migration 006 on both back ends: what an update needs to reach an instance is stored and read
// back, kept when a later record leaves it empty; update rows carry their duration and downtime.
class TestUpdateColumns : public QObject
{
    Q_OBJECT

    PostgresServer m_server;

    static void roundTrip(const RegistryTarget& target)
    {
        QString error;
        QVERIFY2(DB::migrate(target, &error), qPrintable(error));
        Registry registry(target);
        QVERIFY2(registry.open(&error), qPrintable(error));
        InstanceRecord r;
        r.uuid = QUuid::createUuid();
        r.name = QStringLiteral("INST-20261129120000");
        r.version = QStringLiteral("1.0.0");
        r.sshHost = QStringLiteral("198.51.100.7");
        r.hostKeyFingerprint = QStringLiteral("SHA256:abc");
        r.mode = QStringLiteral("production");
        r.instanceNumber = r.name;
        r.payloadProfile = QStringLiteral("/etc/kkt/profile.json");
        r.profileVersion = QStringLiteral("kkt-1.0");
        r.releaseFolder = QStringLiteral("/home/kktapp/kkt-system/releases/1.0.0");
        QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
        InstanceRecord later = r; // a record that does not know them keeps them
        later.instanceNumber.clear();
        later.payloadProfile.clear();
        later.profileVersion.clear();
        later.releaseFolder.clear();
        QVERIFY2(registry.upsertInstance(later, &error), qPrintable(error));
        const std::optional<InstanceRecord> read = registry.findInstance(r.name, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->instanceNumber, r.instanceNumber);
        QCOMPARE(read->payloadProfile, r.payloadProfile);
        QCOMPARE(read->profileVersion, r.profileVersion);
        QCOMPARE(read->releaseFolder, r.releaseFolder);

        HistoryRecord h;
        h.operation = QUuid::createUuid();
        h.instance = r.uuid;
        h.action = QStringLiteral("update");
        h.fromVersion = QStringLiteral("1.0.0");
        h.toVersion = QStringLiteral("1.1.0");
        h.status = QStringLiteral("success");
        h.durationMs = 81234;
        h.downtimeMs = 0;
        QVERIFY2(registry.recordHistory(HistoryRecord::fromJson(h.toJson()), nullptr, &error),
                 qPrintable(error));
        const QList<HistoryRecord> rows = registry.history(r.uuid, &error);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().durationMs, 81234);
        QCOMPARE(rows.first().downtimeMs, 0);
        QCOMPARE(rows.first().fromVersion, QStringLiteral("1.0.0"));
        // A successful update moves the instance's deployed version.
        QCOMPARE(registry.findInstance(r.name, &error)->version, QStringLiteral("1.1.0"));
    }

private slots:
    void sqlite() { roundTrip(DB::sqlite()); }

    void postgres()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        const QString name = DB::freshDatabaseName();
        QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.error()));
        roundTrip(DB::postgres(m_server, name));
    }
};

QTEST_GUILESS_MAIN(TestUpdateColumns)
#include "TestUpdateColumns.moc"
