#pragma once

#include <QString>

// Real certificates for tests, made with the openssl command line in a folder of the test's own:
// a certification authority and server certificates it signs (key files 0600).
class TestCertificates
{
public:
    explicit TestCertificates(const QString& directory);

    // The authority (ca.pem, ca.key); made once.
    bool makeAuthority();
    // NAME.pem and NAME.key for `dnsName` (and 127.0.0.1), signed by the authority.
    bool makeServer(const QString& name, const QString& dnsName);
    // A key that belongs to no certificate.
    bool makeKey(const QString& name);

    QString authority() const { return m_dir + QStringLiteral("/ca.pem"); }
    QString certificate(const QString& name) const { return m_dir + u'/' + name + QStringLiteral(".pem"); }
    QString key(const QString& name) const { return m_dir + u'/' + name + QStringLiteral(".key"); }
    QString error() const { return m_error; }

private:
    bool openssl(const QStringList& arguments);

    QString m_dir;
    QString m_error;
};
