#include "RemoteCommand.h"

#include "SshKeepalive.h"
#include "SshSession.h"

#include <QElapsedTimer>

#include <libssh/libssh.h>

#include <functional>

namespace {

// Marks the first line the command wrapper writes to stderr: the remote process group's id.
constexpr char pidMarker[] = "\x01kkt-pid:";

// Splits a byte stream into lines and hands every complete one on.
class LineSplitter
{
public:
    explicit LineSplitter(std::function<void(const QByteArray&)> sink)
        : m_sink(std::move(sink))
    {}
    void add(const char* data, int size)
    {
        m_pending.append(data, size);
        qsizetype start = 0;
        for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n', start)) {
            qsizetype end = nl;
            if (end > start && m_pending.at(end - 1) == '\r')
                --end;
            m_sink(m_pending.mid(start, end - start));
            start = nl + 1;
        }
        m_pending.remove(0, start);
    }
    void finish()
    {
        if (!m_pending.isEmpty())
            m_sink(m_pending);
        m_pending.clear();
    }

private:
    std::function<void(const QByteArray&)> m_sink;
    QByteArray m_pending;
};

} // namespace

RemoteCommand::RemoteCommand(SshSession& session)
    : m_ssh(session)
{}

QString RemoteCommand::wrap(const QString& command, const SshSession::RunOptions& options) const
{
    // setsid gives the command its own process group whose id it reports first on stderr, so that
    // Cancel can kill the whole group: closing an exec channel does not stop a remote process.
    const QString inner =
        QStringLiteral("printf '\\001kkt-pid:%s\\n' $$ >&2; exec sh -c ") + SshSession::shellQuote(command);
    QString wrapped = QStringLiteral("setsid -w sh -c ") + SshSession::shellQuote(inner);
    if (options.sudo && m_ssh.m_resolvedUser != QStringLiteral("root"))
        // -k: sudo caches a login for the whole connection, and a cached sudo would not read the
        // password line, handing it to the command as its first line of input instead.
        wrapped = (options.sudoPassword.isEmpty() ? QStringLiteral("sudo -n -- ")
                                                  : QStringLiteral("sudo -S -k -p '' -- ")) +
                  wrapped;
    return QStringLiteral("exec ") + wrapped;
}

SshError RemoteCommand::sudoError(const QByteArray& sudoOutput, bool passwordGiven) const
{
    // The command never started (no marker): sudo itself said no. Its words, minus any secret,
    // are the last line of the message.
    const QString said = m_ssh.redact(QString::fromUtf8(sudoOutput)).trimmed().section(u'\n', -1).trimmed();
    const QString nopasswd = tr("or allow %1 to use sudo without a password (NOPASSWD in /etc/sudoers.d/)")
                                 .arg(m_ssh.m_resolvedUser);
    QString message;
    if (sudoOutput.contains("incorrect password") || sudoOutput.contains("Sorry, try again"))
        message = tr("sudo on %1 did not accept the password for user %2: enter the right password, %3.")
                      .arg(m_ssh.m_resolvedHost, m_ssh.m_resolvedUser, nopasswd);
    else if (!passwordGiven && sudoOutput.contains("password is required"))
        message = tr("sudo on %1 needs a password for user %2: log in with the user's password (it is "
                     "also given to sudo), log in as root, %3.")
                      .arg(m_ssh.m_resolvedHost, m_ssh.m_resolvedUser, nopasswd);
    else
        message = tr("sudo on %1 refused to run the command as root for user %2: log in as root, %3.")
                      .arg(m_ssh.m_resolvedHost, m_ssh.m_resolvedUser, nopasswd);
    if (!said.isEmpty())
        message += u' ' + tr("(sudo said: %1)").arg(said);
    return SshError::make(SshError::AuthFailed, message);
}

