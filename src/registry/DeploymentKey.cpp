#include "DeploymentKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

QString DeploymentKey::encode() const
{
    QJsonObject o{{QStringLiteral("h"), host},
                  {QStringLiteral("p"), port},
                  {QStringLiteral("d"), database},
                  {QStringLiteral("l"), login},
                  {QStringLiteral("w"), password},
                  {QStringLiteral("t"), token},
                  {QStringLiteral("e"), expiresAt.toUTC().toString(Qt::ISODate)}};
    if (!sslMode.isEmpty())
        o.insert(QStringLiteral("s"), sslMode);
    if (!caCertificate.isEmpty())
        o.insert(QStringLiteral("c"), caCertificate);
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const QString key =
        QString::fromLatin1(prefix) +
        QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    json.fill('\0');
    return key;
}

bool DeploymentKey::parse(const QString& text, DeploymentKey* key, QString* problem)
{
    const QString t = text.trimmed();
    static const QRegularExpression body(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const QString encoded = t.mid(int(qstrlen(prefix)));
    QJsonObject o;
    if (looksLikeKey(t) && body.match(encoded).hasMatch()) {
        auto decoded = QByteArray::fromBase64Encoding(
            encoded.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            o = QJsonDocument::fromJson(*decoded).object();
        decoded.decoded.fill('\0');
    }
    DeploymentKey k;
    k.host = o.value(QStringLiteral("h")).toString();
    k.port = o.value(QStringLiteral("p")).toInt();
    k.database = o.value(QStringLiteral("d")).toString();
    k.sslMode = o.value(QStringLiteral("s")).toString();
    k.caCertificate = o.value(QStringLiteral("c")).toString();
    k.login = o.value(QStringLiteral("l")).toString();
    k.password = o.value(QStringLiteral("w")).toString();
    k.token = o.value(QStringLiteral("t")).toString();
    k.expiresAt = QDateTime::fromString(o.value(QStringLiteral("e")).toString(), Qt::ISODate);
    if (t.isEmpty()) {
        *problem = tr("Deployment key: empty — paste the key your support contact gave you (it starts with "
                      "kkt1.)");
        return false;
    }
    if (k.host.isEmpty() || k.port <= 0 || k.port > 65535 || k.database.isEmpty() || k.login.isEmpty() ||
        k.password.isEmpty() || k.token.isEmpty() || !k.expiresAt.isValid()) {
        *problem = tr("Deployment key: this is not a complete deployment key — it starts with “kkt1.” and is "
                      "one long line of letters, digits, “-” and “_”; copy it again completely");
        return false;
    }
    *key = k;
    k.wipe();
    return true;
}

RegistryTarget DeploymentKey::target(QString* error) const
{
    RegistryTarget t;
    t.kind = RegistryTarget::Kind::Postgres;
    t.host = host;
    t.port = port;
    t.database = database;
    t.user = login;
    t.password = password;
    t.sslMode = sslMode.isEmpty() ? QStringLiteral("verify-full") : sslMode;
    if (caCertificate.isEmpty())
        return t;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QByteArray pem = caCertificate.toUtf8();
    t.caFile =
        folder + QStringLiteral("/registry-ca-") +
        QString::fromLatin1(QCryptographicHash::hash(pem, QCryptographicHash::Sha256).toHex().left(16)) +
        QStringLiteral(".pem");
    QFile file(t.caFile);
    if (file.exists() && file.size() == pem.size())
        return t;
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size())
        *error = tr("Registry CA certificate: %1 cannot be written (%2) — check the folder's permissions")
                     .arg(QDir::toNativeSeparators(t.caFile), file.errorString());
    return t;
}

QString DeploymentKey::expiredMessage(const QDateTime& now) const
{
    if (!expiresAt.isValid() || now < expiresAt)
        return {};
    return tr("Deployment key: it expired on %1 — ask your support contact for a new one.")
        .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat));
}

void DeploymentKey::wipe()
{
    for (QString* s : {&password, &token}) {
        s->fill(u'\0');
        s->clear();
    }
}
