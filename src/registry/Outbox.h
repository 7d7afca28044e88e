#pragma once

#include "HistoryRecord.h"
#include "InstanceRecord.h"

#include "RegistryTarget.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Registry;

// Writes for the registry wait here, in a local SQLite queue, until the registry takes them.
// Every write is queued first (so closing the application loses nothing) and sent in queue order.
// A write is removed only after the registry accepted it; if the application dies in between,
// the resend is recognised by its instance/operation UUID, so each write lands exactly once.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    struct FlushResult
    {
        int sent = 0;
        int rejected = 0; // refused by the registry for good (kept in outbox_rejected)
        int pending = 0;
        bool reachable = true;
        QString error;
    };

    // The queue file; defaultPath() is in the application data folder.
    explicit Outbox(QString path = defaultPath());
    ~Outbox();
    static QString defaultPath();

    const QString& path() const { return m_path; }
    bool enqueue(const InstanceRecord& instance, QString* error);
    bool enqueue(const HistoryRecord& record, QString* error);
    int pending(QString* error = nullptr) const;
    // Sends what is queued, in order, stopping at the first write the registry cannot take now.
    FlushResult flush(Registry& registry);
    // The same through other writers (the self-service functions); `target` is asked whether the
    // registry is reachable when a write fails.
    struct Sink
    {
        std::function<bool(const InstanceRecord&, QString*)> instance;
        std::function<bool(const HistoryRecord&, QString*)> history;
    };
    FlushResult flush(const Sink& sink, const RegistryTarget& target);

private:
    bool enqueueRaw(const QString& kind, const QByteArray& payload, QString* error);
    QString connectionName() const;
    bool openDb(QString* error) const;

    QString m_path;
};
