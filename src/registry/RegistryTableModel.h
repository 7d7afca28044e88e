#pragma once

#include "InstanceQuery.h"
#include "InstanceRecord.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

class RegistryWorker;

// The Registry tab's instances, fetched lazily a page at a time on the registry thread. Sorting
// and filtering are done by the database (a new query resets the model), so 100 000 rows cost
// no more than the rows on screen.
class RegistryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    explicit RegistryTableModel(RegistryWorker* worker, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    const InstanceQuery& query() const { return m_query; }
    // Replaces search, filters and order, and reloads from the first page.
    void setQuery(const InstanceQuery& query);
    void reload() { setQuery(m_query); }
    // Matching rows in the database (not only the fetched ones); -1 while unknown.
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    InstanceRecord instanceAt(int row) const { return m_rows.value(row); }
    static QString statusText(const QString& status);
    // "TEST" or "production", in the user's language (the Mode column, the filter).
    static QString modeText(const QString& mode);

signals:
    // The first page of a query arrived, `elapsedMs` after setQuery().
    void firstPageLoaded(qint64 elapsedMs);
    void totalCountChanged(int total);
    void failed(const QString& message);

private:
    void fetchPage();

    RegistryWorker* m_worker;
    InstanceQuery m_query;
    QList<InstanceRecord> m_rows;
    int m_total = -1;
    bool m_loading = false;
    quint64 m_generation = 0; // answers to an older query are dropped
    QElapsedTimer m_clock;
};
