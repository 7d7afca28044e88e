#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/CommandLineRun.h"
#include "support/DeployCli.h"
#include "support/FakeGitHubServer.h"
#include "support/SampleRelease.h"
#include "support/SampleUpdateRelease.h"
#include "support/TestEnvironment.h"
#include "support/TestSshd.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// `kkt-deploy update check` on its GitHub path (no --archive): the release list and each release's
// manifest.json come from the local GitHub server, the version from the server's .version over a
// real SSH login (a local sshd; the instance's payload profile puts its folder in this test's
// directory, so no systemd host is needed). The newest release is offered with its changelog,
// severity and migration; --to picks an older one; a release whose minimum version the instance
// has not reached is refused with the way out; drafts and releases without an archive are left
// out; a registry that says another version is corrected; an unreachable GitHub is exit 6.
class TestUpdateCommand : public QObject
{
    Q_OBJECT

    TestSshd m_sshd{QStringLiteral("update-command")};
    FakeGitHubServer m_github;
    QString m_dir;
    QString m_home;
    QString m_registryFile;
    QString m_appDir;
    const QString m_instance = QStringLiteral("INST-20261129120000");

    static QByteArray manifest(const QString& version, const QString& severity, const QString& minimum,
                               const QString& added, bool migration)
    {
        QJsonObject o{
            {QStringLiteral("version"), version},
            {QStringLiteral("release_date"), QStringLiteral("2026-11-20")},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("database_migration"), migration},
            {QStringLiteral("changelog"), QJsonObject{{QStringLiteral("added"), QJsonArray{added}}}},
            {QStringLiteral("rollback_supported"), true},
            {QStringLiteral("minimum_version"), minimum}};
        if (migration)
            o.insert(
                QStringLiteral("migration_steps"),
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("sql")},
                                       {QStringLiteral("file"), QStringLiteral("database/migrations/x.sql")},
                                       {QStringLiteral("description"), QStringLiteral("A new column")}}});
        return QJsonDocument(o).toJson();
    }

    // A release as the project publishes it; the archive's bytes do not matter to a check.
    void publish(const QString& version, const QByteArray& manifestJson, int daysAgo, bool withArchive = true)
    {
        QList<FakeGitHubServer::Asset> assets{{QStringLiteral("checksums.txt"), "0  none\n"}};
        if (withArchive)
            assets << FakeGitHubServer::Asset{QStringLiteral("kkt-app-v%1.tar.gz").arg(version), "archive"};
        if (!manifestJson.isEmpty())
            assets << FakeGitHubServer::Asset{QStringLiteral("manifest.json"), manifestJson};
        m_github.addRelease(QStringLiteral("v") + version, QDateTime::currentDateTimeUtc().addDays(-daysAgo),
                            assets);
    }

    int check(const QStringList& extra, QJsonObject* answer, QString* err = nullptr)
    {
        QString out;
        const int code = CommandLineRun::run(
            QStringList{QStringLiteral("update"), QStringLiteral("check"), QStringLiteral("--instance"),
                        m_instance, QStringLiteral("--identity"), m_sshd.clientKey(QStringLiteral("ed25519")),
                        QStringLiteral("--known-hosts"), m_dir + QStringLiteral("/known_hosts"),
                        QStringLiteral("--json")} +
                extra,
            m_home, QString(), &out, err);
        *answer = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        return code;
    }

    QString registryVersion()
    {
        RegistryTarget target;
        target.sqlitePath = m_registryFile;
        Registry registry(target);
        QString error;
        if (!registry.open(&error))
            return error;
        const QList<InstanceRecord> all = registry.instances(InstanceQuery(), 0, 10, &error);
        return all.isEmpty() ? error : all.first().version;
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("update-command"));
        m_home = m_dir + QStringLiteral("/home");
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY(m_github.listen());
        qputenv("KKT_GITHUB_API_URL", m_github.baseUrl().toString().toUtf8());
        qunsetenv("KKT_GITHUB_TOKEN");

        // The instance's folder is this test's: its payload profile says so.
        m_appDir = m_dir + QStringLiteral("/kkt-system");
        QVERIFY(QDir().mkpath(m_appDir));
        QFile version(m_appDir + QStringLiteral("/.version"));
        QVERIFY(version.open(QIODevice::WriteOnly));
        version.write(SampleRelease::version().toUtf8() + '\n');
        version.close();
        QFile sample(SampleRelease::profile());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray profileJson = sample.readAll().replace("/home/kktapp/kkt-system", m_appDir.toUtf8());
        const QString profile = m_dir + QStringLiteral("/profile.json");
        QFile copy(profile);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(profileJson);
        copy.close();

        m_registryFile = m_dir + QStringLiteral("/registry.sqlite");
        RegistryTarget target;
        target.sqlitePath = m_registryFile;
        Registry registry(target);
        QString error;
        QSqlDatabase db = registry.database(&error);
        QVERIFY2(SchemaMigrator(target.kind).migrate(db, nullptr, &error), qPrintable(error));
        InstanceRecord r;
        r.uuid = QUuid::createUuid();
        r.name = m_instance;
        r.instanceNumber = m_instance;
        r.company = QStringLiteral("OOO Romashka");
        r.ip = r.sshHost = QStringLiteral("127.0.0.1");
        r.sshPort = m_sshd.port();
        r.sshUser = QStringLiteral("root");
        r.hostKeyFingerprint = m_sshd.hostKeyFingerprint();
        r.mode = QStringLiteral("production");
        r.payloadProfile = profile;
        r.appFolder = m_appDir;
        r.version = QStringLiteral("0.9.0-e2e"); // stale: the server's .version is the truth
        r.deployedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(registry.open(&error) && registry.upsertInstance(r, &error), qPrintable(error));
        QVERIFY(DeployCli::useRegistry(m_home, m_registryFile));

        publish(SampleRelease::version(), {}, 30); // no manifest: a patch without migrations
        publish(QStringLiteral("1.1.0-e2e"),
                manifest(QStringLiteral("1.1.0-e2e"), QStringLiteral("minor"), SampleRelease::version(),
                         SampleUpdateRelease::v110Change(), true),
                10);
        publish(QStringLiteral("1.5.0-e2e"), {}, 5, /*withArchive*/ false); // cannot be deployed
    }

    void offersTheNewestReleaseWithItsManifest()
    {
        QJsonObject a;
        QString err;
        QCOMPARE(check({}, &a, &err), 0);
        QCOMPARE(a.value(QStringLiteral("name")).toString(), m_instance);
        QCOMPARE(a.value(QStringLiteral("current")).toString(), SampleRelease::version());
        const QString mismatch = SampleUpdateRelease::offerMismatch(a, SampleUpdateRelease::v110());
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY2(!a.contains(QStringLiteral("refusal")) ||
                     a.value(QStringLiteral("refusal")).toString().isEmpty(),
                 qPrintable(err));
        // The registry said 0.9.0-e2e; the server runs 1.0.0-e2e.
        QCOMPARE(registryVersion(), SampleRelease::version());
    }

    void refusesWhatNeedsAnIntermediateReleaseAndToPicksIt()
    {
        publish(QStringLiteral("1.2.0-e2e"),
                manifest(QStringLiteral("1.2.0-e2e"), QStringLiteral("major"), QStringLiteral("1.1.0-e2e"),
                         QStringLiteral("Priorities"), true),
                1);
        QJsonObject a;
        QCOMPARE(check({}, &a), 0);
        QCOMPARE(a.value(QStringLiteral("available")).toString(), QStringLiteral("1.2.0-e2e"));
        QCOMPARE(a.value(QStringLiteral("severity")).toString(), QStringLiteral("major"));
        QVERIFY2(a.value(QStringLiteral("refusal"))
                     .toString()
                     .contains(QStringLiteral("update to 1.1.0-e2e first")),
                 qPrintable(QJsonDocument(a).toJson()));
        QCOMPARE(check({QStringLiteral("--to"), QStringLiteral("1.1.0-e2e")}, &a), 0);
        QCOMPARE(a.value(QStringLiteral("available")).toString(), QStringLiteral("1.1.0-e2e"));
        QCOMPARE(a.value(QStringLiteral("refusal")).toString(), QString());
    }

    void anUnreadableReleaseListIsExitSix()
    {
        // A repository the server does not have: HTTP 404.
        qputenv("KKT_GITHUB_REPO", "nobody/nothing");
        QJsonObject a;
        QString err;
        const int code = check({}, &a, &err);
        qunsetenv("KKT_GITHUB_REPO");
        QCOMPARE(code, 6);
        QVERIFY2(err.contains(QStringLiteral("the release list cannot be read")), qPrintable(err));
    }

    void cleanupTestCase() { m_sshd.stop(); }
};

QTEST_GUILESS_MAIN(TestUpdateCommand)
#include "TestUpdateCommand.moc"
