#include "UpdateRequest.h"

UpdateRequest UpdateRequest::forInstance(const InstanceRecord& instance, QString* error)
{
    UpdateRequest r;
    r.instance = instance;
    r.deployment = DeploymentRequest::forInstance(instance, error);
    return r;
}
