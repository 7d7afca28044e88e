#include "provisioning/DeploymentJournal.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    void findsWhatToResumeAndRollBack()
    {
        QTemporaryDir dir;
        DeploymentJournal journal(dir.filePath(QStringLiteral("journal.sqlite")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        const QString production = QStringLiteral("{\"mode\":\"production\"}");
        const QString test = QStringLiteral("{\"mode\":\"test\"}");
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
        const auto start = [&](const char* id, const char* instance, const QString& config, const char* host,
                               bool created, int minute) {
            DeploymentJournal::Deployment d;
            d.id = QString::fromLatin1(id);
            d.instanceId = QString::fromLatin1(instance);
            d.configJson = config;
            d.host = QString::fromLatin1(host);
            d.createdInstance = created;
            d.startedAt = t0.addSecs(60 * minute);
            return journal.startDeployment(d);
        };
        QVERIFY(start("a", "INST-1", production, "203.0.113.10", true, 0));
        QVERIFY(journal.finishDeployment(QStringLiteral("a"), QStringLiteral("succeeded")));
        QVERIFY(start("b", "INST-1", production, "203.0.113.10", false, 1)); // this process: running
        QVERIFY(start("c", "INST-2", test, "203.0.113.10", true, 2));
        QVERIFY(journal.finishDeployment(QStringLiteral("c"), QStringLiteral("cancelled")));
        QVERIFY(start("d", "", production, "203.0.113.10", false, 3)); // refused by the lock
        QVERIFY(journal.finishDeployment(QStringLiteral("d"), QStringLiteral("not-started")));

        // The last deployment of the host in the mode, runs that never started left out.
        QCOMPARE(journal.latest(QStringLiteral("203.0.113.10"), QStringLiteral("production")).id,
                 QStringLiteral("b"));
        QCOMPARE(journal.latest(QStringLiteral("203.0.113.10"), QStringLiteral("test")).id,
                 QStringLiteral("c"));
        QVERIFY(journal.latest(QStringLiteral("198.51.100.1"), QStringLiteral("production")).id.isEmpty());
        QVERIFY(journal.deployment(QStringLiteral("b")).unfinished());
        QVERIFY(journal.deployment(QStringLiteral("c")).unfinished());
        QVERIFY(!journal.deployment(QStringLiteral("a")).unfinished());
        QCOMPARE(journal.deployment(QStringLiteral("c")).mode(), QStringLiteral("test"));
        // Running in this very process is running; a process that is gone left it interrupted.
        QCOMPARE(journal.deployment(QStringLiteral("b")).state(), QStringLiteral("running"));
        DeploymentJournal::Deployment gone = journal.deployment(QStringLiteral("b"));
        gone.pid = 0;
        QCOMPARE(gone.state(), QStringLiteral("interrupted"));
        QCOMPARE(journal.deployment(QStringLiteral("c")).state(), QStringLiteral("cancelled"));

        // The deployment that created an instance; a later run that only updated it does not count.
        QCOMPARE(journal.creatorOf(QStringLiteral("203.0.113.10"), QStringLiteral("INST-1")).id,
                 QStringLiteral("a"));
        QVERIFY(journal.creatorOf(QStringLiteral("198.51.100.1"), QStringLiteral("INST-1")).id.isEmpty());
        QVERIFY(journal.creatorOf(QStringLiteral("203.0.113.10"), QStringLiteral("INST-9")).id.isEmpty());

        // The step a run was in when it stopped: the one that started last.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(journal.recordStep(
            QStringLiteral("b"),
            {QStringLiteral("system.wait-locks"), QStringLiteral("unchanged"), now, now, 5, {}}));
        QVERIFY(journal.recordStep(
            QStringLiteral("b"),
            {QStringLiteral("system.packages"), QStringLiteral("running"), now.addMSecs(10), {}, 0, {}}));
        QCOMPARE(journal.lastStep(QStringLiteral("b")).stepId, QStringLiteral("system.packages"));
        QCOMPARE(journal.lastStep(QStringLiteral("b")).state, QStringLiteral("running"));
        QVERIFY(journal.lastStep(QStringLiteral("a")).stepId.isEmpty());

        // A backup restore is journalled alike, but it is not a deployment to resume.
        QVERIFY(start("r", "INST-1", QStringLiteral("{\"mode\":\"production\",\"restore\":\"b1\"}"),
                      "203.0.113.10", false, 4));
        QCOMPARE(journal.deployment(QStringLiteral("r")).kind(), QStringLiteral("restore"));
        QCOMPARE(journal.deployment(QStringLiteral("b")).kind(), QStringLiteral("deployment"));
        QCOMPARE(journal.latest(QStringLiteral("203.0.113.10"), QStringLiteral("production")).id,
                 QStringLiteral("b"));
    }

    void acceptedChecksOutliveAResume()
    {
        QTemporaryDir dir;
        DeploymentJournal journal(dir.filePath(QStringLiteral("journal.sqlite")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        DeploymentJournal::Deployment d;
        d.id = QStringLiteral("d1");
        d.configJson = QStringLiteral("{}");
        d.acceptedChecks = {QStringLiteral("python: 3.9 — needs 3.11"),
                            QStringLiteral("ram: 2 GB — needs 4 GB")};
        QVERIFY(journal.startDeployment(d));
        QVERIFY(journal.finishDeployment(d.id, QStringLiteral("cancelled")));
        QCOMPARE(journal.deployment(d.id).acceptedChecks, d.acceptedChecks);
        // The resumed run (from the command line) accepted nothing itself: the first run's stay.
        d.acceptedChecks.clear();
        QVERIFY(journal.startDeployment(d));
        QCOMPARE(journal.deployment(d.id).acceptedChecks.size(), 2);
    }

    void journalsWithoutProcessIdsAreUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE deployments (id TEXT PRIMARY KEY, instance_id TEXT, "
                                          "config TEXT NOT NULL, host TEXT, "
                                          "created_instance INTEGER NOT NULL DEFAULT 0, status TEXT NOT "
                                          "NULL, started_at TEXT NOT NULL, "
                                          "finished_at TEXT, error TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO deployments VALUES ('old', 'INST-1', '{}', 'h', 1, "
                                          "'running', '2026-01-01T00:00:00.000Z', NULL, NULL)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        DeploymentJournal journal(path);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QCOMPARE(journal.deployment(QStringLiteral("old")).state(), QStringLiteral("interrupted"));
        DeploymentJournal again(path);
        QVERIFY2(again.open(&error), qPrintable(error));
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
