#include "UpdatesModel.h"

#include <QColor>
#include <QLocale>

UpdatesModel::UpdatesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int UpdatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UpdatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UpdatesModel::stateText(State state)
{
    switch (state) {
    case State::NotChecked:
        return tr("not checked");
    case State::Checking:
        return tr("checking…");
    case State::UpToDate:
        return tr("up to date");
    case State::UpdateAvailable:
        return tr("update available");
    case State::Refused:
        return tr("cannot be updated");
    case State::CheckFailed:
        return tr("check failed");
    case State::Scheduled:
        return tr("scheduled");
    case State::Applying:
        return tr("updating…");
    case State::Updated:
        return tr("updated");
    case State::RolledBack:
        return tr("rolled back");
    case State::Failed:
        return tr("failed");
    case State::RollingBack:
        return tr("rolling back…");
    }
    return {};
}

QColor UpdatesModel::severityColor(ReleaseManifest::Severity severity)
{
    switch (severity) {
    case ReleaseManifest::Severity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case ReleaseManifest::Severity::Major:
        return QColor(0xd8, 0x6a, 0x00);
    case ReleaseManifest::Severity::Minor:
        return QColor(0x1e, 0x6f, 0xb8);
    case ReleaseManifest::Severity::Patch:
        break;
    }
    return QColor(0x5f, 0x6b, 0x73);
}

QVariant UpdatesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const auto column = Column(index.column());
    const bool available = r.check && r.check->updateAvailable();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Instance:
            return r.instance.company.isEmpty()
                       ? r.instance.name
                       : QStringLiteral("%1 — %2").arg(r.instance.name, r.instance.company);
        case Server:
            return r.instance.sshHost.isEmpty()
                       ? tr("not recorded")
                       : QStringLiteral("%1:%2").arg(r.instance.sshHost).arg(r.instance.sshPort);
        case Current:
            return r.current;
        case Available:
            return r.check ? r.check->available : QString();
        case Severity:
            return available ? ReleaseManifest::severityText(r.check->severity) : QString();
        case Status:
            if (r.state == State::Scheduled && r.scheduledAt.isValid())
                return tr("scheduled for %1")
                    .arg(QLocale().toString(r.scheduledAt.toLocalTime(), QLocale::ShortFormat));
            return stateText(r.state);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && (column == Status || column == Available) && !r.message.isEmpty())
        return r.message;
    if (column == Severity && available) {
        if (role == Qt::BackgroundRole)
            return severityColor(r.check->severity);
        if (role == Qt::ForegroundRole)
            return QColor(Qt::white);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole)
            return r.check->severity == ReleaseManifest::Severity::Critical
                       ? tr("Critical: may be applied without approving each instance, by a staff action "
                            "that states why")
                       : tr("Needs approval for each instance");
    }
    if (role == Qt::ForegroundRole && column == Status) {
        switch (r.state) {
        case State::UpdateAvailable:
        case State::Updated:
            return QColor(0x2e, 0x9d, 0x4f);
        case State::Refused:
        case State::CheckFailed:
        case State::Failed:
        case State::RolledBack:
            return QColor(0xd9, 0x3a, 0x3a);
        default:
            break;
        }
    }
    if (role == Qt::UserRole)
        return r.instance.uuid;
    return {};
}

QVariant UpdatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Instance:
        return tr("Instance");
    case Server:
        return tr("Server");
    case Current:
        return tr("Current version");
    case Available:
        return tr("Available");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void UpdatesModel::setInstances(const QList<InstanceRecord>& instances)
{
    QList<Row> rows;
    rows.reserve(instances.size());
    for (const InstanceRecord& instance : instances) {
        const int old = rowOf(instance.uuid);
        Row row = old >= 0 ? m_rows.at(old) : Row();
        row.instance = instance;
        if (old < 0 || row.state == State::NotChecked)
            row.current = instance.version;
        rows << row;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int UpdatesModel::rowOf(const QUuid& instance) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).instance.uuid == instance)
            return row;
    }
    return -1;
}

QList<QUuid> UpdatesModel::instanceIds() const
{
    QList<QUuid> ids;
    for (const Row& r : m_rows)
        ids << r.instance.uuid;
    return ids;
}

void UpdatesModel::setChecked(const UpdateAvailability& a)
{
    const int row = rowOf(a.instance);
    if (row < 0)
        return;
    Row& r = m_rows[row];
    r.scheduledAt = QDateTime();
    if (!a.error.isEmpty()) {
        r.state = State::CheckFailed;
        r.message = a.error;
        changed(row);
        return;
    }
    r.check = a;
    r.current = a.current;
    r.message = a.refusal;
    r.state = !a.refusal.isEmpty()  ? State::Refused
              : a.updateAvailable() ? State::UpdateAvailable
                                    : State::UpToDate;
    changed(row);
}

void UpdatesModel::setState(const QUuid& instance, State state, const QString& message)
{
    const int row = rowOf(instance);
    if (row < 0)
        return;
    m_rows[row].state = state;
    m_rows[row].message = message;
    changed(row);
}

void UpdatesModel::setScheduled(const QUuid& instance, const QDateTime& at)
{
    const int row = rowOf(instance);
    if (row < 0)
        return;
    m_rows[row].state = State::Scheduled;
    m_rows[row].scheduledAt = at;
    changed(row);
}

void UpdatesModel::setCurrent(const QUuid& instance, const QString& version)
{
    const int row = rowOf(instance);
    if (row < 0)
        return;
    Row& r = m_rows[row];
    r.current = version;
    r.check.reset();
    changed(row);
}

bool UpdatesModel::isBusy(State state)
{
    return state == State::Checking || state == State::Scheduled || state == State::Applying ||
           state == State::RollingBack;
}

int UpdatesModel::availableCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row& r) { return r.state == State::UpdateAvailable; }));
}

void UpdatesModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString UpdatesModel::setOutcome(const QUuid& id, const UpdateOutcome& o, bool rollingBack, bool* ok)
{
    QString text = o.message.isEmpty() ? o.error : o.message;
    *ok = false;
    switch (o.status) {
    case UpdateOutcome::Status::Succeeded:
        *ok = true;
        if (!o.to.isEmpty())
            setCurrent(id, o.to);
        setState(id, rollingBack ? State::RolledBack : State::Updated);
        if (text.isEmpty())
            text = rollingBack ? tr("Rolled back to %1.").arg(o.to) : tr("Updated to %1.").arg(o.to);
        break;
    case UpdateOutcome::Status::Staged: // the tab schedules a staged update itself
        break;
    case UpdateOutcome::Status::RolledBack:
        if (!o.from.isEmpty())
            setCurrent(id, o.from);
        setState(id, State::RolledBack, text);
        break;
    case UpdateOutcome::Status::Cancelled:
        setState(id, State::NotChecked, text);
        if (text.isEmpty())
            text = tr("Cancelled.");
        break;
    case UpdateOutcome::Status::Refused:
    case UpdateOutcome::Status::Failed:
        setState(id, State::Failed, text);
        break;
    }
    return text;
}
