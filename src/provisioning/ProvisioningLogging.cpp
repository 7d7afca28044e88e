#include "ProvisioningLogging.h"

Q_LOGGING_CATEGORY(lcProvisioning, "kkt.provisioning")
