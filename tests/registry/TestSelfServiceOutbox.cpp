#include "RegistryTestDatabase.h"
#include "registry/DeploymentKey.h"
#include "registry/DeploymentTokens.h"
#include "registry/RegistryKeychain.h"
#include "registry/SelfServiceOutbox.h"
#include "registry/SelfServiceRegistry.h"

#include <QDir>
#include <QTest>

using DB = RegistryTestDatabase;

// A self-service deployment whose registry cannot be reached at its end: the result waits on the
// client's computer (no secret in the file; the key in the keychain) and is sent through the
// token's functions on the next start — against a real PostgreSQL that is stopped and started.
class TestSelfServiceOutbox : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheResultAndSendsItOnTheNextStart();
};

void TestSelfServiceOutbox::keepsTheResultAndSendsItOnTheNextStart()
{
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString database = DB::freshDatabaseName();
    QVERIFY2(server.createDatabase(database), qPrintable(server.error()));
    QString error;
    QVERIFY2(DB::migrate(DB::postgres(server, database), &error), qPrintable(error));
    QVERIFY2(server.runSql(database,
                           QStringLiteral("CREATE ROLE bob LOGIN PASSWORD 'bob-pw-1' IN ROLE kkt_deployer;")),
             qPrintable(server.error()));
    DeploymentKey key;
    QVERIFY2(
        DeploymentTokens(DB::postgres(server, database, QStringLiteral("bob"), QStringLiteral("bob-pw-1")))
            .issue(QDateTime::currentDateTimeUtc().addDays(2), QStringLiteral("Outbox Co"), {}, &key, &error),
        qPrintable(error));
    const QString pasted = key.encode();
    // The deployment redeemed the token at its start, while the registry answered.
    const QString host = QStringLiteral("203.0.113.70");
    InstanceRecord instance;
    instance.uuid = SelfServiceRegistry::instanceUuid(host, key.token);
    instance.name = host;
    instance.status = QStringLiteral("error");
    QString token;
    QVERIFY2(SelfServiceRegistry::forClient(pasted, &token, &error).redeem(token, instance, &error),
             qPrintable(error));

    // At its end the registry is gone: the result is kept.
    QVERIFY2(server.stop(), qPrintable(server.error()));
    const QString folder = TestEnvironment::freshDirectory(QStringLiteral("client-data"));
    instance.name = QStringLiteral("INST-OUTBOX1");
    instance.status = QStringLiteral("active");
    instance.version = QStringLiteral("1.2.3");
    HistoryRecord history;
    history.operation = QUuid::createUuid();
    history.action = QStringLiteral("deploy");
    history.status = QStringLiteral("success");
    history.toVersion = QStringLiteral("1.2.3");
    history.startedAt = QDateTime::currentDateTimeUtc();
    history.completedAt = history.startedAt;
    {
        SelfServiceOutbox outbox(pasted, folder);
        QVERIFY2(outbox.enqueue(instance, &error), qPrintable(error));
        QVERIFY2(outbox.enqueue(history, &error), qPrintable(error));
        const Outbox::FlushResult result = outbox.flush();
        QCOMPARE(result.sent, 0);
        QCOMPARE(result.pending, 2);
        QVERIFY(!result.error.isEmpty());
    }
    // No secret on disk: neither the key, nor the token, nor the login's password.
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files) {
        QFile file(folder + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString& secret : {pasted, key.token, key.password})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name));
    }
    // While the registry is away, a start tells that the results wait, and why.
    SelfServiceOutbox::Summary summary = SelfServiceOutbox::flushAll(folder);
    QCOMPARE(summary.sent, 0);
    QCOMPARE(summary.pending, 2);
    QVERIFY2(summary.message().contains(QStringLiteral("wait on this computer")),
             qPrintable(summary.message()));

    // The next start with the registry back: sent through the token's functions, and the keychain
    // entry is gone.
    QVERIFY2(server.start(), qPrintable(server.error()));
    summary = SelfServiceOutbox::flushAll(folder);
    QCOMPARE(summary.sent, 2);
    QCOMPARE(summary.pending, 0);
    QVERIFY2(summary.message().contains(QStringLiteral("were sent")), qPrintable(summary.message()));
    const SelfServiceRegistry own = SelfServiceRegistry::forClient(pasted, &token, &error);
    const std::optional<InstanceRecord> recorded = own.ownInstance(token, &error);
    QVERIFY2(recorded.has_value(), qPrintable(error));
    QCOMPARE(recorded->name, QStringLiteral("INST-OUTBOX1"));
    QCOMPARE(recorded->version, QStringLiteral("1.2.3"));
    const QList<HistoryRecord> rows = own.ownHistory(token, &error);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().operation, history.operation);
    QByteArray kept;
    QVERIFY(!RegistryKeychain::read(
        QStringLiteral("selfservice-key/") + DeploymentTokens::hash(key.token).left(16), &kept, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Nothing is sent twice.
    QCOMPARE(SelfServiceOutbox::flushAll(folder).message(), QString());
}

QTEST_GUILESS_MAIN(TestSelfServiceOutbox)
#include "TestSelfServiceOutbox.moc"
