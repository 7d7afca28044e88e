#include "ChecksumVerifier.h"

#include "ReleasesLogging.h"

#include <QFileInfo>

ChecksumVerifier::Verdict ChecksumVerifier::verify(const QString& archivePath, const ChecksumFile& checksums,
                                                   const std::atomic_bool* cancel,
                                                   const FileDigest::Progress& progress)
{
    const QString fileName = QFileInfo(archivePath).fileName();
    if (checksums.entries().isEmpty()) {
        Verdict verdict{Outcome::BadChecksums, fileName, {}, {}, {}};
        verdict.message =
            checksums.errors().isEmpty()
                ? tr("the checksums file lists no file — give the checksums.txt of the release")
                : tr("the checksums file has no valid line: %1").arg(checksums.errors().first());
        return verdict;
    }
    const std::optional<QByteArray> expected = checksums.find(fileName);
    if (!expected) {
        QStringList listed;
        for (const ChecksumEntry& entry : checksums.entries())
            listed << entry.fileName;
        Verdict verdict{Outcome::NotListed, fileName, {}, {}, {}};
        verdict.message = tr("%1 is not listed in the checksums file (it lists %2) — give the checksums file "
                             "of the same release")
                              .arg(fileName, listed.join(QStringLiteral(", ")));
        return verdict;
    }
    return verify(archivePath, *expected, cancel, progress);
}

ChecksumVerifier::Verdict ChecksumVerifier::verify(const QString& archivePath,
                                                   const QByteArray& expectedSha256,
                                                   const std::atomic_bool* cancel,
                                                   const FileDigest::Progress& progress)
{
    Verdict verdict;
    verdict.fileName = QFileInfo(archivePath).fileName();
    verdict.expected = expectedSha256.trimmed().toLower();
    if (!ChecksumFile::isSha256(verdict.expected)) {
        verdict.outcome = Outcome::BadChecksums;
        verdict.message = tr("the expected SHA-256 “%1” is not 64 hex digits — copy it from checksums.txt")
                              .arg(QString::fromLatin1(verdict.expected.left(80)));
        return verdict;
    }
    const FileDigest::Result digest = FileDigest::sha256(archivePath, cancel, progress);
    if (digest.cancelled) {
        verdict.outcome = Outcome::Cancelled;
        verdict.message = tr("checking %1 was cancelled").arg(verdict.fileName);
        return verdict;
    }
    if (!digest.ok()) {
        verdict.outcome = Outcome::Unreadable;
        verdict.message = digest.error;
        return verdict;
    }
    verdict.actual = digest.sha256;
    if (verdict.actual != verdict.expected) {
        verdict.outcome = Outcome::Mismatch;
        verdict.message =
            tr("checksum mismatch for %1: expected SHA-256 %2, actual %3 — the file is damaged or "
               "not the published one; download it again and do not use this copy")
                .arg(verdict.fileName, QString::fromLatin1(verdict.expected),
                     QString::fromLatin1(verdict.actual));
        qCWarning(lcReleases) << "checksum mismatch" << verdict.fileName;
        return verdict;
    }
    verdict.outcome = Outcome::Match;
    verdict.message =
        tr("%1: SHA-256 matches (%2)").arg(verdict.fileName, QString::fromLatin1(verdict.actual));
    return verdict;
}
