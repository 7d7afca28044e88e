#include "provisioning/DeploymentRecorder.h"

#include "registry/Registry.h"
#include "support/TestEnvironment.h"

#include <QTest>

// What a deployment leaves in the (embedded SQLite) registry's history.
class TestDeploymentRecorder : public QObject
{
    Q_OBJECT

private slots:
    void acceptedChecksGoIntoTheHistoryRow()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("recorder"));
        RegistryTarget target;
        target.sqlitePath = dir + QStringLiteral("/registry.sqlite");
        DeploymentRequest request;
        request.config.server.host = QStringLiteral("203.0.113.10");
        request.config.server.domain = QStringLiteral("kkt.example.ru");
        request.owner = QStringLiteral("ivan@laptop");
        request.acceptedChecks = {QStringLiteral("python: 3.9 — KKT needs Python 3.11 or newer"),
                                  QStringLiteral("systemd: not running — services cannot start")};
        DeploymentOutcome outcome;
        outcome.status = DeploymentOutcome::Status::Succeeded;
        outcome.deploymentId = QStringLiteral("dep-1");
        outcome.instanceId = QStringLiteral("INST-20260101120000");
        outcome.version = QStringLiteral("1.0.0");

        DeploymentRecorder recorder(target, dir + QStringLiteral("/outbox.sqlite"));
        const DeploymentRecorder::Result result =
            recorder.record(request, outcome, QDateTime::currentDateTimeUtc(), QString());
        QVERIFY2(result.queued, qPrintable(result.message));
        QCOMPARE(result.pending, 0);

        Registry registry(target);
        QString error;
        QVERIFY2(registry.open(&error), qPrintable(error));
        const QList<HistoryRecord> history = registry.history(
            DeploymentRecorder::instanceUuid(request.config.server.host, outcome.instanceId), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(history.size(), 1);
        const QString notes = history.first().notes;
        QVERIFY2(notes.contains(QStringLiteral("dep-1")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("accepted by the operator")), qPrintable(notes));
        for (const QString& check : request.acceptedChecks)
            QVERIFY2(notes.contains(check), qPrintable(notes));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentRecorder)
#include "TestDeploymentRecorder.moc"
