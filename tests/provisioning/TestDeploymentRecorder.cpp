#include "provisioning/DeploymentRecorder.h"

#include "registry/Registry.h"
#include "support/TestEnvironment.h"

#include <QTest>

// What a deployment leaves in the (embedded SQLite) registry's history.
class TestDeploymentRecorder : public QObject
{
    Q_OBJECT

    static DeploymentRequest sampleRequest()
    {
        DeploymentRequest request;
        request.config.server.host = QStringLiteral("203.0.113.10");
        request.config.server.domain = QStringLiteral("kkt.example.ru");
        request.owner = QStringLiteral("ivan@laptop");
        return request;
    }

    static DeploymentOutcome sampleOutcome()
    {
        DeploymentOutcome outcome;
        outcome.status = DeploymentOutcome::Status::Succeeded;
        outcome.deploymentId = QStringLiteral("dep-1");
        outcome.instanceId = QStringLiteral("INST-20260101120000");
        outcome.version = QStringLiteral("1.0.0");
        return outcome;
    }

private slots:
    void acceptedChecksGoIntoTheHistoryRow()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("recorder"));
        RegistryTarget target;
        target.sqlitePath = dir + QStringLiteral("/registry.sqlite");
        DeploymentRequest request = sampleRequest();
        request.acceptedChecks = {QStringLiteral("python: 3.9 — KKT needs Python 3.11 or newer"),
                                  QStringLiteral("systemd: not running — services cannot start")};
        const DeploymentOutcome outcome = sampleOutcome();
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

    void rollBackAndRestoreAreHistory()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("recorder"));
        RegistryTarget target;
        target.sqlitePath = dir + QStringLiteral("/registry.sqlite");
        const DeploymentRequest request = sampleRequest();
        const DeploymentOutcome outcome = sampleOutcome();
        DeploymentRecorder recorder(target, dir + QStringLiteral("/outbox.sqlite"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QVERIFY(recorder.record(request, outcome, t0, QString()).queued);

        // A restore: a "restore" row naming the backup; the instance stays as it was.
        DeploymentOutcome restored = outcome;
        restored.deploymentId = QStringLiteral("restore-1");
        restored.version.clear();
        QVERIFY(recorder
                    .record(request, restored, t0.addSecs(1), QString(), DeploymentRecorder::Action::Restore,
                            QStringLiteral("kkt_client_x-20260101-030000"))
                    .queued);
        Registry registry(target);
        QString error;
        QVERIFY2(registry.open(&error), qPrintable(error));
        const QUuid uuid = DeploymentRecorder::instanceUuid(request.config.server.host, outcome.instanceId);
        QCOMPARE(registry.findInstance(uuid.toString(QUuid::WithoutBraces), &error)->status,
                 QStringLiteral("active"));

        // A roll-back: the instance reads "removed", with a "rollback" row.
        QVERIFY(
            recorder.record(request, outcome, t0.addSecs(2), QString(), DeploymentRecorder::Action::RollBack)
                .queued);
        const std::optional<InstanceRecord> instance =
            registry.findInstance(uuid.toString(QUuid::WithoutBraces), &error);
        QVERIFY2(instance, qPrintable(error));
        QCOMPARE(instance->status, QStringLiteral("removed"));
        QCOMPARE(instance->status, DeploymentRecorder::removedStatus());
        QStringList actions;
        QString restoreNotes;
        for (const HistoryRecord& h : registry.history(uuid, &error)) {
            actions << h.action + u'/' + h.status;
            if (h.action == QStringLiteral("restore"))
                restoreNotes = h.notes;
        }
        actions.sort();
        QCOMPARE(actions, (QStringList{QStringLiteral("deploy/success"), QStringLiteral("restore/success"),
                                       QStringLiteral("rollback/success")}));
        QVERIFY2(restoreNotes.contains(QStringLiteral("kkt_client_x-20260101-030000")),
                 qPrintable(restoreNotes));
    }

    void testInstanceRemovalIsARemoveThatKeepsTheBot()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("recorder"));
        RegistryTarget target;
        target.sqlitePath = dir + QStringLiteral("/registry.sqlite");
        DeploymentRequest request = sampleRequest();
        request.config.mode = DeploymentMode::Test;
        DeploymentOutcome deployed = sampleOutcome();
        deployed.botUsername = QStringLiteral("kkt_test_bot");
        DeploymentRecorder recorder(target, dir + QStringLiteral("/outbox.sqlite"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QVERIFY(recorder.record(request, deployed, t0, QString()).queued);
        // The removal knows no bot (nothing was deployed): the one recorded at deployment stays.
        DeploymentOutcome removed = sampleOutcome();
        removed.deploymentId = QStringLiteral("removal-1");
        QVERIFY(recorder
                    .record(request, removed, t0.addSecs(1), QString(),
                            DeploymentRecorder::Action::RemoveTestInstance)
                    .queued);
        Registry registry(target);
        QString error;
        QVERIFY2(registry.open(&error), qPrintable(error));
        const QUuid uuid = DeploymentRecorder::instanceUuid(request.config.server.host, deployed.instanceId);
        const std::optional<InstanceRecord> instance =
            registry.findInstance(uuid.toString(QUuid::WithoutBraces), &error);
        QVERIFY2(instance, qPrintable(error));
        QCOMPARE(instance->status, DeploymentRecorder::removedStatus());
        QCOMPARE(instance->botUsername, QStringLiteral("kkt_test_bot"));
        const QList<HistoryRecord> history = registry.history(uuid, &error);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().action, QStringLiteral("remove"));
        QVERIFY2(history.first().notes.startsWith(QStringLiteral("TEST instance — removal removal-1")),
                 qPrintable(history.first().notes));
        QCOMPARE(history.last().action, QStringLiteral("deploy"));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentRecorder)
#include "TestDeploymentRecorder.moc"
