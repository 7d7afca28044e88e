#include "DeploymentHealth.h"

#include "DeploymentConnection.h"
#include "HttpProbe.h"
#include "StepCatalog.h"
#include "TelegramModeStep.h"
#include "ssh/SshSession.h"
#include "telegram/TelegramBotApi.h"
#include "telegram/TelegramBotInfo.h"
#include "telegram/TelegramWebhookInfo.h"

#include <QMap>

namespace {

constexpr int healthTimeoutMs = 15000;

} // namespace

DeploymentHealth::DeploymentHealth(const DeploymentContext& context, const QString& adminPassword)
    : m_context(context)
    , m_adminPassword(adminPassword)
{}

QList<HealthCheck> DeploymentHealth::run(const std::function<void(const HealthCheck&)>& onCheck)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("postgresql"), QT_TR_NOOP("PostgreSQL is running")},
        {QStringLiteral("web"), QT_TR_NOOP("The web service is running")},
        {QStringLiteral("bot"), QT_TR_NOOP("The bot service is running")},
        {QStringLiteral("nginx"), QT_TR_NOOP("nginx is running")},
        {QStringLiteral("local-health"), QT_TR_NOOP("/health answers on the server")},
        {QStringLiteral("database"), QT_TR_NOOP("The application's role can query its database")},
        {QStringLiteral("certificate"), QT_TR_NOOP("The TLS certificate is valid for at least a week")},
    };
    QList<HealthCheck> checks;
    DeploymentConnection::Result remote;
    if (m_serverOutput.isEmpty()) {
        remote = m_context.connection.run(*m_context.layout, StepCatalog::script(QStringLiteral("health")));
    } else {
        remote.ok = true;
        remote.output = m_serverOutput;
    }
    for (const QString& line : remote.output.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("::kkt-check ")))
            continue;
        const QStringList parts = line.mid(12).split(u' ');
        HealthCheck check{parts.value(0), tr(titles.value(parts.value(0), "")),
                          parts.value(1) == QStringLiteral("pass"), parts.mid(2).join(u' ')};
        checks << check;
        onCheck(check);
    }
    if (!remote.ok)
        checks << HealthCheck{QStringLiteral("server"), tr("The server answers the health checks"), false,
                              remote.error};
    for (const HealthCheck& check : clientChecks()) {
        checks << check;
        onCheck(check);
    }
    for (const HealthCheck& check : std::as_const(checks))
        m_context.log(QStringLiteral("%1 %2%3").arg(
            check.passed ? QStringLiteral("✔") : QStringLiteral("✘"), check.title,
            check.detail.isEmpty() ? QString() : QStringLiteral(" — ") + check.detail));
    return checks;
}

QList<HealthCheck> DeploymentHealth::clientChecks()
{
    QList<HealthCheck> checks;
    const DeploymentRequest& request = m_context.request;
    const PayloadProfile& profile = request.profile;
    const std::atomic_bool* cancel = &m_context.cancel;
    // The public URL is asked at the server's address with the domain as Host (over HTTPS also
    // the name sent and verified), so the check does not depend on DNS having caught up.
    QUrl base;
    HttpProbe::Headers headers;
    const QString location = m_context.layout->publicUrlPath();
    base.setScheme(request.config.web.tls == TlsMode::None ? QStringLiteral("http")
                                                           : QStringLiteral("https"));
    base.setHost(m_context.connection.ssh().resolvedHost());
    headers.append({QByteArrayLiteral("Host"), m_context.layout->domain().toUtf8()});
    const auto url = [&](const QString& path) {
        QUrl u = base;
        u.setPath(location + path);
        return u;
    };

    HealthCheck health{QStringLiteral("public-health"),
                       tr("%1 answers on the public URL").arg(profile.healthPath),
                       false,
                       {}};
    const HttpProbe::Reply reply = HttpProbe::get(url(profile.healthPath), headers, healthTimeoutMs, cancel);
    health.passed = reply.status == 200 && (profile.healthExpect.isEmpty() ||
                                            QString::fromUtf8(reply.body).contains(profile.healthExpect));
    if (!health.passed)
        health.detail = reply.status ? tr("HTTP %1").arg(reply.status) : reply.error;
    checks << health;

    if (!m_adminPassword.isEmpty() && !profile.loginPath.isEmpty()) {
        HealthCheck login{
            QStringLiteral("admin-login"), tr("The administrator can log in and use the API"), false, {}};
        const HttpProbe::Reply token =
            HttpProbe::postJson(url(profile.loginPath),
                                {{QStringLiteral("username"), profile.adminUsername},
                                 {QStringLiteral("password"), m_adminPassword}},
                                headers, healthTimeoutMs, cancel);
        const QString accessToken = token.json().value(QStringLiteral("access_token")).toString();
        if (token.status != 200 || accessToken.isEmpty()) {
            login.detail = tr("login answered HTTP %1").arg(token.status);
        } else {
            HttpProbe::Headers authorized = headers;
            authorized.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8()});
            const HttpProbe::Reply api =
                HttpProbe::get(url(profile.probePath), authorized, healthTimeoutMs, cancel);
            login.passed = api.status == 200;
            if (!login.passed)
                login.detail = tr("%1 answered HTTP %2").arg(profile.probePath).arg(api.status);
        }
        checks << login;
    }

    if (request.secrets.botToken.isEmpty())
        return checks; // the token is not kept anywhere KKT Deploy could read it back from
    HealthCheck telegram{QStringLiteral("telegram"),
                         profile.telegramMode == QStringLiteral("polling")
                             ? tr("The bot answers and has no webhook (long polling)")
                             : tr("The bot answers and its webhook is set"),
                         false,
                         {}};
    TelegramBotApi api;
    api.setBaseUrl(request.telegramApiBase);
    api.setToken(request.secrets.botToken);
    const TelegramResult me = TelegramModeStep::waitFor(api.getMe(), m_context.cancel);
    if (me.ok())
        m_botUsername = TelegramBotInfo::fromJson(me.result.toObject()).username;
    const TelegramResult info =
        me.ok() ? TelegramModeStep::waitFor(api.getWebhookInfo(), m_context.cancel) : me;
    const QString hook = TelegramWebhookInfo::fromJson(info.result.toObject()).url;
    telegram.passed = me.ok() && info.ok() &&
                      (profile.telegramMode == QStringLiteral("polling") ? hook.isEmpty() : !hook.isEmpty());
    if (!telegram.passed)
        telegram.detail =
            info.ok() ? tr("webhook: %1").arg(hook.isEmpty() ? tr("none") : hook) : info.message;
    checks << telegram;
    return checks;
}
