#include "SampleRelease.h"

#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

QString SampleRelease::profile()
{
    return TestEnvironment::sourceDir() + QStringLiteral("/tests/data/profiles/sample-e2e.json");
}

bool SampleRelease::build(const QString& directory, QString* archive, QString* checksums, QString* error)
{
    *archive = directory + QStringLiteral("/kkt-app-v") + version() + QStringLiteral(".tar.gz");
    *checksums = directory + QStringLiteral("/checksums.txt");
    return pack(TestEnvironment::sourceDir() + QStringLiteral("/tests/data/sample-release"), *archive,
                *checksums, error);
}

bool SampleRelease::pack(const QString& tree, const QString& archive, const QString& checksums,
                         QString* error)
{
    QProcess tar;
    tar.setWorkingDirectory(tree);
    tar.setProcessChannelMode(QProcess::MergedChannels);
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("--owner=0"), QStringLiteral("--group=0"), QStringLiteral("--numeric-owner"),
               QStringLiteral("--mode=a+rw"), QStringLiteral("--exclude=README.md"),
               QStringLiteral("--exclude=__pycache__"), QStringLiteral("-czf"), archive,
               QStringLiteral(".")});
    if (!tar.waitForFinished(60000) || tar.exitCode() != 0) {
        *error = QStringLiteral("tar failed: ") + QString::fromUtf8(tar.readAll());
        return false;
    }
    QFile file(archive);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    QFile sums(checksums);
    if (!sums.open(QIODevice::WriteOnly)) {
        *error = sums.errorString();
        return false;
    }
    sums.write(hash.result().toHex() + "  " + QFileInfo(archive).fileName().toUtf8() + '\n');
    return true;
}

DeploymentConfig SampleRelease::config(const QString& archive, const QString& checksums, int port,
                                       const QString& key, const QString& domain)
{
    DeploymentConfig c;
    c.server = {QStringLiteral("127.0.0.1"), port, QStringLiteral("root"), SshAuth::Key, key, domain};
    c.admin = {QStringLiteral("Ivan Petrov"), QStringLiteral("ivan@example.ru"),
               QStringLiteral("+79123456789"), QStringLiteral("OOO Romashka"), PasswordMode::Generate};
    c.telegram.adminIds = {123456789};
    c.settings.timezone = QStringLiteral("Europe/Moscow");
    c.release = {ReleaseSource::File, {}, archive, checksums};
    c.web = {TlsMode::None, {}, {}, true};
    c.firewall = FirewallMode::Leave;
    c.profile = profile();
    return c;
}
