#include "RegistryConnection.h"

#include "InstanceSearch.h"
#include "RegistryLogging.h"
#include "RegistryTls.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

QString RegistryConnection::connectionName(const RegistryTarget& target)
{
    // Another password means another sign-in; the seeded hash keeps the password itself out.
    return QStringLiteral("kkt-registry:%1:%2:%3")
        .arg(target.url())
        .arg(qHash(target.password), 0, 16)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase RegistryConnection::open(const RegistryTarget& target, QString* error)
{
    const QString name = connectionName(target);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(name);
    }
    if (!QSqlDatabase::isDriverAvailable(target.driverName())) {
        *error = tr("The Qt SQL driver %1 is not installed — install the package %2")
                     .arg(target.driverName(), target.isPostgres() ? QStringLiteral("libqt6sql6-psql")
                                                                   : QStringLiteral("libqt6sql6-sqlite"));
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(target.driverName(), name);
    if (target.isPostgres()) {
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(target.database);
        db.setUserName(target.user);
        db.setPassword(target.password);
        const QString tls = RegistryTls::connectOptions(target, error);
        if (tls.isEmpty()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=kkt-deploy;") + tls);
    } else {
        QDir().mkpath(QFileInfo(target.sqlitePath).absolutePath());
        db.setDatabaseName(target.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text().trimmed();
        const QString tls = target.isPostgres() ? RegistryTls::explain(target, reason) : QString();
        *error = tls.isEmpty()
                     ? tr("Cannot open the registry %1: %2").arg(target.display(), reason)
                     : tr("Cannot open the registry %1: %2\n(%3)").arg(target.display(), tls, reason);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    QSqlQuery q(db);
    if (target.isPostgres()) {
        // Timestamps are exchanged in UTC whatever the server's zone is.
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        // The idempotent migrations would print a NOTICE for every object that already exists.
        q.exec(QStringLiteral("SET client_min_messages = warning"));
    } else {
        QString functionError;
        if (!InstanceSearch::registerSqliteFunction(db, &functionError))
            qCWarning(lcRegistry).noquote() << "search function not registered:" << functionError;
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QFile::setPermissions(target.sqlitePath, QFile::ReadOwner | QFile::WriteOwner);
    }
    qCDebug(lcRegistry) << "opened" << target.display();
    return db;
}

void RegistryConnection::drop(const RegistryTarget& target)
{
    const QString name = connectionName(target);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool RegistryConnection::isReachable(const RegistryTarget& target)
{
    drop(target);
    QString error;
    QSqlDatabase db = open(target, &error);
    if (!db.isValid())
        return false;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1")))
        return true;
    drop(target);
    return false;
}
