#include "RegistryTestDatabase.h"
#include "cli/ExitCode.h"
#include "cli/TokenCommand.h"
#include "registry/DeploymentKey.h"
#include "registry/DeploymentTokens.h"
#include "registry/Registry.h"
#include "registry/SelfServiceRegistry.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using DB = RegistryTestDatabase;

class TestTokenCommand : public QObject
{
    Q_OBJECT

private slots:
    void parsesDurations();
    void createsAndLists();
    void refusesEmbeddedRegistry();
    void prunesTheLoginsOfExpiredKeys();

private:
    static int run(const QStringList& arguments, QString* out, QString* err);
};

int TestTokenCommand::run(const QStringList& arguments, QString* out, QString* err)
{
    QTextStream outStream(out), errStream(err);
    CommandIo io{outStream, errStream, nullptr};
    TokenCommand command;
    const int code = command.run(QStringList{QStringLiteral("token")} + arguments, io);
    outStream.flush();
    errStream.flush();
    return code;
}

void TestTokenCommand::parsesDurations()
{
    QCOMPARE(TokenCommand::parseDuration(QStringLiteral("7d")).value_or(0), 7 * 86400);
    QCOMPARE(TokenCommand::parseDuration(QStringLiteral("12h")).value_or(0), 12 * 3600);
    QCOMPARE(TokenCommand::parseDuration(QStringLiteral("2w")).value_or(0), 14 * 86400);
    QCOMPARE(TokenCommand::parseDuration(QStringLiteral("30m")).value_or(0), 1800);
    QVERIFY(!TokenCommand::parseDuration(QStringLiteral("0d")));
    QVERIFY(!TokenCommand::parseDuration(QStringLiteral("7")));
    QVERIFY(!TokenCommand::parseDuration(QStringLiteral("400d")));
    QVERIFY(!TokenCommand::parseDuration(QStringLiteral("-1d")));
}

void TestTokenCommand::createsAndLists()
{
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QString error;
    const QString name = DB::migratedPostgres(server, &error);
    QVERIFY2(!name.isEmpty(), qPrintable(error));
    const QString url = RegistryTestDatabase::postgresUrl(server, name);
    qputenv("KKT_REGISTRY_PASSWORD", server.superuserPassword().toUtf8());
    QString out, err;
    QCOMPARE(run({QStringLiteral("create"), QStringLiteral("--expires"), QStringLiteral("7d"),
                  QStringLiteral("--note"), QStringLiteral("for Acme"), QStringLiteral("--company"),
                  QStringLiteral("ООО «Акме»"), QStringLiteral("--registry"), url},
                 &out, &err),
             int(ExitOk));
    // The deployment key: the token, its own login and the registry's address in one line.
    DeploymentKey key;
    QString problem;
    QVERIFY2(DeploymentKey::parse(out.trimmed(), &key, &problem), qPrintable(problem));
    const QString token = key.token;
    QVERIFY(token.startsWith(QStringLiteral("kkt_")));
    QCOMPARE(key.port, server.port());
    QCOMPARE(key.database, name);
    QVERIFY(key.login.startsWith(QStringLiteral("kkt_client_")));
    QVERIFY(err.contains(QStringLiteral("only now")));
    QVERIFY(err.contains(key.login) && !err.contains(key.password));
    out.clear();
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--registry"), url}, &out,
                 &err),
             int(ExitOk));
    const QJsonArray tokens = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first()[QStringLiteral("state")].toString(), QStringLiteral("unused"));
    QCOMPARE(tokens.first()[QStringLiteral("note")].toString(), QStringLiteral("for Acme"));
    QCOMPARE(tokens.first()[QStringLiteral("company")].toString(), QStringLiteral("ООО «Акме»"));
    QVERIFY(
        DeploymentTokens::hash(token).startsWith(tokens.first()[QStringLiteral("hash_prefix")].toString()));
    // The token itself is never shown again.
    QVERIFY(!out.contains(token));
    QCOMPARE(run({QStringLiteral("create"), QStringLiteral("--expires"), QStringLiteral("soon"),
                  QStringLiteral("--registry"), url},
                 &out, &err),
             int(ExitUsage));

    // The states the list shows: redeemed by the instance, and expired.
    InstanceRecord claimed;
    claimed.uuid = SelfServiceRegistry::instanceUuid(QStringLiteral("203.0.113.9"), token);
    claimed.name = QStringLiteral("INST-20261129101010");
    QVERIFY2(SelfServiceRegistry(DB::postgres(server, name)).redeem(token, claimed, &error),
             qPrintable(error));
    QVERIFY2(!DeploymentTokens(DB::postgres(server, name))
                  .create(QDateTime::currentDateTimeUtc().addSecs(-5), {}, QStringLiteral("late"), &error)
                  .isEmpty(),
             qPrintable(error));
    out.clear();
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--registry"), url}, &out, &err), int(ExitOk));
    QVERIFY2(out.contains(QStringLiteral("redeemed by instance INST-20261129101010")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("ООО «Акме»")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("expired")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("2 token(s)")), qPrintable(out));
    qunsetenv("KKT_REGISTRY_PASSWORD");
}

