#include "support/CommandLineRun.h"
#include "support/DeployCli.h"
#include "support/FakeTelegramServer.h"
#include "support/SampleRelease.h"
#include "support/SampleUpdateRelease.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

// A test instance next to production on one real Debian 12 server with systemd, through the
// command line: production deployed; a test instance in path mode (/test/ through an include file in
// production's site), removed, then in subdomain mode (test.<domain>, a site of its own), removed.
// Production is byte-identical before and after each (its files, units, nginx site, database dump,
// process start times) and its /health answers through nginx all along (polled); both /health and
// /test/health answer with the right instance behind them; a removal leaves nothing of the test
// instance. A change planted in production during a test deployment makes the deployment fail and
// names the change. The path-mode test instance is updated (1.0.0 → 1.1.0, its migration), rolled
// back by hand (1.0.0, its database of before) and updated without a migration (1.1.1, the spare port
// through its own location file) with the update engine, production checked around each and
// byte-identical, its /health answering all along; the subdomain-mode one is updated at its own name
// while a change is planted in production, which makes the update fail, naming the change.
class TestProductionGuard : public QObject
{
    Q_OBJECT

    const QString productionToken = QStringLiteral("987654321:SentinelBotTokenProdAAAAAAAAAAAAAAA");
    const QString testToken = QStringLiteral("987654322:SentinelBotTokenTestAAAAAAAAAAAAAAA");
    const QString domain = QStringLiteral("kkt-guard.example.ru");

    SystemdHost m_host{QStringLiteral("guard-host")};
    FakeTelegramServer m_telegram;
    QString m_dir, m_knownHosts, m_archive, m_checksums, m_database;
    QString m_archive110, m_checksums110, m_archive111, m_checksums111, m_pathInstance;

    QString journal() const { return m_dir + QStringLiteral("/journal.sqlite"); }

