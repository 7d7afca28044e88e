#include "UpdateChecker.h"

#include "UpdateRunner.h"
#include "registry/Registry.h"

UpdateChecker::UpdateChecker(RegistryTarget registry)
    : m_registry(std::move(registry))
{}

QList<UpdateAvailability> UpdateChecker::check(const QList<InstanceRecord>& instances,
                                               const QList<ReleaseManifest>& releases,
                                               const std::function<void(const UpdateAvailability&)>& each)
{
    QList<UpdateAvailability> all;
    QList<InstanceRecord> corrections;
    for (const InstanceRecord& instance : instances) {
        if (m_cancel)
            break;
        QString error;
        UpdateRequest request = UpdateRequest::forInstance(instance, &error);
        UpdateAvailability a;
        if (!error.isEmpty()) {
            a.instance = instance.uuid;
            a.instanceName = instance.name;
            a.registryVersion = instance.version;
            a.error = error;
        } else {
            if (m_adjust)
                m_adjust(request);
            UpdateRunner runner(request);
            a = runner.check(releases);
        }
        // The server is the truth: a registry that says another version is corrected.
        if (a.error.isEmpty() && !a.current.isEmpty() && a.current != instance.version) {
            InstanceRecord corrected = instance;
            corrected.version = a.current;
            if (!corrected.appFolder.isEmpty())
                corrected.releaseFolder = corrected.appFolder + QStringLiteral("/releases/") + a.current;
            corrections << corrected;
        }
        if (each)
            each(a);
        all << a;
    }
    if (!corrections.isEmpty()) {
        QString error;
        m_registry.loadPassword(&error);
        Registry registry(m_registry);
        if (registry.open(&error)) {
            for (const InstanceRecord& r : std::as_const(corrections))
                registry.upsertInstance(r, &error);
        }
    }
    return all;
}
