#include "updates/UpdateServerState.h"

#include <QTest>

// What update.status.sh prints, read back: the version, the kept releases and updates.
class TestUpdateServerState : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheMarkers()
    {
        const UpdateServerState s = UpdateServerState::parse(
            QStringLiteral("::kkt-version 1.1.0\n::kkt-current /home/kktapp/kkt-system/releases/1.1.0\n"
                           "::kkt-release 1.0.0\n::kkt-release 1.1.0\nnoise\n"
                           "::kkt-update b 1.1.0 1.2.0 1700000200 reverted no 1 -1 1700000300\n"
                           "::kkt-update a 1.0.0 1.1.0 1700000100 succeeded yes 0 4210 0\n"));
        QCOMPARE(s.version, QStringLiteral("1.1.0"));
        QCOMPARE(s.releases, (QStringList{QStringLiteral("1.0.0"), QStringLiteral("1.1.0")}));
        QCOMPARE(s.updates.size(), 2);
        QCOMPARE(s.updates.first().id, QStringLiteral("a")); // oldest first
        const auto a = s.update(QStringLiteral("a"));
        QVERIFY(a);
        QVERIFY(a->migrated);
        QVERIFY(!a->rollbackSupported);
        QCOMPARE(a->downtimeMs, 4210);
        QVERIFY(!a->databaseRestored.isValid());
        QCOMPARE(s.update(QStringLiteral("b"))->databaseRestored.toSecsSinceEpoch(), 1700000300);
        // The update that brought the instance to what it runs (not the reverted one).
        QCOMPARE(s.lastApplied()->id, QStringLiteral("a"));
    }

    void nothingToRollBack()
    {
        const UpdateServerState s = UpdateServerState::parse(QStringLiteral("::kkt-version 1.0.0\n"));
        QVERIFY(!s.lastApplied());
        QVERIFY(!s.update(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestUpdateServerState)
#include "TestUpdateServerState.moc"
