#include "support/CommandLineRun.h"
#include "support/FakeTelegramServer.h"
#include "support/PebbleServer.h"
#include "support/SampleRelease.h"
#include "support/SystemdHost.h"
#include "support/TestCertificates.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// The web.tls step on a real Debian 12 server with systemd, driven through the command line as an
// operator would: a Let's Encrypt certificate from pebble (the RFC 8555 test server, its CA
// trusted on the test host only, through the host's /etc/environment), then the same instance
// switched to an existing certificate made here with openssl. Each time: nginx serves exactly that
// certificate, HTTP redirects to HTTPS, and a second run changes nothing. The server check judges
// the host against the payload profile (Debian 12 with Python 3.11 passes the sample's).
class TestTlsStep : public QObject
{
    Q_OBJECT

    const QString botToken = QStringLiteral("987654321:SentinelBotTokenTLSAAAAAAAAAAAAAAAA");
    const QString domain = QStringLiteral("kkt-tls.example.ru");

    SystemdHost m_host{QStringLiteral("tls-host")};
    FakeTelegramServer m_telegram;
    std::unique_ptr<PebbleServer> m_pebble;
    std::unique_ptr<TestCertificates> m_certs;
    QString m_dir;
    QString m_archive;
    QString m_checksums;
    QString m_profile;
    QString m_knownHosts;
    QString m_pebbleRoot;

