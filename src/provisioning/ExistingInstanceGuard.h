#pragma once

#include <QCoreApplication>
#include <QString>

class DeploymentJournal;

// A production deployment onto a server that already runs a production instance changes that
// instance (its .env, release, units, database): it needs the operator's confirmation naming it —
// `deploy --confirm-instance INST-…`, or the checkbox on Review. Not asked for the instance's own
// deployments from this computer (the journal has the deployment that created it: re-runs, resumes).
class ExistingInstanceGuard
{
    Q_DECLARE_TR_FUNCTIONS(ExistingInstanceGuard)

public:
    // Empty when the deployment may go on; else the refusal, naming the instance and the way to confirm.
    static QString refusal(const DeploymentJournal& journal, const QString& host, const QString& instanceId,
                           const QString& domain, const QString& confirmedInstance);
    // The prominent warning shown before such a deployment (Review, the command line's question).
    static QString warning(const QString& instanceId, const QString& domain);
};
