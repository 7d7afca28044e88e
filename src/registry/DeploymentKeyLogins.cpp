#include "DeploymentKeyLogins.h"

#include "RegistryConnection.h"
#include "RegistryLogging.h"
#include "RegistryRow.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

DeploymentKeyLogins::DeploymentKeyLogins(RegistryTarget target)
    : m_target(std::move(target))
{}

DeploymentKeyLogins::Result DeploymentKeyLogins::prune() const
{
    Result result;
    if (!m_target.isPostgres()) {
        result.error = tr("The embedded SQLite registry has no logins to prune: deployment keys and their "
                          "logins exist in the central PostgreSQL registry only");
        return result;
    }
    QSqlDatabase db = RegistryConnection::open(m_target, &result.error);
    if (!db.isValid())
        return result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT token_id, login, reason, expires_at, dropped FROM kkt_prune_token_logins()"))) {
        result.error = tr("Registry %1: the logins of expired keys cannot be pruned: %2")
                           .arg(m_target.display(), q.lastError().text().trimmed());
        qCWarning(lcRegistry).noquote() << result.error;
        return result;
    }
    while (q.next()) {
        Pruned p;
        p.tokenId = q.value(0).toLongLong();
        p.login = q.value(1).toString();
        p.used = q.value(2).toString() == QLatin1String("used");
        p.expiresAt = RegistryRow::toDateTime(q.value(3));
        p.dropped = q.value(4).toBool();
        result.logins << p;
    }
    return result;
}

QString DeploymentKeyLogins::describe(const Pruned& p)
{
    const QString when = QLocale().toString(p.expiresAt.toLocalTime(), QLocale::ShortFormat);
    const QString why =
        p.used ? tr("used; its day for recording the deployment ended (the key expired on %1)").arg(when)
               : tr("expired unused on %1").arg(when);
    const QString what = p.dropped ? tr("dropped") : tr("already gone, marked as dropped");
    return tr("%1 (token %2): %3 — %4").arg(p.login).arg(p.tokenId).arg(why, what);
}

QString DeploymentKeyLogins::summary(const Result& result)
{
    if (!result.error.isEmpty())
        return tr("The logins of expired keys were not pruned: %1").arg(result.error);
    if (result.logins.isEmpty())
        return {};
    QStringList names;
    for (const Pruned& p : result.logins)
        names << p.login;
    return tr("Pruned %n login(s) of expired or used deployment keys: %1", nullptr, int(names.size()))
        .arg(names.join(QStringLiteral(", ")));
}
