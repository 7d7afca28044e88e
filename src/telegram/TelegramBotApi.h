#pragma once

#include "TelegramCall.h"

#include "core/Redactor.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

// The Telegram Bot API for one bot token: getMe, getWebhookInfo, setWebhook, deleteWebhook,
// sendMessage. Asynchronous; each call is a TelegramCall child of this object (delete it once
// read). The base URL is configurable so tests and mirrors can replace api.telegram.org.
class TelegramBotApi : public QObject
{
    Q_OBJECT

public:
    explicit TelegramBotApi(QObject* parent = nullptr);

    // $KKT_TELEGRAM_API_URL, else QSettings "telegram/apiBaseUrl", else https://api.telegram.org.
    static QUrl configuredBaseUrl();
    // 32 random characters of [A-Za-z0-9_-], as setWebhook's secret_token allows.
    static QString randomSecretToken();

    void setBaseUrl(const QUrl& base);
    QUrl baseUrl() const { return m_base; }
    // Kept in memory only; masked in every text this API produces.
    void setToken(const QString& token);
    // How long 429 answers are waited out, in total per call (seconds).
    void setMaxRateLimitWait(int seconds) { m_maxWaitSeconds = seconds; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    TelegramCall* getMe();
    TelegramCall* getWebhookInfo();
    TelegramCall* setWebhook(const QUrl& url, const QString& secretToken, const QStringList& allowedUpdates,
                             bool dropPendingUpdates);
    TelegramCall* deleteWebhook(bool dropPendingUpdates);
    TelegramCall* sendMessage(qint64 chatId, const QString& text);

private:
    TelegramCall* call(const QString& method, const QJsonObject& parameters = {});

    QNetworkAccessManager* m_network;
    QUrl m_base;
    QString m_token;
    Redactor m_redactor;
    int m_maxWaitSeconds = 30;
    int m_transferTimeoutMs = 20000;
};
