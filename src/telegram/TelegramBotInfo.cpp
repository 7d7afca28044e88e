#include "TelegramBotInfo.h"

TelegramBotInfo TelegramBotInfo::fromJson(const QJsonObject& user)
{
    TelegramBotInfo info;
    info.id = qint64(user.value(QStringLiteral("id")).toDouble());
    info.firstName = user.value(QStringLiteral("first_name")).toString();
    info.username = user.value(QStringLiteral("username")).toString();
    info.isBot = user.value(QStringLiteral("is_bot")).toBool();
    return info;
}

QString TelegramBotInfo::displayName() const
{
    return QStringLiteral("%1 (@%2)").arg(firstName, username);
}
