// kkt-test-services DIR [--updates] [--registry]: the services the GUI acceptance suite deploys against,
// in one process — a systemd test host (ssh on a free port, a client key), the local GitHub server
// publishing the sample release as the latest one, and the local Telegram Bot API with two bots (the
// second for a test instance beside production). It writes a deployment configuration for them,
// prints one JSON line with their addresses, and runs
// until it is sent SIGTERM (or its standard input closes); then it stops the host. With --updates it
// also publishes the sample's 1.1.0 (manifest, changelog, a migration) as the latest release and
// writes a second configuration that deploys the 1.0.0 archive, to update from; and it builds 1.2.0
// (whose web service fails its health check) and publishes it as the latest release when a line
// "publish 1.2.0-e2e" arrives on its standard input — as a release comes out while instances run —
// answering "published 1.2.0-e2e" on standard output. With --registry it also starts a central
// PostgreSQL registry (migrated, with a registry key) and a staff role in kkt_deployer, and prints
// its URL and the role's password (for the self-service walkthrough).
#include "core/ConfigFile.h"
#include "registry/Registry.h"
#include "registry/RegistryConnection.h"
#include "registry/SchemaMigrator.h"
#include "registry/SealedBox.h"
#include "support/FakeGitHubServer.h"
#include "support/FakeTelegramServer.h"
#include "support/PostgresServer.h"
#include "support/SampleRelease.h"
#include "support/SampleUpdateRelease.h"
#include "support/SystemdHost.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int stopPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(stopPipe[1], &byte, 1);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A release's assets as the project publishes them: the archive, its checksums and its manifest.
QList<FakeGitHubServer::Asset> releaseAssets(const QString& dir, const QString& version,
                                             const QString& archive, const QString& checksums)
{
    return {{QFileInfo(archive).fileName(), readFile(archive)},
            {QStringLiteral("checksums.txt"), readFile(checksums)},
            {QStringLiteral("manifest.json"),
             readFile(dir + QStringLiteral("/tree-") + version + QStringLiteral("/manifest.json"))}};
}

