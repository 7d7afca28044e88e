#include "updates/FleetWavePlan.h"

#include <QTest>

// The wave plan's logic: one canary, then a share rounded up (at least 1), then the rest; instances
// on the target (or newer) skipped and listed; the canary named or chosen (reachable, test, oldest,
// name); an unreachable instance kept in the plan; bad parameters named with their fix.
class TestFleetWavePlan : public QObject
{
    Q_OBJECT

    static FleetWavePlan::Candidate candidate(const QString& name, const QString& current,
                                              int deployedDaysAgo,
                                              const QString& mode = QStringLiteral("production"),
                                              const QString& checkError = QString())
    {
        FleetWavePlan::Candidate c;
        c.instance.name = name;
        c.instance.uuid = QUuid::createUuid();
        c.instance.mode = mode;
        c.instance.version = QStringLiteral("0.9.0");
        c.instance.sshHost = name.toLower() + QStringLiteral(".example.ru");
        c.instance.deployedAt =
            QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).addDays(-deployedDaysAgo);
        c.current = checkError.isEmpty() ? current : QString();
        c.checkError = checkError;
        return c;
    }
    static QList<FleetWavePlan::Candidate> fleet(int n)
    {
        QList<FleetWavePlan::Candidate> all;
        for (int i = 0; i < n; ++i)
            all << candidate(QStringLiteral("INST-%1").arg(i, 2, 10, QLatin1Char('0')),
                             QStringLiteral("1.0.0"), i);
        return all;
    }
    static QList<int> sizes(const FleetWavePlan& plan)
    {
        QList<int> s;
        for (const auto& wave : plan.waves)
            s << int(wave.size());
        return s;
    }

