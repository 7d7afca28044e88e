#include "Registry.h"

#include "InstanceSearch.h"
#include "RegistryConnection.h"
#include "RegistryLogging.h"
#include "RegistryRow.h"
#include "SchemaMigrator.h"
#include "UpdateColumns.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

Registry::Registry(RegistryTarget target)
    : m_target(std::move(target))
{}

QSqlDatabase Registry::database(QString* error) const
{
    return RegistryConnection::open(m_target, error);
}

bool Registry::open(QString* error)
{
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return false;
    SchemaMigrator migrator(m_target.kind);
    SchemaMigrator::Status status;
    if (!migrator.status(db, &status, error))
        return false;
    if (status.isNewer()) {
        *error = SchemaMigrator::newerSchemaMessage(status.current, status.latest);
        return false;
    }
    if (!status.upToDate()) {
        *error = status.current == 0 && !status.hasProductionTables
                     ? tr("The registry %1 has no schema yet — run kkt-deploy registry init")
                           .arg(m_target.display())
                     : tr("The registry %1 is at schema version %2 of %3 — run kkt-deploy registry migrate")
                           .arg(m_target.display())
                           .arg(status.current)
                           .arg(status.latest);
        return false;
    }
    return true;
}

#define KKT_FAIL(q)                                                                                          \
    do {                                                                                                     \
        *error = tr("Registry %1: %2").arg(m_target.display(), (q).lastError().text().trimmed());            \
        qCWarning(lcRegistry).noquote() << *error;                                                           \
    } while (false)

