#pragma once

#include "HostKey.h"
#include "ServerFacts.h"
#include "SshError.h"
#include "SshTarget.h"

#include <QObject>

class QThread;
class SshSession;

// The Server page's "Test connection", without widgets: connect, let the user confirm an unknown
// host key, log in, gather the facts. The SSH session lives in a worker thread of its own and is
// only ever touched there; results come back as signals on the owner's thread. Cancel answers at
// once: the worker stops at its next short read timeout and its late result is dropped.
class ServerCheck : public QObject
{
    Q_OBJECT

public:
    explicit ServerCheck(QObject* parent = nullptr);
    ~ServerCheck() override;

    void start(const SshTarget& target, const QString& domain,
               const ServerFacts::Requirements& requirements = ServerFacts::Requirements());
    // Answers hostKeyUnknown().
    void acceptHostKey();
    void rejectHostKey();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stepChanged(const QString& step);
    void hostKeyUnknown(const HostKey& key);
    void finished(const ServerFactList& facts);
    void failed(const SshError& error);
    void cancelled();

private:
    void runOnWorker(std::function<void()> work);
    void deliver(quint64 generation, std::function<void()> result);
    // Runs on the worker thread.
    void gatherFacts(quint64 generation, const QString& domain,
                     const ServerFacts::Requirements& requirements);

    QThread* m_thread = nullptr;
    SshSession* m_session = nullptr; // lives in m_thread
    quint64 m_generation = 0;
    bool m_running = false;
    QString m_domain;
    ServerFacts::Requirements m_requirements;
    HostKey m_pendingKey;
};
