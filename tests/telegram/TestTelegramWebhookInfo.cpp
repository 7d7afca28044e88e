#include "telegram/TelegramBotInfo.h"
#include "telegram/TelegramWebhookInfo.h"

#include <QJsonDocument>
#include <QTest>

namespace {

// moc reads “//” inside a raw string as a comment, so the samples write URLs as https:§…
QJsonObject sample(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace("§", "//")).object();
}

} // namespace

// The Bot API's User (getMe) and WebhookInfo objects as documented.
class TestTelegramWebhookInfo : public QObject
{
    Q_OBJECT

private slots:
    void webhookInfo()
    {
        const auto info = TelegramWebhookInfo::fromJson(sample(R"({
            "url": "https:§kkt.example.com/tg", "has_custom_certificate": false, "pending_update_count": 3,
            "last_error_date": 1717236000, "last_error_message": "Connection refused",
            "max_connections": 40, "allowed_updates": ["message", "callback_query"]})"));
        QCOMPARE(info.url, QStringLiteral("https://kkt.example.com/tg"));
        QCOMPARE(info.pendingUpdateCount, 3);
        QCOMPARE(info.lastErrorMessage, QStringLiteral("Connection refused"));
        QCOMPARE(info.lastErrorDate, QDateTime::fromSecsSinceEpoch(1717236000, Qt::UTC));
        QCOMPARE(info.allowedUpdates,
                 (QStringList{QStringLiteral("message"), QStringLiteral("callback_query")}));

        const auto polling = TelegramWebhookInfo::fromJson(
            sample(R"({"url": "", "has_custom_certificate": false, "pending_update_count": 0})"));
        QVERIFY(polling.url.isEmpty());
        QVERIFY(!polling.lastErrorDate.isValid());
    }

    void botInfo()
    {
        const auto bot = TelegramBotInfo::fromJson(sample(
            R"({"id": 7123456789, "is_bot": true, "first_name": "KKT Бот", "username": "kkt_client_bot"})"));
        QCOMPARE(bot.id, 7123456789);
        QVERIFY(bot.isBot);
        QCOMPARE(bot.displayName(), QStringLiteral("KKT Бот (@kkt_client_bot)"));
    }
};

QTEST_GUILESS_MAIN(TestTelegramWebhookInfo)
#include "TestTelegramWebhookInfo.moc"
