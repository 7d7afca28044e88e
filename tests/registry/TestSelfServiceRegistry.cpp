#include "RegistryTestDatabase.h"
#include "registry/DeploymentKey.h"
#include "registry/DeploymentTokens.h"
#include "registry/Registry.h"
#include "registry/SelfServiceRegistry.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using DB = RegistryTestDatabase;
using State = SelfServiceRegistry::TokenStatus::State;

// The self-service edition's way into the central registry, against a real PostgreSQL with the
// roles of migration 003: a client role that is a member of kkt_selfservice and nothing else.
class TestSelfServiceRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checksTheFormat();
    void tellsTheStateWithoutSpendingIt();
    void refusesWrongUsedAndExpiredTokens();
    void recordsAndReadsItsOwnInstanceOnly();
    void clientRoleIsDeniedEverythingElse();
    void twoClientsRacingOnOneTokenMakeOneInstance();
    void keyLoginCallsTheSelfServiceFunctionsOnly();
    void expiredKeyIsRefusedWithAClearMessage();

private:
    DeploymentKey issueKey(const QDateTime& expires);
    void verifyDeniedEverythingElse(const RegistryTarget& target);
    QString issue(const QDateTime& expires, const QString& company = QStringLiteral("ООО «Ромашка»"));
    static InstanceRecord claim(const QString& host, const QString& token);
    RegistryTarget client() const;
    QSqlDatabase owner();

    PostgresServer m_server;
    QString m_database;
};

void TestSelfServiceRegistry::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QString error;
    m_database = DB::migratedPostgres(m_server, &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.runSql(m_database, DB::staffAndClientRoles()), qPrintable(m_server.error()));
    // A staff instance the client must never see or change.
    Registry staff(DB::postgres(m_server, m_database, QStringLiteral("alice"), QStringLiteral("alice-pw-1")));
    InstanceRecord other;
    other.uuid = QUuid::createUuid();
    other.name = QStringLiteral("INST-staff");
    other.company = QStringLiteral("Other Co");
    other.version = QStringLiteral("1.0.0");
    QVERIFY2(staff.upsertInstance(other, &error), qPrintable(error));
}

DeploymentKey TestSelfServiceRegistry::issueKey(const QDateTime& expires)
{
    QString error;
    DeploymentKey key;
    if (!DeploymentTokens(
             DB::postgres(m_server, m_database, QStringLiteral("alice"), QStringLiteral("alice-pw-1")))
             .issue(expires, QStringLiteral("ООО «Ключ»"), QStringLiteral("key"), &key, &error))
        qWarning() << error;
    return key;
}

QString TestSelfServiceRegistry::issue(const QDateTime& expires, const QString& company)
{
    QString error;
    const QString token = DeploymentTokens(DB::postgres(m_server, m_database, QStringLiteral("alice"),
                                                        QStringLiteral("alice-pw-1")))
                              .create(expires, company, QStringLiteral("test"), &error);
    if (token.isEmpty())
        qWarning() << error;
    return token;
}

InstanceRecord TestSelfServiceRegistry::claim(const QString& host, const QString& token)
{
    InstanceRecord r;
    r.uuid = SelfServiceRegistry::instanceUuid(host, token);
    r.name = host;
    r.company = QStringLiteral("Claimed by the client");
    r.ip = host;
    r.sshHost = host;
    r.status = QStringLiteral("error");
    return r;
}

RegistryTarget TestSelfServiceRegistry::client() const
{
    return DB::postgres(m_server, m_database, QStringLiteral("client1"), QStringLiteral("client-pw-1"));
}

QSqlDatabase TestSelfServiceRegistry::owner()
{
    QString error;
    return RegistryConnection::open(DB::postgres(m_server, m_database), &error);
}

