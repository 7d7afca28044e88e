#include "core/DeploymentConfig.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestDeploymentConfig : public QObject
{
    Q_OBJECT

    static QJsonObject example()
    {
        QFile file(TestEnvironment::sourceDir() + QStringLiteral("/tests/data/example-config.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void readsTheDocumentedExample()
    {
        ValidationIssues issues;
        const DeploymentConfig c = DeploymentConfig::fromJson(example(), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        QCOMPARE(c.mode, DeploymentMode::Production);
        QCOMPARE(c.server.host, QStringLiteral("203.0.113.10"));
        QCOMPARE(c.server.port, 22);
        QCOMPARE(c.server.user, QStringLiteral("root"));
        QCOMPARE(c.server.auth, SshAuth::Agent);
        QCOMPARE(c.server.domain, QStringLiteral("kkt.example.ru"));
        QCOMPARE(c.admin.fullName, QStringLiteral("Ivan Petrov"));
        QCOMPARE(c.admin.passwordMode, PasswordMode::Generate);
        QCOMPARE(c.telegram.adminIds, (QList<qint64>{123456789, 987654321}));
        QCOMPARE(c.settings.alertDays, (QList<int>{14, 7, 3}));
        QCOMPARE(c.settings.backupRetentionDays, 7);
        QCOMPARE(c.release.source, ReleaseSource::Latest);
    }

    void roundTripIsExact()
    {
        ValidationIssues issues;
        const QJsonObject json = example();
        const DeploymentConfig c = DeploymentConfig::fromJson(json, &issues);
        QCOMPARE(c.toJson(), json);
        QCOMPARE(DeploymentConfig::fromJson(c.toJson(), &issues), c);
    }

    void releaseVariantsRoundTrip()
    {
        DeploymentConfig c;
        c.release.source = ReleaseSource::Tag;
        c.release.tag = QStringLiteral("v1.0.1");
        ValidationIssues issues;
        QCOMPARE(DeploymentConfig::fromJson(c.toJson(), &issues).release, c.release);
        QCOMPARE(c.toJson().value(QStringLiteral("release")).toObject(),
                 (QJsonObject{{QStringLiteral("source"), QStringLiteral("tag")},
                              {QStringLiteral("tag"), QStringLiteral("v1.0.1")}}));
        c.release = {ReleaseSource::File,
                     {},
                     QStringLiteral("/tmp/kkt-app-v1.0.0.tar.gz"),
                     QStringLiteral("/tmp/checksums.txt")};
        QCOMPARE(DeploymentConfig::fromJson(c.toJson(), &issues).release, c.release);
        QVERIFY(issues.isEmpty());
    }

    void allEnumsRoundTrip()
    {
        DeploymentConfig c;
        c.mode = DeploymentMode::Test;
        c.server.auth = SshAuth::Password;
        c.admin.passwordMode = PasswordMode::Typed;
        ValidationIssues issues;
        const DeploymentConfig back = DeploymentConfig::fromJson(c.toJson(), &issues);
        QCOMPARE(back.mode, DeploymentMode::Test);
        QCOMPARE(back.server.auth, SshAuth::Password);
        QCOMPARE(back.admin.passwordMode, PasswordMode::Typed);
        c.server.auth = SshAuth::Key;
        QCOMPARE(DeploymentConfig::fromJson(c.toJson(), &issues).server.auth, SshAuth::Key);
        QVERIFY(issues.isEmpty());
    }

    void laterKeysAreWrittenOnlyWhenSet()
    {
        DeploymentConfig c;
        QVERIFY(!c.toJson().contains(QStringLiteral("web")));
        QVERIFY(!c.toJson().contains(QStringLiteral("firewall")));
        QVERIFY(!c.toJson().contains(QStringLiteral("profile")));
        c.web = {TlsMode::Existing, QStringLiteral("/etc/ssl/kkt.pem"), QStringLiteral("/etc/ssl/kkt.key"),
                 false};
        c.firewall = FirewallMode::Leave;
        c.profile = QStringLiteral("/opt/profiles/custom.json");
        ValidationIssues issues;
        const DeploymentConfig back = DeploymentConfig::fromJson(c.toJson(), &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(back, c);
        c.web = {TlsMode::None, {}, {}, true};
        QCOMPARE(DeploymentConfig::fromJson(c.toJson(), &issues).web, c.web);
        QVERIFY(issues.isEmpty());
    }

    void wrongTypesAreReportedByField()
    {
        QJsonObject json = example();
        QJsonObject server = json.value(QStringLiteral("server")).toObject();
        server.insert(QStringLiteral("port"), QStringLiteral("22"));
        server.insert(QStringLiteral("auth"), QStringLiteral("kerberos"));
        json.insert(QStringLiteral("server"), server);
        json.insert(QStringLiteral("telegram"),
                    QJsonObject{{QStringLiteral("adminIds"), QJsonArray{1, QStringLiteral("2")}}});
        json.insert(QStringLiteral("admin"), QStringLiteral("Ivan"));
        ValidationIssues issues;
        DeploymentConfig::fromJson(json, &issues);
        QStringList fields;
        for (const ValidationIssue& i : issues)
            fields << i.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("server.port"), QStringLiteral("server.auth"),
                                      QStringLiteral("admin"), QStringLiteral("telegram.adminIds")}));
    }

    void fractionalNumbersAreNotWholeNumbers()
    {
        QJsonObject json = example();
        QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
        settings.insert(QStringLiteral("backupRetentionDays"), 7.5);
        json.insert(QStringLiteral("settings"), settings);
        ValidationIssues issues;
        DeploymentConfig::fromJson(json, &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("settings.backupRetentionDays"));
    }

    void missingValuesKeepDefaults()
    {
        ValidationIssues issues;
        const DeploymentConfig c = DeploymentConfig::fromJson(QJsonObject{}, &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(c.server.port, 22);
        QCOMPARE(c.settings.notificationTime, QStringLiteral("09:00"));
        QCOMPARE(c.settings.backupTime, QStringLiteral("03:00"));
        QVERIFY(!c.settings.timezone.isEmpty());
    }

    void defaultTimezoneIsANamedZone()
    {
        const QString zone = DeploymentConfig::defaultTimezone();
        QVERIFY(zone.contains(u'/'));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentConfig)
#include "TestDeploymentConfig.moc"
