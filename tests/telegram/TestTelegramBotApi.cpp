#include "telegram/TelegramBotApi.h"
#include "telegram/TelegramBotInfo.h"
#include "telegram/TelegramWebhookInfo.h"

#include "support/FakeTelegramServer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

// Known secrets planted by the tests: neither may appear in any text or log line.
const QString goodToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1");
const QString wrongToken = QStringLiteral("987654321:ZZHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9");
const QString oddToken = QStringLiteral("42:short-but-secret-token");
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log << message;
}

} // namespace

class TestTelegramBotApi : public QObject
{
    Q_OBJECT

    FakeTelegramServer m_server;
    QtMessageHandler m_previousHandler = nullptr;

    static TelegramResult waitFor(TelegramCall* call)
    {
        QSignalSpy spy(call, &TelegramCall::finished);
        if (!call->isFinished())
            spy.wait(20000);
        return call->result();
    }

    std::unique_ptr<TelegramBotApi> api(const QString& token)
    {
        auto api = std::make_unique<TelegramBotApi>();
        api->setBaseUrl(m_server.baseUrl());
        api->setToken(token);
        return api;
    }

    static void verifyNoLeak(const TelegramResult& result)
    {
        for (const QString& token : {goodToken, wrongToken, oddToken}) {
            QVERIFY2(!result.message.contains(token), qPrintable(result.message));
            QVERIFY(!result.description.contains(token));
            for (const QString& line : std::as_const(g_log))
                QVERIFY2(!line.contains(token), qPrintable(line));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.addBot(goodToken, 123456789, QStringLiteral("KKT Test"), QStringLiteral("kkt_test_bot"));
        m_server.addBot(oddToken, 42, QStringLiteral("Odd"), QStringLiteral("odd_bot"));
        m_server.addStartedChat(1001);
        QLoggingCategory::setFilterRules(QStringLiteral("kkt.*=true"));
        m_previousHandler = qInstallMessageHandler(captureLog);
    }
    void cleanupTestCase() { qInstallMessageHandler(m_previousHandler); }

    void configuredBase()
    {
        qputenv("KKT_TELEGRAM_API_URL", "http://127.0.0.1:9/mirror");
        QCOMPARE(TelegramBotApi::configuredBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/mirror")));
        qunsetenv("KKT_TELEGRAM_API_URL");
        QCoreApplication::setOrganizationName(QStringLiteral("KKT-test-telegram"));
        QCOMPARE(TelegramBotApi::configuredBaseUrl(), QUrl(QStringLiteral("https://api.telegram.org")));
    }

    void getMe()
    {
        auto bot = api(goodToken);
        const TelegramResult result = waitFor(bot->getMe());
        QVERIFY2(result.ok(), qPrintable(result.message));
        const TelegramBotInfo info = TelegramBotInfo::fromJson(result.result.toObject());
        QCOMPARE(info.username, QStringLiteral("kkt_test_bot"));
        QCOMPARE(info.displayName(), QStringLiteral("KKT Test (@kkt_test_bot)"));
        QCOMPARE(m_server.requests().last().method, QByteArray("POST"));
        QCOMPARE(m_server.requests().last().url.path(),
                 QStringLiteral("/bot") + goodToken + QStringLiteral("/getMe"));
        verifyNoLeak(result);
    }

    void wrongTokenExplained()
    {
        auto bot = api(wrongToken);
        const TelegramResult result = waitFor(bot->getMe());
        QCOMPARE(result.error, TelegramResult::Error::Unauthorized);
        QCOMPARE(result.httpStatus, 401);
        QVERIFY(result.message.contains(QStringLiteral("wrong or was revoked")));
        QVERIFY(result.message.contains(QStringLiteral("@BotFather")));
        verifyNoLeak(result);

        auto garbage = api(QStringLiteral("not-a-token"));
        QCOMPARE(waitFor(garbage->getMe()).error, TelegramResult::Error::Unauthorized);
    }

    void webhookLifecycle()
    {
        auto bot = api(goodToken);
        m_server.setPendingUpdates(5);
        const QString secret = TelegramBotApi::randomSecretToken();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{32}$")).match(secret).hasMatch());
        QVERIFY(secret != TelegramBotApi::randomSecretToken());
        TelegramResult result =
            waitFor(bot->setWebhook(QUrl(QStringLiteral("https://kkt.example.com/tg")), secret,
                                    {QStringLiteral("message"), QStringLiteral("callback_query")}, true));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(m_server.webhookSecret(), secret);
        QCOMPARE(m_server.pendingUpdates(), 0);
        QCOMPARE(m_server.calls().last().parameters.value(QStringLiteral("allowed_updates")).toArray().size(),
                 2);

        result = waitFor(bot->getWebhookInfo());
        QVERIFY(result.ok());
        QCOMPARE(TelegramWebhookInfo::fromJson(result.result.toObject()).url,
                 QStringLiteral("https://kkt.example.com/tg"));

        result = waitFor(bot->setWebhook(QUrl(QStringLiteral("http://insecure.example.com")), {}, {}, false));
        QCOMPARE(result.error, TelegramResult::Error::BadRequest);
        QVERIFY(result.message.contains(QStringLiteral("HTTPS")));

        result = waitFor(bot->deleteWebhook(true));
        QVERIFY(result.ok());
        QCOMPARE(m_server.calls().last().parameters.value(QStringLiteral("drop_pending_updates")).toBool(),
                 true);
        QVERIFY(
            TelegramWebhookInfo::fromJson(waitFor(bot->getWebhookInfo()).result.toObject()).url.isEmpty());
    }

    void sendMessage()
    {
        auto bot = api(goodToken);
        TelegramResult result = waitFor(bot->sendMessage(1001, QStringLiteral("KKT Deploy test message")));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(m_server.calls().last().parameters.value(QStringLiteral("chat_id")).toInteger(), 1001);

        result = waitFor(bot->sendMessage(2002, QStringLiteral("hello")));
        QCOMPARE(result.error, TelegramResult::Error::ChatNotFound);
        QVERIFY(result.message.contains(QStringLiteral("press Start")));
        verifyNoLeak(result);
    }

    void rateLimitIsWaitedOut()
    {
        auto bot = api(goodToken);
        m_server.rateLimitNext(1, 1);
        TelegramCall* call = bot->getMe();
        QSignalSpy waiting(call, &TelegramCall::waiting);
        const TelegramResult result = waitFor(call);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().first().toInt(), 1);
    }

    void rateLimitBeyondTheBudget()
    {
        auto bot = api(goodToken);
        bot->setMaxRateLimitWait(5);
        m_server.rateLimitNext(1, 3600);
        const TelegramResult result = waitFor(bot->getMe());
        QCOMPARE(result.error, TelegramResult::Error::RateLimited);
        QCOMPARE(result.retryAfter, 3600);
        QVERIFY(result.message.contains(QStringLiteral("3600")));
    }

    void networkErrorsNeverShowTheToken()
    {
        // Nothing listens there: connection refused.
        TelegramBotApi refused;
        refused.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        refused.setToken(goodToken);
        TelegramResult result = waitFor(refused.getMe());
        QCOMPARE(result.error, TelegramResult::Error::Network);
        QVERIFY(result.message.contains(QStringLiteral("127.0.0.1")));
        // The network is named as the cause; the token is not blamed.
        QVERIFY2(result.message.startsWith(QStringLiteral("Network problem")), qPrintable(result.message));
        QVERIFY(!result.message.contains(QStringLiteral("rejected")));
        verifyNoLeak(result);

        // A stalled server: the transfer timeout fires; Qt's error text quotes the URL.
        auto stalled = api(oddToken);
        stalled->setTransferTimeout(200);
        m_server.stallNext(1);
        result = waitFor(stalled->getMe());
        QCOMPARE(result.error, TelegramResult::Error::Network);
        verifyNoLeak(result);

        // A proxy page instead of the API.
        FakeHttpServer html;
        QVERIFY(html.listen());
        html.setHandler([](const FakeHttpServer::Request&) {
            return FakeHttpServer::json(502, "<html>bad gateway</html>");
        });
        TelegramBotApi proxied;
        proxied.setBaseUrl(html.baseUrl());
        proxied.setToken(goodToken);
        result = waitFor(proxied.getMe());
        QCOMPARE(result.error, TelegramResult::Error::Protocol);
        verifyNoLeak(result);
    }

    void cancel()
    {
        auto bot = api(goodToken);
        m_server.stallNext(1);
        TelegramCall* call = bot->getMe();
        const qsizetype before = m_server.calls().size();
        QTRY_COMPARE(m_server.calls().size(), before + 1);
        call->cancel();
        QCOMPARE(call->result().error, TelegramResult::Error::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestTelegramBotApi)
#include "TestTelegramBotApi.moc"
