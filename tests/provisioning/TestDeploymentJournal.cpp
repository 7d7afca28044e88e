#include "provisioning/DeploymentJournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDeploymentJournal : public QObject
{
    Q_OBJECT

private slots:
    void recordsAndResumes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            DeploymentJournal journal(path);
            QString error;
            QVERIFY2(journal.open(&error), qPrintable(error));
            QVERIFY(journal.startDeployment({QStringLiteral("d1"),
                                             QStringLiteral("INST-1"),
                                             QStringLiteral("{}"),
                                             QStringLiteral("203.0.113.10"),
                                             true,
                                             {},
                                             {},
                                             {},
                                             {}}));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(
                journal.recordStep(QStringLiteral("d1"), {QStringLiteral("a"), QStringLiteral("changed"), now,
                                                          now.addMSecs(1200), 1200, QStringLiteral("out")}));
            QVERIFY(journal.recordStep(
                QStringLiteral("d1"),
                {QStringLiteral("b"), QStringLiteral("unchanged"), now, now.addMSecs(100), 100, {}}));
            QVERIFY(
                journal.recordStep(QStringLiteral("d1"), {QStringLiteral("c"), QStringLiteral("failed"), now,
                                                          now.addMSecs(50), 50, QStringLiteral("boom")}));
        }
        // A new process (the application was killed) finds everything again.
        DeploymentJournal journal(path);
        QString error;
        QVERIFY(journal.open(&error));
        QCOMPARE(journal.verifiedSteps(QStringLiteral("d1")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        const DeploymentJournal::Deployment d = journal.deployment(QStringLiteral("d1"));
        QCOMPARE(d.instanceId, QStringLiteral("INST-1"));
        QVERIFY(d.createdInstance);
        QCOMPARE(d.status, QStringLiteral("running"));
        QVERIFY(journal.finishDeployment(QStringLiteral("d1"), QStringLiteral("failed"),
                                         QStringLiteral("c failed")));
        QCOMPARE(journal.deployment(QStringLiteral("d1")).status, QStringLiteral("failed"));
        QCOMPARE(journal.typicalDurationMs(QStringLiteral("a")), 1200);
        QCOMPARE(journal.typicalDurationMs(QStringLiteral("never")), -1);
        QCOMPARE(journal.deployments().size(), 1);
        // A retried step replaces its row.
        QVERIFY(journal.recordStep(QStringLiteral("d1"),
                                   {QStringLiteral("c"), QStringLiteral("changed"), {}, {}, 10, {}}));
        QCOMPARE(journal.verifiedSteps(QStringLiteral("d1")).size(), 3);
        // Only its owner reads it.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void unwritablePathIsAClearError()
    {
        DeploymentJournal journal(QStringLiteral("/proc/kkt/journal.sqlite"));
        QString error;
        QVERIFY(!journal.open(&error));
        QVERIFY(error.contains(QStringLiteral("/proc/kkt/journal.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentJournal)
#include "TestDeploymentJournal.moc"
