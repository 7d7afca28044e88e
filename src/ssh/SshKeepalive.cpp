#include "SshKeepalive.h"

#include "SshLogging.h"

#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive

namespace {

// The wait for an answer is cut into slices so that a cancel is seen within one of them. libssh
// reports no result for the request: a call that returns before its slice is over has seen the
// answer (it waits only for that, or for the slice to end).
constexpr long sliceMs = 200;
constexpr qint64 answeredWithinMs = sliceMs * 3 / 4;

} // namespace

SshKeepalive::SshKeepalive(ssh_session_struct* session, int intervalSeconds, int countMax,
                           int ioTimeoutSeconds, const std::atomic_bool& cancel)
    : m_session(session)
    , m_intervalMs(qMax(1, intervalSeconds) * 1000)
    , m_countMax(qMax(1, countMax))
    , m_ioTimeoutSeconds(qMax(1, ioTimeoutSeconds))
    , m_cancel(cancel)
{
    m_silence.start();
}

void SshKeepalive::heard()
{
    m_silence.restart();
    m_unanswered = 0;
}

bool SshKeepalive::alive()
{
    if (m_silence.elapsed() < m_intervalMs)
        return true;
    if (probe()) {
        heard();
        return true;
    }
    if (!ssh_is_connected(m_session))
        return false;
    ++m_unanswered; // the next request follows at once: the silence goes on
    qCInfo(lcSsh) << "keepalive request unanswered" << m_unanswered << "of" << m_countMax;
    return m_unanswered < m_countMax;
}

bool SshKeepalive::probe()
{
    if (!ssh_is_connected(m_session))
        return false;
    const long slice = sliceMs * 1000;
    const long zero = 0;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &zero);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &slice);
    bool answered = false;
    QElapsedTimer waited;
    waited.start();
    // The first call sends the request; while it is pending, later calls only wait for its answer.
    while (!m_cancel && waited.elapsed() < m_intervalMs) {
        QElapsedTimer call;
        call.start();
        ssh_send_keepalive(m_session);
        if (!ssh_is_connected(m_session))
            break;
        if (call.elapsed() < answeredWithinMs) {
            answered = true;
            break;
        }
    }
    const long seconds = m_ioTimeoutSeconds;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &zero);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    return answered;
}
