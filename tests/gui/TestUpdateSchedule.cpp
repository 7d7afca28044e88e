#include "gui/UpdateSchedule.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QTest>

// The Updates tab's schedule survives a restart: what is ahead is picked up again, what came due
// while KKT Deploy was closed is reported as missed (never applied late) and dropped; a due update
// is taken out once; a damaged file is said so, not guessed at. Times are given, not waited for.
class TestUpdateSchedule : public QObject
{
    Q_OBJECT

    QString m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(22, 0), Qt::UTC);

    UpdateSchedule::Entry entry(const QString& name, const QDateTime& at) const
    {
        return {QUuid::createUuid(),
                name,
                QStringLiteral("1.1.0-e2e"),
                m_dir + QStringLiteral("/kkt-app-v1.1.0-e2e.tar.gz"),
                m_dir + QStringLiteral("/checksums.txt"),
                QStringLiteral("5f0c7a34-8a55-4e0e-9a43-3c4f8f7f1a11"),
                at};
    }

private slots:
    void init() { m_dir = TestEnvironment::freshDirectory(QStringLiteral("update-schedule")); }

    void aRestartPicksUpWhatIsAheadAndReportsWhatWasMissed()
    {
        const QString path = m_dir + QStringLiteral("/scheduled.json");
        QString error;
        {
            UpdateSchedule schedule(path);
            QVERIFY(schedule.load(m_now, &error).isEmpty());
            QVERIFY2(schedule.add(entry(QStringLiteral("INST-1"), m_now.addSecs(3600)), &error),
                     qPrintable(error));
            QVERIFY2(schedule.add(entry(QStringLiteral("INST-2"), m_now.addSecs(600)), &error),
                     qPrintable(error));
        }
        // KKT Deploy is opened again 20 minutes later: INST-2's time came while it was closed.
        UpdateSchedule reopened(path);
        const QList<UpdateSchedule::Entry> missed = reopened.load(m_now.addSecs(1200), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(missed.size(), 1);
        QCOMPARE(missed.first().instanceName, QStringLiteral("INST-2"));
        QVERIFY(UpdateSchedule::missedText(missed.first()).contains(QStringLiteral("was not applied")));
        QCOMPARE(reopened.size(), 1);
        const UpdateSchedule::Entry& ahead = reopened.entries().first();
        QCOMPARE(ahead.instanceName, QStringLiteral("INST-1"));
        QCOMPARE(ahead.version, QStringLiteral("1.1.0-e2e"));
        QCOMPARE(ahead.runId, QStringLiteral("5f0c7a34-8a55-4e0e-9a43-3c4f8f7f1a11"));
        QCOMPARE(ahead.at, m_now.addSecs(3600));
        QVERIFY(!ahead.instance.isNull());
        // The missed one is gone from the file too.
        UpdateSchedule third(path);
        QVERIFY(third.load(m_now.addSecs(1200), &error).isEmpty());
        QCOMPARE(third.size(), 1);
    }

    void aDueUpdateIsTakenOnce()
    {
        const QString path = m_dir + QStringLiteral("/scheduled.json");
        QString error;
        UpdateSchedule schedule(path);
        QVERIFY(schedule.add(entry(QStringLiteral("INST-1"), m_now.addSecs(60)), &error));
        QVERIFY(!schedule.takeDue(m_now, &error));
        const std::optional<UpdateSchedule::Entry> due = schedule.takeDue(m_now.addSecs(60), &error);
        QVERIFY(due);
        QCOMPARE(due->instanceName, QStringLiteral("INST-1"));
        QVERIFY(!schedule.takeDue(m_now.addSecs(120), &error));
        UpdateSchedule reopened(path);
        QVERIFY(reopened.load(m_now, &error).isEmpty());
        QCOMPARE(reopened.size(), 0);
    }

    void removingAnInstanceDropsItsEntries()
    {
        const QString path = m_dir + QStringLiteral("/scheduled.json");
        QString error;
        UpdateSchedule schedule(path);
        const UpdateSchedule::Entry gone = entry(QStringLiteral("INST-1"), m_now.addSecs(60));
        QVERIFY(schedule.add(gone, &error));
        QVERIFY(schedule.add(entry(QStringLiteral("INST-2"), m_now.addSecs(60)), &error));
        QVERIFY(schedule.remove(gone.instance, &error));
        UpdateSchedule reopened(path);
        reopened.load(m_now, &error);
        QCOMPARE(reopened.size(), 1);
        QCOMPARE(reopened.entries().first().instanceName, QStringLiteral("INST-2"));
    }

    void aDamagedFileIsSaidSo()
    {
        const QString path = m_dir + QStringLiteral("/scheduled.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        QString error;
        UpdateSchedule schedule(path);
        QVERIFY(schedule.load(m_now, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("damaged")) && error.contains(path), qPrintable(error));
        QCOMPARE(schedule.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUpdateSchedule)
#include "TestUpdateSchedule.moc"
