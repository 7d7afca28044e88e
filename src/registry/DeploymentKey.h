#pragma once

#include "RegistryTarget.h"

#include <QCoreApplication>
#include <QDateTime>

// What staff hand a client of the self-service edition: one pasteable string,
// "kkt1." + base64url(JSON), that holds everything kkt-deploy-client needs to reach the central
// registry and deploy once — the registry's host, port, database and TLS mode (and its CA
// certificate when it has its own), the login created for this token alone (a member of
// kkt_selfservice that expires with the token; sql/postgres/009) with its password, the one-time
// deployment token and its expiry. The whole key is a secret: kept in memory only, never in the
// settings, a file or a log.
class DeploymentKey
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentKey)

public:
    QString host;
    int port = 5432;
    QString database;
    QString sslMode;       // empty: verify-full
    QString caCertificate; // PEM, when the registry's certificate is signed by its own CA
    QString login;
    QString password;
    QString token;
    QDateTime expiresAt; // the token's expiry, for the message when the login is refused

    static constexpr char prefix[] = "kkt1.";
    static bool looksLikeKey(const QString& text) { return text.trimmed().startsWith(QLatin1String(prefix)); }

    QString encode() const;
    // The key in `text`, or false with *problem naming the field, the problem and the fix.
    static bool parse(const QString& text, DeploymentKey* key, QString* problem);

    // The registry as the key's login reaches it, with the password. A CA certificate in the key
    // is written (it is public) to the application's data folder for the TLS library to read.
    RegistryTarget target(QString* error) const;
    // Why the registry refused the key's login, as the user reads it, when it is the expiry;
    // empty otherwise.
    QString expiredMessage(const QDateTime& now) const;
    void wipe();
};
