#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <atomic>

// Small blocking HTTP calls for health checks, made from the runner's own thread with a local
// event loop and a time limit. Not for the GUI thread.
class HttpProbe
{
public:
    struct Reply
    {
        int status = 0; // 0: no answer
        QByteArray body;
        QString error;
        QJsonObject json() const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // Certification authorities trusted for HTTPS besides the system's: the PEM file named by
    // KKT_TLS_CA_FILE (a private or staging ACME CA, an in-house CA), else none.
    static QList<QSslCertificate> configuredAuthorities();

    static Reply get(const QUrl& url, const Headers& headers, int timeoutMs,
                     const std::atomic_bool* cancel = nullptr);
    static Reply postJson(const QUrl& url, const QJsonObject& body, const Headers& headers, int timeoutMs,
                          const std::atomic_bool* cancel = nullptr);
};
