#include "PackageEditions.h"

#include "support/TestEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>

QList<PackageEdition> PackageEditions::all()
{
    return {{QStringLiteral("staff"), QStringLiteral("kkt-deploy"), QStringLiteral("ru.kkt.KktDeploy")},
            {QStringLiteral("client"), QStringLiteral("kkt-deploy-client"),
             QStringLiteral("ru.kkt.KktDeployClient")}};
}

QList<PackageEdition> PackageEditions::built()
{
    QList<PackageEdition> editions = all();
    if (!KKT_PACKAGE_CLIENT_EDITION)
        editions.removeLast();
    return editions;
}

QString PackageEditions::debName(const PackageEdition& edition)
{
    QString architecture;
    run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}, &architecture);
    return QStringLiteral("%1_%2_%3.deb")
        .arg(edition.package, QStringLiteral(KKT_VERSION), architecture.trimmed());
}

int PackageEditions::cpack(const QString& generator, const QString& dir, const QStringList& definitions,
                           QString* output)
{
    const QString build = TestEnvironment::binaryDir();
    QStringList arguments{QStringLiteral("-G"),       generator,
                          QStringLiteral("-B"),       dir,
                          QStringLiteral("--config"), build + QStringLiteral("/CPackConfig.cmake")};
    for (const QString& definition : definitions)
        arguments << QStringLiteral("-D") << definition;
    return run(QStringLiteral("cpack"), arguments, output, build);
}

QStringList PackageEditions::buildDebs(const QString& dir, QString* error)
{
    QString output;
    const int code = cpack(QStringLiteral("DEB"), dir, {}, &output);
    if (code != 0) {
        *error = QStringLiteral("cpack failed (%1):\n%2").arg(code).arg(output);
        return {};
    }
    return QDir(dir).entryList({QStringLiteral("*.deb")}, QDir::Files, QDir::Name);
}

bool PackageEditions::stage(const PackageEdition& edition, const QString& dir, QString* error)
{
    QString output;
    const int code = run(QStringLiteral("cmake"),
                         {QStringLiteral("--install"), TestEnvironment::binaryDir(),
                          QStringLiteral("--strip"), QStringLiteral("--component"), edition.component,
                          QStringLiteral("--prefix"), dir + QStringLiteral("/usr")},
                         &output);
    if (code != 0)
        *error = QStringLiteral("cmake --install --component %1 failed (%2):\n%3")
                     .arg(edition.component)
                     .arg(code)
                     .arg(output);
    return code == 0;
}

QStringList PackageEditions::files(const QString& dir)
{
    QStringList result;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        result << QDir(dir).relativeFilePath(it.next());
    result.sort();
    return result;
}

int PackageEditions::run(const QString& program, const QStringList& arguments, QString* output,
                         const QString& workingDirectory, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return -1;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
