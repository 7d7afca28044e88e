#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <mutex>

// The TCP connection under an SSH session. KKT Deploy opens it itself instead of leaving that to
// libssh, so that Cancel works at every moment of the handshake: the connect waits in short slices
// that look at the cancel flag, and once libssh has the socket, abort() (from any thread) shuts it
// down so that the key exchange or the login blocked on it returns at once.
class SshSocket
{
    Q_DECLARE_TR_FUNCTIONS(SshSocket)

public:
    SshSocket() = default;
    SshSocket(const SshSocket&) = delete;
    SshSocket& operator=(const SshSocket&) = delete;
    ~SshSocket() { disarm(); }

    // Resolves `host` and connects within `timeoutMs`. Returns the connected, blocking socket
    // (libssh takes it over and closes it), or -1 with `error` set (empty when cancelled).
    // TCP keepalive is on, so that the kernel too notices a peer that is gone for good.
    static int connect(const QString& host, int port, int timeoutMs, int keepaliveSeconds,
                       const std::atomic_bool& cancel, QString* error);

    // While armed, abort() shuts `fd` down. The owner arms it for the handshake and disarms it once
    // the login is over: afterwards a cancel must leave the connection usable (to stop the remote
    // command, to release the server lock).
    void arm(int fd);
    void disarm();
    // Thread-safe.
    void abort();

private:
    std::mutex m_mutex;
    int m_abortFd = -1; // a duplicate of libssh's socket: ours to close, never reused under us
};
