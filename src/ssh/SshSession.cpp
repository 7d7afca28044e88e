#include "SshSession.h"

#include "HostKeyVerifier.h"
#include "RemoteCommand.h"
#include "SftpUpload.h"
#include "SshKeepalive.h"
#include "SshLogging.h"
#include "SshLogin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <openssl/crypto.h>

#include <cstring>

namespace {

// libssh warns about routine things (a missing ~/.ssh/config, a known-hosts file not yet written);
// the errors that matter reach the user through SshError, so its own output is debug detail.
void logToCategory(int priority, const char* function, const char* buffer, void*)
{
    qCDebug(lcSsh, "libssh[%d] %s: %s", priority, function, buffer);
}

// libssh keeps its log callback per thread: every thread that drives a session installs it, or
// libssh writes to stderr there.
void installLogCallback()
{
    thread_local bool installed = false;
    if (!installed) {
        ssh_set_log_callback(logToCategory);
        installed = true;
    }
}

// Sessions connected on this thread. When the last one is gone, the thread's OpenSSL state (its
// random generators, error queue) is freed at once. Left to the thread's exit it would be freed by
// a TLS destructor that runs after QThread::wait() has already returned (Qt's threads are
// detached), racing with OpenSSL's and libssh's teardown when the process exits — a worker thread
// freeing into a heap that exit() is dismantling ("malloc_consolidate(): invalid chunk size").
thread_local int sessionsOnThread = 0;

void releaseThreadState()
{
    if (--sessionsOnThread == 0)
        OPENSSL_thread_stop();
}

} // namespace

SshSession::SshSession(QObject* parent)
    : QObject(parent)
{
    installLogCallback();
}

SshSession::~SshSession()
{
    disconnectFromHost();
    m_target.wipeSecrets();
    m_redactor.clear();
}

void SshSession::setTarget(const SshTarget& target)
{
    m_target.wipeSecrets();
    m_target = target;
    m_redactor.clear();
    m_redactor.addSecret(m_target.password);
    m_redactor.addSecret(m_target.passphrase);
}

void SshSession::cancel()
{
    m_cancel = true;
    m_socket.abort(); // only while the handshake runs
}

QString SshSession::defaultKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/known_hosts");
}

QString SshSession::shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString SshSession::knownHostsFile() const
{
    return m_target.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : m_target.knownHostsFile;
}

SshError SshSession::connectionError(SshError::Kind kind, const QString& what) const
{
    const QString detail = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    return SshError::make(kind, redact(detail.isEmpty() ? what : tr("%1 (%2)").arg(what, detail)));
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session);
}

