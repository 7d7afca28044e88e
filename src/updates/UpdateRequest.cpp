#include "UpdateRequest.h"

#include <QSettings>

UpdateRequest UpdateRequest::forInstance(const InstanceRecord& instance, QString* error)
{
    UpdateRequest r;
    r.instance = instance;
    r.deployment = DeploymentRequest::forInstance(instance, error);
    QString note;
    r.deployment.registry = RegistryTarget::configuredWithoutPassword(&note);
    r.deployment.recordInRegistry = true;
    r.rollbackWindowDays = configuredRollbackDays();
    return r;
}

int UpdateRequest::configuredRollbackDays()
{
    return QSettings().value(QStringLiteral("updates/rollbackDays"), 7).toInt();
}
