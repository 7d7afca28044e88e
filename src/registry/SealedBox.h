#pragma once

#include <QByteArray>
#include <optional>

// libsodium sealed boxes (crypto_box_seal): anyone holding the registry's public key can seal
// admin credentials; only a holder of the private key can open them.
class SealedBox
{
public:
    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey;
    };

    static KeyPair generate();
    // Empty when the public key has the wrong size.
    static QByteArray seal(const QByteArray& plain, const QByteArray& publicKey);
    // nullopt when the box was not sealed for this key pair or was altered.
    static std::optional<QByteArray> open(const QByteArray& sealed, const KeyPair& keys);
    // Overwrites key material before the memory is released.
    static void wipe(QByteArray& bytes);
};
