#include "RegistryTestDatabase.h"
#include "registry/Outbox.h"
#include "registry/Registry.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>

using DB = RegistryTestDatabase;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void sendsEveryWriteOnceInOrder();
    void keepsWritesWhileUnreachable();
};

// 1 000 writes while the registry is stopped and started at random moments: afterwards exactly
// 1 000 history rows, none twice, in the order they were written.
void TestOutbox::sendsEveryWriteOnceInOrder()
{
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString name = DB::freshDatabaseName();
    QVERIFY2(server.createDatabase(name), qPrintable(server.error()));
    const RegistryTarget target = DB::postgres(server, name);
    QString error;
    QVERIFY2(DB::migrate(target, &error), qPrintable(error));
    Registry registry(target);

    const QString path =
        TestEnvironment::freshDirectory(QStringLiteral("outbox")) + QStringLiteral("/outbox.sqlite");
    auto outbox = std::make_unique<Outbox>(path);
    InstanceRecord instance;
    instance.uuid = QUuid::createUuid();
    instance.name = QStringLiteral("outbox-target");
    instance.company = QStringLiteral("Acme");
    QVERIFY2(outbox->enqueue(instance, &error), qPrintable(error));

    std::atomic<bool> writing{true};
    std::atomic<int> outages{0};
    QString serverError;
    QThread* chaos = QThread::create([&] {
        auto* random = QRandomGenerator::global();
        while (writing) {
            QThread::msleep(random->bounded(50, 400));
            if (!writing)
                break;
            if (!server.stop())
                serverError = server.error();
            ++outages;
            QThread::msleep(random->bounded(20, 300));
            if (!server.start())
                serverError = server.error();
        }
    });
    chaos->start();

    int failedFlushes = 0;
    int rejected = 0;
    for (int i = 0; i < 1000; ++i) {
        HistoryRecord h;
        h.operation = QUuid::createUuid();
        h.instance = instance.uuid;
        h.action = QStringLiteral("health_check");
        h.status = QStringLiteral("in_progress");
        h.notes = QString::number(i);
        QVERIFY2(outbox->enqueue(h, &error), qPrintable(error));
        if (i == 500) // the application is closed and started again
            outbox = std::make_unique<Outbox>(path);
        const Outbox::FlushResult result = outbox->flush(registry);
        if (!result.reachable)
            ++failedFlushes;
        rejected += result.rejected;
    }
    writing = false;
    chaos->wait();
    delete chaos;
    QVERIFY2(serverError.isEmpty(), qPrintable(serverError));
    if (!server.isRunning())
        QVERIFY2(server.start(), qPrintable(server.error()));
    qInfo("%d outages, %d flushes found the registry away", outages.load(), failedFlushes);
    QVERIFY(outages > 0);
    QCOMPARE(rejected, 0);

    for (int attempt = 0; attempt < 50 && outbox->pending() > 0; ++attempt) {
        const Outbox::FlushResult result = outbox->flush(registry);
        QCOMPARE(result.rejected, 0);
        if (result.pending > 0)
            QThread::msleep(100);
    }
    QCOMPARE(outbox->pending(), 0);

    QSqlDatabase db = RegistryConnection::open(target, &error);
    QVERIFY2(db.isValid(), qPrintable(error));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(*) FROM deployment_history")),
             QStringLiteral("1000"));
    QCOMPARE(DB::column(db, QStringLiteral("SELECT COUNT(DISTINCT notes) FROM deployment_history")),
             QStringLiteral("1000"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT notes FROM deployment_history ORDER BY id")));
    int expected = 0;
    while (q.next())
        QCOMPARE(q.value(0).toInt(), expected++);
    QCOMPARE(expected, 1000);
    RegistryConnection::drop(target);
}

void TestOutbox::keepsWritesWhileUnreachable()
{
    RegistryTarget target;
    target.kind = RegistryTarget::Kind::Postgres;
    target.host = QStringLiteral("127.0.0.1");
    target.port = TestEnvironment::freePort(); // nothing listens there
    target.database = QStringLiteral("nowhere");
    target.user = QStringLiteral("nobody");
    Registry registry(target);
    Outbox outbox(TestEnvironment::freshDirectory(QStringLiteral("outbox")) +
                  QStringLiteral("/outbox.sqlite"));
    QString error;
    InstanceRecord instance;
    instance.uuid = QUuid::createUuid();
    instance.name = QStringLiteral("queued");
    QVERIFY(outbox.enqueue(instance, &error));
    const Outbox::FlushResult result = outbox.flush(registry);
    QVERIFY(!result.reachable);
    QCOMPARE(result.sent, 0);
    QCOMPARE(result.pending, 1);
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
