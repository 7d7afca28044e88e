#include "SshSession.h"

#include "SftpWriter.h"
#include "SshKeepalive.h"
#include "SshLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <openssl/crypto.h>

#include <cstring>

namespace {

// Marks the first line the command wrapper writes to stderr: the remote process group's id.
constexpr char pidMarker[] = "\x01kkt-pid:";

// Read from the local file in these pieces; SftpWriter splits them into its own requests.
constexpr qint64 uploadChunk = 1 << 20;

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

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    return names.join(QStringLiteral(", "));
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

void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

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
    const QString knownHosts =
        m_target.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : m_target.knownHostsFile;
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(knownHosts).constData());
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
    return verifyHostKey();
}

SshError SshSession::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return connectionError(SshError::Failed, tr("The server sent no host key"));
    unsigned char* hash = nullptr;
    size_t hashLength = 0;
    const int hashed = ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength);
    m_hostKey = HostKey{m_resolvedHost, m_resolvedPort,
                        QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key))), QString()};
    ssh_key_free(key);
    if (hashed != SSH_OK)
        return connectionError(SshError::Failed, tr("Could not compute the host key's fingerprint"));
    char* fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
    m_hostKey.fingerprint = QString::fromLatin1(fingerprint);
    ssh_string_free_char(fingerprint);
    ssh_clean_pubkey_hash(&hash);

    const QString where = m_resolvedPort == 22
                              ? m_resolvedHost
                              : QStringLiteral("%1:%2").arg(m_resolvedHost).arg(m_resolvedPort);
    const QString knownHosts =
        m_target.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : m_target.knownHostsFile;
    const QString expected = m_target.expectedFingerprint.trimmed();
    if (!expected.isEmpty() && expected != m_hostKey.fingerprint) {
        return SshError::make(
            SshError::HostKeyChanged,
            tr("The host key of %1 is %2 %3, not the expected %4. Someone may be intercepting the "
               "connection, or the fingerprint given is wrong. KKT Deploy did not log in. Check the "
               "fingerprint with your hosting provider (ssh-keygen -lf on the server's key).")
                .arg(where, m_hostKey.type, m_hostKey.fingerprint, expected));
    }

    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        m_hostKeyVerified = true;
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
        return SshError::make(
            SshError::HostKeyChanged,
            tr("The host key of %1 has CHANGED since it was accepted: it is now %2 %3. This can mean that "
               "someone is intercepting the connection — or that the server was reinstalled. KKT Deploy "
               "will not connect. If you know the server was reinstalled, confirm the new fingerprint with "
               "your hosting provider and remove the old entry for %1 from %4 (or ~/.ssh/known_hosts).")
                .arg(where, m_hostKey.type, m_hostKey.fingerprint, knownHosts));
    case SSH_KNOWN_HOSTS_OTHER:
        return SshError::make(
            SshError::HostKeyChanged,
            tr("%1 now presents a %2 host key (%3), but a key of a different type is on file for it. This "
               "can mean that someone is intercepting the connection — or that the server was "
               "reinstalled. KKT Deploy will not connect. If the change is expected, confirm the new "
               "fingerprint with your hosting provider and remove the old entry for %1 from %4 (or "
               "~/.ssh/known_hosts).")
                .arg(where, m_hostKey.type, m_hostKey.fingerprint, knownHosts));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_target.acceptNewHostKey || !expected.isEmpty())
            return rememberHostKey();
        return SshError::make(SshError::HostKeyUnknown,
                              tr("%1 is not known yet. Its %2 host key has the fingerprint %3. Compare it "
                                 "with the one your hosting provider shows before you accept it.")
                                  .arg(where, m_hostKey.type, m_hostKey.fingerprint));
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return connectionError(SshError::Failed, tr("Could not read the known-hosts files %1 and %2")
                                                 .arg(knownHosts, m_target.userKnownHostsFile.isEmpty()
                                                                      ? QStringLiteral("~/.ssh/known_hosts")
                                                                      : m_target.userKnownHostsFile));
}

