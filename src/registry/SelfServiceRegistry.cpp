#include "SelfServiceRegistry.h"

#include "DeploymentTokens.h"
#include "InstanceSearch.h"
#include "RegistryConnection.h"
#include "RegistryLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QUuid selfServiceNamespace(QStringLiteral("{0b6c4f0e-3a7d-4a59-8f53-6d1f2e9c7a41}"));

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

SelfServiceRegistry::SelfServiceRegistry(RegistryTarget target)
    : m_target(std::move(target))
{}

SelfServiceRegistry::SelfServiceRegistry(RegistryTarget target, const DeploymentKey& key)
    : m_target(std::move(target))
{
    m_key.expiresAt = key.expiresAt;
}

SelfServiceRegistry SelfServiceRegistry::forClient(const QString& entered, QString* token, QString* error)
{
    error->clear();
    if (DeploymentKey::looksLikeKey(entered)) {
        DeploymentKey key;
        if (!DeploymentKey::parse(entered, &key, error))
            return SelfServiceRegistry(RegistryTarget());
        *token = key.token;
        SelfServiceRegistry registry(key.target(error), key);
        key.wipe();
        return registry;
    }
    *token = entered.trimmed();
    QString note;
    const RegistryTarget target = RegistryTarget::configured(&note);
    if (!target.isPostgres())
        *error =
            tr("Registry: none chosen — paste the whole deployment key (it starts with kkt1.) your support "
               "contact gave you.");
    return SelfServiceRegistry(target);
}

bool SelfServiceRegistry::check(const QString& entered, const QString& host, TokenStatus* status,
                                QString* error)
{
    QString token;
    const SelfServiceRegistry registry = forClient(entered, &token, error);
    const bool asked =
        error->isEmpty() &&
        registry.status(token, host.isEmpty() ? QUuid() : instanceUuid(host, token), status, error);
    token.fill(u'\0');
    return asked;
}

QUuid SelfServiceRegistry::instanceUuid(const QString& host, const QString& token)
{
    return QUuid::createUuidV5(selfServiceNamespace,
                               host.trimmed().toLower() + u'/' + DeploymentTokens::hash(token.trimmed()));
}

QString SelfServiceRegistry::formatProblem(const QString& token)
{
    static const QRegularExpression pattern(QStringLiteral("^kkt_[A-Za-z0-9_-]{43}$"));
    const QString t = token.trimmed();
    if (t.isEmpty())
        return tr("Deployment token: empty — paste the token your support contact gave you (it starts with "
                  "kkt_)");
    if (!pattern.match(t).hasMatch())
        return tr("Deployment token: this is not a deployment token — it is “kkt_” followed by 43 letters, "
                  "digits, “-” or “_”; copy it again completely");
    return {};
}

QString SelfServiceRegistry::TokenStatus::message() const
{
    const QString until = QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat);
    switch (state) {
    case State::Unused:
        return company.isEmpty() ? tr("The token is valid until %1.").arg(until)
                                 : tr("The token is valid until %1, for %2.").arg(until, company);
    case State::Yours:
        return tr("The token was redeemed for this server’s instance: the deployment continues it.");
    case State::Expired:
        return tr("Deployment token: it expired on %1 — ask your support contact for a new one.").arg(until);
    case State::Used:
        return tr("Deployment token: it was already used for another instance — a token works once; ask "
                  "your support contact for a new one.");
    case State::Unknown:
        break;
    }
    return tr("Deployment token: the registry does not know it — check that it was copied completely, or "
              "ask your support contact.");
}

QString SelfServiceRegistry::refusal(const QString& reason)
{
    // The functions' refusals (migration 007), in the user's language.
    TokenStatus status;
    static const QRegularExpression expiredOn(QStringLiteral("expired on (\\S+)"));
    if (reason.contains(QLatin1String("already used"))) {
        status.state = TokenStatus::State::Used;
    } else if (const QRegularExpressionMatch m = expiredOn.match(reason); m.hasMatch()) {
        status.state = TokenStatus::State::Expired;
        status.expiresAt = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
    } else if (reason.contains(QLatin1String("not been redeemed"))) {
        return tr(
            "Deployment token: it has not been redeemed or is no longer valid — a token records only the "
            "instance it was used for, until a day after it expires.");
    }
    return status.message();
}