private slots:
    void wavesAreCanaryShareRest_data()
    {
        QTest::addColumn<int>("instances");
        QTest::addColumn<int>("share");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("one: only the canary") << 1 << 25 << QList<int>{1};
        QTest::newRow("two: canary and one") << 2 << 25 << QList<int>{1, 1};
        QTest::newRow("three: 25 % of 3 rounds up to 1") << 3 << 25 << QList<int>{1, 1, 1};
        QTest::newRow("ten: 25 % of 10 rounds up to 3") << 10 << 25 << QList<int>{1, 3, 6};
        QTest::newRow("eight: 25 % of 8 is 2") << 8 << 25 << QList<int>{1, 2, 5};
        QTest::newRow("1 % is still one") << 10 << 1 << QList<int>{1, 1, 8};
        QTest::newRow("100 %: no third wave") << 10 << 100 << QList<int>{1, 9};
    }
    void wavesAreCanaryShareRest()
    {
        QFETCH(int, instances);
        QFETCH(int, share);
        QFETCH(QList<int>, expected);
        FleetWavePlan::Parameters p;
        p.sharePercent = share;
        QString error;
        const std::optional<FleetWavePlan> plan =
            FleetWavePlan::make(fleet(instances), QStringLiteral("1.1.0"), p, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(sizes(*plan), expected);
        QCOMPARE(plan->instanceCount(), instances);
        for (int w = 0; w < plan->waves.size(); ++w) {
            for (const FleetWavePlan::Entry& e : plan->waves.at(w))
                QCOMPARE(e.wave, w + 1);
        }
        QCOMPARE(plan->waveLabel(1), QStringLiteral("fleet wave 1/%1").arg(expected.size()));
    }

    void instancesOnTheTargetAreSkipped()
    {
        QList<FleetWavePlan::Candidate> all = fleet(2);
        all << candidate(QStringLiteral("INST-ON"), QStringLiteral("1.1.0"), 50)
            << candidate(QStringLiteral("INST-NEWER"), QStringLiteral("1.2.0"), 60);
        QString error;
        const auto plan = FleetWavePlan::make(all, QStringLiteral("v1.1.0"), {}, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->target, QStringLiteral("1.1.0"));
        QCOMPARE(plan->instanceCount(), 2);
        QCOMPARE(plan->skipped.size(), 2);
        QCOMPARE(plan->skipped.at(0).instance.name, QStringLiteral("INST-ON"));
        QCOMPARE(plan->skipped.at(0).reason, QStringLiteral("already on 1.1.0"));
        QCOMPARE(plan->skipped.at(1).reason, QStringLiteral("runs 1.2.0, newer than 1.1.0"));
        // Everything on the target: an empty plan, no error.
        const auto none = FleetWavePlan::make({all.at(2)}, QStringLiteral("1.1.0"), {}, &error);
        QVERIFY(none);
        QVERIFY(none->waves.isEmpty());
        QCOMPARE(none->skipped.size(), 1);
    }

    void theCanaryIsChosenDeterministically()
    {
        // The oldest deployment is INST-03, but it is unreachable; INST-T is a test instance.
        QList<FleetWavePlan::Candidate> all = fleet(3);
        all << candidate(QStringLiteral("INST-03"), QString(), 30, QStringLiteral("production"),
                         QStringLiteral("connection refused"));
        QString error;
        auto plan = FleetWavePlan::make(all, QStringLiteral("1.1.0"), {}, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->waves.first().first().instance.name, QStringLiteral("INST-02")); // oldest reachable
        // The unreachable one stays in the plan, last, from the registry's version.
        const FleetWavePlan::Entry last = plan->waves.last().last();
        QCOMPARE(last.instance.name, QStringLiteral("INST-03"));
        QCOMPARE(last.from, QStringLiteral("0.9.0"));
        QCOMPARE(last.checkError, QStringLiteral("connection refused"));

        all << candidate(QStringLiteral("INST-T"), QStringLiteral("1.0.0"), 0, QStringLiteral("test"));
        plan = FleetWavePlan::make(all, QStringLiteral("1.1.0"), {}, &error);
        QCOMPARE(plan->waves.first().first().instance.name, QStringLiteral("INST-T"));
        // The same input in another order gives the same plan.
        std::reverse(all.begin(), all.end());
        const auto again = FleetWavePlan::make(all, QStringLiteral("1.1.0"), {}, &error);
        QCOMPARE(again->toJson(), plan->toJson());
    }

    void theCanaryCanBeNamed()
    {
        QList<FleetWavePlan::Candidate> all = fleet(4);
        all << candidate(QStringLiteral("INST-DOWN"), QString(), 0, QStringLiteral("production"),
                         QStringLiteral("connection refused"));
        FleetWavePlan::Parameters p;
        p.canary = QStringLiteral("INST-DOWN");
        QString error;
        auto plan = FleetWavePlan::make(all, QStringLiteral("1.1.0"), p, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->waves.first().size(), 1);
        QCOMPARE(plan->waves.first().first().instance.name, QStringLiteral("INST-DOWN"));
        QCOMPARE(plan->instanceCount(), 5);
        // By UUID too.
        p.canary = all.at(1).instance.uuid.toString(QUuid::WithoutBraces);
        plan = FleetWavePlan::make(all, QStringLiteral("1.1.0"), p, &error);
        QCOMPARE(plan->waves.first().first().instance.name, all.at(1).instance.name);
    }

    void aCanaryThatCannotBeOneIsRefused()
    {
        QList<FleetWavePlan::Candidate> all = fleet(2);
        all << candidate(QStringLiteral("INST-ON"), QStringLiteral("1.1.0"), 0);
        FleetWavePlan::Parameters p;
        p.canary = QStringLiteral("INST-NONE");
        QString error;
        QVERIFY(!FleetWavePlan::make(all, QStringLiteral("1.1.0"), p, &error));
        QVERIFY2(error.startsWith(QStringLiteral("--canary: INST-NONE is no active instance")),
                 qPrintable(error));
        p.canary = QStringLiteral("INST-ON");
        QVERIFY(!FleetWavePlan::make(all, QStringLiteral("1.1.0"), p, &error));
        QVERIFY2(error.contains(QStringLiteral("needs no update to 1.1.0")), qPrintable(error));
    }

    void badParametersAreNamed_data()
    {
        QTest::addColumn<int>("share");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("maxFailures");
        QTest::addColumn<QString>("expected");
        QTest::newRow("share 0") << 0 << 2 << 0 << QStringLiteral("--share: 0 is not a percentage");
        QTest::newRow("share 101") << 101 << 2 << 0 << QStringLiteral("--share: 101 is not a percentage");
        QTest::newRow("concurrency 0") << 25 << 0 << 0 << QStringLiteral("--concurrency: 0 instances");
        QTest::newRow("negative failures")
            << 25 << 2 << -1 << QStringLiteral("--max-failures: -1 is negative");
    }
    void badParametersAreNamed()
    {
        QFETCH(int, share);
        QFETCH(int, concurrency);
        QFETCH(int, maxFailures);
        QFETCH(QString, expected);
        const FleetWavePlan::Parameters p{QString(), share, concurrency, maxFailures};
        QString error;
        QVERIFY(!FleetWavePlan::make(fleet(3), QStringLiteral("1.1.0"), p, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("give")), qPrintable(error)); // says the fix
        QCOMPARE(FleetWavePlan::validate(p), error);
        QVERIFY(FleetWavePlan::validate({}).isEmpty());
    }

    void aTargetThatIsNoVersionIsRefused()
    {
        QString error;
        QVERIFY(!FleetWavePlan::make(fleet(2), QStringLiteral("latest"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("“latest” is no version")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFleetWavePlan)
#include "TestFleetWavePlan.moc"
