#include "SchemaMigrator.h"

#include "RegistryLogging.h"
#include "SqlScript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Serialises migrations of one PostgreSQL database run by several staff members at once.
constexpr qint64 migrationLockId = 0x4b4b5452; // "KKTR"

QString errorOf(const QSqlQuery& q)
{
    return q.lastError().text().trimmed();
}

} // namespace

SchemaMigrator::SchemaMigrator(RegistryTarget::Kind kind)
    : m_kind(kind)
{
    const QString folder = kind == RegistryTarget::Kind::Postgres ? QStringLiteral(":/sql/postgres")
                                                                  : QStringLiteral(":/sql/sqlite");
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(folder + u'/' + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        m_migrations.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
}

QString SchemaMigrator::newerSchemaMessage(int current, int latest)
{
    return tr("The registry’s schema is at version %1, but this KKT Deploy knows only up to version %2. "
              "It was migrated by a newer KKT Deploy — update KKT Deploy before using this registry.")
        .arg(current)
        .arg(latest);
}

bool SchemaMigrator::status(QSqlDatabase& db, Status* status, QString* error) const
{
    *status = Status();
    status->latest = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    const QStringList tables = db.tables(QSql::Tables);
    status->hasMigrationsTable = tables.contains(QStringLiteral("schema_migrations"));
    status->hasProductionTables = tables.contains(QStringLiteral("deployed_instances"));
    QList<int> applied;
    if (status->hasMigrationsTable) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"))) {
            *error = tr("Cannot read schema_migrations: %1").arg(errorOf(q));
            return false;
        }
        while (q.next())
            applied << q.value(0).toInt();
    }
    status->current = applied.isEmpty() ? 0 : applied.last();
    for (const Migration& m : m_migrations) {
        if (!applied.contains(m.version))
            status->pending << m;
    }
    return true;
}

bool SchemaMigrator::ensureMigrationsTable(QSqlDatabase& db, QString* error) const
{
    QSqlQuery q(db);
    const QString sql = m_kind == RegistryTarget::Kind::Postgres
                            ? QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                             "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                             "applied_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
                                             "applied_by TEXT NOT NULL DEFAULT session_user)")
                            : QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                             "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                             "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                                             "applied_by TEXT NOT NULL DEFAULT 'local')");
    if (!q.exec(sql)) {
        *error = tr("Cannot create schema_migrations: %1").arg(errorOf(q));
        return false;
    }
    return true;
}

bool SchemaMigrator::apply(QSqlDatabase& db, const Migration& migration, bool* skipped, QString* error) const
{
    *skipped = false;
    const QString label =
        QStringLiteral("%1_%2").arg(migration.version, 3, 10, QChar(u'0')).arg(migration.name);
    // SQLite changes a constraint by rebuilding the table, which foreign key enforcement would turn
    // into cascading deletes: it is off while a migration runs (it can only change outside a
    // transaction), and the keys are checked before the commit, as SQLite's documentation says.
    const bool sqlite = m_kind != RegistryTarget::Kind::Postgres;
    bool foreignKeys = false;
    if (sqlite) {
        QSqlQuery pragma(db);
        foreignKeys =
            pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next() && pragma.value(0).toBool();
        if (foreignKeys)
            pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    const auto restoreForeignKeys = qScopeGuard([&] {
        if (foreignKeys)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    if (!db.transaction()) {
        *error =
            tr("Migration %1: cannot start a transaction: %2").arg(label, db.lastError().text().trimmed());
        return false;
    }
    auto fail = [&](const QString& text) {
        db.rollback();
        *error = tr("Migration %1 failed and was rolled back: %2").arg(label, text);
        return false;
    };
    QSqlQuery q(db);
    if (m_kind == RegistryTarget::Kind::Postgres) {
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockId)))
            return fail(errorOf(q));
    }
    // Another client may have applied it while we waited for the lock.
    q.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
    q.addBindValue(migration.version);
    if (!q.exec())
        return fail(errorOf(q));
    if (q.next()) {
        db.rollback();
        *skipped = true;
        return true;
    }
    for (const QString& statement : SqlScript::split(migration.sql)) {
        QSqlQuery s(db);
        if (!s.exec(statement)) {
            QString text = errorOf(s);
            if (s.lastError().nativeErrorCode() == QStringLiteral("42501") && statement.contains(u"ROLE"))
                text +=
                    u'\n' + tr("Creating the roles kkt_superadmin, kkt_deployer and kkt_selfservice needs "
                               "the CREATEROLE privilege: run this migration once as a PostgreSQL "
                               "superuser or have a DBA create the three roles (sql/postgres/README.md).");
            return fail(text);
        }
    }
    if (sqlite) {
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return fail(errorOf(q));
        if (q.next())
            return fail(tr("a row of %1 refers to a missing row of %2")
                            .arg(q.value(0).toString(), q.value(2).toString()));
    }
    q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"));
    q.addBindValue(migration.version);
    q.addBindValue(migration.name);
    if (!q.exec())
        return fail(errorOf(q));
    if (!db.commit())
        return fail(db.lastError().text().trimmed());
    qCDebug(lcRegistry) << "applied migration" << label;
    return true;
}

bool SchemaMigrator::migrate(QSqlDatabase& db, QStringList* applied, QString* error) const
{
    Status before;
    if (!status(db, &before, error))
        return false;
    if (before.isNewer()) {
        *error = newerSchemaMessage(before.current, before.latest);
        return false;
    }
    if (!ensureMigrationsTable(db, error))
        return false;
    for (const Migration& m : std::as_const(before.pending)) {
        bool skipped = false;
        if (!apply(db, m, &skipped, error))
            return false;
        if (!skipped && applied)
            *applied << QStringLiteral("%1_%2").arg(m.version, 3, 10, QChar(u'0')).arg(m.name);
    }
    return true;
}
