#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

// The SHA-256 of a file, read in blocks so any size fits in little memory. Runs in the calling
// thread: the GUI calls it from a worker and cancels through the flag.
class FileDigest
{
    Q_DECLARE_TR_FUNCTIONS(FileDigest)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Result
    {
        QByteArray sha256; // lower-case hex; empty on error or cancel
        QString error;
        bool cancelled = false;
        bool ok() const { return !sha256.isEmpty(); }
    };

    static Result sha256(const QString& path, const std::atomic_bool* cancel = nullptr,
                         const Progress& progress = {});
};
