#include "RemoteShell.h"

#include "SshKeepalive.h"

#include "SshLogging.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <libssh/libssh.h>

#include <functional>

namespace {

// What the shell's wrapper writes first on stderr: the id of its process group (see SshSession).
constexpr char pidMarker[] = "\x01kkt-pid:";
// sudo's prompt, asked for explicitly so that the password is sent only when sudo reads it (with
// NOPASSWD it never does, and the line would reach the shell as a command).
constexpr char sudoPrompt[] = "[kkt-sudo-password]";

// One stream of a script's reply: complete lines go to `sink` (and `capture`) as they arrive; the
// end marker, which may follow a last line that has no newline, ends it, and the rest of the
// marker's line (the exit status on stdout) is kept as the trailer.
class ReplyStream
{
public:
    ReplyStream(QByteArray marker, std::function<void(const QByteArray&)> sink, QByteArray* capture)
        : m_marker(std::move(marker))
        , m_sink(std::move(sink))
        , m_capture(capture)
    {}

    void add(const char* data, qsizetype size)
    {
        if (m_ended)
            return;
        m_pending.append(data, size);
        const qsizetype at = m_pending.indexOf(m_marker);
        const qsizetype markerEnd = at < 0 ? -1 : m_pending.indexOf('\n', at);
        if (markerEnd >= 0) {
            m_trailer = m_pending.mid(at + m_marker.size(), markerEnd - at - m_marker.size()).trimmed();
            m_pending.truncate(at);
            if (!m_pending.isEmpty() && !m_pending.endsWith('\n'))
                m_pending.append('\n');
            m_ended = true;
        }
        // The marker never spans a newline, so every complete line before it is output.
        const qsizetype lastNewline = m_pending.lastIndexOf('\n');
        if (lastNewline < 0)
            return;
        const QByteArray complete = m_pending.left(lastNewline + 1);
        m_pending.remove(0, lastNewline + 1);
        if (m_capture)
            m_capture->append(complete);
        for (QByteArray line : complete.split('\n').mid(0, complete.count('\n'))) {
            if (line.endsWith('\r'))
                line.chop(1);
            m_sink(line);
        }
    }
    bool ended() const { return m_ended; }
    QByteArray trailer() const { return m_trailer; }

private:
    QByteArray m_marker;
    std::function<void(const QByteArray&)> m_sink;
    QByteArray* m_capture;
    QByteArray m_pending;
    QByteArray m_trailer;
    bool m_ended = false;
};

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

} // namespace

RemoteShell::RemoteShell(SshSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    // Disconnecting frees every channel of the connection: the shell's pointer must go first.
    connect(session, &SshSession::aboutToDisconnect, this, &RemoteShell::forget, Qt::DirectConnection);
}

RemoteShell::~RemoteShell()
{
    close();
}

void RemoteShell::forget()
{
    m_channel = nullptr;
    m_pid = 0;
    m_stderrHead.clear();
}

