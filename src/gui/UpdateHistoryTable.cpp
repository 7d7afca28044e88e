#include "UpdateHistoryTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString seconds(qint64 ms)
{
    return ms < 0 ? QString() : UpdateHistoryTable::tr("%1 s").arg(ms / 1000.0, 0, 'f', ms < 10000 ? 1 : 0);
}

} // namespace

UpdateHistoryTable::UpdateHistoryTable(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("Updates and roll backs"), this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("updateHistory"));
    m_table->setObjectName(QStringLiteral("updateHistoryTable"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_table);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Started"), tr("Action"), tr("Versions"), tr("Downtime"), tr("Duration"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    hide();
}

bool UpdateHistoryTable::isUpdateRow(const HistoryRecord& record)
{
    return record.action == QStringLiteral("update") || record.action == QStringLiteral("rollback");
}

void UpdateHistoryTable::setHistory(const QList<HistoryRecord>& history)
{
    QList<HistoryRecord> rows;
    for (const HistoryRecord& h : history) {
        if (isUpdateRow(h))
            rows << h;
    }
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const HistoryRecord& h = rows.at(row);
        const QString versions =
            h.fromVersion.isEmpty() ? h.toVersion : QStringLiteral("%1 → %2").arg(h.fromVersion, h.toVersion);
        const QStringList cells{QLocale().toString(h.startedAt.toLocalTime(), QLocale::ShortFormat),
                                HistoryRecord::actionText(h.action),
                                versions,
                                seconds(h.downtimeMs),
                                seconds(h.durationMs),
                                HistoryRecord::statusText(h.status)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            const QString detail = h.errorLog.isEmpty() ? h.notes : h.errorLog;
            if (!detail.isEmpty())
                item->setToolTip(detail);
            if (column == 5 && h.status == QStringLiteral("failed"))
                item->setForeground(QColor(0xd9, 0x3a, 0x3a));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    setVisible(!rows.isEmpty());
}
