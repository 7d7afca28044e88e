#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"
#include "updates/FleetUpdateRunner.h"

#include <QMutex>
#include <QTest>

// The fleet runner's rules with instances whose servers refuse the connection (127.0.0.1, a port
// nothing listens on): every update is the engine's (UpdateRunner::apply, which fails at its
// connect); the first failure halts the fleet by default and the rest is not started; a threshold
// lets that many fail; never more than `concurrency` run at once; a cancel before the start starts
// nothing; an instance whose request cannot be made fails without a connection. The real update of
// a reachable canary is TestFleetUpdateEndToEnd's.
class TestFleetUpdateRunner : public QObject
{
    Q_OBJECT

    QString m_dir;
    QString m_archive;
    QString m_checksums;
    quint16 m_closedPort = 0;

    FleetWavePlan plan(int instances, int maxFailures, int concurrency = 2, int share = 25)
    {
        QList<FleetWavePlan::Candidate> all;
        for (int i = 0; i < instances; ++i) {
            FleetWavePlan::Candidate c;
            c.instance.uuid = QUuid::createUuid();
            c.instance.name = c.instance.instanceNumber = QStringLiteral("INST-2026112912000%1").arg(i);
            c.instance.sshHost = c.instance.ip = QStringLiteral("127.0.0.1");
            c.instance.sshPort = m_closedPort;
            c.instance.sshUser = QStringLiteral("root");
            c.instance.hostKeyFingerprint =
                QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            c.instance.mode = QStringLiteral("production");
            c.instance.version = QStringLiteral("0.9.0-e2e");
            c.instance.deployedAt = QDateTime::currentDateTimeUtc().addDays(-i);
            c.checkError = QStringLiteral("connection refused");
            all << c;
        }
        QString error;
        const std::optional<FleetWavePlan> p = FleetWavePlan::make(
            all, SampleRelease::version(), {QString(), share, concurrency, maxFailures}, &error);
        return p ? *p : FleetWavePlan();
    }

    FleetUpdateRunner::Prepare prepare(const QString& unpreparable = QString()) const
    {
        return [this, unpreparable](const InstanceRecord& instance, QString* error) {
            if (instance.name == unpreparable) {
                *error = QStringLiteral("its payload profile cannot be read");
                return UpdateRequest();
            }
            UpdateRequest r = UpdateRequest::forInstance(instance, error);
            r.deployment.recordInRegistry = false;
            r.toVersion = SampleRelease::version();
            r.archivePath = m_archive;
            r.checksums = m_checksums;
            r.approved = true;
            return r;
        };
    }

    FleetUpdateRunner::Report run(FleetUpdateRunner& fleet, int* mostAtOnce = nullptr, int* started = nullptr)
    {
        int running = 0, most = 0, count = 0;
        fleet.setJournalPath(m_dir + QStringLiteral("/journal.sqlite"));
        fleet.setCallbacks({[&](const FleetWavePlan::Entry&) {
                                ++count;
                                most = qMax(most, ++running);
                            },
                            {},
                            [&](const FleetUpdateRunner::InstanceResult&) {
                                --running;
                            }});
        const FleetUpdateRunner::Report report = fleet.run();
        if (mostAtOnce)
            *mostAtOnce = most;
        if (started)
            *started = count;
        return report;
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("fleet-runner"));
        QString error;
        QVERIFY2(SampleRelease::build(m_dir, &m_archive, &m_checksums, &error), qPrintable(error));
        m_closedPort = TestEnvironment::freePort();
    }

    void theFirstFailureHaltsTheFleet()
    {
        const FleetWavePlan p = plan(4, 0);
        QCOMPARE(p.waves.size(), 3);
        FleetUpdateRunner fleet(p, prepare());
        int started = 0;
        const FleetUpdateRunner::Report r = run(fleet, nullptr, &started);
        QCOMPARE(started, 1);
        QCOMPARE(r.haltedAfterWave, 1);
        QVERIFY(!r.succeeded());
        QCOMPARE(r.results.size(), 4);
        QCOMPARE(r.results.first().statusName(), QStringLiteral("failed"));
        QVERIFY2(r.results.first().outcome.sshErrorKind != 0, qPrintable(r.results.first().outcome.error));
        QCOMPARE(r.count(QStringLiteral("not_started")), 3);
        QCOMPARE(r.failures(), 1);
        QVERIFY2(
            r.summaryText().startsWith(QStringLiteral("0 updated, 0 rolled back, 1 failed, 0 skipped, 3 not "
                                                      "started — halted in wave 1/3")),
            qPrintable(r.summaryText()));
        const QJsonObject json = r.toJson();
        QVERIFY(json.value(QStringLiteral("halted")).toBool());
        QCOMPARE(
            json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("not_started")).toInt(), 3);
    }

    void aThresholdLetsThatManyFail()
    {
        // 5 instances: waves 1, 2 (25 % of 5 rounded up), 2. Two failures are tolerated; the third
        // (in wave 2) halts, and wave 3 is not started.
        const FleetWavePlan p = plan(5, 2, 1);
        QCOMPARE(p.waves.size(), 3);
        QCOMPARE(p.waves.at(1).size(), 2);
        FleetUpdateRunner fleet(p, prepare());
        const FleetUpdateRunner::Report r = run(fleet);
        QCOMPARE(r.haltedAfterWave, 2);
        QCOMPARE(r.failures(), 3);
        QCOMPARE(r.results.at(3).statusName(), QStringLiteral("not_started"));
        QCOMPARE(r.results.at(4).statusName(), QStringLiteral("not_started"));
    }

    void neverMoreThanTheConcurrencyAtOnce()
    {
        const FleetWavePlan p = plan(6, 100, 2, 100); // waves 1 and 5, nothing halts
        QCOMPARE(p.waves.size(), 2);
        FleetUpdateRunner fleet(p, prepare());
        int most = 0, started = 0;
        const FleetUpdateRunner::Report r = run(fleet, &most, &started);
        QCOMPARE(started, 6);
        QCOMPARE(r.haltedAfterWave, 0);
        QCOMPARE(r.failures(), 6);
        QVERIFY2(most >= 1 && most <= 2, qPrintable(QString::number(most)));
        QVERIFY(!r.succeeded());
    }

    void aCancelBeforeTheStartStartsNothing()
    {
        FleetUpdateRunner fleet(plan(3, 0), prepare());
        fleet.cancel();
        int started = 0;
        const FleetUpdateRunner::Report r = run(fleet, nullptr, &started);
        QCOMPARE(started, 0);
        QVERIFY(r.cancelled);
        QCOMPARE(r.count(QStringLiteral("not_started")), 3);
        QVERIFY2(r.summaryText().endsWith(QStringLiteral(" — cancelled")), qPrintable(r.summaryText()));
    }

    void anInstanceWithoutARequestFails()
    {
        const FleetWavePlan p = plan(2, 5);
        const QString canary = p.waves.first().first().instance.name;
        FleetUpdateRunner fleet(p, prepare(canary));
        const FleetUpdateRunner::Report r = run(fleet);
        QCOMPARE(r.results.first().statusName(), QStringLiteral("failed"));
        QCOMPARE(r.results.first().outcome.error, QStringLiteral("its payload profile cannot be read"));
        QCOMPARE(r.results.first().outcome.sshErrorKind, 0); // no connection was tried
        QCOMPARE(r.results.at(1).statusName(), QStringLiteral("failed"));
        QVERIFY(r.results.at(1).outcome.sshErrorKind != 0);
    }
};

QTEST_GUILESS_MAIN(TestFleetUpdateRunner)
#include "TestFleetUpdateRunner.moc"
