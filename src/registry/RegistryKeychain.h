#pragma once

#include <QCoreApplication>
#include <QString>

// The registry's keychain entries (staff passwords, the registry private key), read and written
// synchronously for the command line and worker threads. A thin layer over the SSH engineer's
// SecretStore (src/secrets), so there is one keychain service and one timeout policy.
class RegistryKeychain
{
    Q_DECLARE_TR_FUNCTIONS(RegistryKeychain)

public:
    static QString service();

    // True and *value set when found; false with *error empty when the entry does not exist.
    static bool read(const QString& key, QByteArray* value, QString* error);
    static bool write(const QString& key, const QByteArray& value, QString* error);
    static bool remove(const QString& key, QString* error);
};
