#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A bot's webhook state, from getWebhookInfo. An empty url means the bot uses long polling.
struct TelegramWebhookInfo
{
    QString url;
    int pendingUpdateCount = 0;
    QString lastErrorMessage;
    QDateTime lastErrorDate;
    QStringList allowedUpdates;

    static TelegramWebhookInfo fromJson(const QJsonObject& info);
};
