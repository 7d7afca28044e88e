#pragma once

#include "DeploymentRequest.h"
#include "InstanceLayout.h"

#include <atomic>
#include <functional>
#include <optional>

class DeploymentConnection;

// What the parts of one deployment run share: the request, the connection, the instance's layout
// once it is known, the cancel flag and the run's (redacting) log. Owned by DeploymentRunner.
struct DeploymentContext
{
    const DeploymentRequest& request;
    DeploymentConnection& connection;
    std::optional<InstanceLayout>& layout;
    const std::atomic_bool& cancel;
    std::function<void(const QString& line)> log;
    std::function<void(int percent, const QString& title, qint64 etaSeconds)> progress;
};
