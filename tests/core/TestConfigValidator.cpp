#include "core/ConfigValidator.h"

#include <QTemporaryDir>
#include <QTest>

class TestConfigValidator : public QObject
{
    Q_OBJECT

    static DeploymentConfig valid()
    {
        DeploymentConfig c;
        c.server.host = QStringLiteral("203.0.113.10");
        c.server.domain = QStringLiteral("kkt.example.ru");
        c.admin = {QStringLiteral("Ivan Petrov"), QStringLiteral("ivan@example.ru"),
                   QStringLiteral("+79123456789"), QStringLiteral("OOO Romashka"), PasswordMode::Generate};
        c.telegram.adminIds = {123456789, 987654321};
        c.settings.timezone = QStringLiteral("Europe/Moscow");
        return c;
    }

private slots:
    void acceptsAValidConfiguration()
    {
        const ValidationResult r = ConfigValidator::validate(valid());
        QVERIFY(r.ok());
        QCOMPARE(r.config, valid());
    }

    void normalises()
    {
        DeploymentConfig c = valid();
        c.server.host = QStringLiteral(" Server.Example.RU ");
        c.server.domain = QStringLiteral("Кассы.Ромашка.РФ");
        c.admin.phone = QStringLiteral("+7 (912) 345-67-89");
        c.admin.email = QStringLiteral("Ivan@Example.RU");
        c.admin.company = QStringLiteral("  OOO \"Romashka\"; $(reboot) `id`  ");
        c.telegram.adminIds = {5, 5, 3};
        c.settings.alertDays = {3, 7, 14, 7};
        c.settings.notificationTime = QStringLiteral("9:30");
        const ValidationResult r = ConfigValidator::validate(c);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.config.server.host, QStringLiteral("server.example.ru"));
        QCOMPARE(r.config.server.domain, QStringLiteral("xn--80atwa4c.xn--80aa3agjl3d.xn--p1ai"));
        QCOMPARE(r.config.admin.phone, QStringLiteral("+79123456789"));
        QCOMPARE(r.config.admin.email, QStringLiteral("Ivan@example.ru"));
        QCOMPARE(r.config.admin.company, QStringLiteral("OOO \"Romashka\"; $(reboot) `id`"));
        QCOMPARE(r.config.telegram.adminIds, (QList<qint64>{5, 3}));
        QCOMPARE(r.config.settings.alertDays, (QList<int>{14, 7, 3}));
        QCOMPARE(r.config.settings.notificationTime, QStringLiteral("09:30"));
    }

    void listsEveryProblem()
    {
        DeploymentConfig c;
        c.server.host = QStringLiteral("300.0.0.1");
        c.server.port = 0;
        c.server.user = QStringLiteral("-x");
        c.server.auth = SshAuth::Key;
        c.server.domain = QStringLiteral("localhost");
        c.admin = {QString(), QStringLiteral("x@"), QStringLiteral("123"), QStringLiteral("\n"),
                   PasswordMode::Typed};
        c.settings = {QStringLiteral("25:00"), QStringLiteral("Nowhere/City"), {0}, QStringLiteral("x"), 0};
        c.release = {ReleaseSource::File, {}, QStringLiteral("/nonexistent.tar.gz"), QString()};
        const ValidationResult r = ConfigValidator::validate(c);
        QStringList fields;
        for (const ValidationIssue& issue : r.issues) {
            fields << issue.field;
            QVERIFY(!issue.problem.isEmpty());
            QVERIFY(!issue.fix.isEmpty());
        }
        const QStringList expected{QStringLiteral("server.host"),
                                   QStringLiteral("server.port"),
                                   QStringLiteral("server.user"),
                                   QStringLiteral("server.identityFile"),
                                   QStringLiteral("server.domain"),
                                   QStringLiteral("admin.fullName"),
                                   QStringLiteral("admin.email"),
                                   QStringLiteral("admin.phone"),
                                   QStringLiteral("admin.company"),
                                   QStringLiteral("telegram.adminIds"),
                                   QStringLiteral("settings.notificationTime"),
                                   QStringLiteral("settings.timezone"),
                                   QStringLiteral("settings.alertDays"),
                                   QStringLiteral("settings.backupTime"),
                                   QStringLiteral("settings.backupRetentionDays"),
                                   QStringLiteral("release.path"),
                                   QStringLiteral("release.checksums")};
        QCOMPARE(fields, expected);
    }

    void releaseTagOnlyCheckedWhenChosen()
    {
        DeploymentConfig c = valid();
        c.release.tag = QStringLiteral("garbage");
        QVERIFY(ConfigValidator::validate(c).ok());
        c.release.source = ReleaseSource::Tag;
        QCOMPARE(ConfigValidator::validate(c).issues.value(0).field, QStringLiteral("release.tag"));
    }

    void tlsAndProfile()
    {
        DeploymentConfig c = valid();
        c.web.tls = TlsMode::None;
        QCOMPARE(ConfigValidator::validate(c).issues.value(0).field, QStringLiteral("web.tls"));
        c.web.acceptNoTls = true;
        QVERIFY(ConfigValidator::validate(c).ok());
        c.web.acceptNoTls = false;
        c.mode = DeploymentMode::Test; // a test instance may run without TLS
        QVERIFY(ConfigValidator::validate(c).ok());
        // An existing certificate and key are files on this computer (they are uploaded).
        QTemporaryDir dir;
        for (const char* name : {"cert.pem", "cert.key"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        c.web = {TlsMode::Existing, dir.filePath(QStringLiteral("missing.pem")),
                 dir.filePath(QStringLiteral("cert.key")), false};
        QCOMPARE(ConfigValidator::validate(c).issues.value(0).field, QStringLiteral("web.certificateFile"));
        c.web.certificateFile = dir.filePath(QStringLiteral("cert.pem"));
        QVERIFY(ConfigValidator::validate(c).ok());
        c.web.keyFile.clear();
        QCOMPARE(ConfigValidator::validate(c).issues.value(0).field, QStringLiteral("web.keyFile"));
        c.web.keyFile = dir.filePath(QStringLiteral("cert.key"));
        c.profile = QStringLiteral("/nonexistent/profile.json");
        QCOMPARE(ConfigValidator::validate(c).issues.value(0).field, QStringLiteral("profile"));
    }

    void secrets()
    {
        DeploymentConfig c = valid();
        DeploymentSecrets s;
        ValidationIssues issues = ConfigValidator::validateSecrets(c, s);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("telegram.botToken"));
        s.botToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsa-_");
        QVERIFY(ConfigValidator::validateSecrets(c, s).isEmpty());
        c.admin.passwordMode = PasswordMode::Typed;
        s.adminPassword = QStringLiteral("weak");
        issues = ConfigValidator::validateSecrets(c, s);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("admin.password"));
        QVERIFY(!issues.first().toString().contains(QStringLiteral("weak")));
        s.adminPassword = QStringLiteral("Str0ng-Passw0rd!");
        QVERIFY(ConfigValidator::validateSecrets(c, s).isEmpty());
        s.wipe();
        QVERIFY(s.botToken.isEmpty() && s.adminPassword.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "TestConfigValidator.moc"
