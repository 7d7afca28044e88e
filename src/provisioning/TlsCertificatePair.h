#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// An existing certificate (PEM, with its chain) and its private key, read from this computer for
// upload to the server. load() refuses, before anything on the server changes, a key that does not
// belong to the certificate, an expired certificate, one that does not name the domain, and an
// encrypted key (nginx could not start without a human typing its passphrase).
class TlsCertificatePair
{
    Q_DECLARE_TR_FUNCTIONS(TlsCertificatePair)

public:
    // Problems are "field: problem — fix", naming web.certificateFile or web.keyFile.
    static TlsCertificatePair load(const QString& certificateFile, const QString& keyFile,
                                   const QString& domain, QString* error);
    ~TlsCertificatePair();
    TlsCertificatePair() = default;
    TlsCertificatePair(const TlsCertificatePair&) = default;
    TlsCertificatePair& operator=(const TlsCertificatePair&) = default;

    QString certificatePem; // trimmed
    QString keyPem;         // a secret: wiped in the destructor
    QString subject;
    QDateTime notAfter;
};
