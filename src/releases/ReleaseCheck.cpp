#include "ReleaseCheck.h"

#include "ArchiveInspector.h"

#include <QtConcurrent/QtConcurrentRun>

#include <openssl/crypto.h>

QString ReleaseCheck::Result::problem() const
{
    if (!checksum.ok())
        return checksum.message;
    if (!inspection.ok())
        return inspection.problem;
    return {};
}

QStringList ReleaseCheck::Result::problems() const
{
    QStringList all;
    if (!checksum.ok())
        all << checksum.message;
    // A cancelled or unreadable inspection says nothing more about the archive than the checksum.
    if (!inspection.ok() && (checksum.ok() || inspection.verdict == ArchiveInspection::Verdict::Unsafe ||
                             inspection.verdict == ArchiveInspection::Verdict::Malformed))
        all << inspection.problem.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    return all;
}

ReleaseCheck::Result ReleaseCheck::run(const QString& archivePath, const Expected& expected,
                                       const ArchiveLimits& limits, const PayloadLayout* layout,
                                       const std::atomic_bool* cancel, const Progress& progress)
{
    Result result;
    QFuture<ChecksumVerifier::Verdict> hashing = QtConcurrent::run([&] {
        const ChecksumVerifier::Verdict verdict =
            std::holds_alternative<ChecksumFile>(expected)
                ? ChecksumVerifier::verify(archivePath, std::get<ChecksumFile>(expected), cancel, progress)
                : ChecksumVerifier::verify(archivePath, std::get<QByteArray>(expected), cancel, progress);
        // OpenSSL keeps state per thread (its error queue, random generators). Left to this pool
        // thread's exit, it is freed by a TLS destructor that runs after QThread::wait() returned
        // and races with OpenSSL's teardown at process exit: a leak (seen with LeakSanitizer in the
        // deploy command) or, in a worse interleaving, a corrupted heap at exit.
        OPENSSL_thread_stop();
        return verdict;
    });
    result.inspection = ArchiveInspector::inspect(archivePath, limits, layout, cancel);
    result.checksum = hashing.result();
    return result;
}
