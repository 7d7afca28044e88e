#include "provisioning/TlsCertificatePair.h"
#include "support/TestCertificates.h"
#include "support/TestEnvironment.h"

#include <QTest>

#include <memory>

// Real certificates made with openssl: a matching pair loads; every bad input is refused with a
// message that names the field, the problem and the fix.
class TestTlsCertificatePair : public QObject
{
    Q_OBJECT

    QString m_dir;
    std::unique_ptr<TestCertificates> m_certs;

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("tls-pair"));
        m_certs = std::make_unique<TestCertificates>(m_dir);
        QVERIFY2(m_certs->makeAuthority(), qPrintable(m_certs->error()));
        QVERIFY2(m_certs->makeServer(QStringLiteral("site"), QStringLiteral("kkt.example.ru")),
                 qPrintable(m_certs->error()));
        QVERIFY2(m_certs->makeKey(QStringLiteral("other")), qPrintable(m_certs->error()));
    }

    void matchingPairLoads()
    {
        QString error;
        const TlsCertificatePair pair = TlsCertificatePair::load(m_certs->certificate(QStringLiteral("site")),
                                                                 m_certs->key(QStringLiteral("site")),
                                                                 QStringLiteral("kkt.example.ru"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(pair.certificatePem.startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
        QVERIFY(pair.certificatePem.endsWith(QStringLiteral("-----END CERTIFICATE-----")));
        QVERIFY(pair.keyPem.contains(QStringLiteral("PRIVATE KEY-----")));
        QVERIFY(pair.subject.contains(QStringLiteral("kkt.example.ru")));
        QVERIFY(pair.notAfter > QDateTime::currentDateTimeUtc().addDays(29));
    }

    void mismatchedKeyIsRefused()
    {
        QString error;
        TlsCertificatePair::load(m_certs->certificate(QStringLiteral("site")),
                                 m_certs->key(QStringLiteral("other")), QStringLiteral("kkt.example.ru"),
                                 &error);
        QVERIFY2(error.startsWith(QStringLiteral("web.keyFile: ")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("does not belong to the certificate")));
    }

    void otherDomainIsRefused()
    {
        QString error;
        TlsCertificatePair::load(m_certs->certificate(QStringLiteral("site")),
                                 m_certs->key(QStringLiteral("site")), QStringLiteral("other.example.ru"),
                                 &error);
        QVERIFY2(error.startsWith(QStringLiteral("web.certificateFile: ")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("other.example.ru")));
    }

    void unreadableOrWrongFilesAreRefused()
    {
        QString error;
        TlsCertificatePair::load(m_dir + QStringLiteral("/missing.pem"), m_certs->key(QStringLiteral("site")),
                                 QStringLiteral("kkt.example.ru"), &error);
        QVERIFY2(error.startsWith(QStringLiteral("web.certificateFile: ")), qPrintable(error));
        error.clear();
        // A key where the certificate belongs, and the other way round.
        TlsCertificatePair::load(m_certs->key(QStringLiteral("site")), m_certs->key(QStringLiteral("site")),
                                 QStringLiteral("kkt.example.ru"), &error);
        QVERIFY2(error.startsWith(QStringLiteral("web.certificateFile: ")), qPrintable(error));
        error.clear();
        TlsCertificatePair::load(m_certs->certificate(QStringLiteral("site")),
                                 m_certs->certificate(QStringLiteral("site")),
                                 QStringLiteral("kkt.example.ru"), &error);
        QVERIFY2(error.startsWith(QStringLiteral("web.keyFile: ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTlsCertificatePair)
#include "TestTlsCertificatePair.moc"
