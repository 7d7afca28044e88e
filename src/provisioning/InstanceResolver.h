#pragma once

#include "DeploymentContext.h"
#include "DeploymentOutcome.h"

#include <QCoreApplication>
#include <QString>

class DeploymentJournal;

// Which instance a deployment works on, asked of the server (resources/steps/instance.sh): the one
// it already runs — which must serve the same domain and, as a deployment never replaces a release
// without a backup, run the same version or none — or else, for a new instance, the ID an earlier
// attempt of the same deployment drew, or a new one.
class InstanceResolver
{
    Q_DECLARE_TR_FUNCTIONS(InstanceResolver)

public:
    InstanceResolver(const DeploymentContext& context, const DeploymentJournal* journal);

    // Needs the context's layout; a provisional one will do (the state folder does not depend on the
    // instance ID). False with the outcome's error (and SSH error kind) when the run cannot go on.
    bool resolve(const QString& deploymentId, const QString& releaseVersion, DeploymentOutcome* outcome);

    QString instanceId() const { return m_instanceId; }
    // The server had no instance: this deployment creates it.
    bool created() const { return m_created; }
    // The instance the server already runs, when this computer did not create it (empty: none): a
    // production deployment over it needs a confirmation that names it.
    QString unconfirmed() const { return m_unconfirmed; }

private:
    const DeploymentContext& m_context;
    const DeploymentJournal* m_journal;
    QString m_instanceId;
    QString m_unconfirmed;
    bool m_created = false;
};
