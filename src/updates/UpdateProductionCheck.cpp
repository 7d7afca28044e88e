#include "UpdateProductionCheck.h"

UpdateProductionCheck::UpdateProductionCheck(const DeploymentContext& context)
    : m_context(context)
    , m_guard(context)
{}

bool UpdateProductionCheck::start(UpdateOutcome* outcome)
{
    if (m_context.request.config.mode != DeploymentMode::Test)
        return true;
    QString error;
    if (!m_guard.before(&error)) {
        outcome->status = UpdateOutcome::Status::Failed;
        outcome->error = tr("production could not be checked before the test instance's update, so nothing "
                            "was changed: %1")
                             .arg(error);
        return false;
    }
    m_started = true;
    outcome->production = ProductionSnapshot::comparisonJson(m_guard.beforeSnapshot(), {});
    return true;
}

void UpdateProductionCheck::conclude(UpdateOutcome* outcome)
{
    if (!m_started || m_concluded)
        return;
    m_concluded = true;
    QString error;
    const bool unchanged = m_guard.after(&error);
    outcome->production =
        ProductionSnapshot::comparisonJson(m_guard.beforeSnapshot(), m_guard.afterSnapshot());
    if (unchanged)
        return;
    if (!m_guard.hasAfter())
        error = tr("production could not be checked afterwards: %1").arg(error);
    outcome->error = outcome->status == UpdateOutcome::Status::Succeeded || outcome->error.isEmpty()
                         ? error
                         : error + QStringLiteral("; ") + outcome->error;
    outcome->reachedTarget = outcome->status == UpdateOutcome::Status::Succeeded;
    if (m_guard.hasAfter() || outcome->status != UpdateOutcome::Status::Cancelled)
        outcome->status = UpdateOutcome::Status::Failed;
}
