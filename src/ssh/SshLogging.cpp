#include "SshLogging.h"

// Warnings and up by default: the command line stays quiet; QT_LOGGING_RULES="kkt.ssh.debug=true" shows all.
Q_LOGGING_CATEGORY(lcSsh, "kkt.ssh", QtWarningMsg)
