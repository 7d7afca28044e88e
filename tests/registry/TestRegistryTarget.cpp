#include "registry/RegistryTarget.h"

#include <QTest>

class TestRegistryTarget : public QObject
{
    Q_OBJECT

private slots:
    void parsesPostgresUrls();
    void refusesPasswordsAndBadUrls_data();
    void refusesPasswordsAndBadUrls();
    void parsesSqlitePaths();
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

QTEST_GUILESS_MAIN(TestRegistryTarget)
#include "TestRegistryTarget.moc"
