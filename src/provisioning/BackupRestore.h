#pragma once

#include "BackupInfo.h"
#include "ServerOperation.h"

#include <optional>

struct ProvisioningStep;

// An instance's backups, and putting one back, on the deployment engine (ServerOperation): one SSH
// session with its lock, the restore steps of resources/steps/restore.*.sh run and journalled by
// StepExecutor (probe, action, verify; the database swap finishes before a cancel takes effect),
// then the health checks and a "restore" row in the registry's history. The request comes from the
// registry (DeploymentRequest::forInstance). Blocking, like DeploymentRunner; cancel() from any
// thread.
class BackupRestore : public ServerOperation
{
    Q_OBJECT

public:
    explicit BackupRestore(DeploymentRequest request, QObject* parent = nullptr);

    // Newest first; `outcome` says why it failed (status, SSH error).
    QList<BackupInfo> list(const QString& instanceId, DeploymentOutcome* outcome);
    // `backupName` empty: the newest backup that a restore did not make.
    DeploymentOutcome restore(const QString& instanceId, const QString& backupName);

    // The backup a restore of `backupName` (empty: the latest) would use, from `backups`.
    static std::optional<BackupInfo> choose(const QList<BackupInfo>& backups, const QString& backupName);

private:
    bool open(const QString& instanceId, DeploymentOutcome* outcome);
    QList<BackupInfo> fetch(DeploymentOutcome* outcome);

    QString m_runId;
};
