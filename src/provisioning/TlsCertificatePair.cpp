#include "TlsCertificatePair.h"

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

struct BioDeleter
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct X509Deleter
{
    void operator()(X509* x) const { X509_free(x); }
};
struct KeyDeleter
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};

QByteArray readAll(const QString& path, QString* problem)
{
    QFile file(path.startsWith(QStringLiteral("~/")) ? QDir::homePath() + path.mid(1) : path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return {};
    }
    return file.readAll();
}

// A passphrase callback that refuses: an encrypted key fails to load instead of prompting.
int noPassphrase(char*, int, int, void*)
{
    return -1;
}

} // namespace

TlsCertificatePair::~TlsCertificatePair()
{
    keyPem.fill(QChar(u'\0'));
}

TlsCertificatePair TlsCertificatePair::load(const QString& certificateFile, const QString& keyFile,
                                            const QString& domain, QString* error)
{
    TlsCertificatePair pair;
    QString problem;
    const QByteArray certBytes = readAll(certificateFile, &problem);
    if (!problem.isEmpty()) {
        *error = tr("web.certificateFile: “%1” cannot be read (%2) — choose the certificate file (PEM) on "
                    "this computer")
                     .arg(certificateFile, problem);
        return {};
    }
    QByteArray keyBytes = readAll(keyFile, &problem);
    if (!problem.isEmpty()) {
        *error = tr("web.keyFile: “%1” cannot be read (%2) — choose the certificate's private key file (PEM) "
                    "on this computer")
                     .arg(keyFile, problem);
        return {};
    }
    std::unique_ptr<BIO, BioDeleter> certBio(BIO_new_mem_buf(certBytes.constData(), int(certBytes.size())));
    std::unique_ptr<X509, X509Deleter> cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        *error = tr("web.certificateFile: “%1” holds no PEM certificate — choose the certificate "
                    "(“-----BEGIN CERTIFICATE-----”, the server's own first, then its chain)")
                     .arg(certificateFile);
        return {};
    }
    std::unique_ptr<BIO, BioDeleter> keyBio(BIO_new_mem_buf(keyBytes.constData(), int(keyBytes.size())));
    std::unique_ptr<EVP_PKEY, KeyDeleter> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr));
    keyBio.reset();
    if (!key) {
        keyBytes.fill('\0');
        *error = tr("web.keyFile: “%1” holds no unencrypted PEM private key — choose the key without a "
                    "passphrase (nginx must read it unattended), e.g. openssl pkey -in KEY -out PLAIN.key")
                     .arg(keyFile);
        return {};
    }
    char subjectText[512] = {};
    X509_NAME_oneline(X509_get_subject_name(cert.get()), subjectText, sizeof subjectText - 1);
    pair.subject = QString::fromUtf8(subjectText);
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        keyBytes.fill('\0');
        *error = tr("web.keyFile: the private key “%1” does not belong to the certificate “%2” (%3) — choose "
                    "the key that was made together with this certificate; nothing was changed on the server")
                     .arg(keyFile, certificateFile, pair.subject);
        return {};
    }
    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) <= 0) {
        keyBytes.fill('\0');
        *error = tr("web.certificateFile: the certificate “%1” (%2) has expired — renew it, or choose Let's "
                    "Encrypt")
                     .arg(certificateFile, pair.subject);
        return {};
    }
    const QByteArray name = domain.toUtf8();
    if (X509_check_host(cert.get(), name.constData(), size_t(name.size()), 0, nullptr) != 1) {
        keyBytes.fill('\0');
        *error =
            tr("web.certificateFile: the certificate “%1” (%2) is not valid for %3 — choose a certificate "
               "issued for this domain")
                .arg(certificateFile, pair.subject, domain);
        return {};
    }
    ASN1_TIME* notAfter = X509_get_notAfter(cert.get());
    struct tm when = {};
    if (ASN1_TIME_to_tm(notAfter, &when) == 1)
        pair.notAfter = QDateTime(QDate(when.tm_year + 1900, when.tm_mon + 1, when.tm_mday),
                                  QTime(when.tm_hour, when.tm_min, when.tm_sec), Qt::UTC);
    pair.certificatePem = QString::fromUtf8(certBytes).trimmed();
    pair.keyPem = QString::fromUtf8(keyBytes).trimmed();
    keyBytes.fill('\0');
    return pair;
}
