#include "ProductionGuard.h"

#include "DeploymentConnection.h"
#include "StepCatalog.h"

ProductionGuard::ProductionGuard(const DeploymentContext& context)
    : m_context(context)
{}

bool ProductionGuard::take(ProductionSnapshot* snapshot, QString* error)
{
    DeploymentConfig config = m_context.request.config;
    config.mode = DeploymentMode::Production;
    if (m_instanceId.isEmpty()) {
        // Production's state folder says which instance lives there (and so its names).
        const InstanceLayout probe(config, m_context.request.profile, QStringLiteral("INST-00000000000000"));
        const DeploymentConnection::Result found =
            m_context.connection.run(probe, StepCatalog::script(QStringLiteral("instance")));
        if (!found.ok) {
            *error = found.failure(5);
            return false;
        }
        const QStringList existing = found.marker(QStringLiteral("instance")).split(u' ');
        if (existing.value(0) == QStringLiteral("none")) {
            *snapshot = ProductionSnapshot::parse(QStringLiteral("::kkt-fact instance none"));
            return true;
        }
        m_instanceId = existing.value(0);
        m_domain = existing.value(1);
    }
    config.server.domain = m_domain;
    const InstanceLayout production(config, m_context.request.profile, m_instanceId);
    const DeploymentConnection::Result remote = m_context.connection.run(
        production, StepCatalog::script(QStringLiteral("production")), {},
        {{QStringLiteral("KKT_HEALTH_EXPECT"), m_context.request.profile.healthExpect}});
    if (!remote.ok) {
        *error = remote.failure(5);
        return false;
    }
    *snapshot = ProductionSnapshot::parse(remote.output);
    return true;
}

bool ProductionGuard::before(QString* error)
{
    m_context.log(tr("Checking production before the test instance is touched …"));
    if (!take(&m_before, error))
        return false;
    if (m_before.instanceId().isEmpty())
        m_context.log(
            tr("This server runs no production instance: there is nothing of production to check."));
    else
        m_context.log(tr("Production %1 before: %n fact(s) recorded.", nullptr, int(m_before.facts().size()))
                          .arg(m_before.instanceId()));
    return true;
}

bool ProductionGuard::after(QString* error)
{
    if (m_before.isEmpty() || m_before.instanceId().isEmpty())
        return true;
    m_context.log(tr("Checking production after the test instance's work …"));
    if (!take(&m_after, error))
        return false;
    const QList<ProductionSnapshot::Difference> found = differences();
    if (found.isEmpty()) {
        m_context.log(tr("✔ Production %1 is exactly as before: services, processes, units, nginx, "
                         "certificate, files and database.")
                          .arg(m_before.instanceId()));
        return true;
    }
    for (const ProductionSnapshot::Difference& d : found)
        m_context.log(tr("✘ PRODUCTION CHANGED: %1 was %2, is %3")
                          .arg(ProductionSnapshot::describe(d.key), d.before, d.after));
    *error = tr("production instance %1 changed during this run: %2")
                 .arg(m_before.instanceId(), ProductionSnapshot::summary(found));
    return false;
}

QList<ProductionSnapshot::Difference> ProductionGuard::differences() const
{
    if (m_after.isEmpty())
        return {};
    return ProductionSnapshot::compare(m_before, m_after);
}

bool ProductionGuard::start(DeploymentOutcome* outcome, const Report& report)
{
    QString error;
    if (!before(&error)) {
        outcome->status = DeploymentOutcome::Status::Failed;
        outcome->error = tr("production could not be checked before the test deployment, so nothing was "
                            "changed: %1")
                             .arg(error);
        return false;
    }
    outcome->production = ProductionSnapshot::comparisonJson(m_before, {});
    report(outcome->production);
    return true;
}

void ProductionGuard::conclude(DeploymentOutcome* outcome, const Report& report)
{
    if (m_concluded || !hasBefore())
        return;
    m_concluded = true;
    QString error;
    const bool unchanged = after(&error);
    outcome->production = ProductionSnapshot::comparisonJson(m_before, m_after);
    report(outcome->production);
    if (unchanged)
        return;
    if (m_after.isEmpty()) {
        error = tr("production could not be checked afterwards: %1").arg(error);
        if (outcome->status == DeploymentOutcome::Status::Cancelled) {
            outcome->error += QStringLiteral("; ") + error;
            return;
        }
    }
    outcome->error = outcome->succeeded() || outcome->error.isEmpty()
                         ? error
                         : error + QStringLiteral("; ") + outcome->error;
    outcome->status = DeploymentOutcome::Status::Failed;
}
