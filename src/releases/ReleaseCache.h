#pragma once

#include "SemanticVersion.h"

#include <QString>

// Where downloaded releases are kept: <cache>/releases/<version>/. $KKT_CACHE_DIR overrides the
// platform's cache folder (tests, portable installs).
class ReleaseCache
{
public:
    static QString root();
    static QString versionFolder(const SemanticVersion& version, const QString& root = ReleaseCache::root());
};
