#include "RegistryTestDatabase.h"
#include "registry/RegistryTls.h"
#include "support/TestCertificateAuthority.h"

#include <QTest>

using DB = RegistryTestDatabase;

// TLS to a real PostgreSQL with ssl on and a certificate for 127.0.0.1 from a test CA: verify-full
// (the default) with the right CA, and clear refusals for a wrong CA, a wrong host name, a server
// without TLS, and `disable` against a server that accepts only TLS.
class TestRegistryTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifyFullWithTheRightCa();
    void defaultIsVerifyFullAgainstTheSystemsAuthorities();
    void refusesAWrongCa();
    void refusesAWrongHostName();
    void requireEncryptsWithoutVerifying();
    void disableIsRefusedByATlsOnlyServer();
    void serverWithoutTlsIsNamed();
    void urlCarriesTheChoices();

private:
    // Opens a fresh connection; true, or false with *error set.
    static bool connects(const RegistryTarget& target, QString* error, bool* encrypted = nullptr);

    PostgresServer m_server;
};

bool TestRegistryTls::connects(const RegistryTarget& target, QString* error, bool* encrypted)
{
    RegistryConnection::drop(target);
    error->clear();
    {
        QSqlDatabase db = RegistryConnection::open(target, error);
        if (!db.isValid())
            return false;
        if (encrypted)
            *encrypted =
                DB::column(db, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) ==
                QStringLiteral("true");
    }
    RegistryConnection::drop(target);
    return true;
}

void TestRegistryTls::initTestCase()
{
    qunsetenv(RegistryTls::modeEnv);
    qunsetenv(RegistryTls::caEnv);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestRegistryTls::verifyFullWithTheRightCa()
{
    const RegistryTarget target = DB::postgres(m_server, QStringLiteral("postgres"));
    QVERIFY(target.sslMode.isEmpty());
    QCOMPARE(RegistryTls::mode(target), QStringLiteral("verify-full"));
    QString error;
    bool encrypted = false;
    QVERIFY2(connects(target, &error, &encrypted), qPrintable(error));
    QVERIFY(encrypted);
}

void TestRegistryTls::defaultIsVerifyFullAgainstTheSystemsAuthorities()
{
    RegistryTarget target = DB::postgres(m_server, QStringLiteral("postgres"));
    target.caFile.clear();
    QString error;
    QVERIFY(!connects(target, &error));
    QVERIFY2(error.contains(QStringLiteral("is not signed by the system’s certificate authorities")),
             qPrintable(error));
    // The environment gives the CA when nothing else does.
    qputenv(RegistryTls::caEnv, m_server.caFile().toUtf8());
    const bool viaEnvironment = connects(target, &error);
    qunsetenv(RegistryTls::caEnv);
    QVERIFY2(viaEnvironment, qPrintable(error));
}

void TestRegistryTls::refusesAWrongCa()
{
    TestCertificateAuthority other;
    QVERIFY2(
        other.create(TestEnvironment::freshDirectory(QStringLiteral("other-ca")), QStringLiteral("Other CA")),
        qPrintable(other.error()));
    RegistryTarget target = DB::postgres(m_server, QStringLiteral("postgres"));
    target.caFile = other.certificateFile();
    QString error;
    QVERIFY(!connects(target, &error));
    QVERIFY2(error.contains(QStringLiteral("is not signed by ") + other.certificateFile()),
             qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("--registry-ca")));
    QVERIFY(!error.contains(target.password));

    target.caFile = QStringLiteral("/nonexistent/ca.crt");
    QVERIFY(!connects(target, &error));
    QVERIFY2(error.startsWith(QStringLiteral("CA certificate: /nonexistent/ca.crt cannot be read")),
             qPrintable(error));
}

void TestRegistryTls::refusesAWrongHostName()
{
    // The certificate names 127.0.0.1 only; "localhost" reaches the same server under another name.
    RegistryTarget target = DB::postgres(m_server, QStringLiteral("postgres"));
    target.host = QStringLiteral("localhost");
    QString error;
    QVERIFY(!connects(target, &error));
    QVERIFY2(error.contains(QStringLiteral("is not issued for “localhost”")), qPrintable(error));
}

void TestRegistryTls::requireEncryptsWithoutVerifying()
{
    RegistryTarget target = DB::postgres(m_server, QStringLiteral("postgres"));
    target.caFile.clear();
    target.host = QStringLiteral("localhost");
    target.sslMode = QStringLiteral("require");
    QString error;
    bool encrypted = false;
    QVERIFY2(connects(target, &error, &encrypted), qPrintable(error));
    QVERIFY(encrypted);
}

void TestRegistryTls::disableIsRefusedByATlsOnlyServer()
{
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    RegistryTarget target = DB::postgres(server, QStringLiteral("postgres"));
    target.sslMode = QStringLiteral("disable");
    QString error;
    bool encrypted = true;
    QVERIFY2(connects(target, &error, &encrypted), qPrintable(error));
    QVERIFY(!encrypted);
    QVERIFY2(server.requireTls(), qPrintable(server.error()));
    QVERIFY(!connects(target, &error));
    QVERIFY2(error.contains(QStringLiteral("accepts only encrypted connections")), qPrintable(error));
    target.sslMode.clear();
    QVERIFY2(connects(target, &error), qPrintable(error));
}

void TestRegistryTls::serverWithoutTlsIsNamed()
{
    PostgresServer server;
    server.setTlsEnabled(false);
    QVERIFY2(server.start(), qPrintable(server.error()));
    RegistryTarget target = DB::postgres(server, QStringLiteral("postgres"));
    QString error;
    QVERIFY(!connects(target, &error));
    QVERIFY2(error.contains(QStringLiteral("does not offer TLS")) &&
                 error.contains(QStringLiteral("sslmode=disable")),
             qPrintable(error));
    target.sslMode = QStringLiteral("disable");
    QVERIFY2(connects(target, &error), qPrintable(error));
}

void TestRegistryTls::urlCarriesTheChoices()
{
    QString error;
    const RegistryTarget target = RegistryTarget::parse(
        QStringLiteral("postgresql://alice@db.example/kkt?sslmode=require&sslrootcert=/etc/kkt/ca.crt"),
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(target.sslMode, QStringLiteral("require"));
    QCOMPARE(target.caFile, QStringLiteral("/etc/kkt/ca.crt"));
    QCOMPARE(target.display(), QStringLiteral("postgresql://alice@db.example:5432/kkt"));
    QCOMPARE(
        target.url(),
        QStringLiteral("postgresql://alice@db.example:5432/kkt?sslmode=require&sslrootcert=/etc/kkt/ca.crt"));
    QCOMPARE(RegistryTarget::parse(target.url(), &error).url(), target.url());
    RegistryTarget::parse(QStringLiteral("postgresql://alice@db.example/kkt?sslmode=prefer"), &error);
    QVERIFY2(error.contains(QStringLiteral("“prefer” is not a TLS mode")), qPrintable(error));
    RegistryTarget::parse(QStringLiteral("postgresql://alice@db.example/kkt?password=x"), &error);
    QVERIFY2(error.contains(QStringLiteral("“password=…”")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRegistryTls)
#include "TestRegistryTls.moc"
