#include "Logging.h"

Q_LOGGING_CATEGORY(lcConfig, "kkt.config")
