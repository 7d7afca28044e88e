#pragma once

#include "RegistryTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Versioned migrations from sql/postgres or sql/sqlite (compiled into the binary, so an installed
// application finds them). Applied in order, each in its own transaction, recorded in
// schema_migrations. A database with the production tables but no schema_migrations is adopted:
// the migrations only add what is missing, so existing rows and views keep working.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    struct Status
    {
        int current = 0; // highest applied version, 0 for none
        int latest = 0;  // highest version this application knows
        bool hasMigrationsTable = false;
        bool hasProductionTables = false; // deployed_instances exists
        QList<Migration> pending;
        bool upToDate() const { return current == latest; }
        bool isNewer() const { return current > latest; }
        bool needsAdoption() const { return hasProductionTables && !hasMigrationsTable; }
    };

    explicit SchemaMigrator(RegistryTarget::Kind kind);

    const QList<Migration>& migrations() const { return m_migrations; }
    bool status(QSqlDatabase& db, Status* status, QString* error) const;
    // Applies every pending migration. `applied` receives "NNN_name" per migration run.
    bool migrate(QSqlDatabase& db, QStringList* applied, QString* error) const;
    // The message for a database newer than this application.
    static QString newerSchemaMessage(int current, int latest);

private:
    bool ensureMigrationsTable(QSqlDatabase& db, QString* error) const;
    bool apply(QSqlDatabase& db, const Migration& migration, bool* skipped, QString* error) const;

    RegistryTarget::Kind m_kind;
    QList<Migration> m_migrations;
};
