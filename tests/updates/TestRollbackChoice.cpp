#include "updates/RollbackChoice.h"

#include <QTest>

// Which update a manual rollback undoes, and every reason it refuses.
class TestRollbackChoice : public QObject
{
    Q_OBJECT

    const QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

    UpdateServerState state(int daysAgo, bool migrated, bool supported) const
    {
        return UpdateServerState::parse(
            QStringLiteral("::kkt-version 1.1.0\n::kkt-release 1.0.0\n::kkt-release 1.1.0\n"
                           "::kkt-update u1 1.0.0 1.1.0 %1 succeeded %2 %3 0 0\n")
                .arg(now.addDays(-daysAgo).toSecsSinceEpoch())
                .arg(migrated ? QStringLiteral("yes") : QStringLiteral("no"))
                .arg(supported ? 1 : 0));
    }

private slots:
    void withinTheWindow()
    {
        const RollbackChoice c =
            RollbackChoice::choose(state(6, true, true), QStringLiteral("INST-1"), {}, 7, now);
        QVERIFY2(c.update, qPrintable(c.refusal));
        QCOMPARE(c.update->id, QStringLiteral("u1"));
        QCOMPARE(c.update->from, QStringLiteral("1.0.0"));
        QVERIFY(RollbackChoice::choose(state(6, false, false), QStringLiteral("INST-1"),
                                       QStringLiteral("1.0.0"), 7,
                                       now)
                    .update); // no migration: the manifest's no does not matter
    }

    void refusals_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<bool>("migrated");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("reason");
        QTest::newRow("window passed") << 8 << true << true << QString() << 7 << "window has passed";
        QTest::newRow("window of 0 days") << 1 << false << true << QString() << 0 << "window has passed";
        QTest::newRow("manifest says no") << 1 << true << false << QString() << 7 << "rollback_supported";
        QTest::newRow("another version")
            << 1 << true << true << QStringLiteral("0.9.0") << 7 << "only the release";
    }
    void refusals()
    {
        QFETCH(int, daysAgo);
        QFETCH(bool, migrated);
        QFETCH(bool, supported);
        QFETCH(QString, to);
        QFETCH(int, window);
        QFETCH(QString, reason);
        const RollbackChoice c = RollbackChoice::choose(state(daysAgo, migrated, supported),
                                                        QStringLiteral("INST-1"), to, window, now);
        QVERIFY(!c.update);
        QVERIFY2(c.refusal.contains(reason), qPrintable(c.refusal));
    }

    void nothingKept()
    {
        const UpdateServerState gone =
            UpdateServerState::parse(QStringLiteral("::kkt-version 1.1.0\n::kkt-release 1.1.0\n"
                                                    "::kkt-update u1 1.0.0 1.1.0 %1 succeeded no 1 0 0\n")
                                         .arg(now.addDays(-1).toSecsSinceEpoch()));
        QVERIFY(RollbackChoice::choose(gone, QStringLiteral("INST-1"), {}, 7, now)
                    .refusal.contains(QStringLiteral("no longer on the server")));
        QVERIFY(RollbackChoice::choose(UpdateServerState::parse(QStringLiteral("::kkt-version 1.0.0\n")),
                                       QStringLiteral("INST-1"), {}, 7, now)
                    .refusal.contains(QStringLiteral("nothing to roll back to")));
    }
};

QTEST_GUILESS_MAIN(TestRollbackChoice)
#include "TestRollbackChoice.moc"
