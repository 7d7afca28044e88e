#include "provisioning/DeploymentRunner.h"
#include "registry/DeploymentKey.h"
#include "registry/DeploymentTokens.h"
#include "registry/Registry.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistryTestDatabase.h"
#include "registry/SchemaMigrator.h"
#include "registry/SealedBox.h"
#include "registry/SelfServiceOutbox.h"
#include "registry/SelfServiceRegistry.h"
#include "support/FakeTelegramServer.h"
#include "support/PostgresServer.h"
#include "support/SampleRelease.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

// The self-service edition's deployment end to end: a client's role (a member of kkt_selfservice,
// nothing else) deploys onto a real Debian 12 server with systemd with a token staff issued; the
// token is redeemed before the server is touched and the result is recorded through the token's
// functions only. A second server with the same token is refused before it is touched.
class TestSelfServiceDeployment : public QObject
{
    Q_OBJECT

    const QString botToken = QStringLiteral("987654321:SelfServiceBotTokenAAAAAAAAAAAAAAAA");
    const QString adminPassword = QStringLiteral("Self-Service-Admin-7x!");

    SystemdHost m_host{QStringLiteral("selfservice-host")};
    PostgresServer m_registry;
    FakeTelegramServer m_telegram;
    QString m_dir;
    QString m_archive;
    QString m_checksums;
    QString m_token;
    DeploymentKey m_key;

    RegistryTarget target(const QString& role, const QString& password) const
    {
        return RegistryTestDatabase::postgres(m_registry, QStringLiteral("kkt_master_registry"), role,
                                              password);
    }
    RegistryTarget owner() const { return target(m_registry.superuser(), m_registry.superuserPassword()); }
    QString column(const QString& sql) const
    {
        QString error;
        return RegistryTestDatabase::column(RegistryConnection::open(owner(), &error), sql);
    }

    DeploymentRequest request(const QString& host) const
    {
        DeploymentRequest r;
        r.config = SampleRelease::config(m_archive, m_checksums, m_host.port(), m_host.clientKey(),
                                         QStringLiteral("kkt-self.example.ru"));
        r.config.server.host = host;
        r.config.admin.company = QStringLiteral("What the client typed");
        r.secrets.botToken = botToken;
        r.secrets.adminPassword = adminPassword;
        // What the client pasted: the deployment key (its registry, its own login, the token).
        r.secrets.deploymentKey = m_key.encode();
        r.secrets.deploymentToken = m_token;
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
        r.target.knownHostsFile = m_dir + QStringLiteral("/known_hosts");
        r.target.acceptNewHostKey = true;
        r.telegramApiBase = m_telegram.baseUrl();
        r.owner = QStringLiteral("client@test");
        r.registry = m_key.target(&error);
        r.outboxPath = m_dir + QStringLiteral("/outbox.sqlite");
        return r;
    }

