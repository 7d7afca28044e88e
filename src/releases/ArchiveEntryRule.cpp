#include "ArchiveEntryRule.h"

#include <QStringList>

#include <archive_entry.h>

namespace {

bool isAbsolute(const QString& name)
{
    // A Windows drive or UNC prefix is as absolute as a leading slash to the tools that unpack.
    return name.startsWith(u'/') || name.startsWith(u'\\') ||
           (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter());
}

// Walks `segments` from `stack` lexically; false when `..` climbs above the root.
bool walk(QStringList& stack, const QStringList& segments)
{
    for (const QString& segment : segments) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (stack.isEmpty())
                return false;
            stack.removeLast();
        } else {
            stack << segment;
        }
    }
    return true;
}

bool resolveInto(QStringList& stack, const QStringList& segments, const QHash<QString, QString>& links,
                 int depth)
{
    // Forty levels is what Linux allows before ELOOP.
    if (depth > 40)
        return false;
    for (const QString& segment : segments) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (stack.isEmpty())
                return false;
            stack.removeLast();
            continue;
        }
        stack << segment;
        const auto link = links.constFind(stack.join(u'/'));
        if (link != links.constEnd()) {
            if (isAbsolute(*link))
                return false;
            stack.removeLast();
            if (!resolveInto(stack, link->split(u'/'), links, depth + 1))
                return false;
        }
    }
    return true;
}

} // namespace

ArchiveEntryRule::Path ArchiveEntryRule::path(const QString& stored)
{
    Path result;
    if (stored.isEmpty()) {
        result.problem = tr("an entry has an empty name");
        return result;
    }
    if (isAbsolute(stored)) {
        result.problem = tr("absolute path — archive entries must be relative to the release folder");
        return result;
    }
    if (stored.contains(QChar(u'\0'))) {
        result.problem = tr("the name contains a NUL character");
        return result;
    }
    QStringList segments;
    for (const QString& segment : stored.split(u'/')) {
        if (segment == u"..") {
            result.problem = tr("the path contains “..” and would leave the release folder");
            return result;
        }
        if (!segment.isEmpty() && segment != u".")
            segments << segment;
    }
    result.path = segments.join(u'/');
    return result;
}

QString ArchiveEntryRule::symlinkProblem(const QString& entryPath, const QString& target)
{
    if (target.isEmpty())
        return tr("symbolic link without a target");
    if (isAbsolute(target))
        return tr("symbolic link to the absolute path “%1” leaves the release folder").arg(target);
    QStringList stack = entryPath.split(u'/', Qt::SkipEmptyParts);
    if (!stack.isEmpty())
        stack.removeLast();
    if (!walk(stack, target.split(u'/')))
        return tr("symbolic link to “%1” leaves the release folder").arg(target);
    return {};
}

QString ArchiveEntryRule::hardlinkProblem(const QString& target, QString* normalised)
{
    const Path checked = path(target);
    if (!checked.problem.isEmpty())
        return tr("hard link to “%1”: %2").arg(target, checked.problem);
    if (checked.path.isEmpty())
        return tr("hard link to the release folder itself");
    if (normalised)
        *normalised = checked.path;
    return {};
}

QString ArchiveEntryRule::typeProblem(unsigned int fileType)
{
    switch (fileType) {
    case AE_IFREG:
    case AE_IFDIR:
    case AE_IFLNK:
        return {};
    case AE_IFCHR:
        return tr("character device — a release contains only files, folders and links");
    case AE_IFBLK:
        return tr("block device — a release contains only files, folders and links");
    case AE_IFIFO:
        return tr("FIFO (named pipe) — a release contains only files, folders and links");
    case AE_IFSOCK:
        return tr("socket — a release contains only files, folders and links");
    default:
        return tr("unknown entry type — a release contains only files, folders and links");
    }
}

std::optional<QString> ArchiveEntryRule::resolveLink(const QString& entryPath, const QString& target,
                                                     const QHash<QString, QString>& links)
{
    if (isAbsolute(target))
        return std::nullopt;
    QStringList stack = entryPath.split(u'/', Qt::SkipEmptyParts);
    if (!stack.isEmpty())
        stack.removeLast();
    if (!resolveInto(stack, target.split(u'/'), links, 0))
        return std::nullopt;
    return stack.join(u'/');
}
