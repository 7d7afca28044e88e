#include "gui/UpdateHistoryTable.h"

#include <QTableWidget>
#include <QTest>

// The Registry tab's update history: only updates and roll backs, with versions, downtime,
// duration and result; hidden for an instance never updated.
class TestUpdateHistoryTable : public QObject
{
    Q_OBJECT

    static HistoryRecord row(const QString& action, const QString& from, const QString& to,
                             const QString& status)
    {
        HistoryRecord h;
        h.action = action;
        h.fromVersion = from;
        h.toVersion = to;
        h.status = status;
        h.startedAt = QDateTime::currentDateTimeUtc();
        return h;
    }

private slots:
    void showsUpdatesAndRollBacksOnly()
    {
        UpdateHistoryTable view;
        view.show();
        view.setHistory(
            {row(QStringLiteral("deploy"), {}, QStringLiteral("1.0.0"), QStringLiteral("success"))});
        QVERIFY(view.isHidden());
        QCOMPARE(view.table()->rowCount(), 0);

        HistoryRecord update = row(QStringLiteral("update"), QStringLiteral("1.0.0"), QStringLiteral("1.1.0"),
                                   QStringLiteral("success"));
        update.downtimeMs = 0;
        update.durationMs = 42300;
        HistoryRecord rollback = row(QStringLiteral("rollback"), QStringLiteral("1.2.0"),
                                     QStringLiteral("1.1.0"), QStringLiteral("failed"));
        rollback.errorLog = QStringLiteral("Update to 1.2.0 failed at the health checks");
        view.setHistory(
            {rollback, row(QStringLiteral("health_check"), {}, {}, QStringLiteral("success")), update,
             row(QStringLiteral("deploy"), {}, QStringLiteral("1.0.0"), QStringLiteral("success"))});
        QVERIFY(view.isVisible());
        QTableWidget* table = view.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), HistoryRecord::actionText(QStringLiteral("rollback")));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1.2.0 → 1.1.0"));
        QCOMPARE(table->item(0, 3)->text(), QString()); // not measured
        QCOMPARE(table->item(0, 5)->toolTip(), rollback.errorLog);
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("1.0.0 → 1.1.0"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("0.0 s"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("42 s"));
        QCOMPARE(table->item(1, 5)->text(), HistoryRecord::statusText(QStringLiteral("success")));
    }
};

QTEST_MAIN(TestUpdateHistoryTable)
#include "TestUpdateHistoryTable.moc"
