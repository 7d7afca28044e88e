#include "ArchiveUnpacker.h"

#include "ArchiveEntryRule.h"
#include "ArchiveInspector.h"
#include "ReleasesLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

using ReadPtr = std::unique_ptr<archive, decltype(&archive_read_free)>;
using WritePtr = std::unique_ptr<archive, decltype(&archive_write_free)>;

} // namespace

ArchiveUnpacker::Result ArchiveUnpacker::unpack(const QString& archivePath, const QString& destination,
                                                const ArchiveLimits& limits, const PayloadLayout* layout,
                                                const std::atomic_bool* cancel)
{
    Result result;
    result.inspection = ArchiveInspector::inspect(archivePath, limits, layout, cancel);
    if (!result.inspection.ok()) {
        result.error = result.inspection.problem;
        return result;
    }
    const QFileInfo target(destination);
    if (target.exists()) {
        result.error = tr("%1 already exists — unpack into a new folder").arg(destination);
        return result;
    }
    // Unpack beside the destination and rename at the end, so a half-written tree is never seen.
    const QString staging = target.absolutePath() + QStringLiteral("/.unpack-") +
                            QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    if (!QDir().mkpath(staging)) {
        result.error =
            tr("cannot create %1 — check the permissions of %2").arg(staging, target.absolutePath());
        return result;
    }
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                       QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    auto abandon = [&](const QString& error) {
        QDir(staging).removeRecursively();
        result.error = error;
        return result;
    };

    ReadPtr reader(archive_read_new(), &archive_read_free);
    // Only filters libarchive decodes itself: `all` would also run external programs (lrzip, lzop …).
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_filter_xz(reader.get());
    archive_read_support_filter_bzip2(reader.get());
    archive_read_support_filter_zstd(reader.get());
    archive_read_support_format_tar(reader.get());
    WritePtr writer(archive_write_disk_new(), &archive_write_free);
    // Owners are never restored; modes are ours (set per entry below). Paths are made absolute by
    // us after our own checks, so NOABSOLUTEPATHS would refuse every entry; the link checks stay.
    archive_write_disk_set_options(writer.get(), ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_SECURE_SYMLINKS |
                                                     ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_TIME);
    if (archive_read_open_filename(reader.get(), QFile::encodeName(archivePath).constData(), 1 << 16) !=
        ARCHIVE_OK)
        return abandon(tr("%1 cannot be opened: %2")
                           .arg(archivePath, QString::fromUtf8(archive_error_string(reader.get()))));

    const QByteArray root = QFile::encodeName(staging) + '/';
    qint64 written = 0;
    qint64 count = 0;
    for (;;) {
        if (cancel && cancel->load())
            return abandon(tr("unpacking cancelled"));
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return abandon(
                tr("the archive is damaged: %1").arg(QString::fromUtf8(archive_error_string(reader.get()))));
        const char* utf8 = archive_entry_pathname_utf8(entry);
        const QString stored = QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry));
        // The file may have changed since inspection: check again.
        const ArchiveEntryRule::Path checked = ArchiveEntryRule::path(stored);
        QString problem = checked.problem;
        if (problem.isEmpty() && !archive_entry_hardlink(entry))
            problem = ArchiveEntryRule::typeProblem(archive_entry_filetype(entry));
        if (problem.isEmpty() && ++count > limits.maxEntries)
            problem = tr("too many entries");
        if (problem.isEmpty() && archive_entry_filetype(entry) == AE_IFLNK) {
            const char* link = archive_entry_symlink_utf8(entry);
            problem = ArchiveEntryRule::symlinkProblem(
                checked.path, QString::fromUtf8(link ? link : archive_entry_symlink(entry)));
        }
        QString hardlinkTarget;
        if (problem.isEmpty() && archive_entry_hardlink(entry)) {
            const char* link = archive_entry_hardlink_utf8(entry);
            problem = ArchiveEntryRule::hardlinkProblem(
                QString::fromUtf8(link ? link : archive_entry_hardlink(entry)), &hardlinkTarget);
        }
        if (!problem.isEmpty())
            return abandon(tr("entry “%1”: %2").arg(stored, problem));
        if (checked.path.isEmpty())
            continue;

        const QByteArray path = root + checked.path.toUtf8();
        archive_entry_set_pathname(entry, path.constData());
        if (!hardlinkTarget.isEmpty()) {
            const QByteArray linkPath = root + hardlinkTarget.toUtf8();
            archive_entry_set_hardlink(entry, linkPath.constData());
        }
        archive_entry_set_uid(entry, 0);
        archive_entry_set_gid(entry, 0);
        const bool folder = archive_entry_filetype(entry) == AE_IFDIR;
        const QString fileName = checked.path.section(u'/', -1);
        const bool envFile = fileName == u".env" || fileName.endsWith(QStringLiteral(".env"));
        archive_entry_set_perm(entry, folder ? 0755 : envFile ? 0600 : 0644);

        if (archive_write_header(writer.get(), entry) < ARCHIVE_WARN)
            return abandon(tr("entry “%1” cannot be written: %2")
                               .arg(stored, QString::fromUtf8(archive_error_string(writer.get()))));
        const void* block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        for (;;) {
            const int r = archive_read_data_block(reader.get(), &block, &size, &offset);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN)
                return abandon(tr("entry “%1” cannot be read: %2")
                                   .arg(stored, QString::fromUtf8(archive_error_string(reader.get()))));
            // Count what is really written, whatever the header claimed.
            written += qint64(size);
            if (written > limits.maxUnpackedBytes)
                return abandon(tr("entry “%1”: unpacked size exceeds %2 MiB — the archive is refused")
                                   .arg(stored)
                                   .arg(limits.maxUnpackedBytes >> 20));
            if (archive_write_data_block(writer.get(), block, size, offset) < ARCHIVE_WARN)
                return abandon(tr("entry “%1” cannot be written: %2")
                                   .arg(stored, QString::fromUtf8(archive_error_string(writer.get()))));
        }
        if (archive_write_finish_entry(writer.get()) < ARCHIVE_WARN)
            return abandon(tr("entry “%1” cannot be written: %2")
                               .arg(stored, QString::fromUtf8(archive_error_string(writer.get()))));
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return abandon(tr("finishing the unpacked files failed: %1")
                           .arg(QString::fromUtf8(archive_error_string(writer.get()))));
    if (!QDir().rename(staging, destination))
        return abandon(tr("cannot move the unpacked release to %1").arg(destination));
    qCDebug(lcReleases) << "unpacked" << archivePath << "into" << destination;
    return result;
}
