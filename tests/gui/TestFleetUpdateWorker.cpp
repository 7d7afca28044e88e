#include "gui/FleetUpdateWorker.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QSignalSpy>
#include <QTest>

// The fleet dialog's worker: the waves run off the GUI thread and their events arrive as queued
// signals — each instance started and finished, then finished() with the report. With servers that
// refuse the connection, the canary fails and the fleet halts; destroying a running worker waits.
class TestFleetUpdateWorker : public QObject
{
    Q_OBJECT

    QString m_dir;
    QString m_archive;
    QString m_checksums;

    FleetWavePlan plan() const
    {
        QList<FleetWavePlan::Candidate> all;
        const quint16 closed = TestEnvironment::freePort();
        for (int i = 0; i < 3; ++i) {
            FleetWavePlan::Candidate c;
            c.instance.uuid = QUuid::createUuid();
            c.instance.name = c.instance.instanceNumber = QStringLiteral("INST-2026112913000%1").arg(i);
            c.instance.sshHost = QStringLiteral("127.0.0.1");
            c.instance.sshPort = closed;
            c.instance.sshUser = QStringLiteral("root");
            c.instance.hostKeyFingerprint =
                QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            c.instance.deployedAt = QDateTime::currentDateTimeUtc().addDays(-i);
            c.checkError = QStringLiteral("connection refused");
            all << c;
        }
        QString error;
        return *FleetWavePlan::make(all, SampleRelease::version(), {}, &error);
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("fleet-worker"));
        QString error;
        QVERIFY2(SampleRelease::build(m_dir, &m_archive, &m_checksums, &error), qPrintable(error));
    }

    void theCanaryFailsAndTheFleetHalts()
    {
        FleetUpdateWorker worker;
        worker.setJournalPath(m_dir + QStringLiteral("/journal.sqlite"));
        QSignalSpy started(&worker, &FleetUpdateWorker::instanceStarted);
        QSignalSpy finishedOne(&worker, &FleetUpdateWorker::instanceFinished);
        QSignalSpy finished(&worker, &FleetUpdateWorker::finished);
        const FleetWavePlan p = plan();
        worker.start(p, m_archive, m_checksums);
        QVERIFY(finished.wait(60000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toUuid(), p.waves.first().first().instance.uuid);
        QCOMPARE(started.first().at(1).toInt(), 1);
        QCOMPARE(finishedOne.size(), 1);
        QCOMPARE(finishedOne.first().at(1).toString(), QStringLiteral("failed"));
        QCOMPARE(worker.report().haltedAfterWave, 1);
        QCOMPARE(worker.report().count(QStringLiteral("not_started")), 2);
    }

    void aCancelBeforeItRunsStartsNothing()
    {
        FleetUpdateWorker worker;
        worker.setJournalPath(m_dir + QStringLiteral("/journal.sqlite"));
        QSignalSpy started(&worker, &FleetUpdateWorker::instanceStarted);
        QSignalSpy finished(&worker, &FleetUpdateWorker::finished);
        worker.start(plan(), m_archive, m_checksums);
        worker.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(worker.report().cancelled);
        QCOMPARE(started.size() + worker.report().count(QStringLiteral("not_started")), 3);
    }
};

QTEST_MAIN(TestFleetUpdateWorker)
#include "TestFleetUpdateWorker.moc"
