#include "UpdateRelease.h"

#include "releases/ChecksumFile.h"
#include "releases/ReleaseCheck.h"

std::optional<UpdateRelease> UpdateRelease::fromArchive(const QString& archivePath, const QString& checksums,
                                                        QString* error, const std::atomic_bool* cancel)
{
    ReleaseCheck::Expected expected = QByteArray();
    if (ChecksumFile::isSha256(checksums.toLatin1()))
        expected = checksums.toLatin1().toLower();
    else
        expected = ChecksumFile::load(checksums);
    const ReleaseCheck::Result check =
        ReleaseCheck::run(archivePath, expected, ArchiveLimits{}, nullptr, cancel);
    if (!check.ok()) {
        *error = tr("release %1: %2").arg(archivePath, check.problems().join(QStringLiteral("; ")));
        return std::nullopt;
    }
    if (!check.inspection.version) {
        *error = tr("release %1: it has no VERSION file, so it cannot be an update").arg(archivePath);
        return std::nullopt;
    }
    UpdateRelease r;
    r.version = check.inspection.version->toString();
    r.archivePath = archivePath;
    r.checksums = checksums;
    r.sha256 = QString::fromLatin1(check.checksum.actual).toLower();
    r.manifest = check.inspection.manifest ? *check.inspection.manifest
                                           : ReleaseManifest::implicitPatch(*check.inspection.version);
    return r;
}
