#pragma once

#include "ServerOperation.h"

#include <QJsonObject>

#include <memory>

class ProductionGuard;

// Removes a test instance from its server on the deployment engine (ServerOperation): one SSH
// session with the server's lock, the steps of resources/steps/remove.*.sh (probe, action, verify)
// run and journalled by StepExecutor, production checked before and after (ProductionGuard), the
// registry told (status removed, a history row). The request comes from the registry
// (DeploymentRequest::forInstance); blocking, like DeploymentRunner; cancel() from any thread.
class TestInstanceRemoval : public ServerOperation
{
    Q_OBJECT

public:
    explicit TestInstanceRemoval(DeploymentRequest request, QObject* parent = nullptr);
    ~TestInstanceRemoval() override;

    // Completes a request made from the registry's record (DeploymentRequest::forInstance) with
    // what the registry keeps of the instance, and the registry to record the removal in.
    static void complete(const InstanceRecord& instance, const RegistryTarget& registry,
                         DeploymentRequest* request);

    DeploymentOutcome remove(const QString& instanceId);

signals:
    void productionChecked(const QJsonObject& comparison);

private:
    void finish(DeploymentOutcome* outcome, const QString& status, bool record = true);

    std::unique_ptr<ProductionGuard> m_guard;
    QString m_runId;
};
