#include "ServerCheck.h"

#include "SshSession.h"

#include <QThread>

ServerCheck::ServerCheck(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_session(new SshSession)
{
    m_thread->setObjectName(QStringLiteral("ssh-server-check"));
    m_session->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_session, &QObject::deleteLater);
    m_thread->start();
}

ServerCheck::~ServerCheck()
{
    m_session->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ServerCheck::runOnWorker(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_session, std::move(work), Qt::QueuedConnection);
}

void ServerCheck::deliver(quint64 generation, std::function<void()> result)
{
    // Runs on the owner's thread; a result of a cancelled or superseded run is dropped.
    QMetaObject::invokeMethod(
        this,
        [this, generation, result = std::move(result)] {
            if (generation == m_generation && m_running)
                result();
        },
        Qt::QueuedConnection);
}

void ServerCheck::start(const SshTarget& target, const QString& domain,
                        const ServerFacts::Requirements& requirements)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    m_domain = domain;
    m_requirements = requirements;
    Q_EMIT stepChanged(tr("Connecting to %1…").arg(target.host));
    SshSession* session = m_session;
    // The worker gets its own copies: the members belong to this (the owner's) thread.
    runOnWorker([this, session, target, generation, domain, requirements] {
        session->resetCancel();
        session->setTarget(target);
        const SshError error = session->connectToHost();
        if (error.kind == SshError::HostKeyUnknown) {
            const HostKey key = session->hostKey();
            deliver(generation, [this, key] {
                m_pendingKey = key;
                Q_EMIT stepChanged(tr("Waiting for you to check the host key…"));
                Q_EMIT hostKeyUnknown(key);
            });
            return;
        }
        if (error) {
            session->disconnectFromHost();
            deliver(generation, [this, error] {
                m_running = false;
                Q_EMIT failed(error);
            });
            return;
        }
        gatherFacts(generation, domain, requirements);
    });
}

void ServerCheck::gatherFacts(quint64 generation, const QString& domain,
                              const ServerFacts::Requirements& requirements)
{
    deliver(generation, [this] { Q_EMIT stepChanged(tr("Logging in…")); });
    SshError error = m_session->authenticate();
    ServerFactList facts;
    if (!error) {
        deliver(generation, [this] { Q_EMIT stepChanged(tr("Checking the server…")); });
        facts = ServerFacts::collect(*m_session, domain, requirements, &error);
    }
    m_session->disconnectFromHost();
    deliver(generation, [this, error, facts] {
        m_running = false;
        if (error.kind == SshError::Cancelled)
            return; // cancel() already reported it
        if (error)
            Q_EMIT failed(error);
        else
            Q_EMIT finished(facts);
    });
}

void ServerCheck::acceptHostKey()
{
    if (!m_running || m_pendingKey.fingerprint.isEmpty())
        return;
    const quint64 generation = m_generation;
    const QString fingerprint = m_pendingKey.fingerprint;
    m_pendingKey = HostKey();
    Q_EMIT stepChanged(tr("Saving the host key…"));
    runOnWorker([this, generation, fingerprint, domain = m_domain, requirements = m_requirements] {
        const SshError error = m_session->acceptHostKey(fingerprint);
        if (error) {
            m_session->disconnectFromHost();
            deliver(generation, [this, error] {
                m_running = false;
                Q_EMIT failed(error);
            });
            return;
        }
        gatherFacts(generation, domain, requirements);
    });
}

void ServerCheck::rejectHostKey()
{
    if (!m_running)
        return;
    m_pendingKey = HostKey();
    m_running = false;
    ++m_generation;
    runOnWorker([this] { m_session->disconnectFromHost(); });
    Q_EMIT failed(SshError::make(SshError::HostKeyUnknown,
                                 tr("The host key was not accepted, so KKT Deploy did not log in")));
}

void ServerCheck::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_pendingKey = HostKey();
    m_session->cancel();
    runOnWorker([this] { m_session->disconnectFromHost(); });
    Q_EMIT cancelled();
}
