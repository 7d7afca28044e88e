#include "ReleaseProvision.h"

#include "ExitCode.h"
#include "provisioning/PayloadProfile.h"
#include "releases/ReleaseProvider.h"

#include <QEventLoop>

int ReleaseProvision::provide(const DeploymentConfig& config, CommandIo& io, const QString& command,
                              VerifiedRelease* release)
{
    QString error;
    const PayloadProfile profile = PayloadProfile::forConfig(config.profile, &error);
    if (!error.isEmpty()) {
        io.err << command << QStringLiteral(": ") << error << Qt::endl;
        return ExitUsage;
    }
    ReleaseProvider provider;
    provider.setLayout(profile.releaseLayout());
    QEventLoop loop;
    QObject::connect(&provider, &ReleaseProvider::stage, &loop, [&io, &command](const QString& text) {
        io.err << command << QStringLiteral(": ") << text << Qt::endl;
    });
    QObject::connect(&provider, &ReleaseProvider::finished, &loop, &QEventLoop::quit);
    provider.start(config.release);
    if (provider.isRunning())
        loop.exec();
    using Failure = ReleaseProvider::Failure;
    if (provider.failure() == Failure::None) {
        *release = provider.release();
        io.err << command << QStringLiteral(": ")
               << tr("release %1 is verified (SHA-256 matches, archive safe): %2")
                      .arg(release->tag, release->archivePath)
               << Qt::endl;
        return -1;
    }
    io.err << command << QStringLiteral(": ")
           << tr("the release cannot be used: %1").arg(provider.errorText()) << Qt::endl;
    switch (provider.failure()) {
    case Failure::Network:
        return ExitUnreachable;
    case Failure::NotFound:
        return ExitUsage;
    case Failure::ChecksumMismatch:
        return ExitChecksumMismatch;
    case Failure::Unsafe:
        return ExitUnsafeArchive;
    case Failure::Cancelled:
        return ExitCancelled;
    default:
        return ExitFailure;
    }
}
