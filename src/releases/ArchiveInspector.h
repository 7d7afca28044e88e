#pragma once

#include "ArchiveInspection.h"
#include "ArchiveLimits.h"
#include "PayloadLayout.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>

// Reads a release archive with libarchive without unpacking it: lists the entries, reads VERSION,
// manifest.json and CHANGELOG.md, refuses anything that could escape the release folder or
// exhaust the disk, warns about development leftovers and checks the payload's layout.
class ArchiveInspector
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveInspector)

public:
    using Progress = std::function<void(qint64 bytesRead, qint64 total)>;

    // `layout` may be null to skip the layout check (an archive of another product).
    static ArchiveInspection inspect(const QString& path, const ArchiveLimits& limits = {},
                                     const PayloadLayout* layout = &PayloadLayout::kkt10(),
                                     const std::atomic_bool* cancel = nullptr, const Progress& progress = {});

    static QJsonObject toJson(const ArchiveInspection& inspection, bool withEntries = true);
    static QString verdictName(ArchiveInspection::Verdict verdict); // untranslated key
};
