#pragma once

#include <QJsonValue>
#include <QString>

// The answer to one Bot API call. `message` is for the user: what happened and what to do; it
// never contains the token (nor does `description`).
struct TelegramResult
{
    enum class Error
    {
        None,
        Unauthorized, // 401, or 404 for a token of the wrong shape: wrong or revoked token
        ChatNotFound, // 400 chat not found: the user has not pressed Start
        Blocked,      // 403: the user blocked the bot, or the bot may not write there
        RateLimited,  // 429 and retry_after longer than we wait
        BadRequest,   // other 4xx
        Network,      // no answer
        Protocol,     // an answer that is not the Bot API's JSON
        Cancelled
    };

    Error error = Error::None;
    int httpStatus = 0;
    QString description; // Telegram's own text, sanitised
    QString message;     // explained, translated
    int retryAfter = 0;  // seconds, with RateLimited
    QJsonValue result;   // "result" of a successful call

    bool ok() const { return error == Error::None; }
};