void TestTokenCommand::refusesEmbeddedRegistry()
{
    QString out, err;
    const RegistryTarget target = DB::sqlite();
    QCOMPARE(run({QStringLiteral("create"), QStringLiteral("--registry"),
                  QStringLiteral("sqlite:") + target.sqlitePath},
                 &out, &err),
             int(ExitUsage));
    QVERIFY(err.contains(QStringLiteral("central registry")));
}

void TestTokenCommand::prunesTheLoginsOfExpiredKeys()
{
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QString error;
    const QString name = DB::migratedPostgres(server, &error);
    QVERIFY2(!name.isEmpty(), qPrintable(error));
    const QString url = RegistryTestDatabase::postgresUrl(server, name);
    qputenv("KKT_REGISTRY_PASSWORD", server.superuserPassword().toUtf8());
    QString out, err;
    QCOMPARE(run({QStringLiteral("create"), QStringLiteral("--registry"), url}, &out, &err), int(ExitOk));
    DeploymentKey first;
    QVERIFY2(DeploymentKey::parse(out.trimmed(), &first, &error), qPrintable(error));
    QVERIFY2(
        server.runSql(name, QStringLiteral("UPDATE deployment_tokens SET expires_at = now() - interval '1 "
                                           "minute'")),
        qPrintable(server.error()));
    // Issuing the next key prunes the first one's login and says so.
    out.clear();
    err.clear();
    QCOMPARE(run({QStringLiteral("create"), QStringLiteral("--registry"), url}, &out, &err), int(ExitOk));
    QVERIFY2(err.contains(QStringLiteral("Pruned 1 login(s)")) && err.contains(first.login), qPrintable(err));
    DeploymentKey second;
    QVERIFY2(DeploymentKey::parse(out.trimmed(), &second, &error), qPrintable(error));
    QVERIFY2(
        server.runSql(name, QStringLiteral("UPDATE deployment_tokens SET expires_at = now() - interval '1 "
                                           "minute' WHERE login_role = '%1'")
                                .arg(second.login)),
        qPrintable(server.error()));
    out.clear();
    QCOMPARE(run({QStringLiteral("prune"), QStringLiteral("--registry"), url}, &out, &err), int(ExitOk));
    QVERIFY2(out.contains(second.login + QStringLiteral(" (token ")) &&
                 out.contains(QStringLiteral("expired unused")) && out.contains(QStringLiteral("dropped")) &&
                 out.contains(QStringLiteral("1 login(s) pruned")),
             qPrintable(out));
    out.clear();
    QCOMPARE(run({QStringLiteral("prune"), QStringLiteral("--json"), QStringLiteral("--registry"), url}, &out,
                 &err),
             int(ExitOk));
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 0);
    qunsetenv("KKT_REGISTRY_PASSWORD");

    // The embedded registry has no logins: said plainly, nothing fails.
    out.clear();
    QCOMPARE(run({QStringLiteral("prune"), QStringLiteral("--registry"),
                  QStringLiteral("sqlite:") + DB::sqlite().sqlitePath},
                 &out, &err),
             int(ExitOk));
    QVERIFY2(out.contains(QStringLiteral("Nothing to prune")) && out.contains(QStringLiteral("no logins")),
             qPrintable(out));
}

QTEST_GUILESS_MAIN(TestTokenCommand)
#include "TestTokenCommand.moc"
