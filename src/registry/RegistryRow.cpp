#include "RegistryRow.h"

#include <QSqlQuery>
#include <QTimeZone>

const QString RegistryRow::instanceColumns = QStringLiteral(
    "id, instance_uuid, instance_name, client_company, vds_ip, domain, deployed_version, status, notes, "
    "admin_email, admin_phone, telegram_admin_ids, ssh_host, ssh_port, ssh_user, host_key_fingerprint, mode, "
    "web_port, db_name, app_folder, bot_username, sealed_credentials, deployed_at, last_health_check, "
    "instance_number, payload_profile, profile_version, release_folder");

const QString RegistryRow::historyColumns = QStringLiteral(
    "h.id, h.operation_uuid, i.instance_uuid, h.action, h.from_version, h.to_version, h.initiated_by, "
    "h.started_at, h.completed_at, h.status, h.error_log, h.notes, h.log_excerpt, h.duration_ms, "
    "h.downtime_ms");

QVariant RegistryRow::nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant RegistryRow::nullable(int n)
{
    return n == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(n);
}

// Timestamps travel as UTC text in one format, so both back ends store and sort them alike.
QVariant RegistryRow::timestamp(const QDateTime& t)
{
    if (!t.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QDateTime RegistryRow::toDateTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime) {
        const QDateTime t = v.toDateTime();
        if (t.timeSpec() == Qt::LocalTime) // a TIMESTAMP without zone holds UTC (see timestamp())
            return QDateTime(t.date(), t.time(), QTimeZone::utc());
        return t.toUTC();
    }
    QString s = v.toString();
    s.replace(u' ', u'T');
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone::utc());
    return t.toUTC();
}

QString RegistryRow::uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

InstanceRecord RegistryRow::instance(const QSqlQuery& q)
{
    InstanceRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = QUuid::fromString(q.value(1).toString());
    r.name = q.value(2).toString();
    r.company = q.value(3).toString();
    r.ip = q.value(4).toString();
    r.domain = q.value(5).toString();
    r.version = q.value(6).toString();
    r.status = q.value(7).toString();
    r.notes = q.value(8).toString();
    r.adminEmail = q.value(9).toString();
    r.adminPhone = q.value(10).toString();
    r.telegramAdminIds = q.value(11).toString();
    r.sshHost = q.value(12).toString();
    r.sshPort = q.value(13).toInt();
    r.sshUser = q.value(14).toString();
    r.hostKeyFingerprint = q.value(15).toString();
    r.mode = q.value(16).toString();
    r.webPort = q.value(17).toInt();
    r.dbName = q.value(18).toString();
    r.appFolder = q.value(19).toString();
    r.botUsername = q.value(20).toString();
    r.sealedCredentials = q.value(21).toString();
    r.deployedAt = toDateTime(q.value(22));
    r.lastHealthCheck = toDateTime(q.value(23));
    r.instanceNumber = q.value(24).toString();
    r.payloadProfile = q.value(25).toString();
    r.profileVersion = q.value(26).toString();
    r.releaseFolder = q.value(27).toString();
    return r;
}

HistoryRecord RegistryRow::history(const QSqlQuery& q)
{
    HistoryRecord r;
    r.id = q.value(0).toLongLong();
    r.operation = QUuid::fromString(q.value(1).toString());
    r.instance = QUuid::fromString(q.value(2).toString());
    r.action = q.value(3).toString();
    r.fromVersion = q.value(4).toString();
    r.toVersion = q.value(5).toString();
    r.initiatedBy = q.value(6).toString();
    r.startedAt = toDateTime(q.value(7));
    r.completedAt = toDateTime(q.value(8));
    r.status = q.value(9).toString();
    r.errorLog = q.value(10).toString();
    r.notes = q.value(11).toString();
    r.logExcerpt = q.value(12).toString();
    r.durationMs = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
    r.downtimeMs = q.value(14).isNull() ? -1 : q.value(14).toLongLong();
    return r;
}