void RemoteShell::close()
{
    if (m_channel && m_session && m_session->isConnected()) {
        ssh_channel_send_eof(m_channel); // the shell reads end of input and exits
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    forget();
}

void RemoteShell::stop(qint64 pid, bool asRoot)
{
    if (m_session && m_channel) {
        m_session->killRemote(pid, asRoot);
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    forget();
}

bool RemoteShell::write(const QByteArray& data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const int chunk = int(qMin<qsizetype>(data.size() - written, 32768));
        const int n = ssh_channel_write(m_channel, data.constData() + written, uint32_t(chunk));
        if (n == SSH_ERROR)
            return false;
        written += n;
    }
    return true;
}

SshError RemoteShell::start(const SshSession::RunOptions& options, bool asRoot)
{
    ssh_channel channel = ssh_channel_new(m_session->m_session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
        if (channel)
            ssh_channel_free(channel);
        return m_session->connectionError(
            m_session->isConnected() ? SshError::Failed : SshError::ConnectionLost,
            tr("Could not open a channel to %1").arg(m_session->resolvedHost()));
    }
    // As SshSession::run(): its own process group, whose id comes first on stderr, so that a
    // cancel can stop the shell and whatever runs in it. No rc files: nothing but our scripts.
    QString command = QStringLiteral("setsid -w sh -c ") +
                      SshSession::shellQuote(QStringLiteral("printf '\\001kkt-pid:%s\\n' $$ >&2; exec bash "
                                                            "--noprofile --norc"));
    if (asRoot)
        command = (options.sudoPassword.isEmpty()
                       ? QStringLiteral("sudo -n -- ")
                       : QStringLiteral("sudo -S -k -p '%1' -- ").arg(QLatin1String(sudoPrompt))) +
                  command;
    if (ssh_channel_request_exec(channel, ("exec " + command).toUtf8().constData()) != SSH_OK) {
        ssh_channel_free(channel);
        return m_session->connectionError(m_session->isConnected() ? SshError::Failed
                                                                   : SshError::ConnectionLost,
                                          tr("The server refused to run a command"));
    }
    m_channel = channel;
    m_asRoot = asRoot;
    m_pid = 0;
    m_stderrHead.clear();
    ++m_shellsStarted;
    qCDebug(lcSsh) << "started a remote shell on" << m_session->resolvedHost() << (asRoot ? "via sudo" : "");
    if (!asRoot || options.sudoPassword.isEmpty())
        return {}; // the first script follows at once; the shell's marker arrives with its reply
    return awaitSudo(options);
}

// sudo with a password: nothing but the password is sent until sudo has let the shell start, so
// that a wrong password can never make sudo read a script as its next attempt.
SshError RemoteShell::awaitSudo(const SshSession::RunOptions& options)
{
    bool passwordSent = false;
    char buffer[4096];
    QElapsedTimer timer;
    timer.start();
    while (!takeShellMarker(nullptr)) {
        const bool timedOut = timer.elapsed() > qMax(1, m_session->target().ioTimeoutSeconds) * 1000LL;
        const bool eof = ssh_channel_is_eof(m_channel) && ssh_channel_poll(m_channel, 1) <= 0;
        const qsizetype prompt = m_stderrHead.indexOf(sudoPrompt);
        if (m_session->m_cancel || timedOut || eof || !m_session->isConnected() ||
            (prompt >= 0 && passwordSent)) {
            const QByteArray said = m_stderrHead.replace(sudoPrompt, QByteArray());
            const bool connected = m_session->isConnected();
            close();
            if (!connected)
                return m_session->connectionError(
                    SshError::ConnectionLost,
                    tr("The connection to %1 was lost").arg(m_session->resolvedHost()));
            if (m_session->m_cancel)
                return SshError::make(SshError::Cancelled, tr("Cancelled"));
            if (timedOut)
                return SshError::make(SshError::TimedOut,
                                      tr("sudo on %1 did not answer").arg(m_session->resolvedHost()));
            return m_session->sudoError(said, true);
        }
        if (prompt >= 0) {
            m_stderrHead.remove(prompt, qsizetype(sizeof sudoPrompt) - 1);
            QByteArray password = options.sudoPassword.toUtf8() + '\n';
            passwordSent = write(password);
            password.fill('\0');
        }
        const int n = ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, 1, 100);
        if (n > 0)
            m_stderrHead.append(buffer, n);
    }
    return {};
}

// Cuts the shell's process-group marker out of the stderr read so far; true once it is there,
// with what followed it in `rest`. Anything before it is sudo's (a lecture): debug only.
bool RemoteShell::takeShellMarker(QByteArray* rest)
{
    if (m_pid != 0)
        return true;
    const qsizetype at = m_stderrHead.indexOf(pidMarker);
    const qsizetype nl = at < 0 ? -1 : m_stderrHead.indexOf('\n', at);
    if (nl < 0)
        return false;
    const qsizetype from = at + qsizetype(sizeof pidMarker) - 1;
    m_pid = qMax<qint64>(-1, m_stderrHead.mid(from, nl - from).toLongLong());
    m_pid = m_pid == 0 ? -1 : m_pid;
    if (rest)
        *rest = m_stderrHead.mid(nl + 1);
    m_stderrHead.truncate(at);
    if (!m_stderrHead.trimmed().isEmpty())
        qCDebug(lcSsh).noquote() << "before the remote shell:"
                                 << m_session->redact(QString::fromUtf8(m_stderrHead));
    m_stderrHead.clear();
    return true;
}