    DeploymentOutcome run(const DeploymentRequest& what)
    {
        QFuture<DeploymentOutcome> future = QtConcurrent::run([&] {
            DeploymentRunner runner(what);
            runner.setJournalPath(m_dir + QStringLiteral("/journal.sqlite"));
            return runner.deploy();
        });
        while (!future.isFinished())
            QTest::qWait(50); // this thread serves the Telegram server
        return future.result();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("KKT_DEBUG"))
            QLoggingCategory::setFilterRules(QStringLiteral("kkt.*.debug=false"));
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("selfservice-e2e"));
        QString error;
        QVERIFY2(SampleRelease::build(m_dir, &m_archive, &m_checksums, &error), qPrintable(error));
        QVERIFY(m_telegram.listen());
        m_telegram.addBot(botToken, 987654321, QStringLiteral("KKT self"), QStringLiteral("kkt_self_bot"));
        QVERIFY2(m_registry.start(), qPrintable(m_registry.error()));
        QVERIFY2(m_registry.createDatabase(QStringLiteral("kkt_master_registry")),
                 qPrintable(m_registry.error()));
        {
            QSqlDatabase db = RegistryConnection::open(owner(), &error);
            QVERIFY2(db.isValid(), qPrintable(error));
            QVERIFY2(SchemaMigrator(RegistryTarget::Kind::Postgres).migrate(db, nullptr, &error),
                     qPrintable(error));
            QVERIFY2(Registry(owner()).addPublicKey(SealedBox::generate().publicKey, &error),
                     qPrintable(error));
        }
        QVERIFY2(
            m_registry.runSql(QStringLiteral("kkt_master_registry"),
                              QStringLiteral("CREATE ROLE staff_bob LOGIN PASSWORD 'Staff-Bob-1x' IN ROLE "
                                             "kkt_deployer; CREATE ROLE acme_client LOGIN PASSWORD "
                                             "'Acme-Client-1x' IN ROLE kkt_selfservice;")),
            qPrintable(m_registry.error()));
        QVERIFY2(DeploymentTokens(target(QStringLiteral("staff_bob"), QStringLiteral("Staff-Bob-1x")))
                     .issue(QDateTime::currentDateTimeUtc().addDays(1), QStringLiteral("ООО «Акме»"), {},
                            &m_key, &error),
                 qPrintable(error));
        m_token = m_key.token;
        QVERIFY2(m_host.start(), qPrintable(m_host.error()));
    }

    void deploysAndRecordsThroughTheToken()
    {
        const DeploymentOutcome outcome = run(request(QStringLiteral("127.0.0.1")));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        const QString uuid = SelfServiceRegistry::instanceUuid(QStringLiteral("127.0.0.1"), m_token)
                                 .toString(QUuid::WithoutBraces);
        // One instance, the token's: named, versioned, active, in the token's company, sealed.
        QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM deployed_instances")), QStringLiteral("1"));
        QCOMPARE(column(QStringLiteral(
                            "SELECT instance_name || '/' || deployed_version || '/' || status || '/' || "
                            "client_company || '/' || (sealed_credentials IS NOT NULL) || '/' || "
                            "(host_key_fingerprint LIKE 'SHA256:%') FROM deployed_instances WHERE "
                            "instance_uuid = '%1'")
                            .arg(uuid)),
                 QStringLiteral("%1/%2/active/ООО «Акме»/true/true")
                     .arg(outcome.instanceId, SampleRelease::version()));
        QCOMPARE(column(QStringLiteral("SELECT action || '/' || status || '/' || initiated_by FROM "
                                       "deployment_history")),
                 QStringLiteral("deploy/success/") + m_key.login);
        // The token is spent, bound to that instance; the audit log names the key's own login.
        QCOMPARE(
            column(QStringLiteral("SELECT i.instance_name FROM deployment_tokens t JOIN deployed_instances i "
                                  "ON i.id = t.instance_id WHERE t.used_at IS NOT NULL")),
            outcome.instanceId);
        QVERIFY(
            column(QStringLiteral("SELECT string_agg(DISTINCT actor, ',') FROM audit_log WHERE action LIKE "
                                  "'deployed_instances.%'"))
                .contains(m_key.login));
        // What the client reads back: its own instance and history.
        QString error;
        SelfServiceRegistry own(m_key.target(&error), m_key);
        const auto instance = own.ownInstance(m_token, &error);
        QVERIFY2(instance, qPrintable(error));
        QCOMPARE(instance->name, outcome.instanceId);
        QCOMPARE(own.ownHistory(m_token, &error).size(), 1);
        // Sent at once: nothing waits on the client's computer.
        QCOMPARE(SelfServiceOutbox::flushAll(m_dir).message(), QString());
    }

    void anotherServerWithTheSameTokenIsRefusedBeforeItIsTouched()
    {
        const DeploymentOutcome outcome = run(request(QStringLiteral("192.0.2.44")));
        QVERIFY(!outcome.succeeded());
        QVERIFY2(outcome.error.contains(QStringLiteral("already used for another instance")),
                 qPrintable(outcome.error));
        QVERIFY(outcome.instanceId.isEmpty());
        QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM deployed_instances")), QStringLiteral("1"));
        QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM deployment_history")), QStringLiteral("1"));
    }

    void cleanupTestCase() { m_host.stop(); }
};

QTEST_GUILESS_MAIN(TestSelfServiceDeployment)
#include "TestSelfServiceDeployment.moc"
