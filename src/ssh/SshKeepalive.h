#pragma once

#include <QElapsedTimer>

#include <atomic>

struct ssh_session_struct;

// SSH-level liveness while the owning thread waits on a channel. After `intervalSeconds` without
// a word from the server it sends a keepalive@openssh.com global request that asks for a reply
// (any SSH server must answer it, if only with a refusal) and waits up to `intervalSeconds` for
// it; `countMax` unanswered in a row mean the server is gone. This also catches a peer whose TCP
// stack still acknowledges (a frozen server, a proxy that stopped forwarding), which TCP
// keepalive never notices. libssh 0.10 has no timer of its own for this.
class SshKeepalive
{
public:
    SshKeepalive(ssh_session_struct* session, int intervalSeconds, int countMax, int ioTimeoutSeconds,
                 const std::atomic_bool& cancel);

    // The server sent something: it is alive.
    void heard();
    // Called from the waiting loop; false once the server has left countMax requests unanswered
    // (or the connection is closed). Returns at once while the server is not silent for long.
    bool alive();
    // One request, now: true when the server answers within the interval.
    bool probe();

private:
    ssh_session_struct* m_session;
    int m_intervalMs;
    int m_countMax;
    int m_ioTimeoutSeconds; // the session's usual timeout, restored after each wait
    const std::atomic_bool& m_cancel;
    QElapsedTimer m_silence;
    int m_unanswered = 0;
};
