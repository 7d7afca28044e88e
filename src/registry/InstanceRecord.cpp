#include "InstanceRecord.h"

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

QJsonObject InstanceRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("instance_uuid"), uuid.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("instance_name"), name},
                  {QStringLiteral("client_company"), company},
                  {QStringLiteral("vds_ip"), ip},
                  {QStringLiteral("domain"), domain},
                  {QStringLiteral("deployed_version"), version},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("notes"), notes},
                  {QStringLiteral("admin_email"), adminEmail},
                  {QStringLiteral("admin_phone"), adminPhone},
                  {QStringLiteral("telegram_admin_ids"), telegramAdminIds},
                  {QStringLiteral("ssh_host"), sshHost},
                  {QStringLiteral("ssh_port"), sshPort},
                  {QStringLiteral("ssh_user"), sshUser},
                  {QStringLiteral("host_key_fingerprint"), hostKeyFingerprint},
                  {QStringLiteral("mode"), mode},
                  {QStringLiteral("web_port"), webPort},
                  {QStringLiteral("db_name"), dbName},
                  {QStringLiteral("app_folder"), appFolder},
                  {QStringLiteral("bot_username"), botUsername},
                  {QStringLiteral("instance_number"), instanceNumber},
                  {QStringLiteral("payload_profile"), payloadProfile},
                  {QStringLiteral("profile_version"), profileVersion},
                  {QStringLiteral("release_folder"), releaseFolder},
                  {QStringLiteral("deployed_at"), iso(deployedAt)},
                  {QStringLiteral("last_health_check"), iso(lastHealthCheck)}};
    if (!sealedCredentials.isEmpty())
        o.insert(QStringLiteral("sealed_credentials"), sealedCredentials);
    if (id)
        o.insert(QStringLiteral("id"), id);
    // Empty values are left out so that SQL functions reading this JSON see NULL, not ''.
    for (auto it = o.begin(); it != o.end();) {
        if ((it->isString() && it->toString().isEmpty()) || (it->isDouble() && it->toDouble() == 0))
            it = o.erase(it);
        else
            ++it;
    }
    return o;
}

InstanceRecord InstanceRecord::fromJson(const QJsonObject& o)
{
    InstanceRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.uuid = QUuid::fromString(o.value(QStringLiteral("instance_uuid")).toString());
    r.name = o.value(QStringLiteral("instance_name")).toString();
    r.company = o.value(QStringLiteral("client_company")).toString();
    r.ip = o.value(QStringLiteral("vds_ip")).toString();
    r.domain = o.value(QStringLiteral("domain")).toString();
    r.version = o.value(QStringLiteral("deployed_version")).toString();
    r.status = o.value(QStringLiteral("status")).toString(QStringLiteral("active"));
    r.notes = o.value(QStringLiteral("notes")).toString();
    r.adminEmail = o.value(QStringLiteral("admin_email")).toString();
    r.adminPhone = o.value(QStringLiteral("admin_phone")).toString();
    r.telegramAdminIds = o.value(QStringLiteral("telegram_admin_ids")).toString();
    r.sshHost = o.value(QStringLiteral("ssh_host")).toString();
    r.sshPort = o.value(QStringLiteral("ssh_port")).toInt(22);
    r.sshUser = o.value(QStringLiteral("ssh_user")).toString();
    r.hostKeyFingerprint = o.value(QStringLiteral("host_key_fingerprint")).toString();
    r.mode = o.value(QStringLiteral("mode")).toString();
    r.webPort = o.value(QStringLiteral("web_port")).toInt();
    r.dbName = o.value(QStringLiteral("db_name")).toString();
    r.appFolder = o.value(QStringLiteral("app_folder")).toString();
    r.botUsername = o.value(QStringLiteral("bot_username")).toString();
    r.sealedCredentials = o.value(QStringLiteral("sealed_credentials")).toString();
    r.instanceNumber = o.value(QStringLiteral("instance_number")).toString();
    r.payloadProfile = o.value(QStringLiteral("payload_profile")).toString();
    r.profileVersion = o.value(QStringLiteral("profile_version")).toString();
    r.releaseFolder = o.value(QStringLiteral("release_folder")).toString();
    r.deployedAt = fromIso(o.value(QStringLiteral("deployed_at")));
    r.lastHealthCheck = fromIso(o.value(QStringLiteral("last_health_check")));
    return r;
}
