#pragma once

#include "Command.h"
#include "registry/InstanceRecord.h"
#include "registry/RegistryTarget.h"

#include <QCoreApplication>

struct DeploymentRequest;
class RegistryOptions;

// An instance named on the command line (--instance INST-…, UUID or id), found in the registry:
// how to reach it (host, SSH port and user, pinned host key) and its payload profile; the TLS mode
// (and an older instance's profile) from the journal of the deployment that made it. Shared by
// `backup`, `update` and `rollback`; --identity and --known-hosts choose how to log in.
class InstanceTarget
{
    Q_DECLARE_TR_FUNCTIONS(InstanceTarget)

public:
    // -1 when found (request, record and registry filled), else the exit code (problem on io.err,
    // prefixed with `command`).
    static int resolve(const QCommandLineParser& parser, const RegistryOptions& registryOptions,
                       const QString& instance, const QString& journalPath, const QString& command,
                       CommandIo& io, DeploymentRequest* request, InstanceRecord* record,
                       RegistryTarget* registry);
};