    QString writeConfig(const QString& name, TlsMode tls, const QString& keyName = QStringLiteral("site"))
    {
        DeploymentConfig c =
            SampleRelease::config(m_archive, m_checksums, m_host.port(), m_host.clientKey(), domain);
        c.profile = m_profile;
        c.web.tls = tls;
        c.web.acceptNoTls = false;
        if (tls == TlsMode::Existing) {
            c.web.certificateFile = m_certs->certificate(QStringLiteral("site"));
            c.web.keyFile = m_certs->key(keyName);
        }
        const QString path = m_dir + u'/' + name + QStringLiteral(".json");
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(c.toJson()).toJson());
        return path;
    }

    // Runs kkt-deploy while this thread serves Telegram; returns the exit code.
    int cli(const QStringList& args, const QString& caFile, QString* out, QString* err = nullptr)
    {
        // The ACME directory and the CA to trust reach kkt-deploy as an operator would set them.
        qputenv("KKT_ACME_SERVER", m_pebble->directoryUrl().toUtf8());
        if (caFile.isEmpty())
            qunsetenv("KKT_TLS_CA_FILE");
        else
            qputenv("KKT_TLS_CA_FILE", caFile.toUtf8());
        return CommandLineRun::run(args, m_dir, botToken, out, err);
    }

    QStringList deployArgs(const QString& config) const
    {
        return {QStringLiteral("deploy"),
                config,
                QStringLiteral("--yes"),
                QStringLiteral("--known-hosts"),
                m_knownHosts,
                QStringLiteral("--accept-new"),
                QStringLiteral("--journal"),
                m_dir + QStringLiteral("/journal.sqlite"),
                QStringLiteral("--telegram-api"),
                m_telegram.baseUrl().toString()};
    }

    static QString run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAll()).trimmed();
    }

    // What this machine sees on 127.0.0.1:443 for the domain (SNI): the served certificate's
    // SHA-256 fingerprint, and whether it verifies against `ca`.
    QString servedFingerprint(const QString& ca, bool* verified) const
    {
        QProcess client;
        client.start(QStringLiteral("openssl"),
                     {QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:443"),
                      QStringLiteral("-servername"), domain, QStringLiteral("-verify_hostname"), domain,
                      QStringLiteral("-CAfile"), ca, QStringLiteral("-showcerts")});
        client.closeWriteChannel();
        client.waitForFinished(30000);
        const QString text = QString::fromUtf8(client.readAllStandardOutput());
        *verified = text.contains(QStringLiteral("Verify return code: 0 (ok)"));
        const qsizetype begin = text.indexOf(QStringLiteral("-----BEGIN CERTIFICATE-----"));
        const qsizetype end = text.indexOf(QStringLiteral("-----END CERTIFICATE-----"));
        if (begin < 0 || end < 0)
            return {};
        QFile leaf(m_dir + QStringLiteral("/served.pem"));
        leaf.open(QIODevice::WriteOnly);
        leaf.write(text.mid(begin, end + 25 - begin).toUtf8() + '\n');
        leaf.close();
        return fingerprintOf(leaf.fileName());
    }

    static QString fingerprintOf(const QString& pem)
    {
        return run(QStringLiteral("openssl"),
                   {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                    QStringLiteral("-sha256"), QStringLiteral("-in"), pem});
    }

    // GET over HTTPS from this machine, trusting only `ca`, the name resolved to 127.0.0.1.
    QString httpsGet(const QString& path, const QString& ca) const
    {
        return run(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                    QStringLiteral("--cacert"), ca, QStringLiteral("--resolve"),
                    domain + QStringLiteral(":443:127.0.0.1"), QStringLiteral("https://") + domain + path});
    }

    // Status and redirect target of plain HTTP.
    QString httpRedirect(const QString& path) const
    {
        return run(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                    QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                    QStringLiteral("%{http_code} %{redirect_url}"), QStringLiteral("--resolve"),
                    domain + QStringLiteral(":80:127.0.0.1"), QStringLiteral("http://") + domain + path});
    }

    QString snapshot() const
    {
        QString out;
        m_host.run(
            QStringLiteral(
                "cd /tmp; md5sum /etc/nginx/sites-available/kkt-* /home/kktapp/kkt-system/shared/.env; "
                "find /etc/letsencrypt/archive /etc/letsencrypt/renewal /etc/kkt-deploy -type f "
                "-exec md5sum {} + 2>/dev/null | sort; systemctl is-enabled certbot.timer"),
            &out);
        return out;
    }

    static bool healthy(const QJsonObject& summary)
    {
        const QJsonArray checks = summary.value(QStringLiteral("health")).toArray();
        return !checks.isEmpty() && std::all_of(checks.begin(), checks.end(), [](const QJsonValue& v) {
            return v.toObject().value(QStringLiteral("passed")).toBool();
        });
    }

    void deployTwice(const QString& config, const QString& ca)
    {
        QString out;
        QCOMPARE(cli(deployArgs(config), ca, &out), 0);
        QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        // The public check went over HTTPS and verified the certificate against `ca`.
        QVERIFY2(healthy(summary), qPrintable(out));
        QVERIFY(summary.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://")));
        const QString before = snapshot();
        QCOMPARE(cli(deployArgs(config), ca, &out), 0);
        summary = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(summary.value(QStringLiteral("changedSteps")).toInt(), 0);
        QVERIFY(healthy(summary));
        QCOMPARE(snapshot(), before);
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("tls"));
        QString error;
        QVERIFY2(SampleRelease::build(m_dir, &m_archive, &m_checksums, &error), qPrintable(error));
        QVERIFY(m_telegram.listen());
        m_telegram.addBot(botToken, 987654321, QStringLiteral("KKT TLS"), QStringLiteral("kkt_tls_bot"));
        m_knownHosts = m_dir + QStringLiteral("/known_hosts");

        m_pebble = std::make_unique<PebbleServer>(m_dir + QStringLiteral("/pebble"));
        QVERIFY2(m_pebble->start(), qPrintable(m_pebble->error()));
        m_pebbleRoot = m_dir + QStringLiteral("/pebble-root.pem");
        QVERIFY2(m_pebble->saveRoot(m_pebbleRoot), qPrintable(m_pebble->error()));
        m_certs = std::make_unique<TestCertificates>(m_dir + QStringLiteral("/certs"));
        QVERIFY2(m_certs->makeAuthority(), qPrintable(m_certs->error()));
        QVERIFY2(m_certs->makeServer(QStringLiteral("site"), domain), qPrintable(m_certs->error()));
        QVERIFY2(m_certs->makeKey(QStringLiteral("other")), qPrintable(m_certs->error()));

        // The sample profile, plus certbot for the Let's Encrypt mode.
        QFile sample(SampleRelease::profile());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(sample.readAll()).object();
        QJsonArray packages = profile.value(QStringLiteral("aptPackages")).toArray();
        packages.append(QStringLiteral("certbot"));
        profile.insert(QStringLiteral("aptPackages"), packages);
        m_profile = m_dir + QStringLiteral("/sample-e2e-tls.json");
        QFile out(m_profile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(profile).toJson());
        out.close();

        QVERIFY2(m_host.start(), qPrintable(m_host.error()));
        // The test host trusts pebble's ACME listener for certbot; the product never sets this.
        QFile listenerCa(m_pebble->listenerAuthority());
        QVERIFY(listenerCa.open(QIODevice::ReadOnly));
        QCOMPARE(m_host.run(
                     QStringLiteral("cat >/root/pebble-listener-ca.pem <<'EOF'\n%1EOF\n"
                                    "echo REQUESTS_CA_BUNDLE=/root/pebble-listener-ca.pem >>/etc/environment")
                         .arg(QString::fromUtf8(listenerCa.readAll()))),
                 0);
    }

    void serverCheckUsesTheProfile()
    {
        const QStringList probe{QStringLiteral("probe"),
                                QStringLiteral("--host"),
                                QStringLiteral("127.0.0.1"),
                                QStringLiteral("--port"),
                                QString::number(m_host.port()),
                                QStringLiteral("--user"),
                                QStringLiteral("root"),
                                QStringLiteral("--identity"),
                                m_host.clientKey(),
                                QStringLiteral("--known-hosts"),
                                m_knownHosts,
                                QStringLiteral("--accept-new"),
                                QStringLiteral("--json")};
        const auto fact = [](const QString& json, const QString& id) {
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("facts")).toArray()) {
                if (v.toObject().value(QStringLiteral("id")).toString() == id)
                    return v.toObject();
            }
            return QJsonObject();
        };
        // Debian 12 with Python 3.11 meets a profile that asks for 3.11 on Debian 12 …
        QString out;
        cli(probe + QStringList{QStringLiteral("--profile"), m_profile}, QString(), &out);
        QCOMPARE(fact(out, QStringLiteral("python")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pass"));
        QCOMPARE(fact(out, QStringLiteral("os")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pass"));
        // … and fails KKT 1.0's (Python 3.12, Ubuntu 24.04), saying why.
        cli(probe, QString(), &out);
        const QJsonObject python = fact(out, QStringLiteral("python"));
        QCOMPARE(python.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(python.value(QStringLiteral("message")).toString().contains(QStringLiteral("3.12")),
                 qPrintable(out));
        QCOMPARE(fact(out, QStringLiteral("os")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("fail"));
    }

    void letsEncryptCertificateIsIssuedAndServed()
    {
        deployTwice(writeConfig(QStringLiteral("letsencrypt"), TlsMode::LetsEncrypt), m_pebbleRoot);
        bool verified = false;
        QVERIFY(!servedFingerprint(m_pebbleRoot, &verified).isEmpty());
        QVERIFY2(verified, "the served certificate does not chain to pebble's root for the domain");
        QVERIFY(run(QStringLiteral("openssl"),
                    {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-issuer"),
                     QStringLiteral("-in"), m_dir + QStringLiteral("/served.pem")})
                    .contains(QStringLiteral("Pebble Intermediate")));
        QVERIFY(httpsGet(QStringLiteral("/health"), m_pebbleRoot).contains(QStringLiteral("healthy")));
        QCOMPARE(httpRedirect(QStringLiteral("/health")),
                 QStringLiteral("301 https://") + domain + QStringLiteral("/health"));
        // Renewal: certbot's timer is on, and the renewal configuration remembers the directory
        // and the webroot, so a renewal asks the same CA the same way.
        QString renewal;
        QCOMPARE(
            m_host.run(QStringLiteral("systemctl is-enabled certbot.timer && systemctl list-timers --all "
                                      "--no-pager certbot.timer | grep -q certbot.timer && cat "
                                      "/etc/letsencrypt/renewal/%1.conf")
                           .arg(domain),
                       &renewal),
            0);
        QVERIFY2(renewal.contains(QStringLiteral("server = ") + m_pebble->directoryUrl()),
                 qPrintable(renewal));
        QVERIFY(renewal.contains(QStringLiteral("authenticator = webroot")));
        QVERIFY(renewal.contains(QStringLiteral("renew_hook = systemctl reload nginx")));
    }

    void mismatchedKeyIsRefusedBeforeAnythingChanges()
    {
        const QString before = snapshot();
        QString out, err;
        QCOMPARE(cli(deployArgs(
                         writeConfig(QStringLiteral("mismatch"), TlsMode::Existing, QStringLiteral("other"))),
                     m_certs->authority(), &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("web.keyFile")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("does not belong to the certificate")), qPrintable(err));
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_host.run(QStringLiteral("test ! -e /etc/kkt-deploy/tls")), 0);
    }

    void existingCertificateIsUploadedAndServed()
    {
        deployTwice(writeConfig(QStringLiteral("existing"), TlsMode::Existing), m_certs->authority());
        QString modes;
        QCOMPARE(m_host.run(QStringLiteral("stat -c '%a %U' /etc/kkt-deploy/tls/kkt-*/privkey.pem "
                                           "/etc/kkt-deploy/tls/kkt-*/fullchain.pem"),
                            &modes),
                 0);
        QCOMPARE(modes.trimmed(), QStringLiteral("600 root\n644 root"));
        bool verified = false;
        QCOMPARE(servedFingerprint(m_certs->authority(), &verified),
                 fingerprintOf(m_certs->certificate(QStringLiteral("site"))));
        QVERIFY(verified);
        QVERIFY(
            httpsGet(QStringLiteral("/health"), m_certs->authority()).contains(QStringLiteral("healthy")));
        QCOMPARE(httpRedirect(QStringLiteral("/")), QStringLiteral("301 https://") + domain + u'/');
    }

    void cleanupTestCase()
    {
        m_host.stop();
        if (m_pebble)
            m_pebble->stop();
    }
};

QTEST_GUILESS_MAIN(TestTlsStep)
#include "TestTlsStep.moc"
