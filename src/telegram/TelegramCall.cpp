#include "TelegramCall.h"

#include "TelegramLogging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

TelegramCall::TelegramCall(QNetworkAccessManager* network, QUrl url, QString method, QJsonObject parameters,
                           const Redactor& redactor, int maxWaitSeconds, int transferTimeoutMs,
                           QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_method(std::move(method))
    , m_parameters(std::move(parameters))
    , m_redactor(redactor)
    , m_waitBudget(maxWaitSeconds)
    , m_transferTimeoutMs(transferTimeoutMs)
    , m_waitTimer(new QTimer(this))
{
    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &TelegramCall::send);
    QTimer::singleShot(0, this, &TelegramCall::send);
}

void TelegramCall::send()
{
    if (m_finished)
        return;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("kkt-deploy/" KKT_VERSION));
    qCDebug(lcTelegram) << "calling" << m_method;
    m_reply = m_network->post(request, QJsonDocument(m_parameters).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] { handle(reply); });
}

void TelegramCall::cancel()
{
    if (m_finished)
        return;
    m_waitTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    TelegramResult result;
    result.error = TelegramResult::Error::Cancelled;
    result.message = tr("cancelled");
    finish(result);
}

void TelegramCall::handle(QNetworkReply* reply)
{
    reply->deleteLater();
    if (m_finished)
        return;
    TelegramResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (result.httpStatus == 0) {
        result.error = TelegramResult::Error::Network;
        // errorString() often quotes the whole URL, token included.
        result.description = m_redactor.redact(reply->errorString());
        result.message = explain(result);
        finish(result);
        return;
    }
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !json.contains(QStringLiteral("ok"))) {
        result.error = TelegramResult::Error::Protocol;
        result.message = explain(result);
        finish(result);
        return;
    }
    if (json.value(QStringLiteral("ok")).toBool()) {
        result.result = json.value(QStringLiteral("result"));
        finish(result);
        return;
    }
    const int code = json.value(QStringLiteral("error_code")).toInt(result.httpStatus);
    result.description = m_redactor.redact(json.value(QStringLiteral("description")).toString());
    result.retryAfter =
        json.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after")).toInt();
    if (code == 429) {
        const int wait = std::max(1, result.retryAfter);
        if (wait <= m_waitBudget) {
            m_waitBudget -= wait;
            qCDebug(lcTelegram) << m_method << "rate limited, waiting" << wait << "s";
            emit waiting(wait);
            m_waitTimer->start(wait * 1000);
            return;
        }
        result.error = TelegramResult::Error::RateLimited;
    } else if (code == 401 || code == 404) {
        // The Bot API answers 404 when the token is not a token at all.
        result.error = TelegramResult::Error::Unauthorized;
    } else if (code == 400 &&
               result.description.contains(QStringLiteral("chat not found"), Qt::CaseInsensitive)) {
        result.error = TelegramResult::Error::ChatNotFound;
    } else if (code == 403) {
        result.error = TelegramResult::Error::Blocked;
    } else if (code >= 500) {
        result.error = TelegramResult::Error::Network;
    } else {
        result.error = TelegramResult::Error::BadRequest;
    }
    result.message = explain(result);
    finish(result);
}

QString TelegramCall::explain(const TelegramResult& result) const
{
    switch (result.error) {
    case TelegramResult::Error::None:
    case TelegramResult::Error::Cancelled:
        return {};
    case TelegramResult::Error::Unauthorized:
        return tr("Telegram rejected the bot token (HTTP %1): it is wrong or was revoked — copy the current "
                  "token "
                  "from @BotFather (/mybots → API Token)")
            .arg(result.httpStatus);
    case TelegramResult::Error::ChatNotFound:
        return tr(
            "Telegram does not know this chat for the bot — that user must open the bot in Telegram and "
            "press Start first, then try again");
    case TelegramResult::Error::Blocked:
        return tr("Telegram refused: %1 — the user may have blocked the bot; ask them to unblock it and "
                  "press Start")
            .arg(result.description);
    case TelegramResult::Error::RateLimited:
        return tr(
            "Telegram asks to wait %n second(s) before the next request (too many requests) — try again "
            "later",
            nullptr, result.retryAfter);
    case TelegramResult::Error::BadRequest:
        return tr("Telegram refused %1: %2").arg(m_method, result.description);
    case TelegramResult::Error::Network:
        if (result.httpStatus >= 500)
            return tr("Telegram had a server error (HTTP %1) — try again in a minute").arg(result.httpStatus);
        return tr("Network problem: Telegram (%1) could not be reached: %2 — check the internet connection "
                  "or proxy; the token itself was not checked")
            .arg(m_url.host(), result.description);
    case TelegramResult::Error::Protocol:
        return tr("%1 answered with something that is not the Telegram Bot API (HTTP %2) — check the "
                  "Telegram "
                  "API address")
            .arg(m_url.host())
            .arg(result.httpStatus);
    }
    return {};
}

void TelegramCall::finish(TelegramResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.message = m_redactor.redact(result.message);
    m_result = result;
    if (!result.ok())
        qCDebug(lcTelegram) << m_method << "failed:" << result.message;
    emit finished();
}
