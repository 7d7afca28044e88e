#include "provisioning/ProductionSnapshot.h"

#include <QJsonArray>
#include <QTest>

// The before/after comparison of production next to a test deployment: every changed, vanished or
// new fact is named, in a stable order, and nothing else is.
class TestProductionSnapshot : public QObject
{
    Q_OBJECT

    const QString before = QStringLiteral("noise before\n"
                                          "::kkt-fact instance INST-20261129120000\n"
                                          "::kkt-fact active.kkt-web active\n"
                                          "::kkt-fact started.kkt-web 812@1234567\n"
                                          "::kkt-fact unit.kkt-web.service 0123456789abcdef\n"
                                          "::kkt-fact nginx.test ok\n"
                                          "::kkt-fact health 200 healthy\n"
                                          "::kkt-fact rows.users 2\n"
                                          "::kkt-other not a fact\n");

private slots:
    void parsesFactsAndIgnoresOtherLines()
    {
        const ProductionSnapshot s = ProductionSnapshot::parse(before);
        QCOMPARE(s.facts().size(), 7);
        QCOMPARE(s.instanceId(), QStringLiteral("INST-20261129120000"));
        QCOMPARE(s.value(QStringLiteral("health")), QStringLiteral("200 healthy"));
        QCOMPARE(s.value(QStringLiteral("rows.users")), QStringLiteral("2"));
        QVERIFY(ProductionSnapshot::parse(QStringLiteral("::kkt-fact instance none")).instanceId().isEmpty());
    }

    void identicalSnapshotsHaveNoDifference()
    {
        const ProductionSnapshot a = ProductionSnapshot::parse(before);
        QVERIFY(ProductionSnapshot::compare(a, ProductionSnapshot::parse(before)).isEmpty());
        const QJsonObject json = ProductionSnapshot::comparisonJson(a, ProductionSnapshot::parse(before));
        QVERIFY(json.value(QStringLiteral("unchanged")).toBool());
        QVERIFY(json.value(QStringLiteral("differences")).toArray().isEmpty());
    }

    void everyDifferenceIsNamed()
    {
        QString changed = before;
        changed.replace(QStringLiteral("812@1234567"), QStringLiteral("901@2234567"));   // restarted
        changed.replace(QStringLiteral("::kkt-fact nginx.test ok\n"), QString());        // vanished
        changed.replace(QStringLiteral("rows.users 2"), QStringLiteral("rows.users 3")); // written
        changed += QStringLiteral("::kkt-fact rows.planted 1\n");                        // new
        const QList<ProductionSnapshot::Difference> d = ProductionSnapshot::compare(
            ProductionSnapshot::parse(before), ProductionSnapshot::parse(changed));
        QCOMPARE(d.size(), 4);
        QCOMPARE(d.at(0).key, QStringLiteral("started.kkt-web"));
        QCOMPARE(d.at(0).before, QStringLiteral("812@1234567"));
        QCOMPARE(d.at(0).after, QStringLiteral("901@2234567"));
        QCOMPARE(d.at(1).key, QStringLiteral("nginx.test"));
        QCOMPARE(d.at(1).after, QStringLiteral("missing"));
        QCOMPARE(d.at(2).key, QStringLiteral("rows.users"));
        QCOMPARE(d.at(3).key, QStringLiteral("rows.planted"));
        QCOMPARE(d.at(3).before, QStringLiteral("missing"));
        const QString summary = ProductionSnapshot::summary(d);
        QVERIFY2(summary.contains(QStringLiteral("kkt-web")) && summary.contains(QStringLiteral("users")) &&
                     summary.contains(QStringLiteral("planted")) &&
                     summary.contains(QStringLiteral("nginx -t")),
                 qPrintable(summary));
        const QJsonObject json = ProductionSnapshot::comparisonJson(ProductionSnapshot::parse(before),
                                                                    ProductionSnapshot::parse(changed));
        QVERIFY(!json.value(QStringLiteral("unchanged")).toBool());
        QCOMPARE(json.value(QStringLiteral("differences")).toArray().size(), 4);
        QCOMPARE(json.value(QStringLiteral("instanceId")).toString(), QStringLiteral("INST-20261129120000"));
    }

    void aSnapshotNotTakenAfterwardsIsNotUnchanged()
    {
        const QJsonObject json = ProductionSnapshot::comparisonJson(ProductionSnapshot::parse(before), {});
        QVERIFY(!json.value(QStringLiteral("unchanged")).toBool());
        QVERIFY(!json.contains(QStringLiteral("after")));
    }

    void describesKnownFacts()
    {
        QVERIFY(ProductionSnapshot::describe(QStringLiteral("unit.kkt-bot.service"))
                    .contains(QStringLiteral("kkt-bot.service")));
        QVERIFY(
            ProductionSnapshot::describe(QStringLiteral("started.nginx")).contains(QStringLiteral("nginx")));
        QCOMPARE(ProductionSnapshot::describe(QStringLiteral("unknown.fact")),
                 QStringLiteral("unknown.fact"));
    }
};

QTEST_GUILESS_MAIN(TestProductionSnapshot)
#include "TestProductionSnapshot.moc"
