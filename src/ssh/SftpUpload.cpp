#include "SftpUpload.h"

#include "SftpWriter.h"
#include "SshSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

namespace {

// Read from the local file in these pieces; SftpWriter splits them into its own requests.
constexpr qint64 uploadChunk = 1 << 20;

} // namespace

SftpUpload::SftpUpload(SshSession& session)
    : m_ssh(session)
{}

void SftpUpload::removeDespiteCancel(const QString& temp)
{
    // A cancel stays in force for the caller afterwards.
    const bool wasCancelled = m_ssh.m_cancel;
    m_ssh.m_cancel = false;
    m_ssh.run(QStringLiteral("rm -f -- %1").arg(SshSession::shellQuote(temp)));
    m_ssh.m_cancel = wasCancelled;
}

SshError SftpUpload::run(const QString& localPath, const QString& remotePath,
                         const SshSession::UploadOptions& options)
{
    if (!m_ssh.isConnected() || !m_ssh.m_authenticated)
        return SshError::make(SshError::ConnectionLost, tr("Not connected to the server"));
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return SshError::make(SshError::Failed,
                              tr("Could not read %1: %2").arg(localPath, file.errorString()));
    const qint64 total = file.size();
    const qsizetype slash = remotePath.lastIndexOf(u'/');
    const QString dir =
        slash > 0 ? remotePath.left(slash) : (slash == 0 ? QStringLiteral("/") : QStringLiteral("."));
    const QString name = remotePath.mid(slash + 1);
    if (name.isEmpty())
        return SshError::make(SshError::Failed,
                              tr("Upload: “%1” names a folder, not a file").arg(remotePath));
    const bool asRoot = options.sudo && m_ssh.m_resolvedUser != QStringLiteral("root");
    const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 36);
    // Without root rights the data goes to /tmp first and is moved next to the target as root.
    const QString temp = asRoot ? QStringLiteral("/tmp/.kkt-upload-%1").arg(suffix)
                                : QStringLiteral("%1/.%2.kkt-upload-%3")
                                      .arg(dir == QStringLiteral("/") ? QString() : dir, name, suffix);

    const QByteArray tempName = temp.toUtf8();
    SftpWriter writer(m_ssh.m_session, m_ssh.m_cancel, m_ssh.m_target.ioTimeoutSeconds);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray chunk;
    qint64 sent = 0;
    SshError error;
    auto writerError = [&](const QString& what) {
        if (writer.cancelled())
            return SshError::make(SshError::Cancelled, tr("Cancelled"));
        return SshError::make(m_ssh.isConnected() ? SshError::Failed : SshError::ConnectionLost,
                              m_ssh.redact(tr("%1 (%2)").arg(what, writer.error())));
    };
    Q_EMIT m_ssh.uploadProgress(0, total);
    if (!writer.open(tempName, 0600)) // the final mode is set once the content is complete
        return writerError(tr("Could not create %1 on the server").arg(temp));
    while (!file.atEnd()) {
        if (m_ssh.m_cancel) {
            error = SshError::make(SshError::Cancelled, tr("Cancelled"));
            break;
        }
        chunk = file.read(uploadChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            error = SshError::make(SshError::Failed,
                                   tr("Could not read %1: %2").arg(localPath, file.errorString()));
            break;
        }
        if (options.verifySha256)
            sha.addData(chunk);
        if (!writer.write(chunk.constData(), chunk.size())) {
            error = writerError(tr("Writing %1 on the server failed").arg(temp));
            break;
        }
        sent += chunk.size();
        Q_EMIT m_ssh.uploadProgress(sent, total);
    }
    if (!error && !writer.close())
        error = writerError(tr("Writing %1 on the server failed").arg(temp));
    if (error) {
        if (m_ssh.isConnected())
            removeDespiteCancel(temp); // the half-written file goes
        return error;
    }

    // The common case (own file, no owner change, no check) needs no remote shell at all.
    if (!asRoot && options.owner.isEmpty() && !options.verifySha256 && writer.hasPosixRename()) {
        if (writer.setMode(tempName, options.mode & 07777) &&
            writer.posixRename(tempName, remotePath.toUtf8()))
            return {};
        const SshError failed = writerError(tr("Could not put %1 in place").arg(remotePath));
        removeDespiteCancel(temp);
        return failed;
    }

    // Plain SFTP v3 cannot rename over an existing file, so the final, atomic step is a `mv -f`.
    QStringList steps{QStringLiteral("set -e")};
    QString staged = temp;
    if (options.verifySha256)
        steps << QStringLiteral(
                     "sum=$(sha256sum -- %1 | cut -d' ' -f1); if [ \"$sum\" != %2 ]; then rm -f -- %1; "
                     "echo \"checksum $sum\" >&2; exit 97; fi")
                     .arg(SshSession::shellQuote(temp), QString::fromLatin1(sha.result().toHex()));
    if (asRoot) {
        staged = QStringLiteral("%1/.%2.kkt-upload-%3")
                     .arg(dir == QStringLiteral("/") ? QString() : dir, name, suffix);
        steps << QStringLiteral("mv -f -- %1 %2")
                     .arg(SshSession::shellQuote(temp), SshSession::shellQuote(staged));
    }
    if (!options.owner.isEmpty())
        steps << QStringLiteral("chown -- %1 %2")
                     .arg(SshSession::shellQuote(options.owner), SshSession::shellQuote(staged));
    steps << QStringLiteral("chmod %1 %2")
                 .arg(QString::number(options.mode & 07777, 8), SshSession::shellQuote(staged));
    steps << QStringLiteral("mv -f -- %1 %2")
                 .arg(SshSession::shellQuote(staged), SshSession::shellQuote(remotePath));
    SshSession::RunOptions runOptions;
    runOptions.sudo = asRoot;
    const SshSession::Result finished = m_ssh.run(steps.join(QStringLiteral("\n")), runOptions);
    if (finished.error)
        return finished.error;
    if (finished.exitStatus == 97)
        return SshError::make(
            SshError::ChecksumMismatch,
            tr("%1 arrived damaged on the server (SHA-256 differs) and was removed; try again")
                .arg(remotePath));
    if (finished.exitStatus != 0) {
        m_ssh.run(QStringLiteral("rm -f -- %1 %2")
                      .arg(SshSession::shellQuote(temp), SshSession::shellQuote(staged)),
                  runOptions);
        return SshError::make(
            SshError::Failed,
            tr("Could not put %1 in place: %2")
                .arg(remotePath, m_ssh.redact(QString::fromUtf8(finished.stderrData).trimmed())));
    }
    return {};
}
