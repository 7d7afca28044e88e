#pragma once

#include <QJsonObject>
#include <QString>

// Who a token belongs to, from getMe.
struct TelegramBotInfo
{
    qint64 id = 0;
    QString firstName;
    QString username;
    bool isBot = false;

    static TelegramBotInfo fromJson(const QJsonObject& user);
    // "Name (@username)"
    QString displayName() const;
};
