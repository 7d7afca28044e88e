#include "HistoryRecord.h"

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QJsonObject HistoryRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("operation_uuid"), operation.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("instance_uuid"), instance.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("from_version"), fromVersion},
                  {QStringLiteral("to_version"), toVersion},
                  {QStringLiteral("initiated_by"), initiatedBy},
                  {QStringLiteral("started_at"), iso(startedAt)},
                  {QStringLiteral("completed_at"), iso(completedAt)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("error_log"), errorLog},
                  {QStringLiteral("notes"), notes},
                  {QStringLiteral("log_excerpt"), logExcerpt}};
    if (id)
        o.insert(QStringLiteral("id"), id);
    if (durationMs >= 0)
        o.insert(QStringLiteral("duration_ms"), durationMs);
    if (downtimeMs >= 0)
        o.insert(QStringLiteral("downtime_ms"), downtimeMs);
    for (auto it = o.begin(); it != o.end();) {
        if (it->isString() && it->toString().isEmpty())
            it = o.erase(it);
        else
            ++it;
    }
    return o;
}

HistoryRecord HistoryRecord::fromJson(const QJsonObject& o)
{
    HistoryRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.operation = QUuid::fromString(o.value(QStringLiteral("operation_uuid")).toString());
    r.instance = QUuid::fromString(o.value(QStringLiteral("instance_uuid")).toString());
    r.action = o.value(QStringLiteral("action")).toString();
    r.fromVersion = o.value(QStringLiteral("from_version")).toString();
    r.toVersion = o.value(QStringLiteral("to_version")).toString();
    r.initiatedBy = o.value(QStringLiteral("initiated_by")).toString();
    r.startedAt = fromIso(o.value(QStringLiteral("started_at")));
    r.completedAt = fromIso(o.value(QStringLiteral("completed_at")));
    r.status = o.value(QStringLiteral("status")).toString(QStringLiteral("in_progress"));
    r.errorLog = o.value(QStringLiteral("error_log")).toString();
    r.notes = o.value(QStringLiteral("notes")).toString();
    r.logExcerpt = o.value(QStringLiteral("log_excerpt")).toString();
    r.durationMs = o.value(QStringLiteral("duration_ms")).toInteger(-1);
    r.downtimeMs = o.value(QStringLiteral("downtime_ms")).toInteger(-1);
    return r;
}

QString HistoryRecord::actionText(const QString& action)
{
    if (action == QStringLiteral("deploy"))
        return tr("deployment");
    if (action == QStringLiteral("update"))
        return tr("update");
    if (action == QStringLiteral("rollback"))
        return tr("rollback");
    if (action == QStringLiteral("health_check"))
        return tr("health check");
    if (action == QStringLiteral("restore"))
        return tr("restore");
    if (action == QStringLiteral("remove"))
        return tr("removal");
    return action;
}

QString HistoryRecord::statusText(const QString& status)
{
    if (status == QStringLiteral("success"))
        return tr("succeeded");
    if (status == QStringLiteral("failed"))
        return tr("failed");
    if (status == QStringLiteral("in_progress"))
        return tr("in progress");
    return status;
}
