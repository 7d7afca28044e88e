#pragma once

#include "ChecksumFile.h"
#include "FileDigest.h"

#include <QCoreApplication>

// Proves a downloaded or local archive is the one its publisher hashed. Only a Match lets the
// archive be used; every other outcome says why in `message`.
class ChecksumVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumVerifier)

public:
    enum class Outcome
    {
        Match,
        Mismatch,
        NotListed,
        BadChecksums,
        Unreadable,
        Cancelled
    };

    struct Verdict
    {
        Outcome outcome = Outcome::Unreadable;
        QString fileName;
        QByteArray expected;
        QByteArray actual;
        QString message;
        bool ok() const { return outcome == Outcome::Match; }
    };

    // Looks the archive's file name up in `checksums`.
    static Verdict verify(const QString& archivePath, const ChecksumFile& checksums,
                          const std::atomic_bool* cancel = nullptr,
                          const FileDigest::Progress& progress = {});
    // Against a SHA-256 given explicitly (64 hex digits).
    static Verdict verify(const QString& archivePath, const QByteArray& expectedSha256,
                          const std::atomic_bool* cancel = nullptr,
                          const FileDigest::Progress& progress = {});
};
