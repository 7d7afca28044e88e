#pragma once

#include "UpdateSchedule.h"
#include "registry/InstanceRecord.h"
#include "registry/RegistryTarget.h"

#include <QDateTime>
#include <QUuid>
#include <QWidget>

#include <memory>

class QTimer;
class ReleaseProvider;
class RegistryWorker;
class UpdateProgressPanel;
class UpdateReleaseList;
class UpdateWorker;
class UpdatesModel;
struct UpdateAvailability;
namespace Ui {
class UpdatesTab;
}

// The Updates tab: the registry's active instances with the version each runs and the release it
// could take, severity badges, Check all, a review of one instance's update (changelog, migration,
// downtime, roll back) that approves it — applied now or scheduled — and a manual Roll back; the
// work runs on the update engine in a worker thread (UpdateWorker) with the live log and Cancel.
// The registry is read on its own thread (RegistryWorker); the release list and the release
// archive come from the configured GitHub (UpdateReleaseList, ReleaseProvider).
class UpdatesTab : public QWidget
{
    Q_OBJECT

public:
    explicit UpdatesTab(const RegistryTarget& target, QWidget* parent = nullptr);
    ~UpdatesTab() override;

    UpdatesModel* model() const { return m_model; }
    // Checking, fetching, staging, updating or rolling back (reading the registry does not count:
    // the tab may go meanwhile).
    bool isBusy() const { return m_operation != Operation::None && m_operation != Operation::Loading; }
    // Updates staged for a later time that this window applies when the time comes (kept in a file
    // across restarts: UpdateSchedule).
    int scheduledCount() const { return m_schedule.size(); }
    // Before the window closes: refuses while an operation runs (it must end on one version) and
    // asks before scheduled updates are dropped. True: the window may close.
    bool confirmQuit();
    // Manual roll back is offered this many days after an update (setting updates/rollbackDays).
    static int rollbackDays();

public slots:
    void reload();
    void checkAll();
    void reviewSelected();
    void rollBackSelected();

signals:
    // An operation ended and its result is shown (the registry may have new history rows).
    void operationEnded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Operation
    {
        None,
        Loading,
        Checking,
        Fetching,
        Staging,
        Applying,
        RollingBack
    };
    void setOperation(Operation operation);
    void updateButtons();
    void updateSummary();
    void showError(const QString& message);
    int selectedRow() const;
    void apply(const InstanceRecord& instance, const UpdateAvailability& update, const QDateTime& applyAt);
    void releaseFetched();
    void checkFinished();
    void runnerFinished();
    void cancel();
    void applyDue();
    void pickUpSchedule();

    std::unique_ptr<Ui::UpdatesTab> m_ui;
    RegistryTarget m_target;
    RegistryWorker* m_registry;
    UpdatesModel* m_model;
    UpdateWorker* m_worker;
    UpdateProgressPanel* m_progress;
    UpdateReleaseList* m_catalog;
    ReleaseProvider* m_provider;
    Operation m_operation = Operation::None;
    bool m_started = false;
    bool m_cancelled = false; // Cancel was pressed during the current operation
    int m_checking = 0;       // instances in the running check, and how many have answered
    int m_checked = 0;
    // The update being fetched or run: its instance, release and the time it was scheduled for.
    InstanceRecord m_instance;
    QString m_version;
    QString m_archive;
    QString m_checksums;
    QDateTime m_applyAt;
    UpdateSchedule m_schedule;
    bool m_schedulePickedUp = false; // the saved schedule is read once, with the first instances
    QTimer* m_scheduleTimer;
};
