#include "ReleasesLogging.h"

Q_LOGGING_CATEGORY(lcReleases, "kkt.releases")
