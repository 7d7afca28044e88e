#include "ReleaseCheck.h"

#include "ArchiveInspector.h"

#include <QtConcurrent/QtConcurrentRun>

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
        if (const auto* file = std::get_if<ChecksumFile>(&expected))
            return ChecksumVerifier::verify(archivePath, *file, cancel, progress);
        return ChecksumVerifier::verify(archivePath, std::get<QByteArray>(expected), cancel, progress);
    });
    result.inspection = ArchiveInspector::inspect(archivePath, limits, layout, cancel);
    result.checksum = hashing.result();
    return result;
}
