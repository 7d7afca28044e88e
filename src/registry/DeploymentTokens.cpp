#include "DeploymentTokens.h"

#include "RegistryConnection.h"
#include "RegistryLogging.h"
#include "RegistryRow.h"
#include "RegistryTls.h"
#include "ScramVerifier.h"

#include <QCryptographicHash>
#include <QFile>
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

namespace {

QString randomText(qsizetype bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const QString text =
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    random.fill('\0');
    return text;
}

} // namespace

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
    const QString token = QStringLiteral("kkt_") + randomText(32);
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

bool DeploymentTokens::issue(const QDateTime& expires, const QString& company, const QString& note,
                             DeploymentKey* key, QString* error, DeploymentKeyLogins::Result* pruned)
{
    QSqlDatabase db = m_target.isPostgres() ? RegistryConnection::open(m_target, error) : QSqlDatabase();
    if (m_target.isPostgres() && !db.isValid())
        return false;
    // The token and its login are one: both are made, or neither.
    if (db.isValid() && !db.transaction()) {
        *error = tr("Registry %1: %2").arg(m_target.display(), db.lastError().text().trimmed());
        return false;
    }
    DeploymentKey k;
    k.token = create(expires, company, note, error);
    k.password = randomText(24);
    QSqlQuery q(db);
    if (!k.token.isEmpty()) {
        // Only the verifier leaves this computer: the password is in the key alone.
        q.prepare(QStringLiteral("SELECT kkt_issue_token_login(?, ?)"));
        q.addBindValue(hash(k.token));
        q.addBindValue(ScramVerifier::make(k.password));
        if (q.exec() && q.next()) {
            k.login = q.value(0).toString();
        } else {
            const QString reason = q.lastError().databaseText().trimmed();
            *error = reason.contains(QLatin1String("permission denied to create role"))
                         ? tr("Registry %1: the client's login cannot be created — the role that applied the "
                              "registry's migrations needs CREATEROLE (sql/postgres/README.md): %2")
                               .arg(m_target.display(), reason)
                         : tr("Registry %1: the client's login cannot be created: %2")
                               .arg(m_target.display(), reason.isEmpty() ? q.lastError().text() : reason);
            qCWarning(lcRegistry).noquote() << *error;
        }
    }
    if (k.login.isEmpty() || !db.commit()) {
        if (error->isEmpty())
            *error = tr("Registry %1: %2").arg(m_target.display(), db.lastError().text().trimmed());
        if (db.isValid())
            db.rollback();
        k.wipe();
        return false;
    }
    k.host = m_target.host;
    k.port = m_target.port;
    k.database = m_target.database;
    k.sslMode = RegistryTls::mode(m_target);
    k.expiresAt = expires.toUTC();
    if (const QString ca = RegistryTls::caFile(m_target);
        !ca.isEmpty() && k.sslMode != QLatin1String("disable")) {
        QFile file(ca);
        if (file.open(QIODevice::ReadOnly))
            k.caCertificate = QString::fromUtf8(file.readAll());
    }
    *key = k;
    k.wipe();
    // Issuing is when staff are at the registry anyway: the logins nobody can use any more go.
    const DeploymentKeyLogins::Result tidied = DeploymentKeyLogins(m_target).prune();
    if (pruned)
        *pruned = tidied;
    return true;
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
