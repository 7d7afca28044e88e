#pragma once

#include "Command.h"
#include "core/DeploymentConfig.h"
#include "releases/VerifiedRelease.h"

#include <QCoreApplication>

// `plan` and `deploy` with "release": {"source": "latest"} or a tag: the release is fetched into
// the cache, its checksum verified and the archive inspected (ReleaseProvider) before anything
// else happens — no separate `release fetch` is needed. Progress goes to stderr.
class ReleaseProvision
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseProvision)

public:
    // The configuration's release, checked against its payload profile's layout. Returns -1 with
    // `release` filled, else the exit code (problems on io.err).
    static int provide(const DeploymentConfig& config, CommandIo& io, const QString& command,
                       VerifiedRelease* release);
};