void SshSession::disconnectFromHost()
{
    m_socket.disarm();
    if (m_session) {
        Q_EMIT aboutToDisconnect();
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    if (m_countedOnThread) {
        m_countedOnThread = false;
        releaseThreadState();
    }
    m_hostKeyVerified = false;
    m_authenticated = false;
}

SshError SshSession::connectToHost()
{
    installLogCallback(); // this thread may not be the one that created the session
    disconnectFromHost();
    if (m_target.host.trimmed().isEmpty())
        return SshError::make(SshError::Failed, tr("Host: no server given — enter its name or address"));
    if (m_cancel)
        return SshError::make(SshError::Cancelled, tr("Cancelled"));

    m_session = ssh_new();
    if (!m_session)
        return SshError::make(SshError::Failed, tr("Could not create an SSH session (out of memory?)"));
    ++sessionsOnThread;
    m_countedOnThread = true;

    const QByteArray host = m_target.host.trimmed().toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    const int verbosity = lcSsh().isDebugEnabled() ? SSH_LOG_PROTOCOL : SSH_LOG_WARN;
    ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    // The config file is parsed here, once; explicit settings below override what it says.
    const bool processConfig = false;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (m_target.useConfigFile) {
        const QByteArray config = QFile::encodeName(m_target.configFile);
        if (m_target.configFile.isEmpty() || QFileInfo::exists(m_target.configFile))
            ssh_options_parse_config(m_session, config.isEmpty() ? nullptr : config.constData());
    }
    if (m_target.port > 0) {
        const unsigned int port = unsigned(m_target.port);
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!m_target.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_target.user.toUtf8().constData());
    const long connectTimeout = qMax(1, m_target.connectTimeoutSeconds);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &connectTimeout);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(knownHostsFile()).constData());
    // The user's own file is consulted but never written: libssh only updates SSH_OPTIONS_KNOWNHOSTS.
    const QString userKnownHosts = m_target.userKnownHostsFile.isEmpty()
                                       ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                                       : m_target.userKnownHostsFile;
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, QFile::encodeName(userKnownHosts).constData());
    if (!m_target.agentSocket.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT,
                        QFile::encodeName(m_target.agentSocket).constData());
    const int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    // A ProxyCommand from ~/.ssh/config makes the connection itself; otherwise KKT Deploy does.
    char* proxy = nullptr;
    bool viaProxy = false;
    if (ssh_options_get(m_session, SSH_OPTIONS_PROXYCOMMAND, &proxy) == SSH_OK) {
        viaProxy = proxy && *proxy && strcmp(proxy, "none") != 0;
        ssh_string_free_char(proxy);
    }

    char* value = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_HOST, &value) == SSH_OK) {
        m_resolvedHost = QString::fromUtf8(value);
        ssh_string_free_char(value);
    }
    value = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_USER, &value) == SSH_OK) {
        m_resolvedUser = QString::fromUtf8(value);
        ssh_string_free_char(value);
    }
    unsigned int port = 22;
    ssh_options_get_port(m_session, &port);
    m_resolvedPort = int(port);
    const QString where = QStringLiteral("%1:%2").arg(m_resolvedHost).arg(m_resolvedPort);

    qCInfo(lcSsh) << "connecting to" << where << "as" << m_resolvedUser;
    const QString unreachable =
        tr("Could not connect to %1 within %n second(s) — check the host name, the port and that an "
           "SSH server is running there",
           nullptr, int(connectTimeout))
            .arg(where);
    if (!viaProxy) {
        QString why;
        const int fd = SshSocket::connect(m_resolvedHost, m_resolvedPort, int(connectTimeout) * 1000,
                                          m_target.keepaliveSeconds, m_cancel, &why);
        if (fd < 0) {
            disconnectFromHost();
            return m_cancel ? SshError::make(SshError::Cancelled, tr("Cancelled"))
                            : SshError::make(SshError::Unreachable, tr("%1 (%2)").arg(unreachable, why));
        }
        ssh_options_set(m_session, SSH_OPTIONS_FD, &fd); // libssh owns it from here on
        m_socket.arm(fd);
        if (m_cancel) // a cancel between the connect and arm() found nothing to cut
            m_socket.abort();
    }
    if (ssh_connect(m_session) != SSH_OK) {
        const SshError error = m_cancel ? SshError::make(SshError::Cancelled, tr("Cancelled"))
                                        : connectionError(SshError::Unreachable, unreachable);
        disconnectFromHost();
        return error;
    }
    const long ioTimeout = qMax(1, m_target.ioTimeoutSeconds);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &ioTimeout);
    return HostKeyVerifier(*this).verify();
}

SshError SshSession::acceptHostKey(const QString& fingerprint)
{
    return HostKeyVerifier(*this).accept(fingerprint);
}

SshError SshSession::authenticate()
{
    const SshError error = SshLogin(*this).run();
    // The handshake is over: from now on a cancel stops commands, never the connection itself.
    m_socket.disarm();
    if (error && m_cancel)
        return SshError::make(SshError::Cancelled, tr("Cancelled"));
    return error;
}

SshError SshSession::open()
{
    if (const SshError error = connectToHost())
        return error;
    return authenticate();
}

SshError SshSession::reconnect()
{
    disconnectFromHost();
    SshTarget target = m_target;
    // After the first successful connect the key is on file; a new unknown key is not accepted silently.
    target.acceptNewHostKey = false;
    std::swap(target, m_target);
    SshError error = connectToHost();
    std::swap(target, m_target);
    target.wipeSecrets();
    if (error)
        return error;
    return authenticate();
}

bool SshSession::checkAlive()
{
    if (!isConnected() || !m_authenticated)
        return false;
    SshKeepalive keepalive(m_session, m_target.keepaliveSeconds, m_target.keepaliveCountMax,
                           m_target.ioTimeoutSeconds, m_cancel);
    if (!keepalive.probe())
        return false;
    const Result result = run(QStringLiteral("true"));
    return result.error.ok() || (result.error.kind != SshError::ConnectionLost && isConnected());
}

SshSession::Result SshSession::run(const QString& command, const RunOptions& options)
{
    return RemoteCommand(*this).run(command, options);
}

SshError SshSession::upload(const QString& localPath, const QString& remotePath, const UploadOptions& options)
{
    return SftpUpload(*this).run(localPath, remotePath, options);
}

void SshSession::killRemote(qint64 pid, bool sudo)
{
    RemoteCommand(*this).killGroup(pid, sudo);
}

SshError SshSession::sudoError(const QByteArray& sudoOutput, bool passwordGiven)
{
    return RemoteCommand(*this).sudoError(sudoOutput, passwordGiven);
}
