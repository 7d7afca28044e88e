#include "DeploymentTokens.h"

#include "RegistryConnection.h"
#include "RegistryLogging.h"
#include "RegistryRow.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

DeploymentTokens::DeploymentTokens(RegistryTarget target)
    : m_target(std::move(target))
{}

QString DeploymentTokens::hash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString DeploymentTokens::describeState(const DeploymentToken& token, const QDateTime& now)
{
    const QString state = token.state(now);
    if (state == QLatin1String("redeemed"))
        return token.instanceName.isEmpty() ? tr("redeemed")
                                            : tr("redeemed by instance %1").arg(token.instanceName);
    return state == QLatin1String("expired") ? tr("expired") : tr("unused");
}

QString DeploymentTokens::create(const QDateTime& expires, const QString& company, const QString& note,
                                 QString* error)
{
    if (!m_target.isPostgres()) {
        *error = tr("Deployment tokens are redeemed in the central registry — choose the central PostgreSQL "
                    "registry first");
        return {};
    }
    QSqlDatabase db = RegistryConnection::open(m_target, error);
    if (!db.isValid())
        return {};
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QString token =
        QStringLiteral("kkt_") +
        QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    bytes.fill('\0');
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO deployment_tokens (token_hash, note, client_company, expires_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(hash(token));
    q.addBindValue(RegistryRow::nullable(note));
    q.addBindValue(RegistryRow::nullable(company.trimmed()));
    q.addBindValue(RegistryRow::timestamp(expires));
    if (!q.exec()) {
        *error = tr("Registry %1: %2").arg(m_target.display(), q.lastError().text().trimmed());
        qCWarning(lcRegistry).noquote() << *error;
        return {};
    }
    return token;
}

QList<DeploymentToken> DeploymentTokens::list(QString* error) const
{
    QList<DeploymentToken> result;
    QSqlDatabase db = RegistryConnection::open(m_target, error);
    if (!db.isValid())
        return result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT t.id, t.token_hash, t.note, t.created_by, t.created_at, t.expires_at, "
                               "t.used_at, i.instance_name, t.client_company FROM deployment_tokens t "
                               "LEFT JOIN deployed_instances i ON i.id = t.instance_id ORDER BY t.id"))) {
        *error = tr("Registry %1: %2").arg(m_target.display(), q.lastError().text().trimmed());
        return result;
    }
    while (q.next()) {
        DeploymentToken t;
        t.id = q.value(0).toLongLong();
        t.hashPrefix = q.value(1).toString().left(12);
        t.note = q.value(2).toString();
        t.createdBy = q.value(3).toString();
        t.createdAt = RegistryRow::toDateTime(q.value(4));
        t.expiresAt = RegistryRow::toDateTime(q.value(5));
        t.usedAt = RegistryRow::toDateTime(q.value(6));
        t.instanceName = q.value(7).toString();
        t.company = q.value(8).toString();
        result << t;
    }
    return result;
}
