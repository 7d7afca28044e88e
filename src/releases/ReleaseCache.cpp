#include "ReleaseCache.h"

#include <QStandardPaths>

QString ReleaseCache::root()
{
    const QString overridden = qEnvironmentVariable("KKT_CACHE_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QString ReleaseCache::versionFolder(const SemanticVersion& version, const QString& root)
{
    // A parsed version has only [0-9A-Za-z.+-]: safe as a folder name, never `..`.
    return root + QStringLiteral("/releases/") + version.toString();
}
