#pragma once

#include "UpdateOutcome.h"
#include "provisioning/ProductionGuard.h"

#include <QCoreApplication>

// Production next to a test instance, checked around the test instance's update or rollback as
// around its deployment and removal (ProductionGuard over the run's own connection): the snapshot
// before anything changes, and after; a run that changed production fails loudly, whatever it did
// otherwise. A production instance's own update is not checked this way (it is what changes).
class UpdateProductionCheck
{
    Q_DECLARE_TR_FUNCTIONS(UpdateProductionCheck)

public:
    explicit UpdateProductionCheck(const DeploymentContext& context);

    // Before the first change; false (the outcome failed, nothing changed) when production could
    // not be checked. True and nothing asked for a production instance.
    bool start(UpdateOutcome* outcome);
    // Once per run, before the registry is told and while the server is still connected.
    void conclude(UpdateOutcome* outcome);

private:
    const DeploymentContext& m_context;
    ProductionGuard m_guard;
    bool m_started = false;
    bool m_concluded = false;
};
