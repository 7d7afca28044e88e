#pragma once

#include "RegistryTarget.h"

#include <QCoreApplication>
#include <QStringList>

// TLS to the central PostgreSQL registry. The default everywhere is sslmode=verify-full: the
// connection is encrypted and the server's certificate must be signed by the configured CA and
// issued for the host name connected to. `require` (encrypted, server not verified) and `disable`
// (plain text) are explicit choices. The mode and CA come from the registry URL
// (?sslmode=…&sslrootcert=…, written by the Settings dialog and `registry login`), the command
// line (--registry-sslmode, --registry-ca), else $KKT_REGISTRY_SSLMODE / $KKT_REGISTRY_CA; without
// a CA, verify-full trusts the system's certificate authorities.
class RegistryTls
{
    Q_DECLARE_TR_FUNCTIONS(RegistryTls)

public:
    static constexpr char modeEnv[] = "KKT_REGISTRY_SSLMODE";
    static constexpr char caEnv[] = "KKT_REGISTRY_CA";
    static QString defaultMode() { return QStringLiteral("verify-full"); }
    static QStringList modes();
    // Empty when `mode` is one of modes(); else a message naming `field`.
    static QString modeProblem(const QString& field, const QString& mode);
    // The mode and CA file that apply to `target` (its own, else the environment's, else defaults).
    static QString mode(const RegistryTarget& target);
    static QString caFile(const RegistryTarget& target);
    // The system's CA bundle, empty when none is found.
    static QString systemCaFile();
    // The libpq options ("sslmode=…;sslrootcert=…"); empty with *error set when the CA is unusable.
    static QString connectOptions(const RegistryTarget& target, QString* error);
    // "verify-full, CA /etc/kkt/ca.crt", "require (the server is not verified)", …
    static QString describe(const RegistryTarget& target);
    // What a failed connection's driver text means for TLS, with the fix; empty when not about TLS.
    static QString explain(const RegistryTarget& target, const QString& driverError);
};
