#pragma once

#include <QByteArray>
#include <QString>

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, the format of
// pg_authid.rolpassword): "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>". Given to
// CREATE ROLE … PASSWORD instead of the password, it lets a login be created without the password
// ever reaching the server (or its logs) in clear. The password must be ASCII (SASLprep is then the
// identity); the deployment key's passwords are base64url.
class ScramVerifier
{
public:
    static QString make(const QString& password, const QByteArray& salt, int iterations = 4096);
    // With a fresh random 16-byte salt.
    static QString make(const QString& password);
};
