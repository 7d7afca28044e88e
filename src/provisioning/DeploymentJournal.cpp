#include "DeploymentJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString selectDeployment()
{
    return QStringLiteral("SELECT id, instance_id, config, host, created_instance, status, started_at, "
                          "finished_at, error, pid, accepted_checks FROM deployments ");
}

DeploymentJournal::Deployment deploymentOf(const QSqlQuery& q)
{
    QStringList accepted;
    for (const QJsonValue& check : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
        accepted << check.toString();
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toBool(),
            q.value(5).toString(),
            fromIso(q.value(6)),
            fromIso(q.value(7)),
            q.value(8).toString(),
            q.value(9).toLongLong(),
            accepted};
}

} // namespace

bool DeploymentJournal::Deployment::unfinished() const
{
    return status == QStringLiteral("running") || status == QStringLiteral("cancelled") ||
           status == QStringLiteral("failed");
}

QString DeploymentJournal::Deployment::state() const
{
    // A run of this process, or of a process still alive, is running; any other was interrupted.
    if (status != QStringLiteral("running"))
        return status;
    const bool alive = pid == QCoreApplication::applicationPid() ||
                       (pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
    return alive ? status : QStringLiteral("interrupted");
}

QString DeploymentJournal::Deployment::mode() const
{
    return QJsonDocument::fromJson(configJson.toUtf8()).object().value(QStringLiteral("mode")).toString();
}

QString DeploymentJournal::Deployment::kind() const
{
    // BackupRestore journals its run with the configuration and the backup's name.
    return QJsonDocument::fromJson(configJson.toUtf8()).object().contains(QStringLiteral("restore"))
               ? QStringLiteral("restore")
               : QStringLiteral("deployment");
}

DeploymentJournal::DeploymentJournal(const QString& path)
    : m_path(path.isEmpty() ? defaultPath() : path)
    , m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

DeploymentJournal::~DeploymentJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString DeploymentJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal.sqlite");
}

bool DeploymentJournal::open(QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = tr("cannot open the deployment journal “%1”: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery q(db);
    const char* statements[] = {
        "PRAGMA journal_mode=WAL",
        // Commits survive a crash or a kill of KKT Deploy (that is what resuming needs); only a power
        // loss may take back the last ones, and their steps are idempotent. FULL costs ~6 ms a commit.
        "PRAGMA synchronous=NORMAL",
        "PRAGMA busy_timeout=5000",
        "CREATE TABLE IF NOT EXISTS deployments (id TEXT PRIMARY KEY, instance_id TEXT, config TEXT NOT "
        "NULL, "
        "host TEXT, created_instance INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, started_at TEXT NOT "
        "NULL, "
        "finished_at TEXT, error TEXT)",
        "CREATE TABLE IF NOT EXISTS steps (deployment_id TEXT NOT NULL REFERENCES deployments(id), step_id "
        "TEXT NOT "
        "NULL, state TEXT NOT NULL, started_at TEXT, finished_at TEXT, duration_ms INTEGER, output TEXT, "
        "PRIMARY KEY (deployment_id, step_id))",
    };
    for (const char* sql : statements) {
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = tr("cannot prepare the deployment journal “%1”: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    // Journals written before the process ID and the accepted checks were kept get the columns.
    for (const QString& column : {QStringLiteral("pid INTEGER"), QStringLiteral("accepted_checks TEXT")}) {
        if (!db.record(QStringLiteral("deployments")).contains(column.section(u' ', 0, 0)) &&
            !q.exec(QStringLiteral("ALTER TABLE deployments ADD COLUMN ") + column)) {
            *error = tr("cannot prepare the deployment journal “%1”: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool DeploymentJournal::startDeployment(const Deployment& d)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO deployments (id, instance_id, config, host, created_instance, status, started_at, pid, "
        "accepted_checks) VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?) ON CONFLICT(id) DO UPDATE SET status = "
        "'running', error = NULL, finished_at = NULL, pid = excluded.pid, "
        "accepted_checks = COALESCE(excluded.accepted_checks, accepted_checks)"));
    q.addBindValue(d.id);
    q.addBindValue(d.instanceId);
    q.addBindValue(d.configJson);
    q.addBindValue(d.host);
    q.addBindValue(d.createdInstance ? 1 : 0);
    q.addBindValue(iso(d.startedAt.isValid() ? d.startedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(QCoreApplication::applicationPid());
    // A resume that accepted nothing new keeps what its first run accepted.
    q.addBindValue(
        d.acceptedChecks.isEmpty()
            ? QVariant()
            : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(d.acceptedChecks))
                                             .toJson(QJsonDocument::Compact))));
    return q.exec();
}

DeploymentJournal::Deployment DeploymentJournal::deployment(const QString& id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(selectDeployment() + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return deploymentOf(q);
}

DeploymentJournal::Deployment DeploymentJournal::latest(const QString& host, const QString& mode) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        selectDeployment() +
        QStringLiteral("WHERE host = ? AND status <> 'not-started' ORDER BY started_at DESC, rowid DESC"));
    q.addBindValue(host);
    if (q.exec()) {
        while (q.next()) {
            const Deployment d = deploymentOf(q);
            if (d.mode() == mode && d.kind() == QStringLiteral("deployment"))
                return d;
        }
    }
    return {};
}

DeploymentJournal::Deployment DeploymentJournal::creatorOf(const QString& host,
                                                           const QString& instanceId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(selectDeployment() +
              QStringLiteral("WHERE host = ? AND instance_id = ? AND created_instance = 1 AND "
                             "status <> 'not-started' ORDER BY started_at DESC, rowid DESC LIMIT 1"));
    q.addBindValue(host);
    q.addBindValue(instanceId);
    if (!q.exec() || !q.next())
        return {};
    return deploymentOf(q);
}

DeploymentJournal::Step DeploymentJournal::lastStep(const QString& deploymentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT step_id, state, started_at, finished_at, duration_ms, output FROM steps "
                             "WHERE deployment_id = ? ORDER BY started_at DESC, rowid DESC LIMIT 1"));
    q.addBindValue(deploymentId);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(),   fromIso(q.value(2)),
            fromIso(q.value(3)),   q.value(4).toLongLong(), q.value(5).toString()};
}

