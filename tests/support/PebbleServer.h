#pragma once

#include <QString>

class QProcess;

// Let's Encrypt's RFC 8555 test server (Debian's `pebble`) on free loopback ports, for tests only:
// it accepts every challenge (PEBBLE_VA_ALWAYS_VALID=1), never rejects a nonce, and serves its
// ACME directory over HTTPS with a certificate made for it here. Its issuing root is new on every
// start: root() fetches it from the management port. Stopped by PID in the destructor.
class PebbleServer
{
public:
    explicit PebbleServer(const QString& directory);
    ~PebbleServer();

    bool start();
    void stop();

    QString error() const { return m_error; }
    // https://127.0.0.1:PORT/dir
    QString directoryUrl() const;
    // The authority that signed the ACME listener's own certificate: what certbot must trust
    // (REQUESTS_CA_BUNDLE) to talk to pebble at all.
    QString listenerAuthority() const;
    // Fetches the root that chains the issued certificates into FILE (PEM).
    bool saveRoot(const QString& file);

private:
    bool curl(const QString& url, const QString& output);

    QString m_dir;
    QString m_error;
    quint16 m_port = 0;
    quint16 m_managementPort = 0;
    QProcess* m_process = nullptr;
};
