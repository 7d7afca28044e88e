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
    // Updates `instance` to release `version` in `archive` (the engine checks its checksum and reads
    // its manifest), approved by the operator for this instance. With `resumeId` (a staged update)
    // it continues that run: the backup, the switch and the health gate.
    void startApply(const InstanceRecord& instance, const QString& version, const QString& archive,
                    const QString& checksums, int rollbackDays, const QString& resumeId = QString());
    // Only stages the release beside the running one (no downtime), for an update applied later.
    void startStage(const InstanceRecord& instance, const QString& version, const QString& archive,
                    const QString& checksums);
    // Rolls `instance` back by hand to the release before its current one.
    void startRollBack(const InstanceRecord& instance, int rollbackDays);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    bool wasCancelled() const;
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
        Stage,
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
        bool cancelled = false;
    };
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Result> m_watcher;
    Result m_result;
    QString m_journalPath;
};