void RemoteCommand::killGroup(qint64 pid, bool sudo)
{
    if (pid <= 1 || !m_ssh.isConnected())
        return;
    const QString group = QStringLiteral("-%1").arg(pid);
    QString script =
        QStringLiteral("kill -TERM -- %1 2>/dev/null; i=0; while kill -0 -- %1 2>/dev/null && "
                       "[ $i -lt 20 ]; do sleep 0.05; i=$((i+1)); done; kill -KILL -- %1 2>/dev/null; true")
            .arg(group);
    if (sudo && m_ssh.m_resolvedUser != QStringLiteral("root"))
        script = QStringLiteral("sudo -n sh -c ") + SshSession::shellQuote(script);
    ssh_channel channel = ssh_channel_new(m_ssh.m_session);
    if (!channel)
        return;
    if (ssh_channel_open_session(channel) == SSH_OK &&
        ssh_channel_request_exec(channel, script.toUtf8().constData()) == SSH_OK) {
        char buffer[256];
        QElapsedTimer timer;
        timer.start();
        while (!ssh_channel_is_eof(channel) && timer.elapsed() < 5000) {
            if (ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 100) == SSH_ERROR)
                break;
        }
    }
    ssh_channel_close(channel);
    ssh_channel_free(channel);
}

SshSession::Result RemoteCommand::run(const QString& command, const SshSession::RunOptions& options)
{
    SshSession::Result result;
    if (!m_ssh.isConnected() || !m_ssh.m_authenticated) {
        result.error = SshError::make(SshError::ConnectionLost, tr("Not connected to the server"));
        return result;
    }
    ssh_channel channel = ssh_channel_new(m_ssh.m_session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
        result.error =
            m_ssh.connectionError(m_ssh.isConnected() ? SshError::Failed : SshError::ConnectionLost,
                                  tr("Could not open a channel to %1").arg(m_ssh.m_resolvedHost));
        if (channel)
            ssh_channel_free(channel);
        return result;
    }
    const QByteArray wrapped = wrap(command, options).toUtf8();
    if (ssh_channel_request_exec(channel, wrapped.constData()) != SSH_OK) {
        result.error =
            m_ssh.connectionError(m_ssh.isConnected() ? SshError::Failed : SshError::ConnectionLost,
                                  tr("The server refused to run a command"));
        ssh_channel_free(channel);
        return result;
    }

    const bool asRoot = options.sudo && m_ssh.m_resolvedUser != QStringLiteral("root");
    QByteArray input;
    if (asRoot && !options.sudoPassword.isEmpty())
        input = options.sudoPassword.toUtf8() + '\n';
    input += options.stdinData;
    bool lost = false;
    if (!input.isEmpty()) {
        qsizetype written = 0;
        while (written < input.size() && !m_ssh.m_cancel) {
            const int chunk = int(qMin<qsizetype>(input.size() - written, 32768));
            const int n = ssh_channel_write(channel, input.constData() + written, uint32_t(chunk));
            if (n == SSH_ERROR) {
                lost = !m_ssh.isConnected();
                break;
            }
            written += n;
        }
    }
    input.fill('\0'); // it may hold the sudo password
    input.clear();
    ssh_channel_send_eof(channel);

    qint64 remotePid = 0;
    LineSplitter out([&](const QByteArray& line) { Q_EMIT m_ssh.stdoutLine(QString::fromUtf8(line)); });
    LineSplitter err([&](const QByteArray& line) {
        if (remotePid == 0 && line.startsWith(pidMarker)) {
            remotePid = line.mid(int(sizeof pidMarker) - 1).toLongLong();
            return;
        }
        Q_EMIT m_ssh.stderrLine(m_ssh.redact(QString::fromUtf8(line)));
    });
    QByteArray errHead; // stderr bytes until the marker line has been cut off
    // Without sudo the marker is the first line; sudo may print its own lines first (a lecture, or
    // why it refused), so look a little further before giving up on it.
    const qsizetype headLimit = asRoot ? 4096 : 64;
    auto handleErr = [&](const char* data, int size) {
        if (remotePid == 0 && errHead.size() < headLimit) {
            errHead.append(data, size);
            const qsizetype at =
                errHead.startsWith(pidMarker) ? 0 : errHead.indexOf(QByteArray("\n") + pidMarker);
            const qsizetype start = at < 0 ? -1 : (at == 0 ? 0 : at + 1);
            const qsizetype nl = start < 0 ? -1 : errHead.indexOf('\n', start);
            if (nl < 0 && errHead.size() < headLimit)
                return;
            if (nl >= 0) {
                remotePid =
                    errHead.mid(start + int(sizeof pidMarker) - 1, nl - start - int(sizeof pidMarker) + 1)
                        .toLongLong();
                errHead.remove(start, nl + 1 - start);
            }
            remotePid = remotePid ? remotePid : -1; // no marker: sudo refused, or setsid is missing
            err.add(errHead.constData(), int(errHead.size()));
            if (options.captureOutput)
                result.stderrData += errHead;
            errHead.clear();
            return;
        }
        err.add(data, size);
        if (options.captureOutput)
            result.stderrData.append(data, size);
    };

    QElapsedTimer timer;
    timer.start();
    SshKeepalive keepalive(m_ssh.m_session, m_ssh.m_target.keepaliveSeconds, m_ssh.m_target.keepaliveCountMax,
                           m_ssh.m_target.ioTimeoutSeconds, m_ssh.m_cancel);
    bool silentPeer = false;
    char buffer[65536];
    bool stop = lost;
    while (!stop) {
        const bool timedOut = options.timeoutSeconds > 0 && timer.elapsed() > options.timeoutSeconds * 1000LL;
        if (m_ssh.m_cancel || timedOut) {
            killGroup(remotePid, asRoot);
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            result.error =
                m_ssh.m_cancel
                    ? SshError::make(SshError::Cancelled, tr("Cancelled"))
                    : SshError::make(SshError::TimedOut,
                                     tr("The command did not finish within %n second(s) and was stopped",
                                        nullptr, options.timeoutSeconds));
            return result;
        }
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 100);
        if (n > 0) {
            out.add(buffer, n);
            if (options.captureOutput)
                result.stdoutData.append(buffer, n);
        }
        int m = 0;
        bool heard = n > 0;
        while ((m = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1)) > 0) {
            handleErr(buffer, m);
            heard = true;
        }
        if (n == SSH_ERROR || m == SSH_ERROR || !m_ssh.isConnected()) {
            lost = true;
            break;
        }
        if (heard)
            keepalive.heard();
        else if (!ssh_channel_is_eof(channel) && !keepalive.alive()) {
            silentPeer = true;
            lost = true;
            break;
        }
        if (n == 0 && ssh_channel_is_eof(channel) && ssh_channel_poll(channel, 0) <= 0 &&
            ssh_channel_poll(channel, 1) <= 0)
            stop = true;
    }
    if (!errHead.isEmpty()) {
        err.add(errHead.constData(), int(errHead.size()));
        if (options.captureOutput)
            result.stderrData += errHead;
    }
    out.finish();
    err.finish();
    if (lost) {
        ssh_channel_free(channel);
        if (silentPeer) {
            result.error = SshError::make(
                SshError::ConnectionLost,
                tr("The connection to %1 was lost while a command was running: the server left %n "
                   "keepalive request(s) unanswered",
                   nullptr, m_ssh.m_target.keepaliveCountMax)
                    .arg(m_ssh.m_resolvedHost));
            m_ssh.disconnectFromHost(); // it is dead: the next command must not wait for it again
        } else {
            result.error = m_ssh.connectionError(
                SshError::ConnectionLost,
                tr("The connection to %1 was lost while a command was running").arg(m_ssh.m_resolvedHost));
        }
        return result;
    }
    result.exitStatus = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    if (result.exitStatus < 0 && !m_ssh.isConnected())
        result.error = m_ssh.connectionError(
            SshError::ConnectionLost,
            tr("The connection to %1 was lost while a command was running").arg(m_ssh.m_resolvedHost));
    else if (asRoot && remotePid <= 0 && result.exitStatus != 0)
        result.error =
            sudoError(errHead.isEmpty() ? result.stderrData : errHead, !options.sudoPassword.isEmpty());
    return result;
}
