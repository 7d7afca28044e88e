#pragma once

#include "registry/InstanceRecord.h"
#include "releases/ReleaseManifest.h"
#include "updates/UpdateAvailability.h"
#include "updates/UpdateOutcome.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

// The Updates tab's instances: each with the version it runs and the release it could update to,
// the update's severity (a badge: text on a colour), and where its check, update or roll back
// stands. Knows no widgets; the tab feeds it from the registry and from the update engine's
// answers, rows keyed by the instance's UUID.
class UpdatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Instance,
        Server,
        Current,
        Available,
        Severity,
        Status,
        ColumnCount
    };

    enum class State
    {
        NotChecked,
        Checking,
        UpToDate,
        UpdateAvailable,
        Refused,     // e.g. older than the release's minimum version
        CheckFailed, // the server or the release list could not be reached
        Scheduled,
        Applying,
        Updated,
        RolledBack, // the update failed and the instance is back on its previous version
        Failed,
        RollingBack,
    };

    struct Row
    {
        InstanceRecord instance;
        State state = State::NotChecked;
        QString current; // the server's .version once checked, the registry's until then
        std::optional<UpdateAvailability> check; // the last check's answer
        QString message;                         // why refused or failed, what happened
        QDateTime scheduledAt;
    };

    explicit UpdatesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The instances to show, in this order; what was learnt about an instance that stays is kept
    // (its registry record is replaced).
    void setInstances(const QList<InstanceRecord>& instances);
    const Row& rowAt(int row) const { return m_rows.at(row); }
    // -1 when the instance is not shown.
    int rowOf(const QUuid& instance) const;
    QList<QUuid> instanceIds() const;

    // A check's answer: the version on the server and the newest release it may update to, or
    // why it may not, or why the check failed.
    void setChecked(const UpdateAvailability& availability);
    // Any other step of a row's life (checking, check failed, scheduled, applying, the result).
    void setState(const QUuid& instance, State state, const QString& message = QString());
    void setScheduled(const QUuid& instance, const QDateTime& at);
    // After an update or roll back: the version the instance runs now; the available update is
    // forgotten until the next check.
    void setCurrent(const QUuid& instance, const QString& version);
    // How an update (or with `rollingBack`, a roll back) of the instance ended: its version and state;
    // returns what to tell the operator, `ok` when it succeeded.
    QString setOutcome(const QUuid& instance, const UpdateOutcome& outcome, bool rollingBack, bool* ok);
    // The instance's row is busy: checking, scheduled, updating or rolling back.
    static bool isBusy(State state);

    // Rows with an update that may be applied.
    int availableCount() const;
    static QString stateText(State state);
    // The badge: white text on this colour, readable on light and dark palettes alike.
    static QColor severityColor(ReleaseManifest::Severity severity);

private:
    void changed(int row);

    QList<Row> m_rows;
};
