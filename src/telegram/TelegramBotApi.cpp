#include "TelegramBotApi.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSettings>

TelegramBotApi::TelegramBotApi(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_base(configuredBaseUrl())
{}

QUrl TelegramBotApi::configuredBaseUrl()
{
    QString base = qEnvironmentVariable("KKT_TELEGRAM_API_URL");
    if (base.isEmpty())
        base = QSettings().value(QStringLiteral("telegram/apiBaseUrl")).toString();
    return QUrl(base.isEmpty() ? QStringLiteral("https://api.telegram.org") : base);
}

QString TelegramBotApi::randomSecretToken()
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
    QString token;
    for (int i = 0; i < 32; ++i)
        token += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return token;
}

void TelegramBotApi::setBaseUrl(const QUrl& base)
{
    m_base = base;
}

void TelegramBotApi::setToken(const QString& token)
{
    m_token = token.trimmed();
    m_redactor = Redactor();
    m_redactor.addSecret(m_token);
}

TelegramCall* TelegramBotApi::call(const QString& method, const QJsonObject& parameters)
{
    QUrl url = m_base;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/bot") + m_token + u'/' + method);
    return new TelegramCall(m_network, url, method, parameters, m_redactor, m_maxWaitSeconds,
                            m_transferTimeoutMs, this);
}

TelegramCall* TelegramBotApi::getMe()
{
    return call(QStringLiteral("getMe"));
}

TelegramCall* TelegramBotApi::getWebhookInfo()
{
    return call(QStringLiteral("getWebhookInfo"));
}

TelegramCall* TelegramBotApi::setWebhook(const QUrl& url, const QString& secretToken,
                                         const QStringList& allowedUpdates, bool dropPendingUpdates)
{
    QJsonObject parameters{{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                           {QStringLiteral("drop_pending_updates"), dropPendingUpdates}};
    if (!secretToken.isEmpty())
        parameters.insert(QStringLiteral("secret_token"), secretToken);
    if (!allowedUpdates.isEmpty())
        parameters.insert(QStringLiteral("allowed_updates"), QJsonArray::fromStringList(allowedUpdates));
    return call(QStringLiteral("setWebhook"), parameters);
}

TelegramCall* TelegramBotApi::deleteWebhook(bool dropPendingUpdates)
{
    return call(QStringLiteral("deleteWebhook"),
                {{QStringLiteral("drop_pending_updates"), dropPendingUpdates}});
}

TelegramCall* TelegramBotApi::sendMessage(qint64 chatId, const QString& text)
{
    return call(QStringLiteral("sendMessage"),
                {{QStringLiteral("chat_id"), chatId}, {QStringLiteral("text"), text}});
}
