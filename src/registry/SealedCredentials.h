#pragma once

#include "SealedBox.h"

#include <QString>
#include <optional>

// An instance's admin credentials as stored in deployed_instances.sealed_credentials: JSON sealed
// with the registry public key, base64-encoded. Only holders of the private key can open it.
struct SealedCredentials
{
    QString username;
    QString password;

    // Empty when the public key is unusable.
    QString seal(const QByteArray& publicKey) const;
    static std::optional<SealedCredentials> open(const QString& sealed, const SealedBox::KeyPair& keys);
    void wipe();
};