SshError SshSession::rememberHostKey()
{
    const QString knownHosts =
        m_target.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : m_target.knownHostsFile;
    QDir().mkpath(QFileInfo(knownHosts).absolutePath());
    if (ssh_session_update_known_hosts(m_session) != SSH_OK)
        return connectionError(SshError::Failed, tr("Could not save the host key in %1").arg(knownHosts));
    qCInfo(lcSsh) << "remembered host key" << m_hostKey.type << m_hostKey.fingerprint << "for"
                  << m_resolvedHost;
    m_hostKeyVerified = true;
    return {};
}

SshError SshSession::acceptHostKey(const QString& fingerprint)
{
    if (!isConnected())
        return SshError::make(SshError::ConnectionLost,
                              tr("The connection closed before the host key was accepted"));
    if (fingerprint != m_hostKey.fingerprint)
        return SshError::make(SshError::HostKeyChanged,
                              tr("The accepted fingerprint %1 is not the server's key %2")
                                  .arg(fingerprint, m_hostKey.fingerprint));
    return rememberHostKey();
}

SshError SshSession::authenticate()
{
    const SshError error = login();
    // The handshake is over: from now on a cancel stops commands, never the connection itself.
    m_socket.disarm();
    if (error && m_cancel)
        return SshError::make(SshError::Cancelled, tr("Cancelled"));
    return error;
}

