#include "provisioning/DeploymentRecorder.h"
#include "provisioning/DeploymentRunner.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "registry/SealedBox.h"
#include "support/DeployCli.h"
#include "support/FakeTelegramServer.h"
#include "support/SampleRelease.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent>

// The whole deployment against a real Debian 12 server with systemd: first deployment (with a
// concurrent one refused by the lock and the connection cut in the application phase, then
// resumed), an idempotent second run, an application killed mid-deployment and resumed, secret
// sentinels that must appear nowhere, and the roll-back that removes the instance.
class TestDeploymentEndToEnd : public QObject
{
    Q_OBJECT

    // Known values for every secret the test controls; none may leak.
    const QString botToken = QStringLiteral("987654321:SentinelBotTokenAAAAAAAAAAAAAAAAAAA");
    const QString adminPassword = QStringLiteral("Sentinel-Admin-Pw-7x!");

    SystemdHost m_host{QStringLiteral("e2e-host")};
    FakeTelegramServer m_telegram;
    QString m_dir;
    QString m_archive;
    QString m_checksums;
    QString m_config;
    QString m_journal;
    QString m_knownHosts;
    QString m_firstDeployment;
    QString m_instanceId;
    QStringList m_cliOutputs;
    QString m_registryFile;
    SealedBox::KeyPair m_registryKeys;

    DeploymentConfig config() const
    {
        DeploymentConfig c = SampleRelease::config(m_archive, m_checksums, m_host.port(), m_host.clientKey(),
                                                   QStringLiteral("kkt-e2e.example.ru"));
        // Text that reaches SQL and the shell later is data: it must arrive intact.
        c.admin = {QStringLiteral("Ivan O'Brien \"$(id)\""), QStringLiteral("ivan@example.ru"),
                   QStringLiteral("+79123456789"), QStringLiteral("OOO `Romashka`; rm -rf /"),
                   PasswordMode::Typed};
        return c;
    }

    DeploymentRequest request() const
    {
        DeploymentRequest r;
        r.config = config();
        r.secrets.botToken = botToken;
        r.secrets.adminPassword = adminPassword;
        QString error;
        r.profile = PayloadProfile::load(SampleRelease::profile(), &error);
        r.archivePath = m_archive;
        r.checksums = m_checksums;
        r.target.host = QStringLiteral("127.0.0.1");
        r.target.port = m_host.port();
        r.target.user = QStringLiteral("root");
        r.target.identityFile = m_host.clientKey();
        r.target.useAgent = false;
        r.target.useConfigFile = false;
        r.target.knownHostsFile = m_knownHosts;
        r.target.acceptNewHostKey = true;
        r.telegramApiBase = m_telegram.baseUrl();
        r.owner = QStringLiteral("e2e@test");
        r.registry.sqlitePath = m_registryFile;
        r.outboxPath = m_dir + QStringLiteral("/outbox.sqlite");
        return r;
    }

    // Runs a deployment in a worker thread (as the GUI does) while this thread serves Telegram.
    DeploymentOutcome runInThread(const DeploymentRequest& what,
                                  const std::function<DeploymentOutcome(DeploymentRunner&)>& work,
                                  const std::function<void(const QString&)>& onStep = {})
    {
        QFuture<DeploymentOutcome> future = QtConcurrent::run([&] {
            DeploymentRunner runner(what);
            runner.setJournalPath(m_journal);
            if (onStep)
                connect(&runner, &DeploymentRunner::stepStarted, this, onStep, Qt::QueuedConnection);
            return work(runner);
        });
        while (!future.isFinished())
            QTest::qWait(50);
        return future.result();
    }

    QProcess* startCli(const QStringList& args)
    {
        return DeployCli::start(this, args, m_dir, botToken, adminPassword);
    }

    QStringList deployArgs() const
    {
        return {QStringLiteral("deploy"),
                m_config,
                QStringLiteral("--yes"),
                QStringLiteral("--known-hosts"),
                m_knownHosts,
                QStringLiteral("--journal"),
                m_journal,
                QStringLiteral("--telegram-api"),
                m_telegram.baseUrl().toString()};
    }

