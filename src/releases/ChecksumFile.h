#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One line of a checksums file: the SHA-256 (lower-case hex) of one file.
struct ChecksumEntry
{
    QString fileName;
    QByteArray sha256; // 64 lower-case hex digits
};

// A SHA-256 checksums file as `sha256sum` writes it (`HASH  name`, `HASH *name`, escaped names)
// or in BSD style (`SHA256 (name) = HASH`); a UTF-8 byte-order mark, CRLF line ends and blank
// lines are accepted because Windows tools write them.
class ChecksumFile
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumFile)

public:
    static ChecksumFile parse(const QByteArray& text);
    // An unreadable file gives one error naming the file.
    static ChecksumFile load(const QString& path);

    const QList<ChecksumEntry>& entries() const { return m_entries; }
    // Lines that are not checksums, each with its line number and what is wrong.
    const QStringList& errors() const { return m_errors; }

    // The hash listed for `fileName`; a listed name with a folder part matches by its last part.
    std::optional<QByteArray> find(const QString& fileName) const;

    // True for 64 hex digits (either case).
    static bool isSha256(QByteArrayView text);

private:
    QList<ChecksumEntry> m_entries;
    QStringList m_errors;
};
