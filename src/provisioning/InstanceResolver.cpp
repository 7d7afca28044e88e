#include "InstanceResolver.h"

#include "DeploymentConnection.h"
#include "DeploymentJournal.h"
#include "ExistingInstanceGuard.h"
#include "StepCatalog.h"

InstanceResolver::InstanceResolver(const DeploymentContext& context, const DeploymentJournal* journal)
    : m_context(context)
    , m_journal(journal)
{}

bool InstanceResolver::resolve(const QString& deploymentId, const QString& releaseVersion,
                               DeploymentOutcome* outcome)
{
    const DeploymentRequest& request = m_context.request;
    const InstanceLayout& layout = *m_context.layout;
    const DeploymentConnection::Result remote =
        m_context.connection.run(layout, StepCatalog::script(QStringLiteral("instance")));
    if (!remote.ok) {
        outcome->error = remote.failure(5);
        outcome->sshErrorKind = remote.sshErrorKind;
        return false;
    }
    const QStringList existing = remote.marker(QStringLiteral("instance")).split(u' ');
    m_created = existing.value(0) == QStringLiteral("none");
    if (!m_created) {
        m_instanceId = existing.value(0);
        const QString domain = existing.value(1);
        if (domain != layout.domain()) {
            outcome->error =
                tr("this server already runs %1 instance %2 for %3, not %4 — deploy to another server, "
                   "or remove that instance first")
                    .arg(jsonName(request.config.mode), m_instanceId, domain, layout.domain());
            return false;
        }
        // One this computer did not create must be confirmed by name (Review) before production
        // deploys over it; the same rule as deploy() applies.
        if (m_journal && !ExistingInstanceGuard::refusal(*m_journal, request.config.server.host, m_instanceId,
                                                         domain, QString())
                              .isEmpty())
            m_unconfirmed = m_instanceId;
        // Another version onto a running instance is an update: backed up, health-gated, reversible.
        const QString installed = remote.marker(QStringLiteral("installed-version"));
        if (!installed.isEmpty() && installed != QStringLiteral("none") && installed != releaseVersion) {
            outcome->error =
                tr("instance %1 on this server runs %2; deploying %3 onto it would replace it without "
                   "a backup — update it instead: kkt-deploy update apply --instance %1 --archive "
                   "FILE --checksums FILE")
                    .arg(m_instanceId, installed, releaseVersion);
            return false;
        }
        m_context.log(tr("The server already has instance %1; it is brought up to date.").arg(m_instanceId));
    } else {
        const DeploymentJournal::Deployment previous = m_journal->deployment(deploymentId);
        m_instanceId = previous.instanceId.isEmpty() ? InstanceLayout::newInstanceId() : previous.instanceId;
    }
    return true;
}
