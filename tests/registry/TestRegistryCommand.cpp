#include "RegistryTestDatabase.h"
#include "cli/ExitCode.h"
#include "cli/RegistryCommand.h"
#include "registry/Registry.h"
#include "registry/RegistryKeychain.h"
#include "registry/SealedBox.h"

#include <QBuffer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using DB = RegistryTestDatabase;

class TestRegistryCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initListHistoryExportOnSqlite();
    void migrateAdoptsProductionRegistry();
    void tlsOptions();
    void refusesPasswordInUrl();
    void keysInitSealsAndOpens();
    void loginStoresPasswordThatStatusUses();
    void loginRefusesWrongPasswordAndStoresNothing();
    void loginAndLogoutUsage();

private:
    // A staff role of its own with a fresh database it may connect to; returns the URL (no password).
    QString createStaffRole(const QString& role, const QString& password);
    void verifyNothingHolds(const QString& secret);
    QString m_settingsDir;
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    static Result run(const QStringList& arguments, const QByteArray& input = {});
    PostgresServer m_server;
};

TestRegistryCommand::Result TestRegistryCommand::run(const QStringList& arguments, const QByteArray& input)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    CommandIo io{outStream, errStream, &in};
    RegistryCommand command;
    const int code = command.run(QStringList{QStringLiteral("registry")} + arguments, io);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

void TestRegistryCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // `registry login` writes the registry setting: into a folder of this test only.
    m_settingsDir = TestEnvironment::freshDirectory(QStringLiteral("registry-command-settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir);
    QCoreApplication::setOrganizationName(QStringLiteral("KKT"));
    QCoreApplication::setApplicationName(QStringLiteral("kkt-deploy"));
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestRegistryCommand::initListHistoryExportOnSqlite()
{
    const RegistryTarget target = DB::sqlite();
    const QString url = QStringLiteral("sqlite:") + target.sqlitePath;
    Result r = run({QStringLiteral("list"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitFailure));
    QVERIFY2(r.err.contains(QStringLiteral("registry init")), qPrintable(r.err));
    r = run({QStringLiteral("init"), QStringLiteral("--registry"), url});
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Applied 001")));
    r = run({QStringLiteral("init"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitUsage));
    r = run({QStringLiteral("migrate"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    QVERIFY(r.out.contains(QStringLiteral("up to date")));

    Registry registry(target);
    InstanceRecord instance;
    instance.uuid = QUuid::createUuid();
    instance.name = QStringLiteral("cli-one");
    instance.company = QStringLiteral("Acme");
    instance.sealedCredentials = QStringLiteral("c2VhbGVk");
    QString error;
    QVERIFY2(registry.upsertInstance(instance, &error), qPrintable(error));
    HistoryRecord h;
    h.operation = QUuid::createUuid();
    h.instance = instance.uuid;
    h.action = QStringLiteral("deploy");
    h.status = QStringLiteral("success");
    h.toVersion = QStringLiteral("1.0.0");
    QVERIFY(registry.recordHistory(h, nullptr, &error));

    r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[QStringLiteral("instance_name")].toString(), QStringLiteral("cli-one"));
    QCOMPARE(list.first()[QStringLiteral("deployed_version")].toString(), QStringLiteral("1.0.0"));
    QVERIFY(list.first()[QStringLiteral("has_credentials")].toBool());
    QVERIFY(!r.out.contains(QStringLiteral("c2VhbGVk")));

    r = run({QStringLiteral("history"), QStringLiteral("cli-one"), QStringLiteral("--json"),
             QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    const QJsonObject history = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(history[QStringLiteral("history")].toArray().size(), 1);
    QCOMPARE(
        history[QStringLiteral("history")].toArray().first()[QStringLiteral("operation_uuid")].toString(),
        h.operation.toString(QUuid::WithoutBraces));
    r = run({QStringLiteral("history"), QStringLiteral("nope"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitUsage));

    // Text output: a header row, then the instance; history in words, not the stored values.
    r = run({QStringLiteral("list"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    QVERIFY2(r.out.startsWith(QStringLiteral("UUID ")), qPrintable(r.out));
    QVERIFY(r.out.section(u'\n', 0, 0).contains(QStringLiteral("LAST HEALTH CHECK")));
    QVERIFY(r.out.section(u'\n', 1, 1).contains(QStringLiteral("cli-one")));
    r = run({QStringLiteral("history"), QStringLiteral("cli-one"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    QVERIFY2(r.out.contains(QStringLiteral("ACTION")) && r.out.contains(QStringLiteral("deployment")) &&
                 r.out.contains(QStringLiteral("succeeded")),
             qPrintable(r.out));

    // Search in any script and case; an IDN by its Unicode or punycode name.
    for (int i = 0; i < 3; ++i) {
        InstanceRecord ivanov;
        ivanov.uuid = QUuid::createUuid();
        ivanov.name = QStringLiteral("ivanov-%1").arg(i);
        ivanov.company = QStringLiteral("ИП Иванов");
        ivanov.domain = i == 0 ? QStringLiteral("xn--e1afmkfd.xn--p1ai") : QString(); // пример.рф
        QVERIFY2(registry.upsertInstance(ivanov, &error), qPrintable(error));
    }
    for (const QString& needle :
         {QStringLiteral("Иванов"), QStringLiteral("иванов"), QStringLiteral("ИП ИВАНОВ")}) {
        r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--search"), needle,
                 QStringLiteral("--registry"), url});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
    }
    for (const QString& needle : {QStringLiteral("ПРИМЕР.рф"), QStringLiteral("xn--e1afmkfd")}) {
        r = run(
            {QStringLiteral("list"), QStringLiteral("--search"), needle, QStringLiteral("--registry"), url});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.contains(QStringLiteral("пример.рф (xn--e1afmkfd.xn--p1ai)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("1 instance")));
    }

    // Export: ".csv" added when missing, a UTF-8 BOM for spreadsheets, Cyrillic intact.
    const QString csv = TestEnvironment::freshDirectory(QStringLiteral("csv")) + QStringLiteral("/out");
    r = run({QStringLiteral("export"), QStringLiteral("--csv"), csv, QStringLiteral("--registry"), url});
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY2(r.out.contains(csv + QStringLiteral(".csv")), qPrintable(r.out));
    QFile file(csv + QStringLiteral(".csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFinstance_uuid,"));
    QCOMPARE(bytes.count("\r\n"), 5);
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral(",ИП Иванов,xn--e1afmkfd.xn--p1ai,пример.рф,")));

    r = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(status[QStringLiteral("instances")].toInt(), 4);
    QCOMPARE(status[QStringLiteral("schema_version")].toInt(),
             status[QStringLiteral("known_version")].toInt());

    // The mode: a column of the text list and a filter, TEST in capitals as everywhere else.
    InstanceRecord test;
    test.uuid = QUuid::createUuid();
    test.name = QStringLiteral("cli-test");
    test.mode = QStringLiteral("test");
    QVERIFY2(registry.upsertInstance(test, &error), qPrintable(error));
    r = run({QStringLiteral("list"), QStringLiteral("--mode"), QStringLiteral("test"),
             QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    QVERIFY2(r.out.section(u'\n', 0, 0).contains(QStringLiteral(" MODE ")), qPrintable(r.out));
    QVERIFY2(r.out.section(u'\n', 1, 1).contains(QStringLiteral("cli-test")) &&
                 r.out.section(u'\n', 1, 1).contains(QStringLiteral(" TEST ")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 instance")), qPrintable(r.out));
    r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--mode"),
             QStringLiteral("production"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0); // the others record no mode
    r = run({QStringLiteral("list"), QStringLiteral("--mode"), QStringLiteral("staging"),
             QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitUsage));
    QVERIFY2(r.err.contains(QStringLiteral("--mode")) && r.err.contains(QStringLiteral("production or test")),
             qPrintable(r.err));

    r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, int(ExitUsage));
}

void TestRegistryCommand::migrateAdoptsProductionRegistry()
{
    const QString name = DB::freshDatabaseName();
    QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.error()));
    QVERIFY2(
        m_server.runSql(name, DB::readSource(QStringLiteral("tests/registry/data/production-kkt-1.0.sql"))),
        qPrintable(m_server.error()));
    const QString url = DB::postgresUrl(m_server, name);
    // The password over stdin.
    Result r = run(
        {QStringLiteral("migrate"), QStringLiteral("--password-stdin"), QStringLiteral("--registry"), url},
        m_server.superuserPassword().toUtf8() + "\n");
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Adopting")), qPrintable(r.out + r.err));
    QVERIFY(!(r.out + r.err).contains(m_server.superuserPassword()));
    // … and from the environment.
    qputenv("KKT_REGISTRY_PASSWORD", m_server.superuserPassword().toUtf8());
    r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
    r = run({QStringLiteral("status"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitOk));
    QVERIFY2(r.out.contains(QStringLiteral("plaintext bot token")), qPrintable(r.out));
    QVERIFY(!(r.out + r.err).contains(m_server.superuserPassword()));
    qputenv("KKT_REGISTRY_PASSWORD", "wrong-password");
    r = run({QStringLiteral("list"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitAuthFailed));
    QVERIFY(!r.err.contains(QStringLiteral("wrong-password")));
    qunsetenv("KKT_REGISTRY_PASSWORD");
}

void TestRegistryCommand::tlsOptions()
{
    const QString name = DB::freshDatabaseName();
    QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.error()));
    const QString plain =
        QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_server.port()).arg(name);
    qputenv("KKT_REGISTRY_PASSWORD", m_server.superuserPassword().toUtf8());
    // verify-full by default: the system's authorities do not know the test CA.
    Result r = run({QStringLiteral("init"), QStringLiteral("--registry"), plain});
    QCOMPARE(r.code, int(ExitFailure));
    QVERIFY2(r.err.contains(QStringLiteral("is not signed by")) &&
                 r.err.contains(QStringLiteral("--registry-ca")),
             qPrintable(r.err));
    // The CA on the command line …
    r = run({QStringLiteral("init"), QStringLiteral("--registry"), plain, QStringLiteral("--registry-ca"),
             m_server.caFile()});
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    // … or in the environment.
    qputenv("KKT_REGISTRY_CA", m_server.caFile().toUtf8());
    r = run({QStringLiteral("status"), QStringLiteral("--registry"), plain});
    qunsetenv("KKT_REGISTRY_CA");
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("verify-full")), qPrintable(r.out));
    // require is an explicit choice: encrypted, the server not verified.
    r = run({QStringLiteral("status"), QStringLiteral("--registry"), plain,
             QStringLiteral("--registry-sslmode"), QStringLiteral("require")});
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    // Bad values name the option and the fix.
    r = run({QStringLiteral("status"), QStringLiteral("--registry"), plain,
             QStringLiteral("--registry-sslmode"), QStringLiteral("prefer")});
    QCOMPARE(r.code, int(ExitUsage));
    QVERIFY2(r.err.contains(QStringLiteral("--registry-sslmode")) &&
                 r.err.contains(QStringLiteral("verify-full")),
             qPrintable(r.err));
    r = run({QStringLiteral("status"), QStringLiteral("--registry"), plain, QStringLiteral("--registry-ca"),
             QStringLiteral("/nonexistent/ca.crt")});
    QCOMPARE(r.code, int(ExitUsage));
    QVERIFY2(r.err.contains(QStringLiteral("--registry-ca")), qPrintable(r.err));
    r = run(
        {QStringLiteral("status"), QStringLiteral("--registry"), plain + QStringLiteral("?sslmode=allow")});
    QCOMPARE(r.code, int(ExitUsage));
    QVERIFY2(r.err.contains(QStringLiteral("sslmode")), qPrintable(r.err));
    qunsetenv("KKT_REGISTRY_PASSWORD");
}

void TestRegistryCommand::refusesPasswordInUrl()
{
    const Result r = run({QStringLiteral("status"), QStringLiteral("--registry"),
                          QStringLiteral("postgresql://alice:hunter22@127.0.0.1:1/db")});
    QCOMPARE(r.code, int(ExitUsage));
    QVERIFY(r.err.contains(QStringLiteral("contains a password")));
    QVERIFY(!r.err.contains(QStringLiteral("hunter22")));
}

// Needs the Secret Service that scripts/test.sh provides.
void TestRegistryCommand::keysInitSealsAndOpens()
{
    const RegistryTarget target = DB::sqlite();
    const QString url = QStringLiteral("sqlite:") + target.sqlitePath;
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--registry"), url}).code, int(ExitOk));
    Result r = run({QStringLiteral("keys"), QStringLiteral("init"), QStringLiteral("--registry"), url});
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("SHA256:")));
    r = run({QStringLiteral("keys"), QStringLiteral("init"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitFailure));

    Registry registry(target);
    QString error;
    SealedBox::KeyPair keys;
    keys.publicKey = registry.publicKey(&error);
    QCOMPARE(keys.publicKey.size(), 32);
    const QString keychainKey =
        QStringLiteral("registry-private-key/") + QString::fromLatin1(keys.publicKey.toBase64());
    QVERIFY2(RegistryKeychain::read(keychainKey, &keys.secretKey, &error), qPrintable(error));
    const QByteArray sealed = SealedBox::seal("{\"password\":\"pw\"}", keys.publicKey);
    QCOMPARE(SealedBox::open(sealed, keys).value_or(QByteArray()), QByteArray("{\"password\":\"pw\"}"));
    QVERIFY(RegistryKeychain::remove(keychainKey, &error));
}

QString TestRegistryCommand::createStaffRole(const QString& role, const QString& password)
{
    const QString database = DB::freshDatabaseName();
    if (!m_server.createDatabase(database) ||
        !m_server.runSql(QStringLiteral("postgres"),
                         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)))
        return {};
    return DB::postgresUrl(m_server, database, role);
}

void TestRegistryCommand::verifyNothingHolds(const QString& secret)
{
    QDirIterator it(m_settingsDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

// Needs the Secret Service that scripts/test.sh provides.
void TestRegistryCommand::loginStoresPasswordThatStatusUses()
{
    const QString password = QStringLiteral("Staff-Login-Secret-7q");
    const QString url = createStaffRole(QStringLiteral("alice_login"), password);
    QVERIFY2(!url.isEmpty(), qPrintable(m_server.error()));
    QString error;
    const RegistryTarget target = RegistryTarget::parse(url, &error);
    QVERIFY(error.isEmpty());
    qunsetenv("KKT_REGISTRY_PASSWORD");

    // Before: no password anywhere, so status cannot sign in.
    Result r = run({QStringLiteral("status"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitAuthFailed));

    r = run({QStringLiteral("login"), QStringLiteral("--registry"), url, QStringLiteral("--password-stdin")},
            password.toUtf8() + "\n");
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Signed in")), qPrintable(r.out));
    QVERIFY(!(r.out + r.err).contains(password));
    QCOMPARE(QSettings().value(RegistryTarget::settingsKey()).toString(), url);
    QByteArray stored;
    QVERIFY2(RegistryKeychain::read(target.passwordKeychainKey(), &stored, &error), qPrintable(error));
    QCOMPARE(QString::fromUtf8(stored), password);

    // No --registry and no password: the setting and the keychain.
    r = run({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("registry")].toString(),
             target.display());
    QVERIFY(!(r.out + r.err).contains(password));

    // The environment works for login as well, and a second login replaces the stored password.
    qputenv("KKT_REGISTRY_PASSWORD", password.toUtf8());
    r = run({QStringLiteral("login"), QStringLiteral("--registry"), url});
    qunsetenv("KKT_REGISTRY_PASSWORD");
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY(!(r.out + r.err).contains(password));

    // Logout removes the password; --forget also the setting.
    r = run({QStringLiteral("logout")});
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Removed the password")));
    QVERIFY(!RegistryKeychain::read(target.passwordKeychainKey(), &stored, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(QSettings().value(RegistryTarget::settingsKey()).toString(), url);
    r = run({QStringLiteral("status")});
    QCOMPARE(r.code, int(ExitAuthFailed));
    r = run({QStringLiteral("logout"), QStringLiteral("--forget")});
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("No password")));
    QVERIFY(r.out.contains(QStringLiteral("Forgot the registry setting")));
    QVERIFY(!QSettings().contains(RegistryTarget::settingsKey()));
    verifyNothingHolds(password);
}

void TestRegistryCommand::loginRefusesWrongPasswordAndStoresNothing()
{
    const QString password = QStringLiteral("Right-Password-4k");
    const QString url = createStaffRole(QStringLiteral("bob_login"), password);
    QVERIFY2(!url.isEmpty(), qPrintable(m_server.error()));
    QString error;
    const RegistryTarget target = RegistryTarget::parse(url, &error);
    qunsetenv("KKT_REGISTRY_PASSWORD");

    const QString wrong = QStringLiteral("Wrong-Password-9z");
    Result r =
        run({QStringLiteral("login"), QStringLiteral("--registry"), url, QStringLiteral("--password-stdin")},
            wrong.toUtf8() + "\n");
    QCOMPARE(r.code, int(ExitAuthFailed));
    QVERIFY2(r.err.contains(QStringLiteral("nothing was stored")), qPrintable(r.err));
    QVERIFY(!(r.out + r.err).contains(wrong));
    QByteArray stored;
    QVERIFY(!RegistryKeychain::read(target.passwordKeychainKey(), &stored, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(!QSettings().contains(RegistryTarget::settingsKey()));

    // Nobody listens on this port.
    const QString away = QStringLiteral("postgresql://bob_login@127.0.0.1:%1/kkt_master_registry")
                             .arg(TestEnvironment::freePort());
    r = run({QStringLiteral("login"), QStringLiteral("--registry"), away, QStringLiteral("--password-stdin")},
            password.toUtf8() + "\n");
    QCOMPARE(r.code, int(ExitUnreachable));
    QVERIFY(!(r.out + r.err).contains(password));
    QVERIFY(!QSettings().contains(RegistryTarget::settingsKey()));
    verifyNothingHolds(wrong);
    verifyNothingHolds(password);
}

void TestRegistryCommand::loginAndLogoutUsage()
{
    qunsetenv("KKT_REGISTRY_PASSWORD");
    const QString url = QStringLiteral("postgresql://carol@127.0.0.1:%1/db").arg(m_server.port());
    // No password given.
    Result r = run({QStringLiteral("login"), QStringLiteral("--registry"), url});
    QCOMPARE(r.code, int(ExitUsage));
    QVERIFY(r.err.contains(QStringLiteral("--password-stdin")));
    // An empty line is no password either.
    r = run({QStringLiteral("login"), QStringLiteral("--registry"), url, QStringLiteral("--password-stdin")},
            "\n");
    QCOMPARE(r.code, int(ExitUsage));
    // A password in the URL is refused and not echoed.
    r = run({QStringLiteral("login"), QStringLiteral("--registry"),
             QStringLiteral("postgresql://carol:Url-Secret-1@127.0.0.1:5432/db")});
    QCOMPARE(r.code, int(ExitUsage));
    QVERIFY(!r.err.contains(QStringLiteral("Url-Secret-1")));
    // The embedded registry has no sign-in.
    r = run({QStringLiteral("login"), QStringLiteral("--registry"), QStringLiteral("sqlite:/tmp/x.sqlite")},
            "pw\n");
    QCOMPARE(r.code, int(ExitUsage));
    // A URL without a role.
    r = run({QStringLiteral("login"), QStringLiteral("--registry"),
             QStringLiteral("postgresql://127.0.0.1:%1/db").arg(m_server.port()),
             QStringLiteral("--password-stdin")},
            "pw\n");
    QCOMPARE(r.code, int(ExitUsage));
    QVERIFY(r.err.contains(QStringLiteral("no role")));
    r = run({QStringLiteral("logout")});
    QCOMPARE(r.code, int(ExitUsage));
}

QTEST_GUILESS_MAIN(TestRegistryCommand)
#include "TestRegistryCommand.moc"
