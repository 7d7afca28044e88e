// Side-by-side SSH figures against OpenSSH on one local sshd (started here, stopped by PID):
//   1. 200 small commands on one session: median latency, KKT Deploy (libssh, an exec channel each,
//      and the persistent RemoteShell) vs `ssh` reusing a ControlMaster connection;
//   2. a 50 MiB upload: throughput, KKT Deploy's SFTP upload (temp name, rename, mode; with and
//      without the sha256sum check) vs `scp` over the same ControlMaster.
// Usage: bench-ssh [COMMANDS] [MIB]
#include "ssh/RemoteShell.h"
#include "ssh/SshSession.h"
#include "support/TestEnvironment.h"
#include "support/TestSshd.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double runMs(const QString& program, const QStringList& args)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, args);
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int commands = argc > 1 ? std::atoi(argv[1]) : 200;
    const int mib = argc > 2 ? std::atoi(argv[2]) : 50;

    TestSshd sshd(QStringLiteral("bench-sshd"));
    if (!sshd.start()) {
        std::fprintf(stderr, "sshd: %s\n", qPrintable(sshd.error()));
        return 1;
    }
    const QString key = sshd.clientKey(QStringLiteral("ed25519"));
    const QString dir = TestEnvironment::freshDirectory(QStringLiteral("bench-ssh"));
    const QString control = dir + QStringLiteral("/cm.sock");
    const QStringList sshOptions{
        QStringLiteral("-p"),
        QString::number(sshd.port()),
        QStringLiteral("-i"),
        key,
        QStringLiteral("-o"),
        QStringLiteral("StrictHostKeyChecking=no"),
        QStringLiteral("-o"),
        QStringLiteral("UserKnownHostsFile=") + dir + QStringLiteral("/ossh_known_hosts"),
        QStringLiteral("-o"),
        QStringLiteral("ControlPath=") + control,
        QStringLiteral("-o"),
        QStringLiteral("BatchMode=yes")};
    const QString dest = QStringLiteral("root@127.0.0.1");

    // OpenSSH master connection, kept open for the whole run.
    runMs(QStringLiteral("ssh"),
          sshOptions + QStringList{QStringLiteral("-M"), QStringLiteral("-o"),
                                   QStringLiteral("ControlPersist=yes"), QStringLiteral("-fN"), dest});

    SshTarget target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = sshd.port();
    target.user = QStringLiteral("root");
    target.identityFile = key;
    target.useAgent = false;
    target.useConfigFile = false;
    target.knownHostsFile = dir + QStringLiteral("/known_hosts");
    target.userKnownHostsFile = dir + QStringLiteral("/none");
    target.acceptNewHostKey = true;
    SshSession session;
    session.setTarget(target);
    QElapsedTimer connectTimer;
    connectTimer.start();
    if (const SshError error = session.open()) {
        std::fprintf(stderr, "connect: %s\n", qPrintable(error.message));
        return 1;
    }
    const double connectMs = connectTimer.nsecsElapsed() / 1e6;

    // Alternate the two so that machine load affects both alike.
    QList<double> ours, shelled, theirs;
    RemoteShell shell(&session);
    for (int i = 0; i < commands; ++i) {
        QElapsedTimer timer;
        timer.start();
        const SshSession::Result result = session.run(QStringLiteral("true"));
        ours << timer.nsecsElapsed() / 1e6;
        timer.restart();
        const SshSession::Result inShell = shell.run("true", SshSession::RunOptions());
        shelled << timer.nsecsElapsed() / 1e6;
        if (!result.ok() || !inShell.ok()) {
            std::fprintf(stderr, "command failed: %s%s\n", qPrintable(result.error.message),
                         qPrintable(inShell.error.message));
            return 1;
        }
        theirs << runMs(QStringLiteral("ssh"), sshOptions + QStringList{dest, QStringLiteral("true")});
    }
    std::printf("SSH session open (kex + host key + login):  KKT %.1f ms\n", connectMs);
    std::printf("%d small commands (`true`), median per command:\n", commands);
    std::printf("  KKT Deploy (libssh, one session)     %7.2f ms\n", median(ours));
    std::printf("  KKT Deploy, persistent RemoteShell   %7.2f ms\n", median(shelled));
    std::printf("  OpenSSH ssh via ControlMaster        %7.2f ms\n", median(theirs));
    std::printf("  ratio KKT/OpenSSH                    %7.2f\n", median(ours) / median(theirs));
    std::printf("  ratio RemoteShell/OpenSSH            %7.2f\n", median(shelled) / median(theirs));

    const QString local = dir + QStringLiteral("/payload.bin");
    {
        QFile file(local);
        file.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < mib; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            file.write(block);
        }
    }
    auto throughput = [&](double ms) {
        return mib / (ms / 1000.0);
    };
    QList<double> plain, verified, scp;
    for (int round = 0; round < 3; ++round) {
        SshSession::UploadOptions options;
        options.mode = 0640;
        options.verifySha256 = false;
        QElapsedTimer timer;
        timer.start();
        if (const SshError error = session.upload(local, dir + QStringLiteral("/kkt-plain.bin"), options)) {
            std::fprintf(stderr, "upload: %s\n", qPrintable(error.message));
            return 1;
        }
        plain << timer.nsecsElapsed() / 1e6;
        options.verifySha256 = true;
        timer.restart();
        if (const SshError error =
                session.upload(local, dir + QStringLiteral("/kkt-verified.bin"), options)) {
            std::fprintf(stderr, "upload: %s\n", qPrintable(error.message));
            return 1;
        }
        verified << timer.nsecsElapsed() / 1e6;
        QStringList scpOptions = sshOptions;
        scpOptions[0] = QStringLiteral("-P"); // scp spells the port option -P
        scp << runMs(QStringLiteral("scp"),
                     scpOptions + QStringList{QStringLiteral("-q"), local,
                                              dest + u':' + dir + QStringLiteral("/scp.bin")});
    }
    std::printf("%d MiB upload, median of 3 (MiB/s):\n", mib);
    std::printf("  KKT Deploy SFTP (temp+rename+mode)   %7.1f\n", throughput(median(plain)));
    std::printf("  KKT Deploy, plus sha256sum verify    %7.1f\n", throughput(median(verified)));
    std::printf("  OpenSSH scp via ControlMaster        %7.1f\n", throughput(median(scp)));
    std::printf("  ratio KKT/scp (without verify)       %7.2f\n", median(scp) / median(plain));

    runMs(QStringLiteral("ssh"),
          sshOptions + QStringList{QStringLiteral("-O"), QStringLiteral("exit"), dest});
    return 0;
}
