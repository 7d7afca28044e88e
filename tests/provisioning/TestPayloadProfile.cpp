#include "provisioning/PayloadProfile.h"
#include "support/SampleRelease.h"

#include <QJsonDocument>
#include <QTest>

class TestPayloadProfile : public QObject
{
    Q_OBJECT

private slots:
    void builtInProfileIsKkt10()
    {
        QString error;
        const PayloadProfile p = PayloadProfile::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(p.name, QStringLiteral("kkt-1.0"));
        QCOMPARE(p.pythonMinimum, QStringLiteral("3.12"));
        // The facts of payload-kkt-1.0.md, kept as data.
        QVERIFY(p.webExec.contains(QStringLiteral("--workers 1")));
        QVERIFY(p.botExec.contains(QStringLiteral("-m bot.main")));
        QCOMPARE(p.telegramMode, QStringLiteral("polling"));
        QVERIFY(p.pipExtraPackages.contains(QStringLiteral("psycopg2-binary")));
        QVERIFY(p.pipExtraPackages.contains(QStringLiteral("PyJWT")));
        QVERIFY(p.pipExtraPackages.contains(QStringLiteral("email-validator")));
        QCOMPARE(p.production.webPort, 8000);
        QCOMPARE(p.test.webPort, 8200);
        QCOMPARE(p.test.database, QStringLiteral("kkt_test_instance"));
        QCOMPARE(p.test.webService, QStringLiteral("kkt-test-web"));
        QVERIFY(p.scripts.contains(QStringLiteral("kkt_initdb.py")));
        QVERIFY(p.env.join(u'\n').contains(QStringLiteral("DATABASE_URL=postgresql://")));
        QVERIFY(!p.env.join(u'\n').contains(QStringLiteral("NOTIFICATION_TIME="))); // never read by the code
    }

    void sampleProfileLoads()
    {
        QString error;
        const PayloadProfile p = PayloadProfile::load(SampleRelease::profile(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(p.pythonMinimum, QStringLiteral("3.11"));
        QVERIFY(p.venvSystemSitePackages);
    }

    // The server check judges Python and the system against the chosen release's profile.
    void serverRequirementsComeFromTheProfile()
    {
        QString error;
        const ServerFacts::Requirements kkt =
            PayloadProfile::forConfig(QString(), &error).serverRequirements();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(kkt.pythonMinimum, QStringLiteral("3.12"));
        QCOMPARE(kkt.pythonInterpreter, QStringLiteral("python3.12"));
        // python3.12-venv exists only where Python 3.12 is the system's Python.
        QCOMPARE(kkt.systems, QStringList{QStringLiteral("ubuntu 24.04")});
        const ServerFacts::Requirements sample =
            PayloadProfile::forConfig(SampleRelease::profile(), &error).serverRequirements();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sample.profileName, QStringLiteral("sample-e2e"));
        QCOMPARE(sample.pythonMinimum, QStringLiteral("3.11"));
        QCOMPARE(sample.pythonInterpreter, QStringLiteral("python3"));
        QCOMPARE(sample.systems, QStringList{QStringLiteral("debian 12")});
    }

    void incompleteProfilesAreRefused()
    {
        QString error;
        PayloadProfile::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}, QString(),
                                 &error);
        QVERIFY(error.contains(QStringLiteral("services.web.exec")));
        error.clear();
        PayloadProfile::load(QStringLiteral("/nonexistent/profile.json"), &error);
        QVERIFY(error.contains(QStringLiteral("/nonexistent/profile.json")));
    }
};

QTEST_GUILESS_MAIN(TestPayloadProfile)
#include "TestPayloadProfile.moc"
