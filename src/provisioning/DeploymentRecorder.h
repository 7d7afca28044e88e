#pragma once

#include "DeploymentOutcome.h"
#include "DeploymentRequest.h"
#include "registry/RegistryTarget.h"

#include <QCoreApplication>
#include <QUuid>

// Records a deployment in the registry: on success the instance (with its pinned host key and
// the administrator's credentials sealed with the registry's public key) and a "deploy" history
// row; on failure a "failed" row with the redacted error. Everything goes through the outbox, so
// a registry that cannot be reached gets the records later, exactly once. The self-service
// edition's records wait in an outbox of their own and go through the token's functions (the role
// may write nothing else; SelfServiceOutbox, SelfServiceRegistry). A roll-back is recorded
// the same way: a "rollback" row (a test instance's removal: "remove"), and the instance "removed"; a
// backup put back adds a "restore" row. The bot recorded at deployment stays in the instance's row.
class DeploymentRecorder
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentRecorder)

public:
    enum class Action
    {
        Deploy,
        RollBack,
        RemoveTestInstance, // a "remove" history row (migration 010), the instance "removed"
        Restore
    };
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

    // Self-service edition (a deployment token in the request's secrets): redeems the token for
    // this server's instance before anything on the server changes, so that of two clients racing
    // on one token the second stops with a clear message. A retry of the same server is no error.
    static bool claimSelfService(const DeploymentRequest& request, QString* error);

    // A roll-back writes a "rollback" history row and, when it worked, marks the instance removed; a
    // restore writes a "restore" row and leaves the instance's record as it is.
    Result record(const DeploymentRequest& request, const DeploymentOutcome& outcome,
                  const QDateTime& startedAt, const QString& log, Action action = Action::Deploy,
                  const QString& backupName = QString());
    // The registry status of an instance a roll-back removed from its server.
    static QString removedStatus();

private:
    RegistryTarget m_target;
    QString m_outboxPath;
};