bool Registry::upsertInstance(const InstanceRecord& r, QString* error)
{
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return false;
    if (r.uuid.isNull() || r.name.isEmpty()) {
        *error = tr("Instance: the UUID and the name are required");
        return false;
    }
    const bool postgres = m_target.isPostgres();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral(
            "INSERT INTO deployed_instances (instance_uuid, instance_name, client_company, vds_ip, domain, "
            "deployed_version, status, notes, admin_email, admin_phone, telegram_admin_ids, ssh_host, "
            "ssh_port, "
            "ssh_user, host_key_fingerprint, mode, web_port, db_name, app_folder, bot_username, "
            "sealed_credentials, deployed_at, last_health_check%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2) "
            "ON CONFLICT (instance_uuid) DO UPDATE SET instance_name = excluded.instance_name, "
            "client_company = excluded.client_company, vds_ip = excluded.vds_ip, domain = excluded.domain, "
            "deployed_version = excluded.deployed_version, status = excluded.status, notes = excluded.notes, "
            "admin_email = excluded.admin_email, admin_phone = excluded.admin_phone, "
            "telegram_admin_ids = excluded.telegram_admin_ids, ssh_host = excluded.ssh_host, "
            "ssh_port = excluded.ssh_port, ssh_user = excluded.ssh_user, "
            "host_key_fingerprint = excluded.host_key_fingerprint, mode = excluded.mode, "
            "web_port = excluded.web_port, db_name = excluded.db_name, app_folder = excluded.app_folder, "
            "bot_username = COALESCE(excluded.bot_username, deployed_instances.bot_username), "
            "sealed_credentials = COALESCE(excluded.sealed_credentials, "
            "deployed_instances.sealed_credentials), "
            "deployed_at = COALESCE(excluded.deployed_at, deployed_instances.deployed_at), "
            "last_health_check = COALESCE(excluded.last_health_check, "
            "deployed_instances.last_health_check)%3")
            // PostgreSQL searches a generated column that needs the domain's Unicode form.
            .arg(postgres ? QStringLiteral(", domain_unicode") : QString(),
                 postgres ? QStringLiteral(", ?") : QString(),
                 postgres ? QStringLiteral(", domain_unicode = excluded.domain_unicode") : QString()));
    q.addBindValue(RegistryRow::uuidText(r.uuid));
    q.addBindValue(r.name);
    q.addBindValue(RegistryRow::nullable(r.company));
    q.addBindValue(RegistryRow::nullable(r.ip));
    q.addBindValue(RegistryRow::nullable(r.domain));
    q.addBindValue(RegistryRow::nullable(r.version));
    q.addBindValue(r.status.isEmpty() ? QStringLiteral("active") : r.status);
    q.addBindValue(RegistryRow::nullable(r.notes));
    q.addBindValue(RegistryRow::nullable(r.adminEmail));
    q.addBindValue(RegistryRow::nullable(r.adminPhone));
    q.addBindValue(RegistryRow::nullable(r.telegramAdminIds));
    q.addBindValue(RegistryRow::nullable(r.sshHost));
    q.addBindValue(RegistryRow::nullable(r.sshPort));
    q.addBindValue(RegistryRow::nullable(r.sshUser));
    q.addBindValue(RegistryRow::nullable(r.hostKeyFingerprint));
    q.addBindValue(RegistryRow::nullable(r.mode));
    q.addBindValue(RegistryRow::nullable(r.webPort));
    q.addBindValue(RegistryRow::nullable(r.dbName));
    q.addBindValue(RegistryRow::nullable(r.appFolder));
    q.addBindValue(RegistryRow::nullable(r.botUsername));
    q.addBindValue(RegistryRow::nullable(r.sealedCredentials));
    q.addBindValue(
        RegistryRow::timestamp(r.deployedAt.isValid() ? r.deployedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(RegistryRow::timestamp(r.lastHealthCheck));
    if (postgres) {
        const QString unicode = InstanceSearch::unicodeDomain(r.domain);
        q.addBindValue(RegistryRow::nullable(unicode == r.domain ? QString() : unicode));
    }
    if (!q.exec() || !UpdateColumns::writeInstance(q, r)) {
        KKT_FAIL(q);
        return false;
    }
    return true;
}

bool Registry::recordHistory(const HistoryRecord& r, bool* recorded, QString* error)
{
    if (recorded)
        *recorded = false;
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return false;
    if (r.operation.isNull() || r.instance.isNull() || r.action.isEmpty()) {
        *error = tr("History: the operation UUID, the instance and the action are required");
        return false;
    }
    if (!db.transaction()) {
        *error = tr("Registry %1: %2").arg(m_target.display(), db.lastError().text().trimmed());
        return false;
    }
    auto fail = [&](const QSqlQuery& q) {
        KKT_FAIL(q);
        db.rollback();
        return false;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM deployed_instances WHERE instance_uuid = ?"));
    q.addBindValue(RegistryRow::uuidText(r.instance));
    if (!q.exec())
        return fail(q);
    if (!q.next()) {
        db.rollback();
        *error = tr("History: the instance %1 is not in the registry — record the instance first")
                     .arg(RegistryRow::uuidText(r.instance));
        return false;
    }
    const qint64 instanceId = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO deployment_history (instance_id, operation_uuid, action, from_version, to_version, "
        "initiated_by, started_at, completed_at, status, error_log, notes, log_excerpt) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (operation_uuid) DO NOTHING"));
    q.addBindValue(instanceId);
    q.addBindValue(RegistryRow::uuidText(r.operation));
    q.addBindValue(r.action);
    q.addBindValue(RegistryRow::nullable(r.fromVersion));
    q.addBindValue(RegistryRow::nullable(r.toVersion));
    q.addBindValue(RegistryRow::nullable(r.initiatedBy));
    q.addBindValue(
        RegistryRow::timestamp(r.startedAt.isValid() ? r.startedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(RegistryRow::timestamp(r.completedAt));
    q.addBindValue(r.status.isEmpty() ? QStringLiteral("in_progress") : r.status);
    q.addBindValue(RegistryRow::nullable(r.errorLog));
    q.addBindValue(RegistryRow::nullable(r.notes));
    q.addBindValue(RegistryRow::nullable(r.logExcerpt));
    if (!q.exec())
        return fail(q);
    const bool inserted = q.numRowsAffected() > 0;
    if (inserted && !UpdateColumns::writeHistory(q, r))
        return fail(q);
    if (inserted && r.action == QStringLiteral("health_check") && r.status != QStringLiteral("in_progress")) {
        q.prepare(
            QStringLiteral("UPDATE deployed_instances SET last_health_check = ?, status = ? WHERE id = ?"));
        q.addBindValue(RegistryRow::timestamp(r.completedAt.isValid() ? r.completedAt
                                                                      : QDateTime::currentDateTimeUtc()));
        q.addBindValue(r.status == QStringLiteral("success") ? QStringLiteral("active")
                                                             : QStringLiteral("error"));
        q.addBindValue(instanceId);
        if (!q.exec())
            return fail(q);
    } else if (inserted && r.status == QStringLiteral("success") && !r.toVersion.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE deployed_instances SET deployed_version = ? WHERE id = ?"));
        q.addBindValue(r.toVersion);
        q.addBindValue(instanceId);
        if (!q.exec())
            return fail(q);
    }
    if (!db.commit()) {
        *error = tr("Registry %1: %2").arg(m_target.display(), db.lastError().text().trimmed());
        db.rollback();
        return false;
    }
    if (recorded)
        *recorded = inserted;
    return true;
}

int Registry::countInstances(const InstanceQuery& query, QString* error) const
{
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return -1;
    QVariantList values;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM deployed_instances") +
              query.whereClause(m_target.kind, &values));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        KKT_FAIL(q);
        return -1;
    }
    return q.value(0).toInt();
}

QList<InstanceRecord> Registry::instances(const InstanceQuery& query, int offset, int limit,
                                          QString* error) const
{
    QList<InstanceRecord> result;
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return result;
    QVariantList values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM deployed_instances").arg(RegistryRow::instanceColumns) +
              query.whereClause(m_target.kind, &values) + query.orderClause() +
              QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        KKT_FAIL(q);
        return result;
    }
    while (q.next())
        result << RegistryRow::instance(q);
    return result;
}