QList<DeploymentJournal::Deployment> DeploymentJournal::deployments(int limit) const
{
    QList<Deployment> list;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM deployments ORDER BY started_at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list << deployment(q.value(0).toString());
    }
    return list;
}

bool DeploymentJournal::setInstance(const QString& id, const QString& instanceId, bool createdInstance)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE deployments SET instance_id = ?, created_instance = ? WHERE id = ?"));
    q.addBindValue(instanceId);
    q.addBindValue(createdInstance ? 1 : 0);
    q.addBindValue(id);
    return q.exec();
}

bool DeploymentJournal::finishDeployment(const QString& id, const QString& status, const QString& error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE deployments SET status = ?, error = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    return q.exec();
}

bool DeploymentJournal::recordStep(const QString& deploymentId, const Step& s)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO steps (deployment_id, step_id, state, started_at, finished_at, duration_ms, "
        "output) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(deployment_id, step_id) DO UPDATE SET "
        "state = excluded.state, started_at = excluded.started_at, finished_at = "
        "excluded.finished_at, duration_ms = excluded.duration_ms, output = excluded.output"));
    q.addBindValue(deploymentId);
    q.addBindValue(s.stepId);
    q.addBindValue(s.state);
    q.addBindValue(iso(s.startedAt));
    q.addBindValue(iso(s.finishedAt));
    q.addBindValue(s.durationMs);
    q.addBindValue(s.output);
    return q.exec();
}

QList<DeploymentJournal::Step> DeploymentJournal::steps(const QString& deploymentId) const
{
    QList<Step> list;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT step_id, state, started_at, finished_at, duration_ms, output FROM steps WHERE "
                       "deployment_id = ? ORDER BY started_at"));
    q.addBindValue(deploymentId);
    if (q.exec()) {
        while (q.next())
            list << Step{q.value(0).toString(), q.value(1).toString(),   fromIso(q.value(2)),
                         fromIso(q.value(3)),   q.value(4).toLongLong(), q.value(5).toString()};
    }
    return list;
}

QStringList DeploymentJournal::verifiedSteps(const QString& deploymentId) const
{
    QStringList ids;
    for (const Step& s : steps(deploymentId)) {
        if (s.state == QStringLiteral("unchanged") || s.state == QStringLiteral("changed"))
            ids << s.stepId;
    }
    return ids;
}

qint64 DeploymentJournal::typicalDurationMs(const QString& stepId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT duration_ms FROM steps WHERE step_id = ? AND state IN ('changed', 'unchanged') "
        "ORDER BY finished_at DESC LIMIT 9"));
    q.addBindValue(stepId);
    QList<qint64> durations;
    if (q.exec()) {
        while (q.next())
            durations << q.value(0).toLongLong();
    }
    if (durations.isEmpty())
        return -1;
    std::sort(durations.begin(), durations.end());
    return durations.at(durations.size() / 2);
}