void TestSelfServiceRegistry::checksTheFormat()
{
    QVERIFY(SelfServiceRegistry::formatProblem(QString()).contains(QStringLiteral("empty")));
    QVERIFY(SelfServiceRegistry::formatProblem(QStringLiteral("kkt_short")).contains(QStringLiteral("43")));
    QVERIFY(!SelfServiceRegistry::formatProblem(QStringLiteral("kkt_") + QString(43, u'a') + u'!').isEmpty());
    QVERIFY(SelfServiceRegistry::formatProblem(QStringLiteral(" kkt_") + QString(43, u'A') + u' ').isEmpty());
    // One server and one token: one instance, whichever way the host is written.
    const QString token = QStringLiteral("kkt_") + QString(43, u'b');
    QCOMPARE(SelfServiceRegistry::instanceUuid(QStringLiteral("Host.Example"), token),
             SelfServiceRegistry::instanceUuid(QStringLiteral("host.example"), token));
    QVERIFY(SelfServiceRegistry::instanceUuid(QStringLiteral("a"), token) !=
            SelfServiceRegistry::instanceUuid(QStringLiteral("b"), token));
}

void TestSelfServiceRegistry::tellsTheStateWithoutSpendingIt()
{
    const QString token = issue(QDateTime::currentDateTimeUtc().addDays(7));
    const QString expired = issue(QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(!token.isEmpty() && !expired.isEmpty());
    SelfServiceRegistry self(client());
    SelfServiceRegistry::TokenStatus status;
    QString error;
    const QUuid mine = SelfServiceRegistry::instanceUuid(QStringLiteral("203.0.113.5"), token);
    for (int i = 0; i < 2; ++i) { // asking twice spends nothing
        QVERIFY2(self.status(token, mine, &status, &error), qPrintable(error));
        QCOMPARE(status.state, State::Unused);
        QCOMPARE(status.company, QStringLiteral("ООО «Ромашка»"));
        QVERIFY(status.expiresAt > QDateTime::currentDateTimeUtc().addDays(6));
        QVERIFY(status.message().contains(QStringLiteral("ООО «Ромашка»")));
    }
    QVERIFY2(self.status(expired, mine, &status, &error), qPrintable(error));
    QCOMPARE(status.state, State::Expired);
    QVERIFY(status.message().contains(QStringLiteral("expired")));
    QVERIFY2(self.status(QStringLiteral("kkt_") + QString(43, u'z'), mine, &status, &error),
             qPrintable(error));
    QCOMPARE(status.state, State::Unknown);
    QVERIFY(status.message().contains(QStringLiteral("does not know it")));
    QCOMPARE(
        DB::column(owner(), QStringLiteral("SELECT COUNT(*) FROM deployment_tokens WHERE token_hash = '%1' "
                                           "AND used_at IS NULL")
                                .arg(DeploymentTokens::hash(token))),
        QStringLiteral("1"));
}

void TestSelfServiceRegistry::refusesWrongUsedAndExpiredTokens()
{
    const QString token = issue(QDateTime::currentDateTimeUtc().addDays(1));
    const QString expired = issue(QDateTime::currentDateTimeUtc().addSecs(-60));
    SelfServiceRegistry self(client());
    QString error;
    QVERIFY(
        !self.redeem(QStringLiteral("kkt_") + QString(43, u'q'), claim(QStringLiteral("h0"), token), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Deployment token: the registry does not know it")),
             qPrintable(error));
    QVERIFY(!self.redeem(expired, claim(QStringLiteral("h0"), expired), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Deployment token: it expired on")), qPrintable(error));

    QVERIFY2(self.redeem(token, claim(QStringLiteral("h1"), token), &error), qPrintable(error));
    // The same server again (a retry, a resumed deployment) is the same instance.
    QVERIFY2(self.redeem(token, claim(QStringLiteral("h1"), token), &error), qPrintable(error));
    QVERIFY(!self.redeem(token, claim(QStringLiteral("h2"), token), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Deployment token: it was already used")), qPrintable(error));
    SelfServiceRegistry::TokenStatus status;
    QVERIFY(
        self.status(token, SelfServiceRegistry::instanceUuid(QStringLiteral("h2"), token), &status, &error));
    QCOMPARE(status.state, State::Used);
    QVERIFY(status.message().contains(QStringLiteral("already used")));
    QVERIFY(
        self.status(token, SelfServiceRegistry::instanceUuid(QStringLiteral("h1"), token), &status, &error));
    QCOMPARE(status.state, State::Yours);
    // Bound to the company it was issued for, in production mode.
    QCOMPARE(
        DB::column(owner(), QStringLiteral("SELECT client_company || '/' || mode || '/' || notes FROM "
                                           "deployed_instances WHERE instance_uuid = '%1'")
                                .arg(claim(QStringLiteral("h1"), token).uuid.toString(QUuid::WithoutBraces))),
        QStringLiteral("ООО «Ромашка»/production/self-service"));
    QCOMPARE(DB::column(owner(), QStringLiteral("SELECT COUNT(*) FROM deployed_instances WHERE instance_name "
                                                "IN ('h0', 'h2')")),
             QStringLiteral("0"));
}

void TestSelfServiceRegistry::recordsAndReadsItsOwnInstanceOnly()
{
    const QString token = issue(QDateTime::currentDateTimeUtc().addDays(1));
    SelfServiceRegistry self(client());
    QString error;
    // Nothing to read or record before the token is redeemed.
    QVERIFY(!self.ownInstance(token, &error));
    QVERIFY2(error.contains(QStringLiteral("not been redeemed")), qPrintable(error));
    InstanceRecord mine = claim(QStringLiteral("own.example"), token);
    QVERIFY2(self.redeem(token, mine, &error), qPrintable(error));
    mine.name = QStringLiteral("INST-20261129120000");
    mine.version = QStringLiteral("1.2.0");
    mine.status = QStringLiteral("active");
    mine.company = QStringLiteral("Someone Else"); // ignored: the token's company stays
    mine.uuid = QUuid::createUuid();               // ignored: the row stays the token's
    QVERIFY2(self.recordInstance(token, mine, &error), qPrintable(error));
    HistoryRecord h;
    h.operation = QUuid::createUuid();
    h.action = QStringLiteral("deploy");
    h.status = QStringLiteral("success");
    h.toVersion = QStringLiteral("1.2.0");
    h.startedAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    h.completedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(self.recordHistory(token, h, &error), qPrintable(error));
    QVERIFY2(self.recordHistory(token, h, &error), qPrintable(error)); // a retry, recorded once

    const auto own = self.ownInstance(token, &error);
    QVERIFY2(own, qPrintable(error));
    QCOMPARE(own->name, QStringLiteral("INST-20261129120000"));
    QCOMPARE(own->company, QStringLiteral("ООО «Ромашка»"));
    QCOMPARE(own->version, QStringLiteral("1.2.0"));
    QCOMPARE(own->uuid, SelfServiceRegistry::instanceUuid(QStringLiteral("own.example"), token));
    error.clear();
    const QList<HistoryRecord> history = self.ownHistory(token, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toVersion, QStringLiteral("1.2.0"));
    QCOMPARE(history.first().initiatedBy, QStringLiteral("client1"));
    QVERIFY(history.first().startedAt.isValid());
    // The staff instance is untouched.
    QCOMPARE(
        DB::column(owner(), QStringLiteral("SELECT instance_name || ' ' || client_company || ' ' || "
                                           "deployed_version FROM deployed_instances WHERE instance_name = "
                                           "'INST-staff'")),
        QStringLiteral("INST-staff Other Co 1.0.0"));
}

void TestSelfServiceRegistry::clientRoleIsDeniedEverythingElse()
{
    verifyDeniedEverythingElse(client());
}

void TestSelfServiceRegistry::verifyDeniedEverythingElse(const RegistryTarget& target)
{
    QString error;
    QSqlDatabase db = RegistryConnection::open(target, &error);
    QVERIFY2(db.isValid(), qPrintable(error));
    // Every table and view of the registry, as the owner sees them: name, kind, first column.
    const QStringList relations =
        DB::column(
            owner(),
            QStringLiteral("SELECT c.relname::text || ':' || c.relkind::text || ':' || a.attname::text FROM "
                           "pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN "
                           "pg_attribute a ON a.attrelid = c.oid AND a.attnum = 1 WHERE "
                           "n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p') ORDER BY 1"))
            .split(u'|');
    QVERIFY(relations.size() >= 9);
    QSqlQuery q(db);
    QStringList seen;
    for (const QString& relation : relations) {
        const QString name = relation.section(u':', 0, 0);
        const QString column = relation.section(u':', 2, 2);
        seen << name;
        QStringList statements{QStringLiteral("SELECT * FROM %1 LIMIT 1").arg(name)};
        if (relation.section(u':', 1, 1) == QStringLiteral("r"))
            statements << QStringLiteral("DELETE FROM %1").arg(name)
                       << QStringLiteral("UPDATE %1 SET %2 = %2").arg(name, column)
                       << QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(name);
        for (const QString& sql : std::as_const(statements)) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(sql + u' ' + q.lastError().text()));
        }
    }
    QVERIFY(seen.contains(QStringLiteral("deployed_instances")));
    QVERIFY(seen.contains(QStringLiteral("deployment_history")));
    QVERIFY(seen.contains(QStringLiteral("deployment_tokens")));
    // Only the token functions: the helpers and the staff's functions are not for it.
    for (const QString& call :
         {QStringLiteral("kkt_token_hash('x')"), QStringLiteral("kkt_token_instance('x', false)"),
          QStringLiteral("kkt_audit('a', 'b', 'c')"), QStringLiteral("kkt_ts(now())"),
          QStringLiteral("kkt_issue_token_login('x', 'SCRAM-SHA-256$4096:a$b:c')")}) {
        QVERIFY2(!q.exec(QStringLiteral("SELECT ") + call), qPrintable(call));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied")), qPrintable(call));
    }
    QVERIFY(!q.exec(QStringLiteral("CREATE TABLE intruder (id int)")));
    // Nor can it issue itself a token.
    QVERIFY(DeploymentTokens(target)
                .create(QDateTime::currentDateTimeUtc().addDays(1), {}, {}, &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
}

void TestSelfServiceRegistry::twoClientsRacingOnOneTokenMakeOneInstance()
{
    for (int round = 0; round < 5; ++round) {
        const QString token = issue(QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(!token.isEmpty());
        QSemaphore connected, go;
        bool ok[2] = {false, false};
        QString errors[2];
        QList<QThread*> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([&, i] {
                SelfServiceRegistry self(client());
                QString error;
                RegistryConnection::open(self.target(), &error); // connected before the start
                connected.release();
                go.acquire();
                ok[i] = self.redeem(token, claim(QStringLiteral("racer-%1-%2").arg(round).arg(i), token),
                                    &errors[i]);
                RegistryConnection::drop(self.target());
            });
            threads.last()->start();
        }
        connected.acquire(2);
        go.release(2);
        for (QThread* t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QVERIFY2(ok[0] != ok[1], qPrintable(errors[0] + u'/' + errors[1]));
        const QString loser = ok[0] ? errors[1] : errors[0];
        QVERIFY2(loser.startsWith(QStringLiteral("Deployment token: it was already used")),
                 qPrintable(loser));
        QCOMPARE(
            DB::column(owner(), QStringLiteral("SELECT COUNT(*) FROM deployed_instances WHERE instance_name "
                                               "LIKE 'racer-%1-%%'")
                                    .arg(round)),
            QStringLiteral("1"));
    }
}

void TestSelfServiceRegistry::keyLoginCallsTheSelfServiceFunctionsOnly()
{
    // Issued by a deployer (no CREATEROLE): the login comes from migration 009's function.
    const DeploymentKey key = issueKey(QDateTime::currentDateTimeUtc().addDays(3));
    QVERIFY(key.login.startsWith(QStringLiteral("kkt_client_")));
    const QString pasted = key.encode();
    QVERIFY(pasted.startsWith(QStringLiteral("kkt1.")));
    QVERIFY(!pasted.contains(key.password) && !pasted.contains(key.token)); // encoded, one line
    // The login: a member of kkt_selfservice only, valid until a day after the token, and its
    // password stored as a SCRAM verifier (it never reached the server in clear).
    QCOMPARE(DB::column(owner(), QStringLiteral("SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON "
                                                "b.oid = m.roleid JOIN pg_roles r ON r.oid = m.member WHERE "
                                                "r.rolname = '%1'")
                                     .arg(key.login)),
             QStringLiteral("kkt_selfservice"));
    QCOMPARE(
        DB::column(owner(), QStringLiteral("SELECT (rolvaliduntil - interval '1 day' - '%1'::timestamptz) "
                                           "< interval '1 second' AND rolcanlogin AND NOT rolcreaterole "
                                           "AND rolpassword LIKE 'SCRAM-SHA-256$%%' FROM pg_authid WHERE "
                                           "rolname = '%2'")
                                .arg(key.expiresAt.toString(Qt::ISODate), key.login)),
        QStringLiteral("true"));
    QCOMPARE(
        DB::column(owner(), QStringLiteral("SELECT login_role FROM deployment_tokens WHERE token_hash = '%1'")
                                .arg(DeploymentTokens::hash(key.token))),
        key.login);

    // The pasted key alone reaches the registry and the token's functions.
    SelfServiceRegistry::TokenStatus status;
    QString error;
    QVERIFY2(SelfServiceRegistry::check(pasted, QStringLiteral("203.0.113.60"), &status, &error),
             qPrintable(error));
    QCOMPARE(status.state, State::Unused);
    QCOMPARE(status.company, QStringLiteral("ООО «Ключ»"));
    QString token;
    SelfServiceRegistry own = SelfServiceRegistry::forClient(pasted, &token, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(token, key.token);
    QVERIFY2(own.redeem(token, claim(QStringLiteral("203.0.113.60"), token), &error), qPrintable(error));
    QVERIFY2(own.ownInstance(token, &error).has_value(), qPrintable(error));

    // Everything else is denied to it, as to any self-service role; nor can it become another role
    // or give another token a login.
    QString targetError;
    const RegistryTarget target = key.target(&targetError);
    QVERIFY2(targetError.isEmpty(), qPrintable(targetError));
    verifyDeniedEverythingElse(target);
    if (QTest::currentTestFailed())
        return;
    QSqlDatabase db = RegistryConnection::open(target, &error);
    QSqlQuery q(db);
    for (const QString& sql : {QStringLiteral("SET ROLE kkt_deployer"), QStringLiteral("SET ROLE postgres"),
                               QStringLiteral("CREATE ROLE intruder LOGIN")})
        QVERIFY2(!q.exec(sql), qPrintable(sql));
    DeploymentKey other;
    QVERIFY(
        !DeploymentTokens(target).issue(QDateTime::currentDateTimeUtc().addDays(1), {}, {}, &other, &error));
    QVERIFY(other.login.isEmpty());
    // A key with a wrong password is refused by the server.
    DeploymentKey forged = key;
    forged.password = QStringLiteral("not-the-password");
    QVERIFY(!SelfServiceRegistry::check(forged.encode(), {}, &status, &error));
    QVERIFY2(error.contains(QStringLiteral("authentication failed")), qPrintable(error));
}

void TestSelfServiceRegistry::expiredKeyIsRefusedWithAClearMessage()
{
    SelfServiceRegistry::TokenStatus status;
    QString error;
    // Expired an hour ago (issued valid: issuing prunes the logins of keys that expired unused): the
    // login still works until it is pruned, and the token's function says it expired.
    const DeploymentKey recent = issueKey(QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(!recent.login.isEmpty());
    QVERIFY2(m_server.runSql(m_database, QStringLiteral("UPDATE deployment_tokens SET expires_at = now() - "
                                                        "interval '1 hour' WHERE login_role = '%1'")
                                             .arg(recent.login)),
             qPrintable(m_server.error()));
    QVERIFY2(SelfServiceRegistry::check(recent.encode(), {}, &status, &error), qPrintable(error));
    QCOMPARE(status.state, State::Expired);
    QVERIFY2(status.message().contains(QStringLiteral("expired on")), qPrintable(status.message()));
    // Expired two days ago: the login is refused (past its VALID UNTIL, and pruned by its own issue),
    // and the client says why.
    const DeploymentKey old = issueKey(QDateTime::currentDateTimeUtc().addDays(-2));
    QVERIFY(!old.login.isEmpty());
    QVERIFY(!SelfServiceRegistry::check(old.encode(), {}, &status, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Deployment key: it expired on")) &&
                 error.contains(QStringLiteral("ask your support contact for a new one")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSelfServiceRegistry)
#include "TestSelfServiceRegistry.moc"
