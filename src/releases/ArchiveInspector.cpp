#include "ArchiveInspector.h"

#include "ArchiveEntryRule.h"
#include "ReleasesLogging.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

QString storedName(archive_entry* entry)
{
    if (const char* utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char* raw = archive_entry_pathname(entry);
    return raw ? QString::fromUtf8(raw) : QString();
}

QString linkName(const char* utf8, const char* raw)
{
    return QString::fromUtf8(utf8 ? utf8 : raw);
}

QString entryTypeName(ArchiveEntryInfo::Type type)
{
    switch (type) {
    case ArchiveEntryInfo::Type::File:
        return QStringLiteral("file");
    case ArchiveEntryInfo::Type::Folder:
        return QStringLiteral("folder");
    case ArchiveEntryInfo::Type::Symlink:
        return QStringLiteral("symlink");
    case ArchiveEntryInfo::Type::Hardlink:
        return QStringLiteral("hardlink");
    }
    return {};
}

} // namespace

QString ArchiveInspector::verdictName(ArchiveInspection::Verdict verdict)
{
    switch (verdict) {
    case ArchiveInspection::Verdict::Safe:
        return QStringLiteral("safe");
    case ArchiveInspection::Verdict::Unsafe:
        return QStringLiteral("unsafe");
    case ArchiveInspection::Verdict::Malformed:
        return QStringLiteral("malformed");
    case ArchiveInspection::Verdict::Unreadable:
        return QStringLiteral("unreadable");
    case ArchiveInspection::Verdict::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

ArchiveInspection ArchiveInspector::inspect(const QString& path, const ArchiveLimits& limits,
                                            const PayloadLayout* layout, const std::atomic_bool* cancel,
                                            const Progress& progress)
{
    ArchiveInspection result;
    auto fail = [&](ArchiveInspection::Verdict verdict, const QString& entry, const QString& problem) {
        result.verdict = verdict;
        result.offendingEntry = entry;
        result.problem = entry.isEmpty() ? problem : tr("entry “%1”: %2").arg(entry, problem);
        qCDebug(lcReleases) << "archive refused:" << verdictName(verdict) << result.problem;
        return result;
    };

    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return fail(ArchiveInspection::Verdict::Unreadable, {},
                    tr("%1 is not a readable file — check the path").arg(path));

    ArchivePtr reader(archive_read_new(), &archive_read_free);
    // Only filters libarchive decodes itself: `all` would also run external programs (lrzip, lzop …).
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_filter_xz(reader.get());
    archive_read_support_filter_bzip2(reader.get());
    archive_read_support_filter_zstd(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_filename(reader.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK)
        return fail(ArchiveInspection::Verdict::Malformed, {},
                    tr("%1 cannot be opened as an archive: %2")
                        .arg(info.fileName(), QString::fromUtf8(archive_error_string(reader.get()))));

    const qint64 total = info.size();
    QSet<QString> files;
    QSet<QString> folders;
    QSet<QString> seen;
    QHash<QString, QString> symlinks;
    qint64 headers = 0;
    for (;;) {
        if (cancel && cancel->load())
            return fail(ArchiveInspection::Verdict::Cancelled, {}, tr("inspection cancelled"));
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            const QString last = result.entries.isEmpty() ? QString() : result.entries.constLast().path;
            return fail(
                ArchiveInspection::Verdict::Malformed, {},
                result.entries.isEmpty()
                    ? tr("%1 is not a readable tar archive: %2")
                          .arg(info.fileName(), QString::fromUtf8(archive_error_string(reader.get())))
                    : tr("%1 is damaged after entry “%2”: %3")
                          .arg(info.fileName(), last, QString::fromUtf8(archive_error_string(reader.get()))));
        }
        if (progress)
            progress(archive_filter_bytes(reader.get(), -1), total);

        const QString stored = storedName(entry);
        const ArchiveEntryRule::Path checked = ArchiveEntryRule::path(stored);
        if (!checked.problem.isEmpty())
            return fail(ArchiveInspection::Verdict::Unsafe, stored, checked.problem);
        // A hard link's own type is not meaningful (often 0); its target is checked below.
        if (!archive_entry_hardlink(entry)) {
            if (const QString problem = ArchiveEntryRule::typeProblem(archive_entry_filetype(entry));
                !problem.isEmpty())
                return fail(ArchiveInspection::Verdict::Unsafe, stored, problem);
        }
        if (++headers > limits.maxEntries)
            return fail(ArchiveInspection::Verdict::Unsafe, stored,
                        tr("more than %1 entries — a release is far smaller; the archive is refused")
                            .arg(limits.maxEntries));
        if (checked.path.isEmpty()) {
            archive_read_data_skip(reader.get());
            continue; // the `./` entry of the release root
        }

        // Writing below a link would write wherever the link points.
        for (QString parent = checked.path.section(u'/', 0, -2); !parent.isEmpty();
             parent = parent.section(u'/', 0, -2)) {
            if (symlinks.contains(parent))
                return fail(ArchiveInspection::Verdict::Unsafe, stored,
                            tr("lies below the symbolic link “%1”").arg(parent));
            if (!parent.contains(u'/'))
                break;
        }
        if (seen.contains(checked.path))
            result.warnings << tr("%1 is stored more than once; the last copy wins").arg(checked.path);
        seen.insert(checked.path);

        ArchiveEntryInfo item;
        item.path = checked.path;
        const char* hardlink = archive_entry_hardlink(entry);
        if (hardlink) {
            item.type = ArchiveEntryInfo::Type::Hardlink;
            item.linkTarget = linkName(archive_entry_hardlink_utf8(entry), hardlink);
            QString target;
            if (const QString problem = ArchiveEntryRule::hardlinkProblem(item.linkTarget, &target);
                !problem.isEmpty())
                return fail(ArchiveInspection::Verdict::Unsafe, stored, problem);
            item.linkTarget = target;
            files.insert(item.path);
        } else if (archive_entry_filetype(entry) == AE_IFLNK) {
            item.type = ArchiveEntryInfo::Type::Symlink;
            item.linkTarget = linkName(archive_entry_symlink_utf8(entry), archive_entry_symlink(entry));
            if (const QString problem = ArchiveEntryRule::symlinkProblem(item.path, item.linkTarget);
                !problem.isEmpty())
                return fail(ArchiveInspection::Verdict::Unsafe, stored, problem);
            symlinks.insert(item.path, item.linkTarget);
        } else if (archive_entry_filetype(entry) == AE_IFDIR) {
            item.type = ArchiveEntryInfo::Type::Folder;
            folders.insert(item.path);
        } else {
            item.type = ArchiveEntryInfo::Type::File;
            item.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
            files.insert(item.path);
        }
        // Parents exist even when the archive has no entry for them.
        for (QString parent = item.path.section(u'/', 0, -2); !parent.isEmpty() && item.path.contains(u'/');
             parent = parent.section(u'/', 0, -2)) {
            folders.insert(parent);
            if (!parent.contains(u'/'))
                break;
        }

        if (item.size < 0 || item.size > limits.maxUnpackedBytes - result.unpackedSize)
            return fail(ArchiveInspection::Verdict::Unsafe, stored,
                        tr("unpacked size would exceed %1 MiB (a compression bomb?) — the archive is refused")
                            .arg(limits.maxUnpackedBytes >> 20));
        result.unpackedSize += item.size;

        const bool metadata =
            item.type == ArchiveEntryInfo::Type::File &&
            (item.path == u"VERSION" || item.path == u"manifest.json" || item.path == u"CHANGELOG.md");
        if (metadata) {
            if (item.size > limits.maxMetadataBytes)
                return fail(
                    ArchiveInspection::Verdict::Malformed, stored,
                    tr("is %1 bytes; at most %2 are expected").arg(item.size).arg(limits.maxMetadataBytes));
            QByteArray data(item.size, Qt::Uninitialized);
            qint64 read = 0;
            while (read < item.size) {
                const la_ssize_t n =
                    archive_read_data(reader.get(), data.data() + read, size_t(item.size - read));
                if (n <= 0)
                    return fail(
                        ArchiveInspection::Verdict::Malformed, stored,
                        tr("cannot be read: %1").arg(QString::fromUtf8(archive_error_string(reader.get()))));
                read += n;
            }
            if (item.path == u"VERSION")
                result.versionText = QString::fromUtf8(data).trimmed();
            else if (item.path == u"manifest.json")
                result.manifestJson = data;
            else
                result.changelog = QString::fromUtf8(data);
        } else if (archive_read_data_skip(reader.get()) < ARCHIVE_WARN) {
            return fail(ArchiveInspection::Verdict::Malformed, stored,
                        tr("cannot be read: %1").arg(QString::fromUtf8(archive_error_string(reader.get()))));
        }
        if (layout && item.type != ArchiveEntryInfo::Type::Folder) {
            if (const QString warning = layout->leftoverWarning(item.path); !warning.isEmpty())
                result.warnings << warning;
        }
        result.entries << item;
    }
    if (progress)
        progress(total, total);

    if (result.entries.isEmpty())
        return fail(ArchiveInspection::Verdict::Malformed, {},
                    tr("%1 contains no files").arg(info.fileName()));

    // Each link judged alone stayed inside; followed through the other links it must too.
    for (auto it = symlinks.constBegin(); it != symlinks.constEnd(); ++it) {
        if (!ArchiveEntryRule::resolveLink(it.key(), it.value(), symlinks))
            return fail(
                ArchiveInspection::Verdict::Unsafe, it.key(),
                tr("symbolic link to “%1” leaves the release folder through other links").arg(it.value()));
    }

    if (layout) {
        if (const QStringList problems = layout->problems(files, folders); !problems.isEmpty())
            return fail(ArchiveInspection::Verdict::Malformed, {}, problems.join(QStringLiteral("; ")));
    }
    if (files.contains(QStringLiteral("VERSION"))) {
        result.version = SemanticVersion::parse(result.versionText);
        if (!result.version)
            return fail(ArchiveInspection::Verdict::Malformed, QStringLiteral("VERSION"),
                        tr("“%1” is not a version such as 1.0.0").arg(result.versionText.left(40)));
        // The file name says which release was meant; a different VERSION is a packaging mistake.
        static const QRegularExpression namePattern(
            QStringLiteral(R"(-v?(\d+\.\d+\.\d+[0-9A-Za-z.+-]*?)\.tar)"));
        const QRegularExpressionMatch nameMatch = namePattern.match(info.fileName());
        if (nameMatch.hasMatch()) {
            const auto named = SemanticVersion::parse(nameMatch.captured(1));
            if (named && *named != *result.version)
                result.warnings << tr("the file name says version %1 but VERSION says %2")
                                       .arg(named->toString(), result.version->toString());
        }
    }
    if (!result.manifestJson.isEmpty()) {
        const ReleaseManifest::Parsed parsed = ReleaseManifest::parse(result.manifestJson);
        if (!parsed.ok())
            return fail(ArchiveInspection::Verdict::Malformed, QStringLiteral("manifest.json"),
                        parsed.problems.join(QStringLiteral("; ")));
        result.warnings << parsed.warnings;
        result.manifest = parsed.manifest;
        if (result.version && parsed.manifest.version && *parsed.manifest.version != *result.version)
            return fail(ArchiveInspection::Verdict::Malformed, QStringLiteral("manifest.json"),
                        tr("says version %1 but VERSION says %2")
                            .arg(parsed.manifest.version->toString(), result.version->toString()));
        for (const ReleaseManifest::MigrationStep& step : parsed.manifest.migrationSteps) {
            if (!files.contains(step.file))
                return fail(ArchiveInspection::Verdict::Malformed, QStringLiteral("manifest.json"),
                            tr("migration step file %1 is not in the archive").arg(step.file));
        }
    }
    result.verdict = ArchiveInspection::Verdict::Safe;
    return result;
}

QJsonObject ArchiveInspector::toJson(const ArchiveInspection& inspection, bool withEntries)
{
    QJsonObject object{{QStringLiteral("verdict"), verdictName(inspection.verdict)},
                       {QStringLiteral("entry_count"), qint64(inspection.entries.size())},
                       {QStringLiteral("unpacked_size"), inspection.unpackedSize},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(inspection.warnings)}};
    if (!inspection.ok()) {
        object.insert(QStringLiteral("problem"), inspection.problem);
        if (!inspection.offendingEntry.isEmpty())
            object.insert(QStringLiteral("offending_entry"), inspection.offendingEntry);
    }
    if (inspection.version)
        object.insert(QStringLiteral("version"), inspection.version->toString());
    if (inspection.manifest)
        object.insert(QStringLiteral("manifest"), inspection.manifest->toJson());
    object.insert(QStringLiteral("has_changelog"), !inspection.changelog.isEmpty());
    if (withEntries) {
        QJsonArray entries;
        for (const ArchiveEntryInfo& entry : inspection.entries) {
            QJsonObject e{{QStringLiteral("path"), entry.path},
                          {QStringLiteral("type"), entryTypeName(entry.type)}};
            if (entry.type == ArchiveEntryInfo::Type::File)
                e.insert(QStringLiteral("size"), entry.size);
            if (!entry.linkTarget.isEmpty())
                e.insert(QStringLiteral("target"), entry.linkTarget);
            entries.append(e);
        }
        object.insert(QStringLiteral("entries"), entries);
    }
    return object;
}
