#include "InstanceHealthCheck.h"

#include "DeploymentRunner.h"
#include "registry/Registry.h"

#include <QUuid>

InstanceHealthCheck::Result InstanceHealthCheck::run(Registry& registry, const InstanceRecord& instance)
{
    QString error;
    const DeploymentRequest request = DeploymentRequest::forInstance(instance, &error);
    if (!error.isEmpty())
        return Result{false, error};
    DeploymentRunner runner(request);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const DeploymentOutcome outcome = runner.checkHealth(instance.name);
    QStringList failed;
    for (const HealthCheck& c : outcome.health) {
        if (!c.passed)
            failed << c.title + (c.detail.isEmpty() ? QString() : QStringLiteral(" (") + c.detail + u')');
    }
    if (outcome.health.isEmpty())
        failed << outcome.error;
    HistoryRecord row;
    row.operation = QUuid::createUuid();
    row.instance = instance.uuid;
    row.action = QStringLiteral("health_check");
    row.initiatedBy = request.owner;
    row.startedAt = started;
    row.completedAt = QDateTime::currentDateTimeUtc();
    row.status = failed.isEmpty() ? QStringLiteral("success") : QStringLiteral("failed");
    row.errorLog = failed.join(QStringLiteral("; "));
    bool recorded = false;
    registry.recordHistory(row, &recorded, &error);
    const int passed = int(outcome.health.size()) - int(failed.size());
    QString text = failed.isEmpty() ? tr("All %n check(s) passed.", nullptr, int(outcome.health.size()))
                                    : tr("%1 of %2 checks passed. Failing: %3")
                                          .arg(qMax(0, passed))
                                          .arg(outcome.health.size())
                                          .arg(failed.join(QStringLiteral("; ")));
    if (!error.isEmpty())
        text += u' ' + tr("The result could not be recorded: %1").arg(error);
    return Result{failed.isEmpty(), text};
}
