#include "SshSocket.h"

#include <QElapsedTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// How often a waiting connect looks at the cancel flag.
constexpr int sliceMs = 100;

QString systemError(int code)
{
    return QString::fromLocal8Bit(strerror(code));
}

void enableTcpKeepalive(int fd, int seconds)
{
    const int on = 1;
    const int idle = qMax(1, seconds * 2);
    const int interval = qMax(1, seconds);
    const int count = 3;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    const int noDelay = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay);
}

// Waits for one non-blocking connect; 0 when connected, else an errno value (ETIMEDOUT,
// ECANCELED or what the connect failed with).
int waitForConnect(int fd, const QElapsedTimer& timer, int timeoutMs, const std::atomic_bool& cancel)
{
    for (;;) {
        if (cancel)
            return ECANCELED;
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            return ETIMEDOUT;
        pollfd p{fd, POLLOUT, 0};
        const int n = poll(&p, 1, int(qMin<qint64>(sliceMs, left)));
        if (n < 0 && errno != EINTR)
            return errno;
        if (n > 0) {
            int code = 0;
            socklen_t size = sizeof code;
            if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &size) != 0)
                return errno;
            return code;
        }
    }
}

} // namespace

int SshSocket::connect(const QString& host, int port, int timeoutMs, int keepaliveSeconds,
                       const std::atomic_bool& cancel, QString* error)
{
    error->clear();
    QElapsedTimer timer;
    timer.start();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const int resolved =
        getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
    if (resolved != 0) {
        *error = tr("the name %1 could not be resolved: %2")
                     .arg(host, QString::fromLocal8Bit(gai_strerror(resolved)));
        return -1;
    }
    int connected = -1;
    int lastError = 0;
    for (addrinfo* a = found; a && connected < 0; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        lastError = ::connect(fd, a->ai_addr, a->ai_addrlen) == 0 ? 0 : errno;
        if (lastError == EINPROGRESS)
            lastError = waitForConnect(fd, timer, timeoutMs, cancel);
        if (lastError == 0) {
            connected = fd;
        } else {
            ::close(fd);
            if (lastError == ECANCELED || lastError == ETIMEDOUT)
                break;
        }
    }
    freeaddrinfo(found);
    if (connected < 0) {
        if (lastError == ETIMEDOUT)
            *error = tr("no answer within %n second(s)", nullptr, (timeoutMs + 999) / 1000);
        else if (lastError != ECANCELED)
            *error = systemError(lastError);
        return -1;
    }
    // libssh expects a blocking socket, as its own connect leaves it.
    fcntl(connected, F_SETFL, fcntl(connected, F_GETFL) & ~O_NONBLOCK);
    enableTcpKeepalive(connected, keepaliveSeconds);
    return connected;
}

void SshSocket::arm(int fd)
{
    std::lock_guard lock(m_mutex);
    if (m_abortFd >= 0)
        ::close(m_abortFd);
    m_abortFd = fd >= 0 ? fcntl(fd, F_DUPFD_CLOEXEC, 0) : -1;
}

void SshSocket::disarm()
{
    std::lock_guard lock(m_mutex);
    if (m_abortFd >= 0)
        ::close(m_abortFd);
    m_abortFd = -1;
}

void SshSocket::abort()
{
    std::lock_guard lock(m_mutex);
    if (m_abortFd >= 0)
        ::shutdown(m_abortFd, SHUT_RDWR);
}
