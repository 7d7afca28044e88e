#pragma once

#include "SealedCredentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Registry;

// The registry's sealing key pair: the public half in the registry (every KKT Deploy seals admin
// credentials with it), the private half in the keychain of each computer whose holder may open
// them, under an entry named after the public key.
class RegistryKeyPair
{
    Q_DECLARE_TR_FUNCTIONS(RegistryKeyPair)

public:
    // The keychain entry of the private key that belongs to `publicKey`.
    static QString keychainEntry(const QByteArray& publicKey);
    // "SHA256:…", as shown to people.
    static QString fingerprint(const QByteArray& publicKey);
    // Whether this computer's keychain holds the registry's private key (false when the registry has
    // no key or cannot be asked).
    static bool privateKeyHeld(Registry& registry);
    // Opens credentials sealed with the registry's key for `target` (an instance's name); the
    // opening is audited before the credentials are handed out.
    static std::optional<SealedCredentials> open(Registry& registry, const QString& sealed,
                                                 const QString& target, QString* error);
};