SshError SshSession::login()
{
    if (!isConnected())
        return SshError::make(SshError::ConnectionLost, tr("Not connected"));
    if (!m_hostKeyVerified)
        return SshError::make(SshError::HostKeyUnknown, tr("The host key has not been accepted"));

    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_authenticated = true;
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return connectionError(SshError::ConnectionLost, tr("The server closed the connection during login"));
    const int methods = ssh_userauth_list(m_session, nullptr);
    QStringList tried;
    auto succeeded = [&](int result) {
        if (result == SSH_AUTH_SUCCESS) {
            m_authenticated = true;
            qCInfo(lcSsh) << "logged in to" << m_resolvedHost << "as" << m_resolvedUser << "by"
                          << tried.last();
        }
        return result == SSH_AUTH_SUCCESS;
    };

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        const bool agentAvailable =
            !m_target.agentSocket.isEmpty() || qEnvironmentVariableIsSet("SSH_AUTH_SOCK");
        if (m_target.useAgent && agentAvailable && m_target.identityFile.isEmpty()) {
            tried << tr("ssh-agent");
            rc = ssh_userauth_agent(m_session, nullptr);
            if (succeeded(rc))
                return {};
            if (rc == SSH_AUTH_ERROR && !isConnected())
                return connectionError(SshError::ConnectionLost, tr("The connection dropped during login"));
            tried.last() = tr("ssh-agent (no key accepted)");
        }
        if (!m_target.identityFile.isEmpty()) {
            const QString file = m_target.identityFile;
            tried << tr("key file %1").arg(file);
            if (!QFileInfo(file).isReadable()) {
                tried.last() = tr("key file %1 (cannot be read)").arg(file);
            } else {
                ssh_key key = nullptr;
                QByteArray pass = m_target.passphrase.toUtf8();
                int imported = ssh_pki_import_privkey_file(QFile::encodeName(file).constData(),
                                                           pass.isEmpty() ? nullptr : pass.constData(),
                                                           nullptr, nullptr, &key);
                if (imported != SSH_OK && pass.isEmpty() && m_passphraseProvider) {
                    // Most likely encrypted: ask once. The passphrase is not kept after use.
                    QString asked = m_passphraseProvider(file);
                    pass = asked.toUtf8();
                    asked.fill(QChar(u'\0'));
                    if (!pass.isEmpty())
                        imported = ssh_pki_import_privkey_file(QFile::encodeName(file).constData(),
                                                               pass.constData(), nullptr, nullptr, &key);
                }
                const bool hadPassphrase = !pass.isEmpty();
                wipe(pass);
                if (imported != SSH_OK) {
                    tried.last() = hadPassphrase
                                       ? tr("key file %1 (wrong passphrase or not a key)").arg(file)
                                       : tr("key file %1 (protected by a passphrase, none given)").arg(file);
                } else {
                    rc = ssh_userauth_publickey(m_session, nullptr, key);
                    ssh_key_free(key);
                    if (succeeded(rc))
                        return {};
                    tried.last() = tr("key file %1 (refused)").arg(file);
                }
            }
        } else {
            // IdentityFile from ~/.ssh/config or the default ~/.ssh/id_* files. The callbacks stay
            // registered as long as the session lives: libssh cannot unregister them (it refuses
            // a null pointer) and reads them again later, e.g. for a global request the server
            // sends after the login — a struct on this stack would be gone by then.
            if (!m_callbacks) {
                m_callbacks = std::make_unique<ssh_callbacks_struct>();
                *m_callbacks = {};
                ssh_callbacks_init(m_callbacks.get());
                m_callbacks->userdata = this;
                m_callbacks->auth_function = [](const char* prompt, char* buf, size_t len, int, int,
                                                void* userdata) {
                    auto* self = static_cast<SshSession*>(userdata);
                    QByteArray pass = self->m_target.passphrase.toUtf8();
                    if (pass.isEmpty() && self->m_passphraseProvider) {
                        QString asked = self->m_passphraseProvider(QString::fromUtf8(prompt));
                        pass = asked.toUtf8();
                        asked.fill(QChar(u'\0'));
                    }
                    if (pass.isEmpty() || size_t(pass.size()) >= len) {
                        wipe(pass);
                        return -1;
                    }
                    memcpy(buf, pass.constData(), size_t(pass.size()) + 1);
                    wipe(pass);
                    return 0;
                };
            }
            ssh_set_callbacks(m_session, m_callbacks.get());
            tried << tr("default key files");
            rc = ssh_userauth_publickey_auto(m_session, nullptr, nullptr);
            if (succeeded(rc))
                return {};
            tried.last() = tr("default key files (none accepted)");
        }
    }

    if (!m_target.password.isEmpty() && (methods & SSH_AUTH_METHOD_PASSWORD)) {
        tried << tr("password");
        QByteArray password = m_target.password.toUtf8();
        rc = ssh_userauth_password(m_session, nullptr, password.constData());
        wipe(password);
        if (succeeded(rc))
            return {};
        tried.last() = tr("password (refused)");
    }
    if (!m_target.password.isEmpty() && (methods & SSH_AUTH_METHOD_INTERACTIVE)) {
        tried << tr("keyboard-interactive");
        QByteArray password = m_target.password.toUtf8();
        bool answered = false;
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
        while (rc == SSH_AUTH_INFO) {
            const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
            bool canAnswer = true;
            for (int i = 0; i < prompts; ++i) {
                char echo = 0;
                ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
                // Only the hidden password prompt can be answered without a human; asking twice
                // means the password was wrong.
                if (echo || answered) {
                    canAnswer = false;
                    break;
                }
                ssh_userauth_kbdint_setanswer(m_session, unsigned(i), password.constData());
            }
            if (!canAnswer)
                break;
            answered = prompts > 0 || answered;
            rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
        }
        wipe(password);
        if (succeeded(rc))
            return {};
        tried.last() = tr("keyboard-interactive (refused)");
    }

    if (!isConnected())
        return connectionError(SshError::ConnectionLost, tr("The server closed the connection during login"));
    if (tried.isEmpty())
        tried << tr("nothing (no key, agent or password was available)");
    return SshError::make(SshError::AuthFailed,
                          tr("Login as %1 on %2 failed. The server accepts: %3. Tried: %4. Check the user "
                             "name and the password or key, or add your public key to the server's "
                             "~/.ssh/authorized_keys.")
                              .arg(m_resolvedUser, m_resolvedHost,
                                   methods ? methodNames(methods) : tr("nothing it reported"),
                                   tried.join(QStringLiteral("; "))));
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

