#include "support/FakeTelegramServer.h"
#include "support/TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString goodToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1");
const QString wrongToken = QStringLiteral("987654321:ZZHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9");
} // namespace

// `kkt-deploy telegram check` against a local Bot API; the token comes over stdin or the environment.
class TestTelegramCommand : public QObject
{
    Q_OBJECT

    FakeTelegramServer m_server;

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    Result kktDeploy(const QStringList& args, const QByteArray& stdinData, const QString& envToken = {})
    {
        QProcess p;
        p.setProgram(TestEnvironment::binaryDir() + QStringLiteral("/kkt-deploy"));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("KKT_DEBUG"),
                   QStringLiteral("1")); // debug logs on: they must not leak either
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kkt.*=true"));
        env.remove(QStringLiteral("KKT_BOT_TOKEN"));
        if (!envToken.isEmpty())
            env.insert(QStringLiteral("KKT_BOT_TOKEN"), envToken);
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start();
        p.write(stdinData);
        p.closeWriteChannel();
        if (!finished.wait(30000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList check() const
    {
        return {QStringLiteral("telegram"), QStringLiteral("check"), QStringLiteral("--api-url"),
                m_server.baseUrl().toString()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.addBot(goodToken, 123456789, QStringLiteral("KKT Client"), QStringLiteral("kkt_client_bot"));
    }

    void tokenFromStdin()
    {
        m_server.setWebhookUrl({});
        const Result r = kktDeploy(check(), goodToken.toUtf8() + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("KKT Client (@kkt_client_bot)")));
        QVERIFY(r.out.contains(QStringLiteral("long polling")));
        QVERIFY(!r.out.contains(goodToken) && !r.err.contains(goodToken));
    }

    void tokenFromEnvironmentAndWebhookNote()
    {
        m_server.setWebhookUrl(QStringLiteral("https://old.example.com/hook"));
        const Result r = kktDeploy(check() << QStringLiteral("--json"), {}, goodToken);
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("username")).toString(), QStringLiteral("kkt_client_bot"));
        QCOMPARE(json.value(QStringLiteral("webhook_url")).toString(),
                 QStringLiteral("https://old.example.com/hook"));
        const Result text = kktDeploy(check(), goodToken.toUtf8());
        QVERIFY(text.out.contains(QStringLiteral("deletes this webhook")));
        m_server.setWebhookUrl({});
    }

    void refusesWrongToken()
    {
        const Result r = kktDeploy(check(), wrongToken.toUtf8() + "\n");
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains(QStringLiteral("wrong or was revoked")));
        QVERIFY2(!r.err.contains(wrongToken) && !r.out.contains(wrongToken), qPrintable(r.err));
    }

    void unreachable()
    {
        const Result r = kktDeploy({QStringLiteral("telegram"), QStringLiteral("check"),
                                    QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:1")},
                                   goodToken.toUtf8());
        QCOMPARE(r.code, 6);
        QVERIFY2(!r.err.contains(goodToken), qPrintable(r.err));
    }

    void badInput()
    {
        QCOMPARE(kktDeploy(check(), "not a token\n").code, 2);
        QCOMPARE(kktDeploy(check(), "").code, 2);
        QCOMPARE(kktDeploy({QStringLiteral("telegram"), QStringLiteral("send")}, goodToken.toUtf8()).code, 2);
        const Result r = kktDeploy(check(), "not a token\n");
        QVERIFY(r.err.contains(QStringLiteral("BotFather")));
    }
};

QTEST_GUILESS_MAIN(TestTelegramCommand)
#include "TestTelegramCommand.moc"
