#include "RegistryLogging.h"

Q_LOGGING_CATEGORY(lcRegistry, "kkt.registry")
