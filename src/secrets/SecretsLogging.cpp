#include "SecretsLogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "kkt.secrets", QtWarningMsg)
