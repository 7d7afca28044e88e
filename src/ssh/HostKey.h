#pragma once

#include <QMetaType>
#include <QString>

// The server's host key as shown to the user when it must be confirmed.
struct HostKey
{
    QString host;
    int port = 22;
    QString type;        // ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa …
    QString fingerprint; // SHA256:base64, as OpenSSH prints it
};
Q_DECLARE_METATYPE(HostKey)
