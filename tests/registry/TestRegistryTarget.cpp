#include "registry/RegistryKeychain.h"
#include "registry/RegistryTarget.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestRegistryTarget : public QObject
{
    Q_OBJECT

private slots:
    void parsesPostgresUrls();
    void refusesPasswordsAndBadUrls_data();
    void refusesPasswordsAndBadUrls();
    void parsesSqlitePaths();
    void passwordFromEnvironmentThenKeychain();
    void configuredWithoutPasswordReadsNoSecret();
};

void TestRegistryTarget::parsesPostgresUrls()
{
    QString error;
    RegistryTarget t = RegistryTarget::parse(
        QStringLiteral("postgresql://alice@db.example:6543/kkt_master_registry"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(t.isPostgres());
    QCOMPARE(t.host, QStringLiteral("db.example"));
    QCOMPARE(t.port, 6543);
    QCOMPARE(t.user, QStringLiteral("alice"));
    QCOMPARE(t.database, QStringLiteral("kkt_master_registry"));
    QCOMPARE(t.driverName(), QStringLiteral("QPSQL"));
    t.password = QStringLiteral("s3cret-pw");
    QCOMPARE(t.display(), QStringLiteral("postgresql://alice@db.example:6543/kkt_master_registry"));
    QVERIFY(!t.passwordKeychainKey().contains(t.password));
    t = RegistryTarget::parse(QStringLiteral("postgres://db.example/reg"), &error);
    QCOMPARE(t.port, 5432);
}

void TestRegistryTarget::refusesPasswordsAndBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problem");
    QTest::newRow("password") << QStringLiteral("postgresql://alice:pw123@db/reg")
                              << QStringLiteral("password");
    QTest::newRow("no database") << QStringLiteral("postgresql://alice@db") << QStringLiteral("no database");
    QTest::newRow("no host") << QStringLiteral("postgresql:///reg") << QStringLiteral("not valid");
    QTest::newRow("neither") << QStringLiteral("mysql://x/y") << QStringLiteral("neither");
}

void TestRegistryTarget::refusesPasswordsAndBadUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    QString error;
    RegistryTarget::parse(url, &error);
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(error.startsWith(QStringLiteral("--registry")));
    QVERIFY(!error.contains(QStringLiteral("pw123")));
}

void TestRegistryTarget::parsesSqlitePaths()
{
    QString error;
    RegistryTarget t = RegistryTarget::parse(QStringLiteral("sqlite:/tmp/x/registry"), &error);
    QVERIFY(error.isEmpty());
    QVERIFY(!t.isPostgres());
    QCOMPARE(t.sqlitePath, QStringLiteral("/tmp/x/registry"));
    t = RegistryTarget::parse(QStringLiteral("/var/lib/kkt/reg.sqlite"), &error);
    QCOMPARE(t.sqlitePath, QStringLiteral("/var/lib/kkt/reg.sqlite"));
    QVERIFY(RegistryTarget::embedded().sqlitePath.endsWith(QStringLiteral("/registry.sqlite")));
}

// The one lookup of a staff password: the environment first, else the keychain (the real Secret
// Service of scripts/with-keyring.sh); a password already given is kept.
void TestRegistryTarget::passwordFromEnvironmentThenKeychain()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run under scripts/with-keyring.sh inside dbus-run-session");
    QString error;
    const RegistryTarget base =
        RegistryTarget::parse(QStringLiteral("postgresql://lookup@127.0.0.1:5999/kkt_lookup"), &error);
    QVERIFY(error.isEmpty());
    const QString stored = QStringLiteral("Sentinel-Keychain-Registry-Pw");
    QVERIFY2(RegistryKeychain::write(base.passwordKeychainKey(), stored.toUtf8(), &error), qPrintable(error));

    qputenv(RegistryTarget::passwordEnv, "Sentinel-Env-Registry-Pw");
    RegistryTarget fromEnvironment = base;
    QVERIFY(fromEnvironment.loadPassword(&error));
    QCOMPARE(fromEnvironment.password, QStringLiteral("Sentinel-Env-Registry-Pw"));
    qunsetenv(RegistryTarget::passwordEnv);

    RegistryTarget fromKeychain = base;
    QVERIFY2(fromKeychain.loadPassword(&error), qPrintable(error));
    QCOMPARE(fromKeychain.password, stored);
    RegistryTarget environmentOnly = base;
    QVERIFY(environmentOnly.loadPassword(&error, false));
    QVERIFY(environmentOnly.password.isEmpty());
    RegistryTarget given = base;
    given.password = QStringLiteral("typed-just-now");
    QVERIFY(given.loadPassword(&error));
    QCOMPARE(given.password, QStringLiteral("typed-just-now"));
    QVERIFY(RegistryKeychain::remove(base.passwordKeychainKey(), &error));
}

// What the GUI thread may call (DeploymentRequest::make, the Registry tab): the setting, no secret.
void TestRegistryTarget::configuredWithoutPasswordReadsNoSecret()
{
    QTemporaryDir settingsDir;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().setValue(RegistryTarget::settingsKey(),
                         QStringLiteral("postgresql://lookup@127.0.0.1:5999/kkt_lookup"));
    qputenv(RegistryTarget::passwordEnv, "Sentinel-Env-Registry-Pw");
    QString note;
    const RegistryTarget cheap = RegistryTarget::configuredWithoutPassword(&note);
    QCOMPARE(cheap.display(), QStringLiteral("postgresql://lookup@127.0.0.1:5999/kkt_lookup"));
    QVERIFY(cheap.password.isEmpty());
    QCOMPARE(RegistryTarget::configured(&note).password, QStringLiteral("Sentinel-Env-Registry-Pw"));
    qunsetenv(RegistryTarget::passwordEnv);
    QSettings().clear();
}

QTEST_GUILESS_MAIN(TestRegistryTarget)
#include "TestRegistryTarget.moc"
