#include "TelegramModeStep.h"

#include "telegram/TelegramBotApi.h"
#include "telegram/TelegramBotInfo.h"
#include "telegram/TelegramWebhookInfo.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QTimer>

TelegramModeStep::TelegramModeStep(const DeploymentContext& context)
    : m_context(context)
{}

TelegramResult TelegramModeStep::waitFor(TelegramCall* call, const std::atomic_bool& cancel)
{
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &TelegramCall::finished, &loop, &QEventLoop::quit);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel)
                call->cancel();
        });
        poll.start(100);
        loop.exec();
    }
    TelegramResult result = call->result();
    call->deleteLater();
    return result;
}

QString TelegramModeStep::webhookSecret() const
{
    // Stable for one bot and instance without storing anything: a keyed hash, URL-safe.
    const QByteArray mac = QMessageAuthenticationCode::hash(m_context.layout->instanceId().toUtf8(),
                                                            m_context.request.secrets.botToken.toUtf8(),
                                                            QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .left(32);
}

TelegramModeStep::Result TelegramModeStep::run(const QString& title)
{
    Result result;
    const DeploymentRequest& request = m_context.request;
    TelegramBotApi api;
    api.setBaseUrl(request.telegramApiBase);
    api.setToken(request.secrets.botToken);
    const TelegramResult me = waitFor(api.getMe(), m_context.cancel);
    if (!me.ok()) {
        result.error = tr("%1: the bot token does not work: %2").arg(title, me.message);
        return result;
    }
    result.botUsername = TelegramBotInfo::fromJson(me.result.toObject()).username;
    TelegramResult info = waitFor(api.getWebhookInfo(), m_context.cancel);
    if (!info.ok()) {
        result.error = tr("%1: %2").arg(title, info.message);
        return result;
    }
    QString url = TelegramWebhookInfo::fromJson(info.result.toObject()).url;
    const bool polling = request.profile.telegramMode == QStringLiteral("polling");
    if (polling && url.isEmpty()) {
        m_context.log(tr("@%1 has no webhook: long polling works.").arg(result.botUsername));
        result.ok = true;
        return result;
    }
    if (polling) {
        // One poller per token: a webhook left by another installation would starve the bot.
        m_context.log(tr("Removing the webhook of @%1 so that the bot can poll.").arg(result.botUsername));
        const TelegramResult removed = waitFor(api.deleteWebhook(true), m_context.cancel);
        if (!removed.ok()) {
            result.error = tr("%1: %2").arg(title, removed.message);
            return result;
        }
    } else {
        const QUrl hook(m_context.layout->publicUrl() + QStringLiteral("/telegram/webhook"));
        if (url == hook.toString()) {
            result.ok = true;
            return result;
        }
        const TelegramResult set =
            waitFor(api.setWebhook(hook, webhookSecret(),
                                   {QStringLiteral("message"), QStringLiteral("callback_query")}, true),
                    m_context.cancel);
        if (!set.ok()) {
            result.error = tr("%1: %2").arg(title, set.message);
            return result;
        }
    }
    info = waitFor(api.getWebhookInfo(), m_context.cancel);
    url = TelegramWebhookInfo::fromJson(info.result.toObject()).url;
    if (!info.ok() || (polling ? !url.isEmpty() : url.isEmpty())) {
        result.error = tr("%1: Telegram still reports the wrong webhook state").arg(title);
        return result;
    }
    result.ok = true;
    result.changed = true;
    return result;
}