int fail(const QString& message)
{
    std::fprintf(stderr, "kkt-test-services: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList options = app.arguments().mid(2);
    const bool updates = options.contains(QStringLiteral("--updates"));
    const bool withRegistry = options.contains(QStringLiteral("--registry"));
    if (app.arguments().size() < 2 || options.size() != int(updates) + int(withRegistry))
        return fail(QStringLiteral("usage: kkt-test-services DIR [--updates] [--registry]"));
    const QString dir = app.arguments().at(1);
    QDir().mkpath(dir);
    if (::pipe(stopPipe) != 0)
        return fail(QStringLiteral("pipe failed"));
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    QString archive, checksums, error;
    if (!SampleRelease::build(dir, &archive, &checksums, &error))
        return fail(error);
    FakeGitHubServer github;
    FakeTelegramServer telegram;
    if (!github.listen() || !telegram.listen())
        return fail(QStringLiteral("the local GitHub or Telegram server did not start"));
    const QString archiveName = QFileInfo(archive).fileName();
    github.addRelease(
        QStringLiteral("v") + SampleRelease::version(), QDateTime::currentDateTimeUtc().addDays(-30),
        {{archiveName, readFile(archive)}, {QStringLiteral("checksums.txt"), readFile(checksums)}});
    QString updateArchive, updateChecksums;
    QList<FakeGitHubServer::Asset> unpublished; // 1.2.0, published on request
    if (updates) {
        const QString version = SampleUpdateRelease::v110();
        if (!SampleUpdateRelease::build(version, dir, &updateArchive, &updateChecksums, &error))
            return fail(error);
        github.addRelease(QStringLiteral("v") + version, QDateTime::currentDateTimeUtc().addDays(-1),
                          releaseAssets(dir, version, updateArchive, updateChecksums));
        QString failingArchive, failingChecksums;
        if (!SampleUpdateRelease::build(SampleUpdateRelease::v120(), dir, &failingArchive, &failingChecksums,
                                        &error))
            return fail(error);
        unpublished = releaseAssets(dir, SampleUpdateRelease::v120(), failingArchive, failingChecksums);
    }
    const QString botToken = QStringLiteral("987654321:AcceptanceGuiTokenAAAAAAAAAAAAAAAAA");
    telegram.addBot(botToken, 987654321, QStringLiteral("KKT acceptance"),
                    QStringLiteral("kkt_acceptance_bot"));
    // A test instance beside production has a bot of its own.
    const QString testBotToken = QStringLiteral("987654322:AcceptanceGuiTestTokenAAAAAAAAAAAAA");
    telegram.addBot(testBotToken, 987654322, QStringLiteral("KKT acceptance TEST"),
                    QStringLiteral("kkt_acceptance_test_bot"));
    telegram.addStartedChat(123456789);

    // The central registry staff sign in to, and clients reach with their deployment key.
    PostgresServer postgres;
    QString registryUrl;
    QString staffPassword;
    if (withRegistry) {
        const QString database = QStringLiteral("kkt_master_registry");
        if (!postgres.start() || !postgres.createDatabase(database))
            return fail(QStringLiteral("PostgreSQL did not start: ") + postgres.error());
        RegistryTarget owner;
        owner.kind = RegistryTarget::Kind::Postgres;
        owner.host = postgres.host();
        owner.port = postgres.port();
        owner.database = database;
        owner.user = postgres.superuser();
        owner.password = postgres.superuserPassword();
        owner.caFile = postgres.caFile();
        QSqlDatabase db = RegistryConnection::open(owner, &error);
        if (!db.isValid() || !SchemaMigrator(RegistryTarget::Kind::Postgres).migrate(db, nullptr, &error) ||
            !Registry(owner).addPublicKey(SealedBox::generate().publicKey, &error))
            return fail(error);
        staffPassword =
            QStringLiteral("Staff-") + QString::number(QRandomGenerator::system()->generate64(), 36);
        if (!postgres.runSql(database,
                             QStringLiteral("CREATE ROLE acceptance_staff LOGIN PASSWORD '%1' IN ROLE "
                                            "kkt_deployer;")
                                 .arg(staffPassword)))
            return fail(postgres.error());
        registryUrl = QStringLiteral("postgresql://acceptance_staff@127.0.0.1:%1/%2?sslrootcert=%3")
                          .arg(postgres.port())
                          .arg(database, postgres.caFile());
    }

    SystemdHost host(QStringLiteral("gui-acceptance-host"));
    if (!host.start())
        return fail(QStringLiteral("the systemd host did not start: ") + host.error());

    // The deployment a support engineer would load: the sample profile, the latest release.
    DeploymentConfig config = SampleRelease::config(archive, checksums, host.port(), host.clientKey(),
                                                    QStringLiteral("kkt-acceptance.example.ru"));
    config.release = ReleaseChoice();
    config.release.source = ReleaseSource::Latest;
    const QString configPath = dir + QStringLiteral("/deployment.json");
    if (!ConfigFile::save(configPath, config, &error)) {
        host.stop();
        return fail(error);
    }

    // The 1.0.0 archive itself, to update from (with --updates the latest release is 1.1.0).
    DeploymentConfig fromFile = SampleRelease::config(archive, checksums, host.port(), host.clientKey(),
                                                      QStringLiteral("kkt-acceptance.example.ru"));
    const QString fileConfigPath = dir + QStringLiteral("/deployment-file.json");
    if (!ConfigFile::save(fileConfigPath, fromFile, &error)) {
        host.stop();
        return fail(error);
    }

    const QJsonObject ready{
        {QStringLiteral("github"), github.baseUrl().toString()},
        {QStringLiteral("telegram"), telegram.baseUrl().toString()},
        {QStringLiteral("sshPort"), host.port()},
        {QStringLiteral("clientKey"), host.clientKey()},
        {QStringLiteral("config"), configPath},
        {QStringLiteral("fileConfig"), fileConfigPath},
        {QStringLiteral("updateVersion"), updates ? SampleUpdateRelease::v110() : QString()},
        {QStringLiteral("failingVersion"), updates ? SampleUpdateRelease::v120() : QString()},
        {QStringLiteral("botToken"), botToken},
        {QStringLiteral("testBotToken"), testBotToken},
        {QStringLiteral("version"), SampleRelease::version()},
        {QStringLiteral("registryUrl"), registryUrl},
        {QStringLiteral("registryPassword"), staffPassword}};
    std::printf("%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    QSocketNotifier stop(stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray commands;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[64];
        const auto n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            app.quit();
            return;
        }
        commands.append(buffer, n);
        for (qsizetype end = commands.indexOf('\n'); end >= 0; end = commands.indexOf('\n')) {
            const QByteArray line = commands.left(end).trimmed();
            commands.remove(0, end + 1);
            if (line == "publish " + SampleUpdateRelease::v120().toUtf8() && !unpublished.isEmpty()) {
                github.addRelease(QStringLiteral("v") + SampleUpdateRelease::v120(),
                                  QDateTime::currentDateTimeUtc(), unpublished);
                unpublished.clear();
                std::printf("published %s\n", qPrintable(SampleUpdateRelease::v120()));
            } else {
                std::printf("unknown command: %s\n", line.constData());
            }
            std::fflush(stdout);
        }
    });
    const int status = app.exec();
    host.stop();
    return status;
}
