#include "TelegramLogging.h"

Q_LOGGING_CATEGORY(lcTelegram, "kkt.telegram")
