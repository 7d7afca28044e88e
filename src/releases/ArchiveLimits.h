#pragma once

#include <QtGlobal>

// Bounds that stop a hostile archive from exhausting the disk or memory (a compression bomb).
// The KKT 1.0 release is about 200 entries and 1.8 MB unpacked; the defaults leave room to grow.
struct ArchiveLimits
{
    qint64 maxEntries = 50000;
    qint64 maxUnpackedBytes = qint64(1) << 30; // 1 GiB
    qint64 maxMetadataBytes = qint64(1) << 20; // VERSION, manifest.json, CHANGELOG.md are read into memory
};
