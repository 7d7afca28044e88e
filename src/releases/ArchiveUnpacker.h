#pragma once

#include "ArchiveInspection.h"
#include "ArchiveLimits.h"
#include "PayloadLayout.h"

#include <QCoreApplication>

#include <atomic>

// Unpacks a release archive into a new folder after it passed inspection, applying the same
// entry rules again while writing. Stored owners and modes are never used: files get 0644,
// folders 0755, `.env` files 0600. The folder appears complete or not at all.
class ArchiveUnpacker
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveUnpacker)

public:
    struct Result
    {
        ArchiveInspection inspection;
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // `destination` must not exist yet; its parent must.
    static Result unpack(const QString& archivePath, const QString& destination,
                         const ArchiveLimits& limits = {},
                         const PayloadLayout* layout = &PayloadLayout::kkt10(),
                         const std::atomic_bool* cancel = nullptr);
};
