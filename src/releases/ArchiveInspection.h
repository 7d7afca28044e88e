#pragma once

#include "ReleaseManifest.h"
#include "SemanticVersion.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One entry of a release archive as it would be unpacked.
struct ArchiveEntryInfo
{
    enum class Type
    {
        File,
        Folder,
        Symlink,
        Hardlink
    };
    QString path; // normalised, relative to the release root
    Type type = Type::File;
    qint64 size = 0;
    QString linkTarget;
};

// What inspecting an archive found. Only a Safe archive may be unpacked; the others say which
// entry is at fault (`offendingEntry`, as stored) and why (`problem`).
struct ArchiveInspection
{
    enum class Verdict
    {
        Safe,
        Unsafe,
        Malformed,
        Unreadable,
        Cancelled
    };

    Verdict verdict = Verdict::Unreadable;
    QString problem;
    QString offendingEntry;

    QList<ArchiveEntryInfo> entries;
    qint64 unpackedSize = 0;
    QString versionText; // VERSION as stored, trimmed
    std::optional<SemanticVersion> version;
    QByteArray manifestJson; // empty without manifest.json
    std::optional<ReleaseManifest> manifest;
    QString changelog;
    QStringList warnings;

    bool ok() const { return verdict == Verdict::Safe; }
};
