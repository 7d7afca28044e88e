#pragma once

#include "FakeHttpServer.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

// The Telegram Bot API as documented (core.telegram.org/bots/api): POST /bot<token>/<method> with
// JSON, answers {"ok":true,"result":…} or {"ok":false,"error_code":…,"description":…}; 401 for an
// unknown token, 400 "chat not found" for users who never pressed Start, 429 with retry_after.
class FakeTelegramServer : public FakeHttpServer
{
    Q_OBJECT

public:
    struct Call
    {
        QString method;
        QJsonObject parameters;
    };

    explicit FakeTelegramServer(QObject* parent = nullptr);

    void addBot(const QString& token, qint64 id, const QString& firstName, const QString& username);
    // Users who pressed Start in the bot: sendMessage to them succeeds.
    void addStartedChat(qint64 chatId) { m_startedChats.insert(chatId); }
    // The next `count` calls answer 429 with this retry_after.
    void rateLimitNext(int count, int retryAfter)
    {
        m_rateLimited = count;
        m_retryAfter = retryAfter;
    }
    // The next `count` calls never answer (a stalled network).
    void stallNext(int count) { m_stalled = count; }
    void setWebhookUrl(const QString& url) { m_webhookUrl = url; }
    QString webhookUrl() const { return m_webhookUrl; }
    QString webhookSecret() const { return m_webhookSecret; }
    int pendingUpdates() const { return m_pendingUpdates; }
    void setPendingUpdates(int count) { m_pendingUpdates = count; }
    const QList<Call>& calls() const { return m_calls; }

private:
    Response handle(const Request& request);
    static Response ok(const QJsonValue& result);
    static Response error(int code, const QString& description, const QJsonObject& parameters = {});

    struct Bot
    {
        qint64 id;
        QString firstName;
        QString username;
    };
    QHash<QString, Bot> m_bots;
    QSet<qint64> m_startedChats;
    int m_rateLimited = 0;
    int m_retryAfter = 0;
    int m_stalled = 0;
    QString m_webhookUrl;
    QString m_webhookSecret;
    int m_pendingUpdates = 0;
    QList<Call> m_calls;
};
