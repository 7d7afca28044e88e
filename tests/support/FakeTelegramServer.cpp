#include "FakeTelegramServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

FakeTelegramServer::FakeTelegramServer(QObject* parent)
    : FakeHttpServer(parent)
{
    setHandler([this](const Request& request) { return handle(request); });
}

void FakeTelegramServer::addBot(const QString& token, qint64 id, const QString& firstName,
                                const QString& username)
{
    m_bots.insert(token, {id, firstName, username});
}

FakeHttpServer::Response FakeTelegramServer::ok(const QJsonValue& result)
{
    return json(200,
                QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}})
                    .toJson(QJsonDocument::Compact));
}

FakeHttpServer::Response FakeTelegramServer::error(int code, const QString& description,
                                                   const QJsonObject& parameters)
{
    QJsonObject object{{QStringLiteral("ok"), false},
                       {QStringLiteral("error_code"), code},
                       {QStringLiteral("description"), description}};
    if (!parameters.isEmpty())
        object.insert(QStringLiteral("parameters"), parameters);
    return json(code, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

FakeHttpServer::Response FakeTelegramServer::handle(const Request& request)
{
    static const QRegularExpression route(QStringLiteral("^/bot([^/]*)/([A-Za-z]+)$"));
    const QRegularExpressionMatch match = route.match(request.url.path());
    if (!match.hasMatch())
        return error(404, QStringLiteral("Not Found"));
    const QString token = match.captured(1);
    const QString method = match.captured(2);
    QJsonObject parameters = QJsonDocument::fromJson(request.body).object();
    if (parameters.isEmpty()) {
        for (const auto& [key, value] : QUrlQuery(request.url).queryItems())
            parameters.insert(key, value);
    }
    m_calls << Call{method, parameters};

    if (m_stalled > 0) {
        --m_stalled;
        Response silent;
        silent.silent = true;
        return silent;
    }
    if (m_rateLimited > 0) {
        --m_rateLimited;
        return error(429, QStringLiteral("Too Many Requests: retry after %1").arg(m_retryAfter),
                     {{QStringLiteral("retry_after"), m_retryAfter}});
    }
    // The real API answers 404 for something that is not a token at all, 401 for a wrong one.
    static const QRegularExpression tokenShape(QStringLiteral("^[0-9]+:[A-Za-z0-9_-]+$"));
    if (!tokenShape.match(token).hasMatch())
        return error(404, QStringLiteral("Not Found"));
    if (!m_bots.contains(token))
        return error(401, QStringLiteral("Unauthorized"));
    const Bot bot = m_bots.value(token);

    if (method == u"getMe") {
        return ok(QJsonObject{{QStringLiteral("id"), bot.id},
                              {QStringLiteral("is_bot"), true},
                              {QStringLiteral("first_name"), bot.firstName},
                              {QStringLiteral("username"), bot.username},
                              {QStringLiteral("can_join_groups"), true},
                              {QStringLiteral("can_read_all_group_messages"), false},
                              {QStringLiteral("supports_inline_queries"), false}});
    }
    if (method == u"getWebhookInfo") {
        QJsonObject info{{QStringLiteral("url"), m_webhookUrl},
                         {QStringLiteral("has_custom_certificate"), false},
                         {QStringLiteral("pending_update_count"), m_pendingUpdates}};
        return ok(info);
    }
    if (method == u"setWebhook") {
        const QString url = parameters.value(QStringLiteral("url")).toString();
        if (!url.isEmpty() && !url.startsWith(QStringLiteral("https://")))
            return error(
                400, QStringLiteral("Bad Request: bad webhook: An HTTPS URL must be provided for webhook"));
        const QString secret = parameters.value(QStringLiteral("secret_token")).toString();
        static const QRegularExpression secretShape(QStringLiteral("^[A-Za-z0-9_-]{1,256}$"));
        if (!secret.isEmpty() && !secretShape.match(secret).hasMatch())
            return error(400, QStringLiteral("Bad Request: secret token contains unallowed characters"));
        m_webhookUrl = url;
        m_webhookSecret = secret;
        if (parameters.value(QStringLiteral("drop_pending_updates")).toBool())
            m_pendingUpdates = 0;
        return ok(true);
    }
    if (method == u"deleteWebhook") {
        m_webhookUrl.clear();
        m_webhookSecret.clear();
        if (parameters.value(QStringLiteral("drop_pending_updates")).toBool())
            m_pendingUpdates = 0;
        return ok(true);
    }
    if (method == u"sendMessage") {
        const qint64 chat = qint64(parameters.value(QStringLiteral("chat_id")).toDouble());
        if (parameters.value(QStringLiteral("text")).toString().isEmpty())
            return error(400, QStringLiteral("Bad Request: message text is empty"));
        if (!m_startedChats.contains(chat))
            return error(400, QStringLiteral("Bad Request: chat not found"));
        return ok(QJsonObject{
            {QStringLiteral("message_id"), int(m_calls.size())},
            {QStringLiteral("date"), QDateTime::currentSecsSinceEpoch()},
            {QStringLiteral("chat"),
             QJsonObject{{QStringLiteral("id"), chat}, {QStringLiteral("type"), QStringLiteral("private")}}},
            {QStringLiteral("text"), parameters.value(QStringLiteral("text"))}});
    }
    if (method == u"getUpdates") {
        // Long polling while a webhook is set is refused, as the real API does.
        if (!m_webhookUrl.isEmpty())
            return error(409,
                         QStringLiteral("Conflict: can't use getUpdates method while webhook is active; use "
                                        "deleteWebhook to delete the webhook first"));
        return ok(QJsonArray());
    }
    return error(404, QStringLiteral("Not Found: method not found"));
}
