#include "ProductionPanel.h"

#include "provisioning/ProductionSnapshot.h"

#include "ui_ProductionPanel.h"

#include <QHeaderView>
#include <QJsonArray>

ProductionPanel::ProductionPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(new Ui::ProductionPanel)
{
    m_ui->setupUi(this);
    // Before and after share the rest equally: side by side, neither cut short for the other.
    QHeaderView* header = m_ui->productionTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
}

ProductionPanel::~ProductionPanel() = default;

void ProductionPanel::clear()
{
    m_ui->productionTable->setRowCount(0);
    m_ui->productionSummaryLabel->clear();
}

void ProductionPanel::showComparison(const QJsonObject& comparison)
{
    const QJsonObject before = comparison.value(QStringLiteral("before")).toObject();
    const bool checkedAfter = comparison.contains(QStringLiteral("after"));
    const QJsonObject after = comparison.value(QStringLiteral("after")).toObject();
    const QJsonArray differences = comparison.value(QStringLiteral("differences")).toArray();
    const QString instance = comparison.value(QStringLiteral("instanceId")).toString();
    QStringList changed;
    for (const QJsonValue& d : differences)
        changed << d.toObject().value(QStringLiteral("key")).toString();

    QStringList keys = before.keys();
    for (const QString& key : after.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    keys.removeAll(QStringLiteral("instance"));
    QTableWidget* table = m_ui->productionTable;
    table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString& key = keys.at(row);
        const bool differs = changed.contains(key);
        const QString was = before.value(key).toString(tr("missing"));
        const QString now =
            checkedAfter ? after.value(key).toString(tr("missing")) : tr("(checked at the end)");
        const QStringList cells{ProductionSnapshot::describe(key), was, now};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (differs) {
                item->setForeground(Qt::white);
                item->setBackground(QColor(0xc6, 0x28, 0x28));
            } else if (checkedAfter) {
                item->setForeground(QColor(0x1b, 0x5e, 0x20));
            }
            table->setItem(row, column, item);
        }
    }
    QLabel* label = m_ui->productionSummaryLabel;
    if (instance.isEmpty()) {
        label->setText(
            tr("This server runs no production instance: there is nothing of production to check."));
        label->setStyleSheet(QString());
    } else if (!checkedAfter) {
        label->setText(
            tr("Production %1 recorded before the test deployment; it is checked again at the end.")
                .arg(instance));
        label->setStyleSheet(QString());
    } else if (changed.isEmpty()) {
        label->setText(tr("✔ Production %1 is exactly as before.").arg(instance));
        label->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    } else {
        QStringList names;
        for (const QString& key : changed)
            names << ProductionSnapshot::describe(key);
        label->setText(tr("✘ PRODUCTION %1 CHANGED: %2").arg(instance, names.join(QStringLiteral(", "))));
        label->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    }
}