QString SshSession::wrapCommand(const QString& command, const RunOptions& options) const
{
    // setsid gives the command its own process group whose id it reports first on stderr, so that
    // Cancel can kill the whole group: closing an exec channel does not stop a remote process.
    const QString inner =
        QStringLiteral("printf '\\001kkt-pid:%s\\n' $$ >&2; exec sh -c ") + shellQuote(command);
    QString wrapped = QStringLiteral("setsid -w sh -c ") + shellQuote(inner);
    if (options.sudo && m_resolvedUser != QStringLiteral("root"))
        // -k: sudo caches a login for the whole connection, and a cached sudo would not read the
        // password line, handing it to the command as its first line of input instead.
        wrapped = (options.sudoPassword.isEmpty() ? QStringLiteral("sudo -n -- ")
                                                  : QStringLiteral("sudo -S -k -p '' -- ")) +
                  wrapped;
    return QStringLiteral("exec ") + wrapped;
}

SshError SshSession::sudoError(const QByteArray& sudoOutput, bool passwordGiven) const
{
    // The command never started (no marker): sudo itself said no. Its words, minus any secret,
    // are the last line of the message.
    const QString said = redact(QString::fromUtf8(sudoOutput)).trimmed().section(u'\n', -1).trimmed();
    const QString nopasswd =
        tr("or allow %1 to use sudo without a password (NOPASSWD in /etc/sudoers.d/)").arg(m_resolvedUser);
    QString message;
    if (sudoOutput.contains("incorrect password") || sudoOutput.contains("Sorry, try again"))
        message = tr("sudo on %1 did not accept the password for user %2: enter the right password, %3.")
                      .arg(m_resolvedHost, m_resolvedUser, nopasswd);
    else if (!passwordGiven && sudoOutput.contains("password is required"))
        message = tr("sudo on %1 needs a password for user %2: log in with the user's password (it is "
                     "also given to sudo), log in as root, %3.")
                      .arg(m_resolvedHost, m_resolvedUser, nopasswd);
    else
        message = tr("sudo on %1 refused to run the command as root for user %2: log in as root, %3.")
                      .arg(m_resolvedHost, m_resolvedUser, nopasswd);
    if (!said.isEmpty())
        message += u' ' + tr("(sudo said: %1)").arg(said);
    return SshError::make(SshError::AuthFailed, message);
}

