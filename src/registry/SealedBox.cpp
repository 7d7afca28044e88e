#include "SealedBox.h"

#include <sodium.h>

namespace {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

SealedBox::KeyPair SealedBox::generate()
{
    KeyPair keys;
    if (!ready())
        return keys;
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()),
                       reinterpret_cast<unsigned char*>(keys.secretKey.data()));
    return keys;
}

QByteArray SealedBox::seal(const QByteArray& plain, const QByteArray& publicKey)
{
    if (!ready() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                        reinterpret_cast<const unsigned char*>(plain.constData()), plain.size(),
                        reinterpret_cast<const unsigned char*>(publicKey.constData())) != 0)
        return {};
    return sealed;
}

std::optional<QByteArray> SealedBox::open(const QByteArray& sealed, const KeyPair& keys)
{
    if (!ready() || sealed.size() < qsizetype(crypto_box_SEALBYTES) ||
        keys.publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        keys.secretKey.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    QByteArray plain(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                             reinterpret_cast<const unsigned char*>(sealed.constData()), sealed.size(),
                             reinterpret_cast<const unsigned char*>(keys.publicKey.constData()),
                             reinterpret_cast<const unsigned char*>(keys.secretKey.constData())) != 0)
        return std::nullopt;
    return plain;
}

void SealedBox::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), bytes.size());
    bytes.clear();
}
