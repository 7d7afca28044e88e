#include "UpdateOutcome.h"

#include <QJsonArray>

QString UpdateOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::RolledBack:
        return QStringLiteral("rolled_back");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Refused:
        return QStringLiteral("refused");
    case Status::Staged:
        return QStringLiteral("staged");
    }
    return {};
}

QJsonObject UpdateOutcome::toJson() const
{
    QJsonArray checks;
    for (const HealthCheck& c : health)
        checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("title"), c.title},
                                  {QStringLiteral("passed"), c.passed},
                                  {QStringLiteral("detail"), c.detail}});
    QJsonObject o{{QStringLiteral("status"), statusName(status)},
                  {QStringLiteral("updateId"), updateId},
                  {QStringLiteral("instance"), instanceId},
                  {QStringLiteral("from"), from},
                  {QStringLiteral("to"), to},
                  {QStringLiteral("downtimeMs"), downtimeMs},
                  {QStringLiteral("backup"), backup},
                  {QStringLiteral("databaseRestored"), databaseRestored},
                  {QStringLiteral("elapsedMs"), elapsedMs},
                  {QStringLiteral("health"), checks}};
    if (backupTime.isValid())
        o.insert(QStringLiteral("backupTime"), backupTime.toString(Qt::ISODate));
    if (!failedStep.isEmpty())
        o.insert(QStringLiteral("failedStep"), failedStep);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (!production.isEmpty())
        o.insert(QStringLiteral("production"), production);
    return o;
}
