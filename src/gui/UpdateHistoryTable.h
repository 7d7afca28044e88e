#pragma once

#include "registry/HistoryRecord.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// The Registry tab's update history of one instance: each update and roll back with its versions
// (from → to), the downtime measured through the site, how long it took and how it ended. Hidden
// for an instance that was never updated.
class UpdateHistoryTable : public QWidget
{
    Q_OBJECT

public:
    explicit UpdateHistoryTable(QWidget* parent = nullptr);

    // All of the instance's history; only updates and roll backs are shown, newest first as given.
    void setHistory(const QList<HistoryRecord>& history);
    QTableWidget* table() const { return m_table; }
    static bool isUpdateRow(const HistoryRecord& record);

private:
    QLabel* m_label;
    QTableWidget* m_table;
};
