#pragma once

#include "UpdateAvailability.h"
#include "UpdateRequest.h"
#include "registry/InstanceRecord.h"
#include "registry/RegistryTarget.h"
#include "releases/ReleaseManifest.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>

// `update check` for one instance or all: reads each server's .version over SSH (pinned host key,
// the operator's login), evaluates it against the releases (UpdateCheck) and, when the server
// says another version than the registry, corrects the registry. Blocking: a worker thread (GUI)
// or the main thread (CLI). Use:
//   UpdateChecker checker(registryTarget);
//   QList<UpdateAvailability> all = checker.check(instances, releases, [](const UpdateAvailability& a) {…});
class UpdateChecker
{
    Q_DECLARE_TR_FUNCTIONS(UpdateChecker)

public:
    explicit UpdateChecker(RegistryTarget registry);

    QList<UpdateAvailability> check(const QList<InstanceRecord>& instances,
                                    const QList<ReleaseManifest>& releases,
                                    const std::function<void(const UpdateAvailability&)>& each = {});
    void cancel() { m_cancel = true; }
    // Adjusts each instance's request before it connects (the command line's --identity, --known-hosts).
    void setRequestAdjuster(std::function<void(UpdateRequest&)> adjust) { m_adjust = std::move(adjust); }

private:
    RegistryTarget m_registry;
    std::atomic_bool m_cancel{false};
    std::function<void(UpdateRequest&)> m_adjust;
};