SshSession::Result RemoteShell::run(const QByteArray& script, const SshSession::RunOptions& options)
{
    SshSession::Result result;
    if (!m_session || !m_session->isConnected() || !m_session->isAuthenticated()) {
        result.error = SshError::make(SshError::ConnectionLost, tr("Not connected to the server"));
        return result;
    }
    if (m_session->m_cancel) { // nothing is sent that could no longer be stopped
        result.error = SshError::make(SshError::Cancelled, tr("Cancelled"));
        return result;
    }
    const bool asRoot = options.sudo && m_session->resolvedUser() != QStringLiteral("root");
    if (m_channel && asRoot != m_asRoot)
        close();
    if (!m_channel) {
        if (const SshError error = start(options, asRoot)) {
            result.error = error;
            return result;
        }
    }
    const QString host = m_session->resolvedHost();
    const auto lostError = [&] {
        return m_session->connectionError(
            SshError::ConnectionLost,
            tr("The connection to %1 was lost while a command was running").arg(host));
    };

    const QByteArray marker = "::kkt-end-" + randomHex(16);
    QByteArray payload = script;
    if (!payload.endsWith('\n'))
        payload += '\n';
    // One line the shell reads as a command, then exactly the script's bytes (head -c reads no
    // further; bash reads its own input byte by byte, so nothing of the script is read ahead).
    const QByteArray header = "kkt_s=$(head -c " + QByteArray::number(payload.size()) +
                              "); (eval \"$kkt_s\") </dev/null; kkt_rc=$?; unset kkt_s; printf '%s %s\\n' " +
                              marker + " \"$kkt_rc\"; printf '%s\\n' " + marker + " >&2\n";
    const bool sent = write(header) && write(payload);
    payload.fill('\0');
    if (!sent && asRoot && m_pid == 0 && m_session->isConnected()) {
        // sudo refused at once and the server closed the channel before the script went out: the
        // answer is sudo's, as when it refuses after reading the script.
        char buffer[4096];
        int n = 0;
        while ((n = ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, 1, 100)) > 0)
            m_stderrHead.append(buffer, n);
        const QByteArray said = m_stderrHead;
        close();
        result.error = m_session->sudoError(said, !options.sudoPassword.isEmpty());
        return result;
    }
    if (!sent) {
        result.error = m_session->isConnected()
                           ? SshError::make(SshError::Failed, tr("Could not send a script to %1").arg(host))
                           : lostError();
        forget();
        return result;
    }

    ReplyStream out(
        marker, [&](const QByteArray& line) { Q_EMIT stdoutLine(QString::fromUtf8(line)); },
        options.captureOutput ? &result.stdoutData : nullptr);
    ReplyStream err(
        marker,
        [&](const QByteArray& line) { Q_EMIT stderrLine(m_session->redact(QString::fromUtf8(line))); },
        options.captureOutput ? &result.stderrData : nullptr);
    const auto handleErr = [&](const char* data, int size) {
        if (m_pid != 0) {
            err.add(data, size);
            return;
        }
        m_stderrHead.append(data, size);
        QByteArray rest;
        if (takeShellMarker(&rest))
            err.add(rest.constData(), rest.size());
    };

    QElapsedTimer timer;
    timer.start();
    // A long script (apt) may print nothing for minutes: keepalives tell a silent server from a
    // vanished one, as SshSession::run does for exec channels.
    const SshTarget& target = m_session->target();
    SshKeepalive keepalive(m_session->m_session, target.keepaliveSeconds, target.keepaliveCountMax,
                           target.ioTimeoutSeconds, m_session->m_cancel);
    char buffer[65536];
    while (!out.ended() || !err.ended()) {
        const bool timedOut = options.timeoutSeconds > 0 && timer.elapsed() > options.timeoutSeconds * 1000LL;
        if (m_session->m_cancel || timedOut) {
            // A shell started with this script may not have said yet which process group to stop.
            QElapsedTimer grace;
            grace.start();
            while (m_pid == 0 && grace.elapsed() < 2000 && !ssh_channel_is_eof(m_channel)) {
                const int n = ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, 1, 100);
                if (n < 0)
                    break;
                if (n > 0)
                    handleErr(buffer, n);
            }
            stop(m_pid, m_asRoot);
            result.error =
                m_session->m_cancel
                    ? SshError::make(SshError::Cancelled, tr("Cancelled"))
                    : SshError::make(SshError::TimedOut,
                                     tr("The command did not finish within %n second(s) and was stopped",
                                        nullptr, options.timeoutSeconds));
            return result;
        }
        // Wait on the stream that is still open; the other one is drained without waiting.
        const int waitOn = out.ended() ? 1 : 0;
        const int n = ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, waitOn, 100);
        if (n > 0)
            waitOn ? handleErr(buffer, n) : out.add(buffer, n);
        int m = 0, k = 0;
        bool heard = n > 0;
        while ((m = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 1)) > 0) {
            handleErr(buffer, m);
            heard = true;
        }
        while ((k = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0)) > 0) {
            out.add(buffer, k);
            heard = true;
        }
        if (n == SSH_ERROR || m == SSH_ERROR || k == SSH_ERROR || !m_session->isConnected()) {
            result.error = lostError();
            forget();
            return result;
        }
        if (heard) {
            keepalive.heard();
        } else if (!ssh_channel_is_eof(m_channel) && !keepalive.alive()) {
            result.error = SshError::make(
                SshError::ConnectionLost,
                tr("The connection to %1 was lost while a command was running: the server left %n "
                   "keepalive request(s) unanswered",
                   nullptr, target.keepaliveCountMax)
                    .arg(host));
            forget();
            m_session->disconnectFromHost(); // it is dead: the next script must not wait for it again
            return result;
        }
        if (n == 0 && ssh_channel_is_eof(m_channel) && ssh_channel_poll(m_channel, 0) <= 0 &&
            ssh_channel_poll(m_channel, 1) <= 0) {
            // The shell is gone without answering: sudo said no, or something killed it.
            const int status = ssh_channel_get_exit_status(m_channel);
            const bool neverStarted = m_pid == 0;
            const QByteArray said = m_stderrHead + result.stderrData;
            close();
            if (asRoot && neverStarted)
                result.error = m_session->sudoError(said, !options.sudoPassword.isEmpty());
            else
                result.error = SshError::make(
                    SshError::Failed,
                    tr("The shell on %1 ended unexpectedly (exit status %2)").arg(host).arg(status));
            return result;
        }
    }
    bool ok = false;
    result.exitStatus = out.trailer().toInt(&ok);
    if (!ok) {
        result.exitStatus = -1;
        result.error =
            SshError::make(SshError::Failed, tr("The shell on %1 answered in an unexpected form").arg(host));
        close();
    }
    return result;
}
