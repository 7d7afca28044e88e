#pragma once

#include "Command.h"

#include <QCoreApplication>

struct RegistryTarget;

// `kkt-deploy registry status [--json]`: where the registry is, its schema against the one this
// application knows (and what to run about it), its instances, its public key and the local outbox.
// Exits non-zero when the registry's schema is newer than the application.
class RegistryStatus
{
    Q_DECLARE_TR_FUNCTIONS(RegistryStatus)

public:
    static int print(const RegistryTarget& target, bool json, CommandIo& io);
};
