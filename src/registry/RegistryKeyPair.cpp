#include "RegistryKeyPair.h"

#include "Registry.h"
#include "RegistryKeychain.h"

#include <QCryptographicHash>

QString RegistryKeyPair::keychainEntry(const QByteArray& publicKey)
{
    return QStringLiteral("registry-private-key/") + QString::fromLatin1(publicKey.toBase64());
}

QString RegistryKeyPair::fingerprint(const QByteArray& publicKey)
{
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::OmitTrailingEquals));
}

bool RegistryKeyPair::privateKeyHeld(Registry& registry)
{
    QString ignored;
    const QByteArray publicKey = registry.publicKey(&ignored);
    QByteArray secret;
    if (publicKey.isEmpty() || !RegistryKeychain::read(keychainEntry(publicKey), &secret, &ignored))
        return false;
    SealedBox::wipe(secret);
    return true;
}

std::optional<SealedCredentials> RegistryKeyPair::open(Registry& registry, const QString& sealed,
                                                       const QString& target, QString* error)
{
    SealedBox::KeyPair keys;
    keys.publicKey = registry.publicKey(error);
    if (!error->isEmpty())
        return std::nullopt;
    if (!RegistryKeychain::read(keychainEntry(keys.publicKey), &keys.secretKey, error)) {
        if (error->isEmpty())
            *error = tr("The registry private key is not in this computer’s keychain");
        return std::nullopt;
    }
    auto opened = SealedCredentials::open(sealed, keys);
    SealedBox::wipe(keys.secretKey);
    if (!opened) {
        *error = tr("These credentials were sealed with another registry key and cannot be opened");
        return std::nullopt;
    }
    // Who looked at which credentials is audited before they are shown.
    if (!registry.audit(QStringLiteral("credentials.open"), target, {}, error))
        return std::nullopt;
    return opened;
}
