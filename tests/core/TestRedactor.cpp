#include "core/Redactor.h"

#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void masksRegisteredSecrets()
    {
        Redactor r;
        r.addSecret(QStringLiteral("Sentinel-Pass-123"));
        r.addSecret(QStringLiteral("pa ss/wörd"));
        r.addSecret(QStringLiteral("abc")); // too short to mask safely
        const QString out =
            r.redact(QStringLiteral("login with Sentinel-Pass-123 failed; tried pa%20ss%2Fw%C3%B6rd and "
                                    "pa ss/wörd; abc stays"));
        QVERIFY(!out.contains(QStringLiteral("Sentinel-Pass-123")));
        QVERIFY(!out.contains(QStringLiteral("pa ss/wörd")));
        QVERIFY(!out.contains(QStringLiteral("pa%20ss%2Fw%C3%B6rd")));
        QVERIFY(out.contains(QStringLiteral("abc stays")));
        QCOMPARE(out.count(Redactor::mask()), 3);
    }

    void longerSecretsFirst()
    {
        Redactor r;
        r.addSecret(QStringLiteral("secret"));
        r.addSecret(QStringLiteral("secret-and-more"));
        QCOMPARE(r.redact(QStringLiteral("x secret-and-more y")), QStringLiteral("x [redacted] y"));
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("leak");
        QTest::newRow("bot token") << QStringLiteral(
                                          "GET /bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsa-_/getMe")
                                   << QStringLiteral("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsa-_");
        QTest::newRow("db url") << QStringLiteral(
                                       "DATABASE_URL=postgresql://kkt:S3cr3t_pw@127.0.0.1:5432/kkt_client_1")
                                << QStringLiteral("S3cr3t_pw");
        QTest::newRow("url in text") << QStringLiteral("connecting to postgres://user:hunter2xx@db/x")
                                     << QStringLiteral("hunter2xx");
        QTest::newRow("env password")
            << QStringLiteral("BOT_API_PASSWORD=ManagerPw99") << QStringLiteral("ManagerPw99");
        QTest::newRow("jwt secret") << QStringLiteral("JWT_SECRET_KEY=0123456789abcdef")
                                    << QStringLiteral("0123456789abcdef");
        QTest::newRow("json secret") << QStringLiteral("{\"secret_token\": \"wh-secret-42\"}")
                                     << QStringLiteral("wh-secret-42");
        QTest::newRow("private key") << QStringLiteral(
                                            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n"
                                            "-----END OPENSSH PRIVATE KEY-----")
                                     << QStringLiteral("b3BlbnNzaC1rZXk");
        QTest::newRow("truncated key") << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA")
                                       << QStringLiteral("MIIEpAIBAAKCAQEA");
    }
    void patterns()
    {
        QFETCH(QString, input);
        QFETCH(QString, leak);
        const QString out = Redactor().redact(input);
        QVERIFY2(!out.contains(leak), qPrintable(out));
        QVERIFY(out.contains(Redactor::mask()));
    }

    void ordinaryTextIsUntouched()
    {
        const QString text =
            QStringLiteral("apt-get install -y postgresql nginx; systemctl restart kkt-web.service "
                           "(port 8000, time 09:00, https://kkt.example.ru/health)");
        QCOMPARE(Redactor().redact(text), text);
        // A name ending a line assigns nothing to the next line (a step called app.secrets).
        const QString lines =
            QStringLiteral("::kkt-step app.secrets\n::kkt-probe done\nTOKEN\n: not a value");
        QCOMPARE(Redactor().redact(lines), lines);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
