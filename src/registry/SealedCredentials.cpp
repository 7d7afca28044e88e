#include "SealedCredentials.h"

#include <QJsonDocument>
#include <QJsonObject>

QString SealedCredentials::seal(const QByteArray& publicKey) const
{
    QByteArray plain = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                 {QStringLiteral("password"), password}})
                           .toJson(QJsonDocument::Compact);
    const QByteArray sealed = SealedBox::seal(plain, publicKey);
    SealedBox::wipe(plain);
    return sealed.isEmpty() ? QString() : QString::fromLatin1(sealed.toBase64());
}

std::optional<SealedCredentials> SealedCredentials::open(const QString& sealed,
                                                         const SealedBox::KeyPair& keys)
{
    auto plain = SealedBox::open(QByteArray::fromBase64(sealed.toLatin1()), keys);
    if (!plain)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*plain).object();
    SealedBox::wipe(*plain);
    SealedCredentials c;
    c.username = o.value(QStringLiteral("username")).toString();
    c.password = o.value(QStringLiteral("password")).toString();
    return c;
}

void SealedCredentials::wipe()
{
    password.fill(QChar(u'\0'));
    password.clear();
    username.clear();
}
