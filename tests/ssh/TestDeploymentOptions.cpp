#include "cli/DeploymentOptions.h"
#include "cli/ExitCode.h"
#include "secrets/SecretStore.h"
#include "support/FakeGitHubServer.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// `plan` and `deploy` take a remembered SSH password or key passphrase from the keychain (the real
// Secret Service of scripts/test.sh) when the environment gives none.
class TestDeploymentOptions : public QObject
{
    Q_OBJECT

private:
    QString m_dir;

    QString writeConfig(const QJsonObject& server, const QJsonObject& releaseChoice = {},
                        const QString& profile = {})
    {
        QFile example(TestEnvironment::sourceDir() + QStringLiteral("/tests/data/example-config.json"));
        if (!example.open(QIODevice::ReadOnly))
            return {};
        QJsonObject config = QJsonDocument::fromJson(example.readAll()).object();
        config.insert(QStringLiteral("server"), server);
        // A local release file (the archive is not opened here).
        const QString archive = m_dir + QStringLiteral("/kkt-app-v1.0.0.tar.gz");
        QFile release(archive);
        if (!release.open(QIODevice::WriteOnly))
            return {};
        release.close();
        config.insert(QStringLiteral("release"),
                      !releaseChoice.isEmpty()
                          ? releaseChoice
                          : QJsonObject{{QStringLiteral("source"), QStringLiteral("file")},
                                        {QStringLiteral("path"), archive},
                                        {QStringLiteral("checksums"), QString(64, u'a')}});
        if (!profile.isEmpty())
            config.insert(QStringLiteral("profile"), profile);
        const QString path = m_dir + QStringLiteral("/config.json");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QJsonDocument(config).toJson());
        return path;
    }
    // Returns the exit code (-1: the request is ready) and fills `request` and `err`.
    int build(const QString& config, DeploymentRequest* request, QString* err)
    {
        QString out;
        QTextStream outStream(&out);
        QTextStream errStream(err);
        CommandIo io{outStream, errStream, nullptr};
        DeploymentOptions options;
        QCommandLineParser parser;
        options.addTo(parser);
        if (!parser.parse({QStringLiteral("plan"), config}))
            return -2;
        const int code = options.build(parser, io, QStringLiteral("plan"), false, request);
        errStream.flush();
        return code;
    }
    static bool store(const QString& key, const QString& secret)
    {
        SecretStore store;
        bool done = false;
        bool ok = false;
        auto answer = [&](const SecretStore::Result& result) {
            ok = result.ok() || result.status == SecretStore::Status::NotFound;
            done = true;
        };
        if (secret.isEmpty())
            store.remove(key, answer);
        else
            store.write(key, secret, answer);
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("deployment-options"));
        qunsetenv("KKT_SSH_PASSWORD");
        qunsetenv("KKT_SSH_PASSPHRASE");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/with-keyring.sh inside dbus-run-session");
    }

    void passwordFromTheKeychain()
    {
        const QString config =
            writeConfig({{QStringLiteral("host"), QStringLiteral("vds-options.example.ru")},
                         {QStringLiteral("port"), 2222},
                         {QStringLiteral("user"), QStringLiteral("deployer")},
                         {QStringLiteral("auth"), QStringLiteral("password")},
                         {QStringLiteral("identityFile"), QString()},
                         {QStringLiteral("domain"), QStringLiteral("kkt.example.ru")}});
        QVERIFY(!config.isEmpty());
        const QString key =
            SecretStore::keyFor(SecretStore::Kind::SshPassword, QStringLiteral("vds-options.example.ru"),
                                2222, QStringLiteral("deployer"));
        const QString secret = QStringLiteral("Planted-Options-Pw-662");
        DeploymentRequest request;
        QString err;
        QVERIFY(store(key, QString()));
        QCOMPARE(build(config, &request, &err), int(ExitUsage));
        QVERIFY2(err.contains(QStringLiteral("KKT_SSH_PASSWORD")), qPrintable(err));

        QVERIFY(store(key, secret));
        err.clear();
        QVERIFY2(build(config, &request, &err) == -1, qPrintable(err));
        QCOMPARE(request.target.password, secret);
        QVERIFY(!err.contains(secret));
        QVERIFY(store(key, QString()));
    }

    void passphraseFromTheKeychain()
    {
        const QString keyFile = m_dir + QStringLiteral("/id_test");
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not parsed here\n");
        file.close();
        const QString config =
            writeConfig({{QStringLiteral("host"), QStringLiteral("vds-options.example.ru")},
                         {QStringLiteral("port"), 22},
                         {QStringLiteral("user"), QStringLiteral("root")},
                         {QStringLiteral("auth"), QStringLiteral("key")},
                         {QStringLiteral("identityFile"), keyFile},
                         {QStringLiteral("domain"), QStringLiteral("kkt.example.ru")}});
        const QString key = SecretStore::passphraseKeyFor(QStringLiteral("vds-options.example.ru"), 22,
                                                          QStringLiteral("root"), keyFile);
        const QString secret = QStringLiteral("Planted-Options-Phrase-19");
        QVERIFY(store(key, secret));
        DeploymentRequest request;
        QString err;
        QVERIFY2(build(config, &request, &err) == -1, qPrintable(err));
        QCOMPARE(request.target.passphrase, secret);
        QVERIFY(store(key, QString()));
        QVERIFY2(build(config, &request, &err) == -1, qPrintable(err));
        QVERIFY(request.target.passphrase.isEmpty());
    }

    // "release": {"source": "latest"} or a tag: fetched, verified and inspected before the plan,
    // without a separate `release fetch`.
    void latestReleaseIsFetchedFirst()
    {
        QString archive;
        QString checksums;
        QString error;
        QVERIFY2(SampleRelease::build(TestEnvironment::freshDirectory(QStringLiteral("options-release")),
                                      &archive, &checksums, &error),
                 qPrintable(error));
        QFile archiveFile(archive);
        QFile sums(checksums);
        QVERIFY(archiveFile.open(QIODevice::ReadOnly) && sums.open(QIODevice::ReadOnly));
        const QByteArray archiveData = archiveFile.readAll();
        const QString tag = QStringLiteral("v") + SampleRelease::version();
        FakeGitHubServer github;
        QVERIFY(github.listen());
        github.addRelease(tag, QDateTime::currentDateTimeUtc(),
                          {{QFileInfo(archive).fileName(), archiveData},
                           {QStringLiteral("checksums.txt"), sums.readAll()}});
        qputenv("KKT_GITHUB_API_URL", github.baseUrl().toEncoded());
        qputenv("KKT_GITHUB_TOKEN", "test-token");
        const QString cache = TestEnvironment::freshDirectory(QStringLiteral("options-cache"));
        qputenv("KKT_CACHE_DIR", cache.toUtf8());
        const QJsonObject server{{QStringLiteral("host"), QStringLiteral("vds-options.example.ru")},
                                 {QStringLiteral("port"), 22},
                                 {QStringLiteral("user"), QStringLiteral("root")},
                                 {QStringLiteral("auth"), QStringLiteral("agent")},
                                 {QStringLiteral("domain"), QStringLiteral("kkt.example.ru")}};

        const QString latest = writeConfig(server, {{QStringLiteral("source"), QStringLiteral("latest")}},
                                           SampleRelease::profile());
        DeploymentRequest request;
        QString err;
        QVERIFY2(build(latest, &request, &err) == -1, qPrintable(err));
        QCOMPARE(request.archivePath, cache + QStringLiteral("/releases/") + SampleRelease::version() + u'/' +
                                          QFileInfo(archive).fileName());
        QCOMPARE(request.checksums,
                 QFileInfo(request.archivePath).absolutePath() + QStringLiteral("/checksums.txt"));
        QVERIFY2(err.contains(QStringLiteral("is verified")), qPrintable(err));

        // A tag, and a tampered mirror: refused with the checksum's exit code, nothing planned.
        github.replaceAsset(tag, QFileInfo(archive).fileName(), archiveData.left(archiveData.size() - 7));
        qputenv("KKT_CACHE_DIR", TestEnvironment::freshDirectory(QStringLiteral("options-cache2")).toUtf8());
        const QString byTag = writeConfig(
            server, {{QStringLiteral("source"), QStringLiteral("tag")}, {QStringLiteral("tag"), tag}},
            SampleRelease::profile());
        err.clear();
        QCOMPARE(build(byTag, &request, &err), int(ExitChecksumMismatch));
        QVERIFY2(err.contains(QStringLiteral("the release cannot be used")), qPrintable(err));

        // Offline: the network is named as the cause, with the unreachable exit code.
        qputenv("KKT_GITHUB_API_URL",
                QStringLiteral("http://127.0.0.1:%1").arg(TestEnvironment::freePort()).toUtf8());
        err.clear();
        QCOMPARE(build(latest, &request, &err), int(ExitUnreachable));
        QVERIFY2(err.contains(QStringLiteral("Network problem")), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("release fetch")));
        qunsetenv("KKT_GITHUB_TOKEN");
        qunsetenv("KKT_GITHUB_API_URL");
    }
};

QTEST_GUILESS_MAIN(TestDeploymentOptions)
#include "TestDeploymentOptions.moc"
