#include "Outbox.h"

#include "Registry.h"
#include "RegistryConnection.h"
#include "RegistryLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {

const QString kindInstance = QStringLiteral("instance");
const QString kindHistory = QStringLiteral("history");

} // namespace

Outbox::Outbox(QString path)
    : m_path(std::move(path))
{}

Outbox::~Outbox() = default;

QString Outbox::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/outbox.sqlite");
}

QString Outbox::connectionName() const
{
    return QStringLiteral("kkt-outbox:%1:%2").arg(m_path).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

bool Outbox::openDb(QString* error) const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        if (QSqlDatabase::database(name, false).isOpen())
            return true;
        QSqlDatabase::removeDatabase(name);
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error =
            tr("Cannot open the outbox %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery q(db);
    // FULL: a queued write survives a power cut, not only an application crash.
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "kind TEXT NOT NULL, payload TEXT NOT NULL, "
                               "queued_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")) ||
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS outbox_rejected (seq INTEGER PRIMARY KEY, "
                               "kind TEXT NOT NULL, payload TEXT NOT NULL, queued_at TEXT NOT NULL, "
                               "error TEXT NOT NULL)"))) {
        *error = tr("Cannot prepare the outbox %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), q.lastError().text());
        return false;
    }
    return true;
}

bool Outbox::enqueueRaw(const QString& kind, const QByteArray& payload, QString* error)
{
    if (!openDb(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.prepare(QStringLiteral("INSERT INTO outbox (kind, payload) VALUES (?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(payload));
    if (!q.exec()) {
        *error = tr("Cannot queue the write in %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), q.lastError().text());
        return false;
    }
    return true;
}

bool Outbox::enqueue(const InstanceRecord& instance, QString* error)
{
    return enqueueRaw(kindInstance, QJsonDocument(instance.toJson()).toJson(QJsonDocument::Compact), error);
}

bool Outbox::enqueue(const HistoryRecord& record, QString* error)
{
    return enqueueRaw(kindHistory, QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact), error);
}

int Outbox::pending(QString* error) const
{
    QString localError;
    if (!openDb(error ? error : &localError))
        return -1;
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Outbox::FlushResult Outbox::flush(Registry& registry)
{
    return flush(Sink{[&registry](const InstanceRecord& r, QString* error) {
                          return registry.upsertInstance(r, error);
                      },
                      [&registry](const HistoryRecord& r, QString* error) {
                          return registry.recordHistory(r, nullptr, error);
                      }},
                 registry.target());
}

Outbox::FlushResult Outbox::flush(const Sink& sink, const RegistryTarget& target)
{
    FlushResult result;
    if (!openDb(&result.error)) {
        result.pending = -1;
        return result;
    }
    // Two processes flushing one queue would reorder it.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(30000)) {
        result.error =
            tr("Another KKT Deploy is sending the outbox %1").arg(QDir::toNativeSeparators(m_path));
        result.pending = pending();
        return result;
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    struct Item
    {
        qint64 seq;
        QString kind;
        QJsonObject payload;
    };
    auto send = [&sink](const Item& item, QString* error) {
        if (item.kind == kindInstance)
            return sink.instance(InstanceRecord::fromJson(item.payload), error);
        if (item.kind == kindHistory)
            return sink.history(HistoryRecord::fromJson(item.payload), error);
        *error = tr("unknown kind of write “%1”").arg(item.kind);
        return false;
    };
    auto remove = [&db](qint64 seq) {
        QSqlQuery done(db);
        done.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
        done.addBindValue(seq);
        return done.exec();
    };
    bool stop = false;
    while (!stop) {
        QList<Item> batch;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT seq, kind, payload FROM outbox ORDER BY seq LIMIT 100"))) {
                result.error = q.lastError().text();
                break;
            }
            while (q.next())
                batch.append({q.value(0).toLongLong(), q.value(1).toString(),
                              QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
        }
        if (batch.isEmpty())
            break;
        for (const Item& item : std::as_const(batch)) {
            QString error;
            bool ok = send(item, &error);
            // A failure may be the server going away or coming back (the old connection fails
            // once): the write is retried on a fresh connection while the server answers, and set
            // aside only when a live registry refused it three times.
            bool reachable = true;
            for (int attempt = 0; !ok && attempt < 3; ++attempt) {
                reachable = RegistryConnection::isReachable(target);
                if (!reachable)
                    break;
                ok = send(item, &error);
            }
            if (ok) {
                if (!remove(item.seq)) {
                    result.error = db.lastError().text();
                    stop = true;
                    break;
                }
                ++result.sent;
                continue;
            }
            if (!reachable || !RegistryConnection::isReachable(target)) {
                // Try again later, from this write on: the order is kept.
                result.reachable = false;
                result.error = error;
                stop = true;
                break;
            }
            // The registry is there and refuses this write for good: set it aside so the rest can go.
            qCWarning(lcRegistry).noquote() << "outbox write" << item.seq << "rejected:" << error;
            QSqlQuery aside(db);
            db.transaction();
            aside.prepare(
                QStringLiteral("INSERT INTO outbox_rejected (seq, kind, payload, queued_at, error) "
                               "SELECT seq, kind, payload, queued_at, ? FROM outbox WHERE seq = ?"));
            aside.addBindValue(error);
            aside.addBindValue(item.seq);
            aside.exec();
            remove(item.seq);
            db.commit();
            ++result.rejected;
            result.error = error;
        }
    }
    result.pending = pending();
    return result;
}
