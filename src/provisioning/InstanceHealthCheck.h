#pragma once

#include <QCoreApplication>
#include <QString>

class Registry;
struct InstanceRecord;

// "Check health now" for an instance in the registry: the deployment's health checks over SSH
// (DeploymentRunner::checkHealth), recorded in the instance's history as a health_check row.
// Blocking; on the thread that owns `registry`.
class InstanceHealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(InstanceHealthCheck)

public:
    struct Result
    {
        bool ok = false;
        QString text; // for people: what passed, what failed, and whether it was recorded
    };
    static Result run(Registry& registry, const InstanceRecord& instance);
};
