#pragma once

#include <QString>

// A throw-away certificate authority made with openssl for one test folder: its certificate, and
// server certificates it signs for given names (DNS names and IP addresses).
class TestCertificateAuthority
{
public:
    // Creates ca.crt and ca.key in `folder` (kept when they exist); false with error() set.
    bool create(const QString& folder, const QString& commonName);
    // Writes `name`.crt and `name`.key in the CA's folder for `altNames` ("DNS:localhost,IP:127.0.0.1").
    bool issueServerCertificate(const QString& name, const QString& altNames);

    QString certificateFile() const { return m_folder + QStringLiteral("/ca.crt"); }
    QString folder() const { return m_folder; }
    QString error() const { return m_error; }

private:
    bool openssl(const QStringList& arguments);

    QString m_folder;
    QString m_error;
};
