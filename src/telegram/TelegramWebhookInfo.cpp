#include "TelegramWebhookInfo.h"

#include <QJsonArray>

TelegramWebhookInfo TelegramWebhookInfo::fromJson(const QJsonObject& info)
{
    TelegramWebhookInfo webhook;
    webhook.url = info.value(QStringLiteral("url")).toString();
    webhook.pendingUpdateCount = info.value(QStringLiteral("pending_update_count")).toInt();
    webhook.lastErrorMessage = info.value(QStringLiteral("last_error_message")).toString();
    if (const qint64 date = qint64(info.value(QStringLiteral("last_error_date")).toDouble()); date > 0)
        webhook.lastErrorDate = QDateTime::fromSecsSinceEpoch(date, Qt::UTC);
    for (const QJsonValue& update : info.value(QStringLiteral("allowed_updates")).toArray())
        webhook.allowedUpdates << update.toString();
    return webhook;
}
