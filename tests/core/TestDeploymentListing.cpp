#include "cli/DeploymentListing.h"
#include "provisioning/DeploymentJournal.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestDeploymentListing : public QObject
{
    Q_OBJECT

private slots:
    void listsWhatCanBeResumed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            DeploymentJournal journal(path);
            QString error;
            QVERIFY2(journal.open(&error), qPrintable(error));
            DeploymentJournal::Deployment d;
            d.id = QStringLiteral("d-interrupted");
            d.instanceId = QStringLiteral("INST-1");
            d.configJson = QStringLiteral("{\"mode\":\"production\"}");
            d.host = QStringLiteral("203.0.113.10");
            d.startedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
            QVERIFY(journal.startDeployment(d));
            const QDateTime stepStart = QDateTime::currentDateTimeUtc().addSecs(-300);
            QVERIFY(journal.recordStep(
                d.id, {QStringLiteral("system.packages"), QStringLiteral("running"), stepStart, {}, 0, {}}));
            d.id = QStringLiteral("d-other-host");
            d.host = QStringLiteral("198.51.100.7");
            QVERIFY(journal.startDeployment(d));
            QVERIFY(journal.finishDeployment(d.id, QStringLiteral("succeeded")));
            d.id = QStringLiteral("d-locked-out");
            d.host = QStringLiteral("203.0.113.10");
            QVERIFY(journal.startDeployment(d));
            QVERIFY(journal.finishDeployment(d.id, QStringLiteral("not-started")));
        }
        QString error;
        QJsonArray rows = DeploymentListing::rows(path, QStringLiteral("203.0.113.10"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toString(), QStringLiteral("d-interrupted"));
        QCOMPARE(row.value(QStringLiteral("instance")).toString(), QStringLiteral("INST-1"));
        QCOMPARE(row.value(QStringLiteral("lastStep")).toString(), QStringLiteral("system.packages"));
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("running")); // this process
        QVERIFY(row.value(QStringLiteral("resumable")).toBool());
        // The age counts from the last step that started.
        QVERIFY(row.value(QStringLiteral("ageSeconds")).toInteger() >= 300);
        QVERIFY(row.value(QStringLiteral("ageSeconds")).toInteger() < 7200);
        QCOMPARE(DeploymentListing::rows(path, QString(), &error).size(), 2);

        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        CommandIo io{outStream, errStream};
        QCOMPARE(DeploymentListing::print(path, QString(), false, io), 0);
        QVERIFY(out.contains(QStringLiteral("d-interrupted")) &&
                out.contains(QStringLiteral("system.packages")));
        QVERIFY(out.contains(QStringLiteral("--resume")));
    }

    void restoresAreMarkedAndNotResumed()
    {
        // A backup restore, cancelled: journalled like a deployment, with the backup's name.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        DeploymentJournal journal(path);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        const QString id = QStringLiteral("r-cancelled");
        DeploymentJournal::Deployment restore;
        restore.id = id;
        restore.configJson = QStringLiteral("{\"mode\":\"production\",\"restore\":\"b1\"}");
        QVERIFY(journal.startDeployment(restore));
        QVERIFY(journal.recordStep(id, {QStringLiteral("restore.database"),
                                        QStringLiteral("failed"),
                                        QDateTime::currentDateTimeUtc(),
                                        {},
                                        0,
                                        {}}));
        QVERIFY(journal.finishDeployment(id, QStringLiteral("cancelled")));
        const QJsonArray rows = DeploymentListing::rows(path, QString(), &error);
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("restore"));
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QVERIFY(!row.value(QStringLiteral("resumable")).toBool());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        CommandIo io{outStream, errStream};
        QCOMPARE(DeploymentListing::print(path, QString(), false, io), 0);
        QVERIFY2(out.contains(QStringLiteral("restore: restore.database")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("--resume")));
    }

    void ages()
    {
        QCOMPARE(DeploymentListing::age(5), QStringLiteral("5 s"));
        QCOMPARE(DeploymentListing::age(600), QStringLiteral("10 min"));
        QCOMPARE(DeploymentListing::age(7300), QStringLiteral("2 h"));
        QCOMPARE(DeploymentListing::age(3 * 86400), QStringLiteral("3 d"));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentListing)
#include "TestDeploymentListing.moc"
