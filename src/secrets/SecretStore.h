#pragma once

#include <QObject>
#include <QString>

#include <functional>

// "Remember" for SSH passwords and key passphrases: the OS keychain through QtKeychain, one entry
// per kind, host and user. Every job has a timeout (a locked keyring may wait forever on a password
// dialog); every failure gives a message and the caller carries on without remembering.
// Only entry names are logged, never values.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        SshPassword,
        KeyPassphrase,
        SudoPassword
    };
    enum class Status
    {
        Ok,
        NotFound,
        NoBackend,
        Denied, // locked keyring or access refused
        TimedOut,
        Failed
    };
    struct Result
    {
        Status status = Status::Failed;
        QString secret;  // with read()
        QString message; // user-visible, empty with Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(QObject* parent = nullptr);

    static QString serviceName() { return QStringLiteral("KKT Deploy"); }
    static QString keyFor(Kind kind, const QString& host, int port, const QString& user);
    // A key passphrase belongs to one key file as well: "key-passphrase/user@host:port/<absolute path>".
    static QString passphraseKeyFor(const QString& host, int port, const QString& user,
                                    const QString& keyFile);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // The callback runs on this object's thread, once, unless this object is gone.
    void write(const QString& key, const QString& secret, Callback done);
    void read(const QString& key, Callback done);
    void remove(const QString& key, Callback done);
    // For the command line only: waits (at most timeout()) in a local event loop.
    Result readNow(const QString& key);

    // The user-visible message for a QtKeychain error code (QKeychain::Error as int).
    static Result resultFor(int keychainError, const QString& detail);

private:
    template <typename Job>
    void run(Job* job, const QString& key, Callback done);

    int m_timeoutMs = 10000;
};