    // Waits for a CLI run while serving Telegram; returns the exit code and keeps its output.
    int finishCli(QProcess* p, QString* stdoutText = nullptr)
    {
        QDeadlineTimer deadline(600000);
        while (p->state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(50);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        const QString err = QString::fromUtf8(p->readAllStandardError());
        m_cliOutputs << out << err;
        if (stdoutText)
            *stdoutText = out;
        if (p->exitStatus() != QProcess::NormalExit)
            return -1;
        if (p->exitCode() != 0)
            qWarning().noquote() << "kkt-deploy exited with" << p->exitCode() << "\n" << err.right(3000);
        return p->exitCode();
    }

    QString snapshot() const
    {
        QString out;
        m_host.run(
            QStringLiteral(
                "cd /tmp; md5sum /home/kktapp/kkt-system/shared/.env /etc/systemd/system/kkt-*.service "
                "/etc/nginx/sites-available/kkt-*; for d in $(runuser -u postgres -- psql -Atc "
                "\"SELECT datname FROM pg_database WHERE datname LIKE 'kkt_client_%'\"); do "
                "runuser -u postgres -- pg_dump \"$d\" | grep -v restrict | md5sum; done; "
                "systemctl show -p ActiveEnterTimestamp kkt-web kkt-bot"),
            &out);
        return out;
    }

    RegistryTarget registryTarget() const
    {
        RegistryTarget target;
        target.sqlitePath = m_registryFile;
        return target;
    }

    static bool allHealthy(const DeploymentOutcome& o)
    {
        return !o.health.isEmpty() &&
               std::all_of(o.health.cbegin(), o.health.cend(), [](const HealthCheck& c) { return c.passed; });
    }

    static QString describe(const DeploymentOutcome& o)
    {
        QString text = o.error;
        for (const HealthCheck& c : o.health) {
            if (!c.passed)
                text += QStringLiteral("\n✘ %1: %2").arg(c.title, c.detail);
        }
        return text;
    }

private slots:
    void initTestCase()
    {
        // The deployment's own log is long (apt, pip); KKT_DEBUG=1 shows it.
        if (qEnvironmentVariableIsEmpty("KKT_DEBUG"))
            QLoggingCategory::setFilterRules(QStringLiteral("kkt.*.debug=false"));
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("e2e"));
        QString error;
        QVERIFY2(SampleRelease::build(m_dir, &m_archive, &m_checksums, &error), qPrintable(error));
        QVERIFY(m_telegram.listen());
        m_telegram.addBot(botToken, 987654321, QStringLiteral("KKT e2e"), QStringLiteral("kkt_e2e_bot"));
        // Left by a previous installation: the deployment must remove it for long polling.
        m_telegram.setWebhookUrl(QStringLiteral("https://old.example.ru/hook"));
        m_journal = m_dir + QStringLiteral("/journal.sqlite");
        m_knownHosts = m_dir + QStringLiteral("/known_hosts");
        QVERIFY2(m_host.start(), qPrintable(m_host.error()));
        // The registry the deployments record into, with a key pair so credentials get sealed.
        m_registryFile = m_dir + QStringLiteral("/registry.sqlite");
        {
            RegistryTarget target;
            target.sqlitePath = m_registryFile;
            Registry registry(target);
            QSqlDatabase db = registry.database(&error);
            QVERIFY2(SchemaMigrator(target.kind).migrate(db, nullptr, &error), qPrintable(error));
            QVERIFY2(registry.open(&error), qPrintable(error));
            m_registryKeys = SealedBox::generate();
            QVERIFY2(registry.addPublicKey(m_registryKeys.publicKey, &error), qPrintable(error));
        }
        QVERIFY(DeployCli::useRegistry(m_dir, m_registryFile));
        m_config = m_dir + QStringLiteral("/client.json");
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config().toJson()).toJson());
        file.close();
        // Every command line on the server during the run, to prove no secret is ever on one.
        m_host.run(
            QStringLiteral("nohup sh -c 'while :; do ps -eo args >>/root/kkt-ps.log; sleep 0.05; done' "
                           ">/dev/null 2>&1 &"));
    }

    void planOnAFreshServer()
    {
        DeploymentRunner runner(request());
        runner.setJournalPath(m_journal);
        QString error;
        const QList<PlanItem> items = runner.plan(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!items.isEmpty());
        const auto state = [&](const QString& id) {
            for (const PlanItem& item : items) {
                if (item.stepId == id)
                    return item.state;
            }
            return PlanItem::State::Unknown;
        };
        QCOMPARE(state(QStringLiteral("system.packages")), PlanItem::State::WillChange);
        QCOMPARE(state(QStringLiteral("release.unpack")), PlanItem::State::WillChange);
        QCOMPARE(state(QStringLiteral("web.tls")), PlanItem::State::Done);
        QCOMPARE(state(QStringLiteral("app.schema")), PlanItem::State::Unknown);
        // Read-only: nothing of the instance exists afterwards.
        QCOMPARE(m_host.run(QStringLiteral("test ! -e /var/lib/kkt-deploy/production")), 0);
    }

    void unreachableMirrorIsNamedBeforePackages()
    {
        // Connectivity is a condition of the moment: a mirror the server cannot reach stops the run
        // before apt, with a message that names it. (Port 9 on loopback refuses at once.)
        const QString source = QStringLiteral("/etc/apt/sources.list.d/kkt-test-unreachable.list");
        QCOMPARE(m_host.run(QStringLiteral("echo 'deb http://127.0.0.1:9/debian bookworm main' >") + source),
                 0);
        DeploymentRequest unreachable = request();
        unreachable.recordInRegistry = false;
        const QString journal =
            std::exchange(m_journal, m_dir + QStringLiteral("/journal-unreachable.sqlite"));
        const DeploymentOutcome outcome =
            runInThread(unreachable, [](DeploymentRunner& r) { return r.deploy(); });
        m_journal = journal;
        QCOMPARE(m_host.run(QStringLiteral("rm ") + source), 0);
        QCOMPARE(outcome.failedStep, QStringLiteral("system.connectivity"));
        QVERIFY2(outcome.error.contains(QStringLiteral("package mirror: 127.0.0.1:9 (Connection refused)")),
                 qPrintable(outcome.error));
    }

    void firstDeploymentWithLockAndDroppedConnection()
    {
        int lockedExit = -1;
        bool cut = false;
        const DeploymentOutcome first = runInThread(
            request(), [](DeploymentRunner& r) { return r.deploy(); },
            [&](const QString& step) {
                if (step == QStringLiteral("system.packages") && lockedExit < 0) {
                    // A second deployment while the first holds the server.
                    QProcess* second = startCli(deployArgs());
                    lockedExit = finishCli(second);
                }
                if (step == QStringLiteral("app.venv") && !cut) {
                    cut = true;
                    // Kill every SSH session but this one's: the deployment loses its connection.
                    m_host.run(QStringLiteral("for p in $(pgrep -f 'sshd: root@notty'); do "
                                              "[ \"$p\" = \"$PPID\" ] || kill -9 \"$p\"; done"));
                }
            });
        QCOMPARE(lockedExit, 9);
        QVERIFY(cut);
        QCOMPARE(first.status, DeploymentOutcome::Status::Failed);
        QCOMPARE(first.failedStep, QStringLiteral("app.venv"));
        QVERIFY(!first.deploymentId.isEmpty());
        m_firstDeployment = first.deploymentId;

        DeploymentRequest again = request();
        again.resumeId = m_firstDeployment;
        const DeploymentOutcome resumed = runInThread(again, [](DeploymentRunner& r) { return r.deploy(); });
        QVERIFY2(resumed.succeeded(), qPrintable(describe(resumed)));
        QVERIFY(allHealthy(resumed));
        QCOMPARE(resumed.deploymentId, m_firstDeployment);
        QCOMPARE(resumed.botUsername, QStringLiteral("kkt_e2e_bot"));
        QVERIFY(m_telegram.webhookUrl().isEmpty());
        m_instanceId = resumed.instanceId;
        QVERIFY(m_instanceId.startsWith(QStringLiteral("INST-")));
        // The application really works: the administrator logs in through nginx.
        const auto login =
            std::find_if(resumed.health.cbegin(), resumed.health.cend(),
                         [](const HealthCheck& c) { return c.id == QStringLiteral("admin-login"); });
        QVERIFY(login != resumed.health.cend() && login->passed);
        QString env;
        QCOMPARE(m_host.run(QStringLiteral("stat -c '%a %U' /home/kktapp/kkt-system/shared/.env"), &env), 0);
        QCOMPARE(env.trimmed(), QStringLiteral("600 kktapp"));
        QString fullName;
        QCOMPARE(m_host.run(QStringLiteral("cd /tmp && runuser -u postgres -- psql -At -d kkt_client_%1 -c "
                                           "\"SELECT full_name FROM users WHERE username = 'admin'\"")
                                .arg(m_instanceId.mid(5)),
                            &fullName),
                 0);
        QCOMPARE(fullName.trimmed(), config().admin.fullName);

        // The registry has the instance, its pinned host key, the sealed credentials, and both
        // attempts: the failed one and the successful one.
        Registry registry(registryTarget());
        QString error;
        QVERIFY2(registry.open(&error), qPrintable(error));
        const QUuid uuid = DeploymentRecorder::instanceUuid(QStringLiteral("127.0.0.1"), m_instanceId);
        const std::optional<InstanceRecord> instance =
            registry.findInstance(uuid.toString(QUuid::WithoutBraces), &error);
        QVERIFY2(instance.has_value(), qPrintable(error));
        QCOMPARE(instance->version, SampleRelease::version());
        QCOMPARE(instance->hostKeyFingerprint, resumed.hostKeyFingerprint);
        QCOMPARE(instance->domain, QStringLiteral("kkt-e2e.example.ru"));
        QCOMPARE(instance->botUsername, QStringLiteral("kkt_e2e_bot"));
        const auto opened =
            SealedBox::open(QByteArray::fromBase64(instance->sealedCredentials.toLatin1()), m_registryKeys);
        QVERIFY(opened.has_value());
        QCOMPARE(QJsonDocument::fromJson(*opened).object().value(QStringLiteral("password")).toString(),
                 adminPassword);
        QStringList statuses;
        for (const HistoryRecord& h : registry.history(uuid, &error))
            statuses << h.status;
        statuses.sort();
        QCOMPARE(statuses, (QStringList{QStringLiteral("failed"), QStringLiteral("success")}));
    }

    void secondDeploymentChangesNothing()
    {
        const QString before = snapshot();
        QString out;
        QCOMPARE(finishCli(startCli(deployArgs()), &out), 0);
        const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(summary.value(QStringLiteral("changedSteps")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("instanceId")).toString(), m_instanceId);
        QCOMPARE(snapshot(), before);
    }

    void backupsRunAndFailLoudly()
    {
        // The scheduled backup works over TCP with the role's own password …
        QString out;
        QCOMPARE(m_host.run(
                     QStringLiteral(
                         "systemctl list-timers --all kkt-backup-production.timer --no-pager | "
                         "grep -q kkt-backup-production && systemctl start kkt-backup-production.service && "
                         "f=$(ls /home/kktapp/kkt-system/shared/backups/database/*.sql.gz | tail -n 1) && "
                         "gzip -dc \"$f\" | grep -q 'CREATE TABLE public.users'"),
                     &out),
                 0);
        // … and a broken database makes the unit fail instead of keeping an empty dump.
        QCOMPARE(m_host.run(QStringLiteral(
                                "systemctl stop postgresql; n=$(ls /home/kktapp/kkt-system/shared/backups/"
                                "database | wc -l); ! systemctl start kkt-backup-production.service; r=$?; "
                                "systemctl start postgresql kkt-web kkt-bot; [ $r = 0 ] && [ \"$(ls "
                                "/home/kktapp/kkt-system/"
                                "shared/backups/database | wc -l)\" = \"$n\" ]"),
                            &out),
                 0);
        QCOMPARE(m_host.run(
                     QStringLiteral("for i in $(seq 50); do systemctl is-active --quiet kkt-web && "
                                    "runuser -u postgres -- psql -Atc 'SELECT 1' >/dev/null 2>&1 && exit 0; "
                                    "sleep 0.2; done; exit 1")),
                 0);
    }

    void checkHealthNowFromTheRegistry()
    {
        RegistryTarget target;
        target.sqlitePath = m_registryFile;
        Registry registry(target);
        QString error;
        QVERIFY(registry.open(&error));
        const auto instance = registry.findInstance(m_instanceId, &error);
        QVERIFY2(instance.has_value(), qPrintable(error));
        DeploymentRequest check = DeploymentRequest::forInstance(*instance, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        check.target.identityFile = m_host.clientKey();
        check.target.useAgent = false;
        check.target.useConfigFile = false;
        check.target.knownHostsFile = m_knownHosts;
        // Only the pinned key is accepted.
        QCOMPARE(check.target.expectedFingerprint, instance->hostKeyFingerprint);
        const DeploymentOutcome outcome =
            runInThread(check, [this](DeploymentRunner& r) { return r.checkHealth(m_instanceId); });
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QVERIFY(allHealthy(outcome));
    }

    void killedApplicationResumes()
    {
        // Make the application phase do real work again: a new virtual environment and .env.
        QCOMPARE(m_host.run(QStringLiteral("rm -rf /home/kktapp/kkt-system/current/venv "
                                           "/home/kktapp/kkt-system/shared/.env")),
                 0);
        QProcess* cli = startCli(deployArgs());
        QString seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += QString::fromUtf8(cli->readAllStandardError()))
                                     .contains(QStringLiteral("▶ Create the virtual environment")),
                                 300000);
        cli->kill();
        cli->waitForFinished(10000);
        static const QRegularExpression idPattern(QStringLiteral("--resume ([0-9a-f-]{36})"));
        const QString id = idPattern.match(seen).captured(1);
        QVERIFY2(!id.isEmpty(), qPrintable(seen));
        m_cliOutputs << seen;
        QString out;
        QCOMPARE(finishCli(startCli(deployArgs() << QStringLiteral("--resume") << id), &out), 0);
        const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(summary.value(QStringLiteral("deploymentId")).toString(), id);
        QCOMPARE(m_host.run(QStringLiteral("test -x /home/kktapp/kkt-system/current/venv/bin/python && "
                                           "systemctl is-active kkt-web kkt-bot")),
                 0);
    }

    void secretsLeakNowhere()
    {
        QByteArray journalBytes;
        for (const QString& file : {m_journal, m_registryFile, m_dir + QStringLiteral("/outbox.sqlite")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                journalBytes += f.readAll();
        }
        QString commandLines, history;
        m_host.run(QStringLiteral("cat /root/kkt-ps.log"), &commandLines, 300000);
        // The capture did see our runs: the deployment's persistent shell.
        QVERIFY(commandLines.contains(QStringLiteral("bash --noprofile --norc")));
        m_host.run(QStringLiteral("cat /root/.bash_history /home/*/.bash_history 2>/dev/null; "
                                  "journalctl --no-pager -q 2>/dev/null | tail -n 20000"),
                   &history, 300000);
        const QString tokenTail = botToken.section(u':', 1);
        for (const QString& secret : {botToken, tokenTail, adminPassword}) {
            QVERIFY2(!journalBytes.contains(secret.toUtf8()),
                     "a secret is in the journal, registry or outbox");
            QVERIFY2(!commandLines.contains(secret), "a secret was on a remote command line");
            QVERIFY2(!history.contains(secret), "a secret is in the server's history or system journal");
            for (const QString& output : std::as_const(m_cliOutputs))
                QVERIFY2(!output.contains(secret), "a secret is in the command-line output");
        }
        // The secrets the server generated travel to the client's redactor only (prelude.sh).
        QString serverSecrets;
        QCOMPARE(m_host.run(QStringLiteral("cut -d= -f2- /var/lib/kkt-deploy/production/secrets.env"),
                            &serverSecrets),
                 0);
        const QStringList generated = serverSecrets.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(generated.size(), 3);
        for (const QString& secret : generated) {
            QVERIFY2(!journalBytes.contains(secret.toUtf8()),
                     "a server secret is in the journal or registry");
            QVERIFY2(!commandLines.contains(secret), "a server secret was on a remote command line");
            for (const QString& output : std::as_const(m_cliOutputs))
                QVERIFY2(!output.contains(secret), "a server secret is in the command-line output");
        }
    }

    void rollBackRemovesTheInstance()
    {
        // By instance ID, as an operator who only has the registry's card would: the journal knows
        // which deployment created it.
        QString out;
        QCOMPARE(finishCli(startCli(deployArgs() << QStringLiteral("--roll-back") << m_instanceId), &out), 0);
        QCOMPARE(
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("deploymentId")).toString(),
            m_firstDeployment);
        const QString number = m_instanceId.mid(5);
        QCOMPARE(
            m_host.run(QStringLiteral(
                           "! systemctl cat kkt-web kkt-bot >/dev/null 2>&1 && "
                           "test ! -e /etc/nginx/sites-enabled/kkt-%1 && "
                           "test ! -e /home/kktapp/kkt-system && test ! -e /var/lib/kkt-deploy/production && "
                           "! runuser -u postgres -- psql -Atc 'SELECT datname FROM pg_database' | grep -q "
                           "kkt_client_")
                           .arg(number)),
            0);
        // The registry is told: the instance is removed, and the roll-back has its row.
        Registry registry(registryTarget());
        QString error;
        QVERIFY2(registry.open(&error), qPrintable(error));
        const QUuid uuid = DeploymentRecorder::instanceUuid(QStringLiteral("127.0.0.1"), m_instanceId);
        const std::optional<InstanceRecord> instance =
            registry.findInstance(uuid.toString(QUuid::WithoutBraces), &error);
        QVERIFY2(instance.has_value(), qPrintable(error));
        QCOMPARE(instance->status, QStringLiteral("removed"));
        bool rolledBack = false;
        for (const HistoryRecord& h : registry.history(uuid, &error))
            rolledBack = rolledBack ||
                         (h.action == QStringLiteral("rollback") && h.status == QStringLiteral("success"));
        QVERIFY(rolledBack);
    }

    void cleanupTestCase() { m_host.stop(); }
};

QTEST_GUILESS_MAIN(TestDeploymentEndToEnd)
#include "TestDeploymentEndToEnd.moc"
