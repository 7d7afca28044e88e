#include "provisioning/InstanceLayout.h"

#include <QTest>
#include <QTimeZone>

class TestInstanceLayout : public QObject
{
    Q_OBJECT

    PayloadProfile m_profile;

    DeploymentConfig config(DeploymentMode mode = DeploymentMode::Production) const
    {
        DeploymentConfig c;
        c.mode = mode;
        c.server.domain = QStringLiteral("kkt.example.ru");
        c.admin.email = QStringLiteral("ivan@example.ru");
        c.telegram.adminIds = {111, 222};
        c.settings.timezone = QStringLiteral("Europe/Moscow");
        c.settings.alertDays = {14, 7, 3};
        return c;
    }

    static QString value(const QList<QPair<QString, QString>>& vars, const QString& name)
    {
        for (const auto& [key, v] : vars) {
            if (key == name)
                return v;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_profile = PayloadProfile::builtIn(&error);
        QVERIFY(error.isEmpty());
    }

    void productionNames()
    {
        InstanceLayout layout(config(), m_profile, QStringLiteral("INST-20261125120000"));
        layout.setRelease(QStringLiteral("1.0.1"), QString(64, u'a'));
        QCOMPARE(layout.database(), QStringLiteral("kkt_client_20261125120000"));
        QCOMPARE(layout.appDir(), QStringLiteral("/home/kktapp/kkt-system"));
        QCOMPARE(layout.releaseDir(), QStringLiteral("/home/kktapp/kkt-system/releases/1.0.1"));
        QCOMPARE(layout.webService(), QStringLiteral("kkt-web"));
        QCOMPARE(layout.webPort(), 8000);
        QCOMPARE(layout.publicUrl(), QStringLiteral("https://kkt.example.ru"));
    }

    void testInstanceNamesComeFromTheProfile()
    {
        InstanceLayout layout(config(DeploymentMode::Test), m_profile, QStringLiteral("INST-20261125120000"));
        QCOMPARE(layout.database(), QStringLiteral("kkt_test_instance"));
        QCOMPARE(layout.appDir(), QStringLiteral("/home/kktapp/kkt-test-system"));
        QCOMPARE(layout.webService(), QStringLiteral("kkt-test-web"));
        QCOMPARE(layout.botService(), QStringLiteral("kkt-test-bot"));
        QCOMPARE(layout.webPort(), 8200);
        QCOMPARE(layout.publicUrl(), QStringLiteral("https://kkt.example.ru/test"));
        QVERIFY(layout.stateDir() !=
                InstanceLayout(config(), m_profile, QStringLiteral("INST-1")).stateDir());
    }

    void envHasEverythingTheApplicationReads()
    {
        InstanceLayout layout(config(), m_profile, QStringLiteral("INST-20261125120000"));
        QString error;
        const QString env = layout.renderEnv(QStringLiteral("123:token"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(env.contains(QStringLiteral(
            "DATABASE_URL=postgresql://kkt_client_20261125120000:@@DB_PASSWORD@@@127.0.0.1:5432/"
            "kkt_client_20261125120000")));
        QVERIFY(env.contains(QStringLiteral("TELEGRAM_ADMIN_IDS=111,222")));
        QVERIFY(env.contains(QStringLiteral("NOTIFICATION_DAYS=14,7,3")));
        QVERIFY(env.contains(QStringLiteral("NOTIFICATION_TIMEZONE=Europe/Moscow")));
        QVERIFY(env.contains(QStringLiteral("WEB_BASE_URL=https://kkt.example.ru")));
        QVERIFY(env.contains(QStringLiteral("WEB_API_BASE_URL=http://127.0.0.1:8000")));
        QVERIFY(env.contains(QStringLiteral("TELEGRAM_BOT_TOKEN=123:token")));
        QVERIFY(env.contains(QStringLiteral("JWT_ALGORITHM=HS256")));
    }

    void unitsAndSiteFollowThePayload()
    {
        InstanceLayout layout(config(), m_profile, QStringLiteral("INST-20261125120000"));
        layout.setRelease(QStringLiteral("1.0.1"), QString(64, u'a'));
        QString error;
        const auto vars = layout.scriptVariables({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString web = value(vars, QStringLiteral("KKT_WEB_UNIT"));
        QVERIFY(web.contains(QStringLiteral("Type=simple")));
        QVERIFY(web.contains(QStringLiteral("WorkingDirectory=/home/kktapp/kkt-system/current")));
        QVERIFY(web.contains(QStringLiteral("EnvironmentFile=/home/kktapp/kkt-system/shared/.env")));
        QVERIFY(web.contains(
            QStringLiteral("uvicorn web.app.main:app --host 127.0.0.1 --port 8000 --workers 1")));
        QVERIFY(web.contains(QStringLiteral("PATH=/home/kktapp/kkt-system/current/venv/bin:")));
        QVERIFY(value(vars, QStringLiteral("KKT_BOT_UNIT"))
                    .contains(QStringLiteral("venv/bin/python -m bot.main")));
        const QString site = value(vars, QStringLiteral("KKT_NGINX_SITE"));
        QVERIFY(site.contains(QStringLiteral("server_name kkt.example.ru;")));
        QVERIFY(site.contains(QStringLiteral("proxy_pass http://127.0.0.1:8000/;")));
        const QString backup = value(vars, QStringLiteral("KKT_BACKUP_SCRIPT"));
        QVERIFY(backup.contains(QStringLiteral("set -euo pipefail")));
        QVERIFY(backup.contains(QStringLiteral("--host=127.0.0.1")));
        // The environment file travels with the dump, and stays readable by its owner only.
        QVERIFY(backup.contains(QStringLiteral("cp /home/kktapp/kkt-system/shared/.env")));
        QVERIFY(backup.contains(QStringLiteral("umask 077")));
        QCOMPARE(value(vars, QStringLiteral("KKT_BACKUP_DIR")),
                 QStringLiteral("/home/kktapp/kkt-system/shared/backups/database"));
        QVERIFY(value(vars, QStringLiteral("KKT_BACKUP_TIMER"))
                    .contains(QStringLiteral("OnCalendar=*-*-* 03:00:00")));
        // No secret unless asked for.
        QVERIFY(value(vars, QStringLiteral("KKT_ENV_CONTENT")).isEmpty());
    }

    void existingCertificateGoesIntoTheSite()
    {
        DeploymentConfig c = config();
        c.web = {TlsMode::Existing, QStringLiteral("/home/me/kkt.pem"), QStringLiteral("/home/me/kkt.key"),
                 false};
        InstanceLayout layout(c, m_profile, QStringLiteral("INST-20261125120000"));
        QString error;
        const auto vars = layout.scriptVariables({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Uploaded next to the site, not read from the operator's paths on the server.
        QCOMPARE(value(vars, QStringLiteral("KKT_TLS_CERT")),
                 QStringLiteral("/etc/kkt-deploy/tls/kkt-20261125120000/fullchain.pem"));
        QCOMPARE(value(vars, QStringLiteral("KKT_TLS_KEY")),
                 QStringLiteral("/etc/kkt-deploy/tls/kkt-20261125120000/privkey.pem"));
        const QString tls = value(vars, QStringLiteral("KKT_NGINX_SITE_TLS"));
        QVERIFY(tls.contains(
            QStringLiteral("ssl_certificate /etc/kkt-deploy/tls/kkt-20261125120000/fullchain.pem;")));
        QVERIFY(tls.contains(QStringLiteral("return 301 https://")));
        QVERIFY(tls.contains(QStringLiteral("location /.well-known/acme-challenge/")));
        QVERIFY(tls.contains(QStringLiteral("proxy_pass http://127.0.0.1:8000/;")));
        // Before the certificate is in place the site is served over HTTP, without a redirect.
        const QString plain = value(vars, QStringLiteral("KKT_NGINX_SITE"));
        QVERIFY(!plain.contains(QStringLiteral("return 301")));
        QVERIFY(!plain.contains(QStringLiteral("ssl_certificate")));
        QVERIFY(plain.contains(QStringLiteral("proxy_pass http://127.0.0.1:8000/;")));
    }

    void letsEncryptUsesTheConfiguredDirectory()
    {
        DeploymentConfig c = config();
        c.web.tls = TlsMode::LetsEncrypt;
        InstanceLayout layout(c, m_profile, QStringLiteral("INST-20261125120000"));
        QString error;
        auto vars = layout.scriptVariables({}, &error);
        QCOMPARE(value(vars, QStringLiteral("KKT_ACME_SERVER")),
                 QStringLiteral("https://acme-v02.api.letsencrypt.org/directory"));
        QCOMPARE(value(vars, QStringLiteral("KKT_TLS_CERT")),
                 QStringLiteral("/etc/letsencrypt/live/kkt.example.ru/fullchain.pem"));
        layout.setAcmeServer(QStringLiteral("https://127.0.0.1:14000/dir"));
        vars = layout.scriptVariables({}, &error);
        QCOMPARE(value(vars, QStringLiteral("KKT_ACME_SERVER")),
                 QStringLiteral("https://127.0.0.1:14000/dir"));
        QVERIFY(value(vars, QStringLiteral("KKT_NGINX_SITE_TLS"))
                    .contains(QStringLiteral(
                        "ssl_certificate_key /etc/letsencrypt/live/kkt.example.ru/privkey.pem;")));
        c.web.tls = TlsMode::None;
        c.web.acceptNoTls = true;
        QVERIFY(value(InstanceLayout(c, m_profile, QStringLiteral("INST-20261125120000"))
                          .scriptVariables({}, &error),
                      QStringLiteral("KKT_NGINX_SITE_TLS"))
                    .isEmpty());
    }

    void testInstanceUnderPathAddsALocationToProductionsSite()
    {
        QString error;
        // Production's site includes the locations other instances add, wherever it proxies.
        const InstanceLayout production(config(), m_profile, QStringLiteral("INST-20261125120000"));
        const auto prodVars = production.scriptVariables({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(value(prodVars, QStringLiteral("KKT_NGINX_SITE"))
                    .contains(QStringLiteral("include /etc/nginx/kkt-deploy/locations/*.conf;")));
        QVERIFY(value(prodVars, QStringLiteral("KKT_NGINX_INCLUDE")).isEmpty());

        DeploymentConfig c = config(DeploymentMode::Test);
        c.web.tls = TlsMode::None;
        const InstanceLayout test(c, m_profile, QStringLiteral("INST-20261125130000"));
        QVERIFY(test.servedUnderPath());
        QCOMPARE(test.domain(), QStringLiteral("kkt.example.ru"));
        QCOMPARE(test.publicUrl(), QStringLiteral("http://kkt.example.ru/test"));
        QCOMPARE(test.includeFile(), QStringLiteral("/etc/nginx/kkt-deploy/locations/kkt-test.conf"));
        const auto vars = test.scriptVariables({}, &error);
        const QString include = value(vars, QStringLiteral("KKT_NGINX_INCLUDE"));
        QVERIFY2(include.contains(QStringLiteral("location /test/ {")) &&
                     include.contains(QStringLiteral("proxy_pass http://127.0.0.1:8200/;")) &&
                     include.contains(QStringLiteral("X-Forwarded-Prefix \"/test\"")) &&
                     !include.contains(QStringLiteral("server {")) &&
                     !include.contains(QStringLiteral("include ")),
                 qPrintable(include));
        QVERIFY(test.renderEnv(QStringLiteral("1:x"), &error)
                    .contains(QStringLiteral("WEB_BASE_URL=http://kkt.example.ru/test\n")));
    }

    void testInstanceOnSubdomainHasASiteOfItsOwn()
    {
        QString error;
        DeploymentConfig c = config(DeploymentMode::Test);
        c.testWeb = TestWebMode::Subdomain;
        const InstanceLayout test(c, m_profile, QStringLiteral("INST-20261125130000"));
        QVERIFY(!test.servedUnderPath());
        QCOMPARE(test.domain(), QStringLiteral("test.kkt.example.ru"));
        QCOMPARE(test.publicUrl(), QStringLiteral("https://test.kkt.example.ru"));
        QCOMPARE(test.tlsCertificatePath(),
                 QStringLiteral("/etc/letsencrypt/live/test.kkt.example.ru/fullchain.pem"));
        const auto vars = test.scriptVariables({}, &error);
        QVERIFY(value(vars, QStringLiteral("KKT_NGINX_SITE"))
                    .contains(QStringLiteral("server_name test.kkt.example.ru;")));
        QVERIFY(!value(vars, QStringLiteral("KKT_NGINX_SITE")).contains(QStringLiteral("include ")));
        QCOMPARE(value(vars, QStringLiteral("KKT_NGINX_LOCATION")), QStringLiteral("/"));
    }

    void instanceIds()
    {
        QCOMPARE(InstanceLayout::newInstanceId(QDateTime(QDate(2026, 11, 25), QTime(9, 5, 7), Qt::UTC)),
                 QStringLiteral("INST-20261125090507"));
    }
};

QTEST_GUILESS_MAIN(TestInstanceLayout)
#include "TestInstanceLayout.moc"
