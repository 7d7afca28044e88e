#pragma once

#include "DeploymentOutcome.h"
#include "DeploymentRequest.h"
#include "registry/RegistryTarget.h"

#include <QCoreApplication>
#include <QUuid>

// Records a deployment in the registry: on success the instance (with its pinned host key and
// the administrator's credentials sealed with the registry's public key) and a "deploy" history
// row; on failure a "failed" row with the redacted error. Everything goes through the outbox, so
// a registry that cannot be reached gets the records later, exactly once.
class DeploymentRecorder
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentRecorder)

public:
    struct Result
    {
        bool queued = false;
        int sent = 0;
        int pending = 0;
        bool sealed = false;
        QString message; // for the log: what happened, never a secret
    };

    explicit DeploymentRecorder(RegistryTarget target, QString outboxPath = QString());

    // The instance's stable identity in the registry: the same server and instance ID always
    // give the same UUID, so a re-run updates the row instead of adding one.
    static QUuid instanceUuid(const QString& host, const QString& instanceId);

    Result record(const DeploymentRequest& request, const DeploymentOutcome& outcome,
                  const QDateTime& startedAt, const QString& log);

private:
    RegistryTarget m_target;
    QString m_outboxPath;
};
