#include "UpdateColumns.h"

#include "RegistryRow.h"

#include <QVariant>

bool UpdateColumns::writeInstance(QSqlQuery& q, const InstanceRecord& r)
{
    if (r.instanceNumber.isEmpty() && r.payloadProfile.isEmpty() && r.profileVersion.isEmpty() &&
        r.releaseFolder.isEmpty())
        return true;
    q.prepare(QStringLiteral("UPDATE deployed_instances SET instance_number = COALESCE(?, instance_number), "
                             "payload_profile = COALESCE(?, payload_profile), "
                             "profile_version = COALESCE(?, profile_version), "
                             "release_folder = COALESCE(?, release_folder) WHERE instance_uuid = ?"));
    q.addBindValue(RegistryRow::nullable(r.instanceNumber));
    q.addBindValue(RegistryRow::nullable(r.payloadProfile));
    q.addBindValue(RegistryRow::nullable(r.profileVersion));
    q.addBindValue(RegistryRow::nullable(r.releaseFolder));
    q.addBindValue(RegistryRow::uuidText(r.uuid));
    return q.exec();
}

bool UpdateColumns::writeHistory(QSqlQuery& q, const HistoryRecord& r)
{
    if (r.durationMs < 0 && r.downtimeMs < 0)
        return true;
    const auto value = [](qint64 ms) {
        return ms < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(ms);
    };
    q.prepare(QStringLiteral(
        "UPDATE deployment_history SET duration_ms = ?, downtime_ms = ? WHERE operation_uuid = ?"));
    q.addBindValue(value(r.durationMs));
    q.addBindValue(value(r.downtimeMs));
    q.addBindValue(RegistryRow::uuidText(r.operation));
    return q.exec();
}
