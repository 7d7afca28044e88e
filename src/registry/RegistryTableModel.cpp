#include "RegistryTableModel.h"

#include "InstanceSearch.h"
#include "RegistryWorker.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace {

struct Page
{
    QList<InstanceRecord> rows;
    int total = -1;
    QString error;
};

} // namespace

RegistryTableModel::RegistryTableModel(RegistryWorker* worker, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{}

int RegistryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : InstanceQuery::ColumnCount;
}

QString RegistryTableModel::statusText(const QString& status)
{
    if (status == QStringLiteral("active"))
        return tr("active");
    if (status == QStringLiteral("inactive"))
        return tr("inactive");
    if (status == QStringLiteral("error"))
        return tr("error");
    if (status == QStringLiteral("removed"))
        return tr("removed");
    return status;
}

QString RegistryTableModel::modeText(const QString& mode)
{
    if (mode == QStringLiteral("test"))
        return tr("TEST");
    if (mode == QStringLiteral("production"))
        return tr("production");
    return mode;
}

QVariant RegistryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InstanceRecord& r = m_rows.at(index.row());
    const auto column = InstanceQuery::Column(index.column());
    if (role == Qt::DisplayRole) {
        const auto time = [](const QDateTime& t) {
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
        };
        switch (column) {
        case InstanceQuery::Name:
            return r.name;
        case InstanceQuery::Mode:
            return modeText(r.mode);
        case InstanceQuery::Company:
            return r.company;
        case InstanceQuery::Domain:
            return InstanceSearch::displayDomain(r.domain);
        case InstanceQuery::Ip:
            return r.ip;
        case InstanceQuery::Version:
            return r.version;
        case InstanceQuery::Status:
            return statusText(r.status);
        case InstanceQuery::LastHealthCheck:
            return r.lastHealthCheck.isValid() ? time(r.lastHealthCheck) : tr("never");
        case InstanceQuery::DeployedAt:
            return time(r.deployedAt);
        case InstanceQuery::ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && column == InstanceQuery::Status) {
        // Colours that read on light and dark palettes alike.
        if (r.status == QStringLiteral("active"))
            return QColor(0x2e, 0x9d, 0x4f);
        if (r.status == QStringLiteral("error"))
            return QColor(0xd9, 0x3a, 0x3a);
        return QColor(0x8a, 0x8a, 0x8a);
    }
    if (role == Qt::ForegroundRole && column == InstanceQuery::Mode && r.mode == QStringLiteral("test"))
        return QColor(0xc2, 0x6a, 0x00); // TEST stands out in the list
    if (role == Qt::FontRole && column == InstanceQuery::Mode && r.mode == QStringLiteral("test")) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::UserRole)
        return r.uuid;
    return {};
}

QVariant RegistryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (InstanceQuery::Column(section)) {
    case InstanceQuery::Name:
        return tr("Name");
    case InstanceQuery::Mode:
        return tr("Mode");
    case InstanceQuery::Company:
        return tr("Company");
    case InstanceQuery::Domain:
        return tr("Domain");
    case InstanceQuery::Ip:
        return tr("IP");
    case InstanceQuery::Version:
        return tr("Version");
    case InstanceQuery::Status:
        return tr("Status");
    case InstanceQuery::LastHealthCheck:
        return tr("Last health check");
    case InstanceQuery::DeployedAt:
        return tr("Deployed at");
    case InstanceQuery::ColumnCount:
        break;
    }
    return {};
}

bool RegistryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && m_total > m_rows.size();
}

void RegistryTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void RegistryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= InstanceQuery::ColumnCount)
        return;
    InstanceQuery query = m_query;
    query.sortColumn = InstanceQuery::Column(column);
    query.descending = order == Qt::DescendingOrder;
    if (query.sortColumn == m_query.sortColumn && query.descending == m_query.descending)
        return; // already in this order (views re-sort when sorting is switched on)
    setQuery(query);
}

void RegistryTableModel::setQuery(const InstanceQuery& query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_total = -1;
    m_loading = false;
    ++m_generation;
    endResetModel();
    m_clock.start();
    fetchPage();
}

void RegistryTableModel::fetchPage()
{
    m_loading = true;
    const quint64 generation = m_generation;
    const InstanceQuery query = m_query;
    const int offset = int(m_rows.size());
    const bool first = offset == 0;
    m_worker->call<Page>(
        this,
        [query, offset, first](Registry& registry) {
            Page page;
            page.rows = registry.instances(query, offset, pageSize, &page.error);
            // The count runs after the first page, so the first screen never waits for it.
            if (first && page.error.isEmpty())
                page.total = registry.countInstances(query, &page.error);
            return page;
        },
        [this, generation, first](const Page& page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!page.error.isEmpty()) {
                emit failed(page.error);
                return;
            }
            if (first) {
                m_total = page.total;
                emit totalCountChanged(m_total);
            }
            if (!page.rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
                m_rows.append(page.rows);
                endInsertRows();
            }
            if (first)
                emit firstPageLoaded(m_clock.elapsed());
        });
}
