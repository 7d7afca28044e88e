#pragma once

#include "registry/RegistryConnection.h"
#include "registry/RegistryTarget.h"
#include "registry/SchemaMigrator.h"
#include "support/PostgresServer.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// Registry targets on the test PostgreSQL server (one fresh database each) or a fresh SQLite file.
class RegistryTestDatabase
{
public:
    static RegistryTarget postgres(const PostgresServer& server, const QString& database,
                                   const QString& user = QStringLiteral("postgres"),
                                   const QString& password = {})
    {
        RegistryTarget t;
        t.kind = RegistryTarget::Kind::Postgres;
        t.host = server.host();
        t.port = server.port();
        t.database = database;
        t.user = user;
        t.password = user == QStringLiteral("postgres") ? server.superuserPassword() : password;
        t.caFile = server.caFile(); // verify-full, the default, against the test server's CA
        return t;
    }

    // The URL the command line and the settings take, with the test server's CA.
    static QString postgresUrl(const PostgresServer& server, const QString& database,
                               const QString& user = QStringLiteral("postgres"))
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslrootcert=%4")
            .arg(user)
            .arg(server.port())
            .arg(database, server.caFile());
    }

    static QString freshDatabaseName()
    {
        return QStringLiteral("reg_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    // A fresh database on the started `server`, migrated by its superuser; empty with *error on failure.
    static QString migratedPostgres(PostgresServer& server, QString* error)
    {
        const QString name = freshDatabaseName();
        if (!server.createDatabase(name)) {
            *error = server.error();
            return {};
        }
        return migrate(postgres(server, name), error) ? name : QString();
    }

    // A staff member (alice, kkt_deployer) and a client role (client1, kkt_selfservice).
    static QString staffAndClientRoles()
    {
        return QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'alice-pw-1' IN ROLE kkt_deployer;"
                              "CREATE ROLE client1 LOGIN PASSWORD 'client-pw-1' IN ROLE kkt_selfservice;");
    }

    static RegistryTarget sqlite()
    {
        RegistryTarget t;
        t.sqlitePath =
            TestEnvironment::freshDirectory(QStringLiteral("sqlite")) + QStringLiteral("/registry.sqlite");
        return t;
    }

    static bool migrate(const RegistryTarget& target, QString* error)
    {
        QSqlDatabase db = RegistryConnection::open(target, error);
        if (!db.isValid())
            return false;
        return SchemaMigrator(target.kind).migrate(db, nullptr, error);
    }

    static QString readSource(const QString& relative)
    {
        QFile f(TestEnvironment::sourceDir() + u'/' + relative);
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll());
    }

    // Runs a query and returns the first column of every row as text, joined by '|'.
    static QString column(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return QStringLiteral("ERROR: ") + q.lastError().text();
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values.join(u'|');
    }
};
