#pragma once

#include "ArchiveInspection.h"
#include "ArchiveLimits.h"
#include "ChecksumVerifier.h"
#include "PayloadLayout.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <variant>

// Everything that must hold before an archive is used: its checksum matches and its contents are
// safe. The hash and the inspection read the file in parallel (two threads), so the whole check
// takes about as long as the slower of the two.
class ReleaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseCheck)

public:
    // A checksums file, or a SHA-256 given explicitly.
    using Expected = std::variant<ChecksumFile, QByteArray>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Result
    {
        ChecksumVerifier::Verdict checksum;
        ArchiveInspection inspection;
        bool ok() const { return checksum.ok() && inspection.ok(); }
        // The first reason not to use the archive, or empty.
        QString problem() const;
        // Every reason: the checksum's, and each of the inspection's (all missing parts of a
        // wrong layout, not only the first).
        QStringList problems() const;
    };

    // `progress` is called from worker threads with the bytes hashed so far.
    static Result run(const QString& archivePath, const Expected& expected, const ArchiveLimits& limits = {},
                      const PayloadLayout* layout = &PayloadLayout::kkt10(),
                      const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
};
