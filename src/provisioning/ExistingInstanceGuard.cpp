#include "ExistingInstanceGuard.h"

#include "DeploymentJournal.h"

QString ExistingInstanceGuard::refusal(const DeploymentJournal& journal, const QString& host,
                                       const QString& instanceId, const QString& domain,
                                       const QString& confirmedInstance)
{
    if (confirmedInstance == instanceId)
        return {};
    const QList<DeploymentJournal::Deployment> known = journal.deployments(1000);
    const bool ours = std::any_of(known.cbegin(), known.cend(), [&](const DeploymentJournal::Deployment& d) {
        return d.createdInstance && d.instanceId == instanceId && d.host == host;
    });
    if (ours)
        return {};
    return warning(instanceId, domain) + u' ' +
           (confirmedInstance.isEmpty()
                ? tr("Nothing was changed. To deploy over it, confirm it by name: --confirm-instance %1 (on "
                     "Review: "
                     "tick the confirmation).")
                      .arg(instanceId)
                : tr("Nothing was changed: --confirm-instance names %1, but the server runs %2.")
                      .arg(confirmedInstance, instanceId));
}

QString ExistingInstanceGuard::warning(const QString& instanceId, const QString& domain)
{
    return tr("⚠ This server already runs the PRODUCTION instance %1 for %2: this deployment changes it "
              "(its environment file, release, services and database), and its clients notice.")
        .arg(instanceId, domain);
}
