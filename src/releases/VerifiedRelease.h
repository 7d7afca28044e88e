#pragma once

#include "core/DeploymentConfig.h"

#include <QMetaType>
#include <QString>

// A GitHub release that was fetched into the cache and passed its checksum and archive checks:
// what DeploymentRequest deploys when the configuration asks for the latest release or a tag.
struct VerifiedRelease
{
    bool requestedLatest = false; // asked for as “the latest release”
    QString requestedTag;         // asked for by this tag (as typed), with !requestedLatest
    QString tag;                  // the release's real tag, e.g. v1.0.0
    QString version;              // e.g. 1.0.0
    QString archivePath;          // in the cache, checksum verified
    QString checksumsPath;        // the release's checksums.txt beside it

    bool isValid() const { return !archivePath.isEmpty() && !checksumsPath.isEmpty(); }
    // True when this release is the answer to `choice` (the latest, or the same tag).
    bool answers(const ReleaseChoice& choice) const
    {
        if (!isValid())
            return false;
        switch (choice.source) {
        case ReleaseSource::Latest:
            return requestedLatest;
        case ReleaseSource::Tag:
            return !requestedLatest && (choice.tag == requestedTag || choice.tag == tag);
        case ReleaseSource::File:
            break;
        }
        return false;
    }
    bool operator==(const VerifiedRelease&) const = default;
};
Q_DECLARE_METATYPE(VerifiedRelease)
