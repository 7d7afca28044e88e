#include "gui/ProductionPanel.h"
#include "provisioning/ProductionSnapshot.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

// The Progress page's production panel: before and after side by side; a difference is red and
// named in the summary; an unchanged production says so.
class TestProductionPanel : public QObject
{
    Q_OBJECT

    const QString before = QStringLiteral("::kkt-fact instance INST-20261129120000\n"
                                          "::kkt-fact active.kkt-web active\n"
                                          "::kkt-fact started.kkt-bot 77@100\n"
                                          "::kkt-fact rows.users 2\n");

    static QString rowText(QTableWidget* table, int row)
    {
        return table->item(row, 0)->text() + u'|' + table->item(row, 1)->text() + u'|' +
               table->item(row, 2)->text();
    }

private slots:
    void beforeThenUnchanged()
    {
        ProductionPanel panel;
        auto* table = panel.findChild<QTableWidget*>(QStringLiteral("productionTable"));
        auto* summary = panel.findChild<QLabel*>(QStringLiteral("productionSummaryLabel"));
        const ProductionSnapshot b = ProductionSnapshot::parse(before);
        panel.showComparison(ProductionSnapshot::comparisonJson(b, {}));
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(summary->text().contains(QStringLiteral("INST-20261129120000")));
        panel.showComparison(ProductionSnapshot::comparisonJson(b, b));
        QVERIFY2(summary->text().contains(QStringLiteral("exactly as before")), qPrintable(summary->text()));
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->item(row, 1)->text(), table->item(row, 2)->text());
    }

    void aDifferenceIsRedAndNamed()
    {
        ProductionPanel panel;
        auto* table = panel.findChild<QTableWidget*>(QStringLiteral("productionTable"));
        auto* summary = panel.findChild<QLabel*>(QStringLiteral("productionSummaryLabel"));
        QString after = before;
        after.replace(QStringLiteral("77@100"), QStringLiteral("91@250"));
        panel.showComparison(ProductionSnapshot::comparisonJson(ProductionSnapshot::parse(before),
                                                                ProductionSnapshot::parse(after)));
        int red = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 2)->background().color() == QColor(0xc6, 0x28, 0x28)) {
                ++red;
                QVERIFY2(rowText(table, row).contains(QStringLiteral("kkt-bot")) &&
                             rowText(table, row).contains(QStringLiteral("77@100|91@250")),
                         qPrintable(rowText(table, row)));
            }
        }
        QCOMPARE(red, 1);
        QVERIFY2(summary->text().contains(QStringLiteral("CHANGED")) &&
                     summary->text().contains(QStringLiteral("kkt-bot")),
                 qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestProductionPanel)
#include "TestProductionPanel.moc"
