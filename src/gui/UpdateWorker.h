#pragma once

#include "provisioning/HealthCheck.h"
#include "registry/InstanceRecord.h"
#include "registry/RegistryTarget.h"
#include "updates/UpdateAvailability.h"
#include "updates/UpdateOutcome.h"
#include "updates/UpdateRequest.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

class UpdateChecker;
class UpdateRunner;

// Runs one operation of the update engine in a worker thread for the Updates tab: a check of
// instances (UpdateChecker), an update or a manual roll back of one instance (UpdateRunner). The
// engine is created and driven there, because its SSH session, journal and registry connections
// belong to the thread that opened them; its signals arrive here queued; cancel() reaches it from
// the GUI thread. Destroying the worker cancels the operation and waits for it, so no signal
// outlives it. Like DeploymentWorker for deployments.
class UpdateWorker : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QList<UpdateAvailability> checks;
        UpdateOutcome outcome;
    };

    explicit UpdateWorker(QObject* parent = nullptr);
    ~UpdateWorker() override;

    // Empty: the journal's default path.
    void setJournalPath(const QString& path) { m_journalPath = path; }

    void startCheck(const QList<InstanceRecord>& instances, const QList<ReleaseManifest>& releases,
                    const RegistryTarget& registry);
    // Updates `instance` to the release in `archive` (its checksum, inspection and manifest are
    // read here first), approved by the operator for this instance; `applyAt` invalid: now.
    void startApply(const InstanceRecord& instance, const QString& archive, const QString& checksums,
                    const QDateTime& applyAt, int rollbackDays);
    // Rolls `instance` back by hand to the release before its current one.
    void startRollBack(const InstanceRecord& instance, int rollbackDays);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    bool wasCancelled() const { return m_shared->cancelled; }
    // Valid after finished().
    const Result& result() const { return m_result; }

signals:
    void checked(const UpdateAvailability& availability);
    void logLine(const QString& line);
    void progress(int percent, const QString& currentStep, qint64 etaSeconds);
    void healthChecked(const HealthCheck& check);
    void finished();

private:
    enum class Kind
    {
        Apply,
        RollBack
    };
    void startRunner(Kind kind, const UpdateRequest& request);

    // Shared with the worker thread, which may still hold it after a cancel.
    struct Shared
    {
        QMutex mutex;
        UpdateRunner* runner = nullptr;
        UpdateChecker* checker = nullptr;
        std::atomic_bool cancelled{false};
    };
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Result> m_watcher;
    Result m_result;
    QString m_journalPath;
};
