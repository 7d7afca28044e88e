#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Writes .tar.gz archives for tests with libarchive: the KKT 1.0 release in its real layout
// (names starting with `./`, a `./` entry, modes 0666/0777, owner 0:0, VERSION without a newline,
// development leftovers) and hostile variants (traversal, absolute paths, escaping links, device
// nodes, FIFOs, compression bombs). Tests that use it link LibArchive::LibArchive.
class ArchiveBuilder
{
public:
    enum class Type
    {
        File,
        Folder,
        Symlink,
        Hardlink,
        CharDevice,
        BlockDevice,
        Fifo
    };

    struct Entry
    {
        QString name;
        Type type = Type::File;
        QByteArray data;
        QString target;    // links
        qint64 zeroes = 0; // a file of this many zero bytes instead of `data`
        unsigned mode = 0666;
    };

    ArchiveBuilder& file(const QString& name, const QByteArray& data, unsigned mode = 0666);
    ArchiveBuilder& zeroes(const QString& name, qint64 size);
    ArchiveBuilder& folder(const QString& name);
    ArchiveBuilder& symlink(const QString& name, const QString& target);
    ArchiveBuilder& hardlink(const QString& name, const QString& target);
    ArchiveBuilder& special(const QString& name, Type type);
    ArchiveBuilder& remove(const QString& name);

    // The release as payload-kkt-1.0.md describes it.
    static ArchiveBuilder kkt10(const QString& version = QStringLiteral("1.0.0"));

    // Returns an empty string on success, else libarchive's error.
    QString write(const QString& path, int gzipLevel = 6) const;

    QList<Entry> entries;
};
