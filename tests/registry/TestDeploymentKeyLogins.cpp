#include "RegistryTestDatabase.h"
#include "registry/DeploymentKey.h"
#include "registry/DeploymentKeyLogins.h"
#include "registry/DeploymentTokens.h"
#include "registry/SelfServiceRegistry.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using DB = RegistryTestDatabase;

// The logins of deployment keys pruned by migration 010's function, against a real PostgreSQL:
// what expired unused or is past its recording day goes, what a client may still use stays, and
// only staff may prune.
class TestDeploymentKeyLogins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dropsExpiredAndSpentLoginsOnly();
    void issuingAKeyPrunes();
    void selfServiceRoleCannotPrune();
    void embeddedRegistryHasNoLogins();

private:
    RegistryTarget staff() const
    {
        return DB::postgres(m_server, m_database, QStringLiteral("alice"), QStringLiteral("alice-pw-1"));
    }
    QSqlDatabase owner() const
    {
        QString error;
        return RegistryConnection::open(DB::postgres(m_server, m_database), &error);
    }
    DeploymentKey issue()
    {
        DeploymentKey key;
        QString error;
        if (!DeploymentTokens(staff()).issue(QDateTime::currentDateTimeUtc().addDays(3), QStringLiteral("Co"),
                                             QStringLiteral("prune"), &key, &error))
            qWarning() << error;
        return key;
    }
    // The key's client redeems it for a server, as kkt-deploy-client does before deploying.
    static bool redeem(const DeploymentKey& key, const QString& host)
    {
        QString token, error;
        SelfServiceRegistry own = SelfServiceRegistry::forClient(key.encode(), &token, &error);
        InstanceRecord r;
        r.uuid = SelfServiceRegistry::instanceUuid(host, token);
        r.name = host;
        r.sshHost = host;
        r.status = QStringLiteral("error");
        if (!error.isEmpty() || !own.redeem(token, r, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }
    // Moves a key's expiry, as time passing would.
    bool expire(const DeploymentKey& key, const QString& ago)
    {
        return m_server.runSql(m_database, QStringLiteral("UPDATE deployment_tokens SET expires_at = now() - "
                                                          "interval '%1' WHERE login_role = '%2'")
                                               .arg(ago, key.login));
    }
    bool loginExists(const QString& login) const
    {
        return DB::column(owner(),
                          QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'").arg(login)) ==
               QStringLiteral("1");
    }

    PostgresServer m_server;
    QString m_database;
};

void TestDeploymentKeyLogins::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QString error;
    m_database = DB::migratedPostgres(m_server, &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.runSql(m_database, DB::staffAndClientRoles()), qPrintable(m_server.error()));
}

void TestDeploymentKeyLogins::dropsExpiredAndSpentLoginsOnly()
{
    const DeploymentKey valid = issue();         // unused, valid for three days
    const DeploymentKey expired = issue();       // expires unused
    const DeploymentKey recording = issue();     // used, expired an hour ago: still recording
    const DeploymentKey spent = issue();         // used, its recording day is over
    const DeploymentKey droppedByHand = issue(); // expired, its login dropped by a DBA already
    for (const DeploymentKey* key : {&valid, &expired, &recording, &spent, &droppedByHand})
        QVERIFY(key->login.startsWith(QStringLiteral("kkt_client_")));
    QVERIFY(redeem(recording, QStringLiteral("203.0.113.71")));
    QVERIFY(redeem(spent, QStringLiteral("203.0.113.72")));
    QVERIFY2(expire(expired, QStringLiteral("1 hour")) && expire(recording, QStringLiteral("1 hour")) &&
                 expire(spent, QStringLiteral("25 hours")) &&
                 expire(droppedByHand, QStringLiteral("1 hour")) &&
                 m_server.runSql(m_database, QStringLiteral("DROP ROLE %1").arg(droppedByHand.login)),
             qPrintable(m_server.error()));

    const DeploymentKeyLogins::Result result = DeploymentKeyLogins(staff()).prune();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QStringList pruned;
    for (const DeploymentKeyLogins::Pruned& p : result.logins)
        pruned << QStringLiteral("%1 %2 %3")
                      .arg(p.login, p.used ? QStringLiteral("used") : QStringLiteral("expired"),
                           p.dropped ? QStringLiteral("dropped") : QStringLiteral("gone"));
    QCOMPARE(pruned, (QStringList{expired.login + QStringLiteral(" expired dropped"),
                                  spent.login + QStringLiteral(" used dropped"),
                                  droppedByHand.login + QStringLiteral(" expired gone")}));
    QVERIFY2(
        DeploymentKeyLogins::describe(result.logins.first()).contains(QStringLiteral("expired unused on")),
        qPrintable(DeploymentKeyLogins::describe(result.logins.first())));
    QVERIFY(!loginExists(expired.login));
    QVERIFY(!loginExists(spent.login));
    QVERIFY(loginExists(valid.login));
    QVERIFY(loginExists(recording.login));
    // Recorded and audited; the token rows stay, with the name of the login they had.
    QCOMPARE(DB::column(owner(), QStringLiteral("SELECT login_role FROM deployment_tokens WHERE "
                                                "login_dropped_at IS NOT NULL ORDER BY id")),
             QStringList({expired.login, spent.login, droppedByHand.login}).join(u'|'));
    QCOMPARE(
        DB::column(owner(), QStringLiteral("SELECT target || ' by ' || actor FROM audit_log WHERE action = "
                                           "'deployment_tokens.login_dropped' ORDER BY id")),
        QStringLiteral("%1 by alice|%2 by alice").arg(expired.login, spent.login));
    // The client still recording uses its login; nothing is left to prune a second time.
    QString token, error;
    SelfServiceRegistry own = SelfServiceRegistry::forClient(recording.encode(), &token, &error);
    QVERIFY2(own.ownInstance(token, &error).has_value(), qPrintable(error));
    const DeploymentKeyLogins::Result again = DeploymentKeyLogins(staff()).prune();
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QVERIFY(again.logins.isEmpty());
    QVERIFY(DeploymentKeyLogins::summary(again).isEmpty());
}

void TestDeploymentKeyLogins::issuingAKeyPrunes()
{
    const DeploymentKey old = issue();
    QVERIFY(expire(old, QStringLiteral("2 hours")));
    DeploymentKey key;
    DeploymentKeyLogins::Result pruned;
    QString error;
    QVERIFY2(DeploymentTokens(staff()).issue(QDateTime::currentDateTimeUtc().addDays(1), QStringLiteral("Co"),
                                             {}, &key, &error, &pruned),
             qPrintable(error));
    QCOMPARE(pruned.logins.size(), 1);
    QCOMPARE(pruned.logins.first().login, old.login);
    QVERIFY2(DeploymentKeyLogins::summary(pruned).contains(old.login),
             qPrintable(DeploymentKeyLogins::summary(pruned)));
    QVERIFY(!loginExists(old.login));
    QVERIFY(loginExists(key.login));
}

void TestDeploymentKeyLogins::selfServiceRoleCannotPrune()
{
    // Neither the self-service group's role nor a key's own login may call it.
    const DeploymentKey expired = issue();
    const DeploymentKey mine = issue();
    QVERIFY(expire(expired, QStringLiteral("1 hour")));
    QString targetError;
    const RegistryTarget keyLogin = mine.target(&targetError);
    QVERIFY2(targetError.isEmpty(), qPrintable(targetError));
    for (const RegistryTarget& target :
         {DB::postgres(m_server, m_database, QStringLiteral("client1"), QStringLiteral("client-pw-1")),
          keyLogin}) {
        const DeploymentKeyLogins::Result result = DeploymentKeyLogins(target).prune();
        QVERIFY2(
            result.error.contains(QStringLiteral("permission denied for function kkt_prune_token_logins")),
            qPrintable(result.error));
        QVERIFY(result.logins.isEmpty());
    }
    QVERIFY(loginExists(expired.login));
}

void TestDeploymentKeyLogins::embeddedRegistryHasNoLogins()
{
    const DeploymentKeyLogins::Result result = DeploymentKeyLogins(DB::sqlite()).prune();
    QVERIFY2(result.error.contains(QStringLiteral("no logins")), qPrintable(result.error));
    QVERIFY(result.logins.isEmpty());
}

QTEST_GUILESS_MAIN(TestDeploymentKeyLogins)
#include "TestDeploymentKeyLogins.moc"