    QString writeConfig(const QString& name, DeploymentMode mode, TestWebMode web)
    {
        DeploymentConfig c =
            SampleRelease::config(m_archive, m_checksums, m_host.port(), m_host.clientKey(), domain);
        c.mode = mode;
        c.testWeb = web;
        const QString path = m_dir + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(c.toJson()).toJson());
        return path;
    }

    QStringList deployArgs(const QString& config) const
    {
        return {QStringLiteral("deploy"),        config,       QStringLiteral("--yes"),
                QStringLiteral("--known-hosts"), m_knownHosts, QStringLiteral("--accept-new"),
                QStringLiteral("--journal"),     journal(),    QStringLiteral("--telegram-api"),
                m_telegram.baseUrl().toString()};
    }

    // Everything of production a test instance must never write, as one text: files (content,
    // size, mode), units, nginx site and configuration, the database's dump and the processes.
    QString productionState() const
    {
        const QString script =
            QStringLiteral(
                "set -e; cd /;"
                "find /home/kktapp/kkt-system /var/lib/kkt-deploy/production \\( -path '*/__pycache__' -o "
                "-path "
                "'*/shared/logs' \\) -prune -o -printf '%p %s %m %U %l\\n' | sort;"
                "find /home/kktapp/kkt-system /var/lib/kkt-deploy/production \\( -path '*/__pycache__' -o "
                "-path "
                "'*/shared/logs' \\) -prune -o -type f -exec sha256sum {} + | sort;"
                "sha256sum /etc/systemd/system/kkt-web.service /etc/systemd/system/kkt-bot.service "
                "/etc/systemd/system/kkt-backup-production.* /etc/nginx/nginx.conf "
                "/etc/nginx/sites-available/kkt-2*;"
                "ls -l /etc/nginx/sites-enabled/kkt-2* | awk '{print $9, $10, $11}';"
                "runuser -u postgres -- pg_dump -d %1 | grep -Ev '^\\\\(un)?restrict ' | sha256sum;"
                "for u in kkt-web kkt-bot nginx postgresql@15-main; do echo $u $(systemctl show -P MainPID "
                "$u) "
                "$(systemctl show -P ExecMainStartTimestampMonotonic $u) $(systemctl is-active $u); done")
                .arg(m_database);
        QString out;
        if (m_host.run(script, &out) != 0)
            return QStringLiteral("failed: ") + out;
        return out;
    }

    // /health through nginx with `host` as the name: the base URL of the instance that answered.
    QString baseUrlBehind(const QString& host, const QString& path) const
    {
        QString out;
        if (m_host.run(QStringLiteral("curl -fsS -H 'Host: %1' http://127.0.0.1%2").arg(host, path), &out) !=
            0)
            return QStringLiteral("no answer: ") + out;
        return QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("base_url")).toString();
    }

    // What is left of the test instance anywhere on the server (empty when nothing is).
    QString testInstanceLeftovers() const
    {
        QString out;
        m_host.run(
            QStringLiteral(
                "cd /; for f in /home/kktapp/kkt-test-system /var/lib/kkt-deploy/test "
                "/etc/systemd/system/kkt-test-web.service /etc/systemd/system/kkt-test-bot.service "
                "/etc/systemd/system/kkt-backup-test.service /etc/systemd/system/kkt-backup-test.timer "
                "/etc/nginx/kkt-deploy/locations/kkt-test.conf /etc/nginx/sites-available/kkt-test "
                "/etc/nginx/sites-enabled/kkt-test; do [ -e $f ] || [ -L $f ] && echo $f; done;"
                "runuser -u postgres -- psql -X -At -c \"SELECT 'role ' || rolname FROM pg_roles WHERE "
                "rolname = 'kkt_test_instance' UNION ALL SELECT 'database ' || datname FROM pg_database "
                "WHERE datname = 'kkt_test_instance'\"; systemctl is-active kkt-test-web kkt-test-bot | "
                "grep -x active || true"),
            &out);
        return out.trimmed();
    }

    // Runs kkt-deploy while production's /health is polled through nginx all along: its exit code,
    // or 100 + the failed polls.
    int runPolled(const QStringList& args, const QString& token, QString* out, QString* err = nullptr)
    {
        std::atomic_bool stop{false};
        std::atomic_int polls{0}, failures{0};
        const QString host = domain;
        QFuture<void> poller = QtConcurrent::run([&] {
            while (!stop) {
                const int code = QProcess::execute(
                    QStringLiteral("curl"),
                    {QStringLiteral("-fsS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                     QStringLiteral("--max-time"), QStringLiteral("5"), QStringLiteral("-H"),
                     QStringLiteral("Host: ") + host, QStringLiteral("http://127.0.0.1/health")});
                ++polls;
                if (code != 0)
                    ++failures;
                QThread::msleep(100);
            }
        });
        int exitCode = CommandLineRun::run(args, m_dir, token, out, err);
        stop = true;
        poller.waitForFinished();
        qInfo("production /health polled %d times during kkt-deploy %s, %d failures", int(polls),
              qPrintable(args.value(0)), int(failures));
        if (polls == 0 || failures != 0)
            exitCode = 100 + failures;
        return exitCode;
    }

    // Deploys the test instance while production's /health is polled through nginx all along.
    QJsonObject deployTestInstance(const QString& config, int* exitCode)
    {
        QString out;
        *exitCode = runPolled(deployArgs(config), testToken, &out);
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

    // An update or rollback of the test instance (the registry's record) with production polled.
    QJsonObject updateTestInstance(const QStringList& command, int* exitCode, QString* err)
    {
        QString out;
        *exitCode = runPolled(command + QStringList{QStringLiteral("--instance"), m_pathInstance,
                                                    QStringLiteral("--identity"), m_host.clientKey(),
                                                    QStringLiteral("--known-hosts"), m_knownHosts,
                                                    QStringLiteral("--journal"), journal(),
                                                    QStringLiteral("--json"), QStringLiteral("--yes")},
                              QString(), &out, err);
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

    // An update or rollback of the test instance that must succeed and reach `version`, TEST on every
    // log line, /test/health answering with it through nginx, production byte-identical to
    // `productionBefore` and still answering /health with its own version. Its JSON summary.
    QJsonObject changeTestInstance(const QStringList& command, const QString& version,
                                   const QString& productionBefore)
    {
        QString err;
        int code = 0;
        const QJsonObject o = updateTestInstance(command, &code, &err);
        [&] {
            QVERIFY2(code == 0, qPrintable(err.right(3000)));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
            QCOMPARE(o.value(QStringLiteral("to")).toString(), version);
            QVERIFY(
                o.value(QStringLiteral("production")).toObject().value(QStringLiteral("unchanged")).toBool());
            verifyTestLabels(err);
            QCOMPARE(versionBehind(domain, QStringLiteral("/test/health")), version);
            QCOMPARE(productionState(), productionBefore);
            QCOMPARE(versionBehind(domain, QStringLiteral("/health")), SampleRelease::version());
        }();
        return o;
    }

    QString testInstanceSql(const QString& statement) const
    {
        QString out;
        m_host.run(
            QStringLiteral("cd /tmp && runuser -u postgres -- psql -X -q -At -d kkt_test_instance -c \"%1\"")
                .arg(statement),
            &out);
        return out.trimmed();
    }

    // The version /health reports through nginx with `host` as the name.
    QString versionBehind(const QString& host, const QString& path) const
    {
        QString out;
        if (m_host.run(QStringLiteral("curl -fsS -H 'Host: %1' http://127.0.0.1%2").arg(host, path), &out) !=
            0)
            return QStringLiteral("no answer: ") + out;
        return QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("version")).toString();
    }

    static void verifyTestLabels(const QString& err)
    {
        int lines = 0;
        for (const QString& line : err.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.contains(QStringLiteral("▶ ")) || line.contains(QStringLiteral("✔ "))) {
                ++lines;
                QVERIFY2(line.startsWith(QStringLiteral("TEST · ")), qPrintable(line));
            }
        }
        QVERIFY2(lines > 3, qPrintable(err.right(2000)));
    }

    void removeTestInstance(const QString& instanceId, const QString& productionBefore)
    {
        QString out;
        QCOMPARE(CommandLineRun::run(
                     {QStringLiteral("test-instance"), QStringLiteral("remove"), QStringLiteral("--instance"),
                      instanceId, QStringLiteral("--yes"), QStringLiteral("--identity"), m_host.clientKey(),
                      QStringLiteral("--known-hosts"), m_knownHosts, QStringLiteral("--journal"), journal()},
                     m_dir, QString(), &out),
                 0);
        const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QVERIFY2(summary.value(QStringLiteral("production"))
                     .toObject()
                     .value(QStringLiteral("unchanged"))
                     .toBool(),
                 qPrintable(out));
        QCOMPARE(testInstanceLeftovers(), QString());
        QCOMPARE(productionState(), productionBefore);
        QCOMPARE(baseUrlBehind(domain, QStringLiteral("/health")), QStringLiteral("http://") + domain);
        // The registry records it as removed, with a TEST "remove" history row (not a rollback), and
        // keeps the bot recorded at its deployment.
        QCOMPARE(CommandLineRun::run({QStringLiteral("registry"), QStringLiteral("history"), instanceId,
                                      QStringLiteral("--json")},
                                     m_dir, QString(), &out),
                 0);
        const QJsonObject newest =
            QJsonDocument::fromJson(out.toUtf8())[u"history"].toArray().first().toObject();
        QCOMPARE(newest[u"action"].toString() + u' ' + newest[u"status"].toString(),
                 QStringLiteral("remove success"));
        QVERIFY2(newest.value(QStringLiteral("notes"))
                     .toString()
                     .startsWith(QStringLiteral("TEST instance — removal")),
                 qPrintable(out));
        QCOMPARE(CommandLineRun::run({QStringLiteral("registry"), QStringLiteral("list"),
                                      QStringLiteral("--json"), QStringLiteral("--mode"),
                                      QStringLiteral("test"), QStringLiteral("--search"), instanceId},
                                     m_dir, QString(), &out),
                 0);
        const QJsonObject instance = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        QCOMPARE(instance.value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
        QCOMPARE(instance.value(QStringLiteral("bot_username")).toString(), QStringLiteral("kkt_test_bot"));
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("production-guard"));
        QString error;
        QVERIFY2(SampleRelease::build(m_dir, &m_archive, &m_checksums, &error), qPrintable(error));
        QVERIFY2(SampleUpdateRelease::build(SampleUpdateRelease::v110(), m_dir, &m_archive110,
                                            &m_checksums110, &error),
                 qPrintable(error));
        QVERIFY2(SampleUpdateRelease::build(SampleUpdateRelease::v111(), m_dir, &m_archive111,
                                            &m_checksums111, &error),
                 qPrintable(error));
        QVERIFY(m_telegram.listen());
        m_telegram.addBot(productionToken, 987654321, QStringLiteral("KKT production"),
                          QStringLiteral("kkt_prod_bot"));
        m_telegram.addBot(testToken, 987654322, QStringLiteral("KKT test"), QStringLiteral("kkt_test_bot"));
        m_knownHosts = m_dir + QStringLiteral("/known_hosts");
        QVERIFY(DeployCli::useRegistry(m_dir, m_dir + QStringLiteral("/registry.sqlite")));
        QVERIFY2(m_host.start(), qPrintable(m_host.error()));
        QString out;
        QCOMPARE(CommandLineRun::run(deployArgs(writeConfig(QStringLiteral("production.json"),
                                                            DeploymentMode::Production, TestWebMode::Path)),
                                     m_dir, productionToken, &out),
                 0);
        const QString instanceId =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("instanceId")).toString();
        QVERIFY(instanceId.startsWith(QStringLiteral("INST-")));
        m_database = QStringLiteral("kkt_client_") + instanceId.mid(5);
    }

    void pathModeLeavesProductionUntouched()
    {
        const QString before = productionState();
        QVERIFY2(!before.startsWith(QStringLiteral("failed")), qPrintable(before));
        int code = 0;
        const QJsonObject summary = deployTestInstance(
            writeConfig(QStringLiteral("test-path.json"), DeploymentMode::Test, TestWebMode::Path), &code);
        QCOMPARE(code, 0);
        QCOMPARE(summary.value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://%1/test").arg(domain));
        const QJsonObject production = summary.value(QStringLiteral("production")).toObject();
        QVERIFY(production.value(QStringLiteral("unchanged")).toBool());
        QVERIFY(production.value(QStringLiteral("before")).toObject().size() > 10);
        QCOMPARE(productionState(), before);
        // The right instance behind each path, through production's one server block.
        QCOMPARE(baseUrlBehind(domain, QStringLiteral("/health")), QStringLiteral("http://") + domain);
        QCOMPARE(baseUrlBehind(domain, QStringLiteral("/test/health")),
                 QStringLiteral("http://%1/test").arg(domain));
        QString sites;
        m_host.run(QStringLiteral("grep -l 'server_name %1;' /etc/nginx/sites-enabled/* | wc -l").arg(domain),
                   &sites);
        QCOMPARE(sites.trimmed(), QStringLiteral("1"));
        m_pathInstance = summary.value(QStringLiteral("instanceId")).toString(); // updated, then removed
    }

    void pathModeTestInstanceUpdatesAndRollsBack()
    {
        // Depends on the previous function: its failure fails this one too, never skips it.
        QVERIFY2(!m_pathInstance.isEmpty(), "the path-mode test instance was not deployed");
        const QString before = productionState();
        // 1.0.0 → 1.1.0: its migration runs in the test database, /test/health is its through nginx.
        QJsonObject o = changeTestInstance({QStringLiteral("update"), QStringLiteral("apply"),
                                            QStringLiteral("--archive"), m_archive110,
                                            QStringLiteral("--checksums"), m_checksums110},
                                           SampleUpdateRelease::v110(), before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(o.value(QStringLiteral("from")).toString(), SampleRelease::version());
        const QString tagColumns =
            QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE column_name = 'tag'");
        QCOMPARE(testInstanceSql(tagColumns), QStringLiteral("1"));

        // Back by hand to 1.0.0, with the test database of before 1.1.0.
        o = changeTestInstance({QStringLiteral("rollback")}, SampleRelease::version(), before);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(o.value(QStringLiteral("databaseRestored")).toBool());
        QCOMPARE(testInstanceSql(tagColumns), QStringLiteral("0"));

        // 1.0.0 → 1.1.1 without a migration: the new release starts beside the old one on the spare
        // port, and only the test instance's own location file points nginx at it meanwhile.
        const QString location = QStringLiteral("/etc/nginx/kkt-deploy/locations/kkt-test.conf");
        QString locationBefore, locationAfter;
        QCOMPARE(m_host.run(QStringLiteral("sha256sum ") + location, &locationBefore), 0);
        o = changeTestInstance({QStringLiteral("update"), QStringLiteral("apply"),
                                QStringLiteral("--archive"), m_archive111, QStringLiteral("--checksums"),
                                m_checksums111},
                               SampleUpdateRelease::v111(), before);
        if (QTest::currentTestFailed())
            return;
        qInfo("Downtime of /test/ through nginx, test instance update without a migration: %lld ms",
              o.value(QStringLiteral("downtimeMs")).toInteger(-1));
        QCOMPARE(m_host.run(QStringLiteral("ls /etc/nginx/kkt-deploy/locations; sha256sum ") + location,
                            &locationAfter),
                 0);
        QCOMPARE(locationAfter, QStringLiteral("kkt-test.conf\n") + locationBefore);

        // The registry's history: the updates and the rollback, each a TEST row.
        QString out;
        QCOMPARE(CommandLineRun::run({QStringLiteral("registry"), QStringLiteral("history"), m_pathInstance,
                                      QStringLiteral("--json")},
                                     m_dir, QString(), &out),
                 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("history")).toArray();
        QStringList actions;
        for (const QJsonValue& row : rows) {
            const QJsonObject r = row.toObject();
            const QString action = r.value(QStringLiteral("action")).toString();
            if (action == QStringLiteral("update") || action == QStringLiteral("rollback")) {
                actions << action + u' ' + r.value(QStringLiteral("status")).toString();
                QVERIFY2(r.value(QStringLiteral("notes")).toString().startsWith(QStringLiteral("TEST")),
                         qPrintable(r.value(QStringLiteral("notes")).toString()));
            }
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("update success"), QStringLiteral("rollback success"),
                                       QStringLiteral("update success")}));
        removeTestInstance(m_pathInstance, before);
    }

    void subdomainModeLeavesProductionUntouched()
    {
        const QString before = productionState();
        int code = 0;
        const QJsonObject summary = deployTestInstance(
            writeConfig(QStringLiteral("test-subdomain.json"), DeploymentMode::Test, TestWebMode::Subdomain),
            &code);
        QCOMPARE(code, 0);
        QCOMPARE(summary.value(QStringLiteral("url")).toString(), QStringLiteral("http://test.") + domain);
        QVERIFY(summary.value(QStringLiteral("production"))
                    .toObject()
                    .value(QStringLiteral("unchanged"))
                    .toBool());
        QCOMPARE(productionState(), before);
        QCOMPARE(baseUrlBehind(domain, QStringLiteral("/health")), QStringLiteral("http://") + domain);
        QCOMPARE(baseUrlBehind(QStringLiteral("test.") + domain, QStringLiteral("/health")),
                 QStringLiteral("http://test.") + domain);
        // Updated at its own name (its server says subdomain): health checked at test.<domain>, the
        // spare port through its own site. Production is changed behind the update's back once its
        // "before" is taken: the update fails loudly, naming the change.
        const QString instanceId = summary.value(QStringLiteral("instanceId")).toString();
        QObject owner;
        QProcess* p = DeployCli::start(
            &owner,
            {QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--archive"), m_archive111,
             QStringLiteral("--checksums"), m_checksums111, QStringLiteral("--instance"), instanceId,
             QStringLiteral("--identity"), m_host.clientKey(), QStringLiteral("--known-hosts"), m_knownHosts,
             QStringLiteral("--journal"), journal(), QStringLiteral("--json"), QStringLiteral("--yes")},
            m_dir, QString(), QString());
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(p->readAllStandardError()))
                                     .contains(QRegularExpression(QStringLiteral("before: \\d+ facts? recorded"))),
                                 300000);
        QCOMPARE(m_host.run(QStringLiteral("systemctl restart kkt-bot")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 600000);
        err += QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitCode() == 1, qPrintable(err.right(3000)));
        const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QStringList keys;
        for (const QJsonValue& d :
             o.value(QStringLiteral("production")).toObject().value(QStringLiteral("differences")).toArray())
            keys << d.toObject().value(QStringLiteral("key")).toString();
        QVERIFY2(keys.contains(QStringLiteral("started.kkt-bot")), qPrintable(keys.join(u' ')));
        QVERIFY2(err.contains(QStringLiteral("PRODUCTION CHANGED")), qPrintable(err.right(3000)));
        bool publicHealth = false;
        for (const QJsonValue& check : o.value(QStringLiteral("health")).toArray())
            publicHealth = publicHealth || (check.toObject().value(QStringLiteral("id")).toString() ==
                                                QStringLiteral("public-health") &&
                                            check.toObject().value(QStringLiteral("passed")).toBool());
        QVERIFY(publicHealth);
        QCOMPARE(versionBehind(QStringLiteral("test.") + domain, QStringLiteral("/health")),
                 SampleUpdateRelease::v111());
        QCOMPARE(versionBehind(domain, QStringLiteral("/health")), SampleRelease::version());
        // The registry still says what the test instance runs.
        QString out;
        QCOMPARE(CommandLineRun::run(
                     {QStringLiteral("registry"), QStringLiteral("list"), QStringLiteral("--json")}, m_dir,
                     QString(), &out),
                 0);
        QString recorded;
        for (const QJsonValue& row : QJsonDocument::fromJson(out.toUtf8()).array()) {
            if (row.toObject().value(QStringLiteral("instance_name")).toString() == instanceId)
                recorded = row.toObject().value(QStringLiteral("deployed_version")).toString();
        }
        QCOMPARE(recorded, SampleUpdateRelease::v111());
        removeTestInstance(instanceId, productionState());
    }

    void aChangeToProductionFailsTheTestDeployment()
    {
        QObject owner;
        QProcess* p = DeployCli::start(&owner,
                                       deployArgs(writeConfig(QStringLiteral("test-planted.json"),
                                                              DeploymentMode::Test, TestWebMode::Path)),
                                       m_dir, testToken, QString());
        // Once production's "before" is taken, production is changed behind the deployment's back.
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(p->readAllStandardError()))
                                     .contains(QRegularExpression(QStringLiteral("before: \\d+ facts? recorded"))),
                                 300000);
        QCOMPARE(m_host.run(QStringLiteral("systemctl restart kkt-bot")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 600000);
        err += QString::fromUtf8(p->readAllStandardError());
        QCOMPARE(p->exitCode(), 1);
        const QJsonObject summary = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QJsonObject production = summary.value(QStringLiteral("production")).toObject();
        QVERIFY(!production.value(QStringLiteral("unchanged")).toBool());
        QStringList keys;
        for (const QJsonValue& d : production.value(QStringLiteral("differences")).toArray())
            keys << d.toObject().value(QStringLiteral("key")).toString();
        QVERIFY2(keys.contains(QStringLiteral("started.kkt-bot")), qPrintable(keys.join(u' ')));
        QVERIFY2(summary.value(QStringLiteral("error")).toString().contains(QStringLiteral("kkt-bot")),
                 qPrintable(summary.value(QStringLiteral("error")).toString()));
        QVERIFY2(err.contains(QStringLiteral("PRODUCTION CHANGED")), qPrintable(err.right(3000)));
        // Every step of a test instance's run says TEST in the log.
        int steps = 0;
        for (const QString& line : err.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.contains(QStringLiteral("▶ ")) || line.contains(QStringLiteral("✔ "))) {
                ++steps;
                QVERIFY2(line.startsWith(QStringLiteral("TEST · ")), qPrintable(line));
            }
        }
        QVERIFY(steps > 10);
        removeTestInstance(summary.value(QStringLiteral("instanceId")).toString(), productionState());
    }

    void cleanupTestCase() { m_host.stop(); }
};

QTEST_GUILESS_MAIN(TestProductionGuard)
#include "TestProductionGuard.moc"
