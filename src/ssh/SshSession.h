#pragma once

#include "HostKey.h"
#include "SshError.h"
#include "SshSocket.h"
#include "SshTarget.h"
#include "core/Redactor.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

struct ssh_session_struct;
struct ssh_callbacks_struct;

// One SSH connection to one host, driven by libssh. Not thread-safe: every call except cancel()
// must come from the thread that owns the object (a worker thread in the GUI, main in the CLI).
// Signals are emitted from that thread while an operation runs.
class SshSession : public QObject
{
    Q_OBJECT

public:
    struct RunOptions
    {
        QByteArray stdinData;
        int timeoutSeconds = 0; // 0: none
        bool sudo = false;      // run as root via sudo when the login user is not root
        QString sudoPassword;   // for sudo that asks; sent over stdin, never on the command line
        bool captureOutput = true;
    };
    struct Result
    {
        SshError error;
        int exitStatus = -1;
        QByteArray stdoutData; // with captureOutput
        QByteArray stderrData;
        bool ok() const { return error.ok() && exitStatus == 0; }
    };
    struct UploadOptions
    {
        int mode = 0644;
        QString owner; // "user" or "user:group"; empty: the login user
        bool verifySha256 = true;
        bool sudo = false; // owner change and final rename as root
    };

    // Returns the passphrase for a key file, or an empty string to give up on that key.
    using PassphraseProvider = std::function<QString(const QString& keyFile)>;

    explicit SshSession(QObject* parent = nullptr);
    ~SshSession() override;

    void setTarget(const SshTarget& target);
    const SshTarget& target() const { return m_target; }
    void setPassphraseProvider(PassphraseProvider provider) { m_passphraseProvider = std::move(provider); }

    // KKT Deploy's own known-hosts file: <AppDataLocation>/known_hosts.
    static QString defaultKnownHostsFile();

    // Connects and checks the host key. HostKeyUnknown leaves the connection open: after the user
    // has seen hostKey(), acceptHostKey() with the same fingerprint remembers it and goes on.
    SshError connectToHost();
    SshError acceptHostKey(const QString& fingerprint);
    SshError authenticate();
    // connectToHost() + authenticate().
    SshError open();
    // Opens a fresh connection with the same target after a drop (host key must still match).
    SshError reconnect();
    void disconnectFromHost();
    bool isConnected() const;
    bool isAuthenticated() const { return m_authenticated; }
    // Asks the server for an answer (an SSH keepalive request, then a trivial command); false when
    // the connection is dead.
    bool checkAlive();

    HostKey hostKey() const { return m_hostKey; }
    QString resolvedHost() const { return m_resolvedHost; }
    QString resolvedUser() const { return m_resolvedUser; }
    int resolvedPort() const { return m_resolvedPort; }

    Result run(const QString& command, const RunOptions& options);
    Result run(const QString& command) { return run(command, RunOptions()); }
    SshError upload(const QString& localPath, const QString& remotePath, const UploadOptions& options);

    // Thread-safe: stops the current operation (and its remote process) as soon as possible. During
    // the handshake (connect, key exchange, login) it also cuts the connection, so that a blocked
    // handshake returns at once; afterwards the connection stays usable.
    void cancel();
    void resetCancel() { m_cancel = false; }

    // 'text' with every ' escaped, safe for a POSIX shell.
    static QString shellQuote(const QString& text);

Q_SIGNALS:
    void stdoutLine(const QString& line);
    void stderrLine(const QString& line);
    void uploadProgress(qint64 sent, qint64 total);
    // The connection is about to close: its channels (a RemoteShell's among them) go with it.
    void aboutToDisconnect();

private:
    // The parts of one connection's work, each in its own class; they share this object's state.
    friend class HostKeyVerifier;
    friend class RemoteCommand;
    friend class RemoteShell; // runs on this connection's session, with its sudo and kill handling
    friend class SftpUpload;
    friend class SshLogin;
    SshError connectionError(SshError::Kind kind, const QString& what) const;
    QString knownHostsFile() const;
    QString redact(const QString& text) const { return m_redactor.redact(text); }
    void killRemote(qint64 pid, bool sudo);
    SshError sudoError(const QByteArray& sudoOutput, bool passwordGiven);

    SshTarget m_target;
    PassphraseProvider m_passphraseProvider;
    ssh_session_struct* m_session = nullptr;
    std::unique_ptr<ssh_callbacks_struct> m_callbacks; // registered with m_session, freed after it
    HostKey m_hostKey;
    QString m_resolvedHost;
    QString m_resolvedUser;
    int m_resolvedPort = 22;
    bool m_hostKeyVerified = false;
    bool m_authenticated = false;
    bool m_countedOnThread = false; // see releaseThreadState() in the .cpp
    std::atomic_bool m_cancel{false};
    SshSocket m_socket;
    Redactor m_redactor; // the password and passphrase of m_target, for every text this class emits
};