std::optional<InstanceRecord> Registry::findInstance(const QString& reference, QString* error) const
{
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return std::nullopt;
    QSqlQuery q(db);
    const QUuid uuid = QUuid::fromString(reference);
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    if (!uuid.isNull()) {
        q.prepare(QStringLiteral("SELECT %1 FROM deployed_instances WHERE instance_uuid = ?")
                      .arg(RegistryRow::instanceColumns));
        q.addBindValue(RegistryRow::uuidText(uuid));
    } else if (isNumber) {
        q.prepare(QStringLiteral("SELECT %1 FROM deployed_instances WHERE id = ?")
                      .arg(RegistryRow::instanceColumns));
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM deployed_instances WHERE instance_name = ? ORDER BY id")
                      .arg(RegistryRow::instanceColumns));
        q.addBindValue(reference);
    }
    if (!q.exec()) {
        KKT_FAIL(q);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("No instance “%1” in the registry — give its name, UUID or id as shown by "
                    "kkt-deploy registry list")
                     .arg(reference);
        return std::nullopt;
    }
    InstanceRecord r = RegistryRow::instance(q);
    if (q.next()) {
        *error = tr("Several instances are named “%1” — give the UUID instead").arg(reference);
        return std::nullopt;
    }
    return r;
}

QList<HistoryRecord> Registry::history(const QUuid& instance, QString* error) const
{
    QList<HistoryRecord> result;
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM deployment_history h JOIN deployed_instances i ON i.id = h.instance_id "
                  "WHERE i.instance_uuid = ? ORDER BY h.started_at DESC, h.id DESC")
                  .arg(RegistryRow::historyColumns));
    q.addBindValue(RegistryRow::uuidText(instance));
    if (!q.exec()) {
        KKT_FAIL(q);
        return result;
    }
    while (q.next())
        result << RegistryRow::history(q);
    return result;
}

QStringList Registry::companies(QString* error) const
{
    QStringList result;
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT client_company FROM deployed_instances "
                               "WHERE client_company IS NOT NULL ORDER BY client_company"))) {
        KKT_FAIL(q);
        return result;
    }
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QList<Registry::VersionCount> Registry::instancesPerVersion(QString* error) const
{
    QList<VersionCount> result;
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(deployed_version, ''), COUNT(*) FROM deployed_instances "
                               "GROUP BY deployed_version ORDER BY deployed_version"))) {
        KKT_FAIL(q);
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toInt()});
    return result;
}

QList<Registry::WeekCount> Registry::deploymentsPerWeek(int weeks, QString* error) const
{
    QList<WeekCount> result;
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return result;
    // Weeks start on Monday in both dialects.
    const QString week = m_target.isPostgres()
                             ? QStringLiteral("to_char(date_trunc('week', started_at), 'YYYY-MM-DD')")
                             : QStringLiteral("date(started_at, '-6 days', 'weekday 1')");
    const QDate since = QDate::currentDate().addDays(-7 * weeks);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 AS week, SUM(CASE WHEN status = 'success' THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) FROM deployment_history "
                             "WHERE action IN ('deploy', 'update', 'rollback') AND started_at >= ? "
                             "GROUP BY 1 ORDER BY 1")
                  .arg(week));
    q.addBindValue(since.toString(Qt::ISODate));
    if (!q.exec()) {
        KKT_FAIL(q);
        return result;
    }
    while (q.next())
        result.append(
            {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(), q.value(2).toInt()});
    return result;
}

int Registry::plaintextBotTokens(QString* error) const
{
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return -1;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM deployed_instances WHERE telegram_bot_token IS NOT NULL "
                               "AND telegram_bot_token <> ''")) ||
        !q.next()) {
        KKT_FAIL(q);
        return -1;
    }
    return q.value(0).toInt();
}

QByteArray Registry::publicKey(QString* error) const
{
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return {};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT public_key FROM registry_keys ORDER BY id DESC LIMIT 1"))) {
        KKT_FAIL(q);
        return {};
    }
    return q.next() ? QByteArray::fromBase64(q.value(0).toString().toLatin1()) : QByteArray();
}

bool Registry::addPublicKey(const QByteArray& publicKey, QString* error)
{
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO registry_keys (public_key) VALUES (?)"));
    q.addBindValue(QString::fromLatin1(publicKey.toBase64()));
    if (!q.exec()) {
        KKT_FAIL(q);
        return false;
    }
    return true;
}

bool Registry::audit(const QString& action, const QString& target, const QString& details, QString* error)
{
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return false;
    QSqlQuery q(db);
    q.prepare(m_target.isPostgres()
                  ? QStringLiteral("SELECT kkt_audit(?, ?, ?)")
                  : QStringLiteral("INSERT INTO audit_log (action, target, details) VALUES (?, ?, ?)"));
    q.addBindValue(action);
    q.addBindValue(RegistryRow::nullable(target));
    q.addBindValue(RegistryRow::nullable(details));
    if (!q.exec()) {
        KKT_FAIL(q);
        return false;
    }
    return true;
}
