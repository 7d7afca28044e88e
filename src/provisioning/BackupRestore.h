#pragma once

#include "BackupInfo.h"
#include "DeploymentContext.h"
#include "DeploymentOutcome.h"
#include "DeploymentRequest.h"
#include "core/Redactor.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class DeploymentConnection;
class DeploymentJournal;
struct ProvisioningStep;

// An instance's backups, and putting one back, on the deployment engine: one SSH session
// (DeploymentConnection) with its lock, the restore steps of resources/steps/restore.*.sh run and
// journalled by StepExecutor (probe, action, verify; the database swap finishes before a cancel
// takes effect), then the health checks. The request comes from the registry
// (DeploymentRequest::forInstance). Blocking, like DeploymentRunner; cancel() from any thread.
class BackupRestore : public QObject
{
    Q_OBJECT

public:
    explicit BackupRestore(DeploymentRequest request, QObject* parent = nullptr);
    ~BackupRestore() override;

    void setJournalPath(const QString& path) { m_journalPath = path; }
    // Newest first; `outcome` says why it failed (status, SSH error).
    QList<BackupInfo> list(const QString& instanceId, DeploymentOutcome* outcome);
    // `backupName` empty: the newest backup that a restore did not make.
    DeploymentOutcome restore(const QString& instanceId, const QString& backupName);
    void cancel();

    // The backup a restore of `backupName` (empty: the latest) would use, from `backups`.
    static std::optional<BackupInfo> choose(const QList<BackupInfo>& backups, const QString& backupName);

signals:
    void logLine(const QString& line);
    void progress(int percent, const QString& currentStep, qint64 etaSeconds);
    void stepStarted(const QString& stepId, const QString& title);
    void stepFinished(const QString& stepId, const QString& state);
    void healthChecked(const HealthCheck& check);

private:
    bool open(const QString& instanceId, DeploymentOutcome* outcome);
    QList<BackupInfo> fetch(DeploymentOutcome* outcome);
    bool runSteps(const QList<ProvisioningStep>& steps, DeploymentOutcome* outcome);
    void finish(DeploymentOutcome* outcome, const QString& status);
    void log(const QString& line);

    DeploymentRequest m_request;
    Redactor m_redactor;
    std::unique_ptr<DeploymentConnection> m_connection;
    std::unique_ptr<DeploymentJournal> m_journal;
    std::optional<InstanceLayout> m_layout;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_cancelRequests{0};
    std::atomic_bool m_finishingStep{false};
    QString m_finishingNotice; // said once when a cancel waits for the step in progress
    DeploymentContext m_context;
    QString m_journalPath;
    QString m_runId;
    QElapsedTimer m_clock;
};