QVariant SelfServiceRegistry::call(const QString& function, const QVariantList& arguments,
                                   QString* error) const
{
    if (!m_target.isPostgres()) {
        *error = tr("Deployment tokens are redeemed in the central PostgreSQL registry only");
        return {};
    }
    QSqlDatabase db = RegistryConnection::open(m_target, error);
    if (!db.isValid()) {
        // PostgreSQL says no more than "authentication failed" for a login past its VALID UNTIL.
        if (const QString expired = m_key.expiredMessage(QDateTime::currentDateTimeUtc()); !expired.isEmpty())
            *error = expired;
        return {};
    }
    QStringList marks;
    for (qsizetype i = 0; i < arguments.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1(%2)").arg(function, marks.join(QStringLiteral(", "))));
    for (const QVariant& v : arguments)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        QString reason = q.lastError().databaseText().trimmed();
        if (reason.isEmpty())
            reason = q.lastError().text().trimmed();
        // The functions' own refusals are written for the user; the rest names the registry.
        if (reason.contains(QLatin1String("deployment token refused")))
            *error = refusal(reason);
        else
            *error = tr("Registry %1: %2").arg(m_target.display(), reason);
        qCWarning(lcRegistry).noquote() << function << "failed:" << *error;
        return {};
    }
    const QVariant value = q.value(0);
    return value.isNull() ? QVariant(QString()) : value;
}

bool SelfServiceRegistry::status(const QString& token, const QUuid& instance, TokenStatus* status,
                                 QString* error) const
{
    const QVariant answer = call(QStringLiteral("kkt_token_status"),
                                 {token.trimmed(), instance.toString(QUuid::WithoutBraces)}, error);
    if (!answer.isValid())
        return false;
    const QJsonObject o = QJsonDocument::fromJson(answer.toString().toUtf8()).object();
    const QString state = o.value(QStringLiteral("state")).toString();
    *status = TokenStatus();
    status->state = state == QLatin1String("unused")    ? TokenStatus::State::Unused
                    : state == QLatin1String("expired") ? TokenStatus::State::Expired
                    : state == QLatin1String("used")    ? TokenStatus::State::Used
                    : state == QLatin1String("yours")   ? TokenStatus::State::Yours
                                                        : TokenStatus::State::Unknown;
    status->company = o.value(QStringLiteral("client_company")).toString();
    status->expiresAt =
        QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    return true;
}

bool SelfServiceRegistry::redeem(const QString& token, const InstanceRecord& instance, QString* error)
{
    return call(QStringLiteral("kkt_redeem_token"), {token.trimmed(), json(instance.toJson())}, error)
        .isValid();
}

bool SelfServiceRegistry::recordInstance(const QString& token, const InstanceRecord& instance, QString* error)
{
    QJsonObject o = instance.toJson();
    const QString unicode = InstanceSearch::unicodeDomain(instance.domain);
    if (!unicode.isEmpty() && unicode != instance.domain)
        o.insert(QStringLiteral("domain_unicode"), unicode);
    return call(QStringLiteral("kkt_record_own_instance"), {token.trimmed(), json(o)}, error).isValid();
}

bool SelfServiceRegistry::recordHistory(const QString& token, const HistoryRecord& record, QString* error)
{
    return call(QStringLiteral("kkt_record_own_history"), {token.trimmed(), json(record.toJson())}, error)
        .isValid();
}

std::optional<InstanceRecord> SelfServiceRegistry::ownInstance(const QString& token, QString* error) const
{
    const QVariant answer = call(QStringLiteral("kkt_own_instance"), {token.trimmed()}, error);
    if (!answer.isValid())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(answer.toString().toUtf8()).object();
    if (o.isEmpty()) {
        *error = tr("The token’s instance is no longer in the registry.");
        return std::nullopt;
    }
    return InstanceRecord::fromJson(o);
}

QList<HistoryRecord> SelfServiceRegistry::ownHistory(const QString& token, QString* error) const
{
    QList<HistoryRecord> result;
    const QVariant answer = call(QStringLiteral("kkt_own_history"), {token.trimmed()}, error);
    if (!answer.isValid())
        return result;
    const QJsonArray rows = QJsonDocument::fromJson(answer.toString().toUtf8()).array();
    for (const QJsonValue& row : rows)
        result << HistoryRecord::fromJson(row.toObject());
    return result;
}

QByteArray SelfServiceRegistry::publicKey(QString* error) const
{
    const QVariant answer = call(QStringLiteral("kkt_registry_public_key"), {}, error);
    return answer.isValid() ? QByteArray::fromBase64(answer.toString().toLatin1()) : QByteArray();
}
