#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

// The rules every archive entry must pass before it is listed as safe or unpacked: paths stay
// relative and inside the tree, links do not leave it, only files, folders and links exist.
class ArchiveEntryRule
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveEntryRule)

public:
    struct Path
    {
        QString path;    // normalised: no `./`, no trailing `/`; empty for the archive's root `./`
        QString problem; // set when the path is unsafe
    };

    // Normalises a stored name; `./` prefixes are accepted, absolute names and `..` are not.
    static Path path(const QString& stored);

    // Problem text for a symbolic link at `entryPath` pointing at `target`, judged by the text alone.
    static QString symlinkProblem(const QString& entryPath, const QString& target);
    // Problem text for a hard link to `target` (a name inside the archive); `normalised` receives it.
    static QString hardlinkProblem(const QString& target, QString* normalised);
    // Problem text for a file type (`AE_IF*`); empty for files, folders and symbolic links.
    static QString typeProblem(unsigned int fileType);

    // Resolves `target` of the link at `entryPath` through the other links of the archive
    // (`links`: normalised path → target) as the file system would; nullopt when it leaves the tree.
    static std::optional<QString> resolveLink(const QString& entryPath, const QString& target,
                                              const QHash<QString, QString>& links);
};