void SshSession::killRemote(qint64 pid, bool sudo)
{
    if (pid <= 1 || !isConnected())
        return;
    const QString group = QStringLiteral("-%1").arg(pid);
    QString script =
        QStringLiteral("kill -TERM -- %1 2>/dev/null; i=0; while kill -0 -- %1 2>/dev/null && "
                       "[ $i -lt 20 ]; do sleep 0.05; i=$((i+1)); done; kill -KILL -- %1 2>/dev/null; true")
            .arg(group);
    if (sudo && m_resolvedUser != QStringLiteral("root"))
        script = QStringLiteral("sudo -n sh -c ") + shellQuote(script);
    ssh_channel channel = ssh_channel_new(m_session);
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

SshSession::Result SshSession::run(const QString& command, const RunOptions& options)
{
    Result result;
    if (!isConnected() || !m_authenticated) {
        result.error = SshError::make(SshError::ConnectionLost, tr("Not connected to the server"));
        return result;
    }
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
        result.error = connectionError(isConnected() ? SshError::Failed : SshError::ConnectionLost,
                                       tr("Could not open a channel to %1").arg(m_resolvedHost));
        if (channel)
            ssh_channel_free(channel);
        return result;
    }
    const QByteArray wrapped = wrapCommand(command, options).toUtf8();
    if (ssh_channel_request_exec(channel, wrapped.constData()) != SSH_OK) {
        result.error = connectionError(isConnected() ? SshError::Failed : SshError::ConnectionLost,
                                       tr("The server refused to run a command"));
        ssh_channel_free(channel);
        return result;
    }

    const bool asRoot = options.sudo && m_resolvedUser != QStringLiteral("root");
    QByteArray input;
    if (asRoot && !options.sudoPassword.isEmpty())
        input = options.sudoPassword.toUtf8() + '\n';
    input += options.stdinData;
    bool lost = false;
    if (!input.isEmpty()) {
        qsizetype written = 0;
        while (written < input.size() && !m_cancel) {
            const int chunk = int(qMin<qsizetype>(input.size() - written, 32768));
            const int n = ssh_channel_write(channel, input.constData() + written, uint32_t(chunk));
            if (n == SSH_ERROR) {
                lost = !isConnected();
                break;
            }
            written += n;
        }
    }
    wipe(input);
    ssh_channel_send_eof(channel);

    qint64 remotePid = 0;
    LineSplitter out([&](const QByteArray& line) { Q_EMIT stdoutLine(QString::fromUtf8(line)); });
    LineSplitter err([&](const QByteArray& line) {
        if (remotePid == 0 && line.startsWith(pidMarker)) {
            remotePid = line.mid(int(sizeof pidMarker) - 1).toLongLong();
            return;
        }
        Q_EMIT stderrLine(redact(QString::fromUtf8(line)));
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
    SshKeepalive keepalive(m_session, m_target.keepaliveSeconds, m_target.keepaliveCountMax,
                           m_target.ioTimeoutSeconds, m_cancel);
    bool silentPeer = false;
    char buffer[65536];
    bool stop = lost;
    while (!stop) {
        const bool timedOut = options.timeoutSeconds > 0 && timer.elapsed() > options.timeoutSeconds * 1000LL;
        if (m_cancel || timedOut) {
            killRemote(remotePid, asRoot);
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            result.error =
                m_cancel ? SshError::make(SshError::Cancelled, tr("Cancelled"))
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
        if (n == SSH_ERROR || m == SSH_ERROR || !isConnected()) {
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
                   nullptr, m_target.keepaliveCountMax)
                    .arg(m_resolvedHost));
            disconnectFromHost(); // it is dead: the next command must not wait for it again
        } else {
            result.error = connectionError(
                SshError::ConnectionLost,
                tr("The connection to %1 was lost while a command was running").arg(m_resolvedHost));
        }
        return result;
    }
    result.exitStatus = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    if (result.exitStatus < 0 && !isConnected())
        result.error = connectionError(
            SshError::ConnectionLost,
            tr("The connection to %1 was lost while a command was running").arg(m_resolvedHost));
    else if (asRoot && remotePid <= 0 && result.exitStatus != 0)
        result.error =
            sudoError(errHead.isEmpty() ? result.stderrData : errHead, !options.sudoPassword.isEmpty());
    return result;
}

SshError SshSession::upload(const QString& localPath, const QString& remotePath, const UploadOptions& options)
{
    if (!isConnected() || !m_authenticated)
        return SshError::make(SshError::ConnectionLost, tr("Not connected to the server"));
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return SshError::make(SshError::Failed,
                              tr("Could not read %1: %2").arg(localPath, file.errorString()));
    const qint64 total = file.size();
    const qsizetype slash = remotePath.lastIndexOf(u'/');
    const QString dir =
        slash > 0 ? remotePath.left(slash) : (slash == 0 ? QStringLiteral("/") : QStringLiteral("."));
    const QString name = remotePath.mid(slash + 1);
    if (name.isEmpty())
        return SshError::make(SshError::Failed,
                              tr("Upload: “%1” names a folder, not a file").arg(remotePath));
    const bool asRoot = options.sudo && m_resolvedUser != QStringLiteral("root");
    const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 36);
    // Without root rights the data goes to /tmp first and is moved next to the target as root.
    const QString temp = asRoot ? QStringLiteral("/tmp/.kkt-upload-%1").arg(suffix)
                                : QStringLiteral("%1/.%2.kkt-upload-%3")
                                      .arg(dir == QStringLiteral("/") ? QString() : dir, name, suffix);

    const QByteArray tempName = temp.toUtf8();
    SftpWriter writer(m_session, m_cancel, m_target.ioTimeoutSeconds);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray chunk;
    qint64 sent = 0;
    SshError error;
    auto writerError = [&](const QString& what) {
        if (writer.cancelled())
            return SshError::make(SshError::Cancelled, tr("Cancelled"));
        return SshError::make(isConnected() ? SshError::Failed : SshError::ConnectionLost,
                              redact(tr("%1 (%2)").arg(what, writer.error())));
    };
    Q_EMIT uploadProgress(0, total);
    if (!writer.open(tempName, 0600)) // the final mode is set once the content is complete
        return writerError(tr("Could not create %1 on the server").arg(temp));
    while (!file.atEnd()) {
        if (m_cancel) {
            error = SshError::make(SshError::Cancelled, tr("Cancelled"));
            break;
        }
        chunk = file.read(uploadChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            error = SshError::make(SshError::Failed,
                                   tr("Could not read %1: %2").arg(localPath, file.errorString()));
            break;
        }
        if (options.verifySha256)
            sha.addData(chunk);
        if (!writer.write(chunk.constData(), chunk.size())) {
            error = writerError(tr("Writing %1 on the server failed").arg(temp));
            break;
        }
        sent += chunk.size();
        Q_EMIT uploadProgress(sent, total);
    }
    if (!error && !writer.close())
        error = writerError(tr("Writing %1 on the server failed").arg(temp));
    if (error) {
        if (isConnected()) {
            // The half-written file goes; a cancel stays in force for the caller afterwards.
            const bool wasCancelled = m_cancel;
            m_cancel = false;
            run(QStringLiteral("rm -f -- %1").arg(shellQuote(temp)));
            m_cancel = wasCancelled;
        }
        return error;
    }

    // The common case (own file, no owner change, no check) needs no remote shell at all.
    if (!asRoot && options.owner.isEmpty() && !options.verifySha256 && writer.hasPosixRename()) {
        if (writer.setMode(tempName, options.mode & 07777) &&
            writer.posixRename(tempName, remotePath.toUtf8()))
            return {};
        const SshError failed = writerError(tr("Could not put %1 in place").arg(remotePath));
        const bool wasCancelled = m_cancel;
        m_cancel = false;
        run(QStringLiteral("rm -f -- %1").arg(shellQuote(temp)));
        m_cancel = wasCancelled;
        return failed;
    }

    // Plain SFTP v3 cannot rename over an existing file, so the final, atomic step is a `mv -f`.
    QStringList steps{QStringLiteral("set -e")};
    QString staged = temp;
    if (options.verifySha256)
        steps << QStringLiteral(
                     "sum=$(sha256sum -- %1 | cut -d' ' -f1); if [ \"$sum\" != %2 ]; then rm -f -- %1; "
                     "echo \"checksum $sum\" >&2; exit 97; fi")
                     .arg(shellQuote(temp), QString::fromLatin1(sha.result().toHex()));
    if (asRoot) {
        staged = QStringLiteral("%1/.%2.kkt-upload-%3")
                     .arg(dir == QStringLiteral("/") ? QString() : dir, name, suffix);
        steps << QStringLiteral("mv -f -- %1 %2").arg(shellQuote(temp), shellQuote(staged));
    }
    if (!options.owner.isEmpty())
        steps << QStringLiteral("chown -- %1 %2").arg(shellQuote(options.owner), shellQuote(staged));
    steps << QStringLiteral("chmod %1 %2").arg(QString::number(options.mode & 07777, 8), shellQuote(staged));
    steps << QStringLiteral("mv -f -- %1 %2").arg(shellQuote(staged), shellQuote(remotePath));
    RunOptions runOptions;
    runOptions.sudo = asRoot;
    const Result finished = run(steps.join(QStringLiteral("\n")), runOptions);
    if (finished.error)
        return finished.error;
    if (finished.exitStatus == 97)
        return SshError::make(
            SshError::ChecksumMismatch,
            tr("%1 arrived damaged on the server (SHA-256 differs) and was removed; try again")
                .arg(remotePath));
    if (finished.exitStatus != 0) {
        run(QStringLiteral("rm -f -- %1 %2").arg(shellQuote(temp), shellQuote(staged)), runOptions);
        return SshError::make(SshError::Failed,
                              tr("Could not put %1 in place: %2")
                                  .arg(remotePath, redact(QString::fromUtf8(finished.stderrData).trimmed())));
    }
    return {};
}
