#pragma once

#include <QString>
#include <QStringList>

// A real OpenSSH server on 127.0.0.1 for one test class: its own folder, host key, port and
// config; stopped by PID in the destructor. Logins: root by key, and a normal user (created once
// with useradd + chpasswd) by password or key.
class TestSshd
{
public:
    explicit TestSshd(const QString& name = QStringLiteral("sshd"));
    ~TestSshd();

    // Starts sshd; false with error() when it does not come up. `extraConfig` lines go at the end.
    bool start(const QStringList& extraConfig = {});
    void stop();
    // Kills every connection (the per-connection sshd processes) and the listener, like a crash.
    void kill();
    // Stops (SIGSTOP) the listener and every connection process, like a server that froze or
    // vanished without closing anything: the kernel still acknowledges, nothing answers. thaw()
    // lets them go on.
    void freeze();
    void thaw();
    // A new host key of `type` (ed25519, ecdsa, rsa); restart() to apply.
    bool replaceHostKey(const QString& type);
    bool restart();

    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString directory() const { return m_dir; }
    qint64 pid() const;
    QString hostKeyFingerprint() const; // SHA256:…
    QString hostKeyType() const;        // ssh-ed25519 …

    // Client keys authorised for every user; "<dir>/id_<type>" with an optional passphrase.
    QString clientKey(const QString& type, const QString& passphrase = {});
    QString userKeyPassphrase() const { return QStringLiteral("kkt-test-passphrase-7Qm2"); }

    static QString testUser() { return QStringLiteral("kkttest"); }
    static QString testPassword() { return QStringLiteral("Kkt-Planted-Pw-51x9"); }
    // useradd + chpasswd when the user does not exist yet.
    static bool ensureTestUser(QString* error);

    // Runs a program to completion; false with `error` on a non-zero exit.
    static bool runTool(const QString& program, const QStringList& arguments, QString* output = nullptr,
                        const QByteArray& input = {});

private:
    void signalTree(int signal) const;
    bool writeConfig(const QStringList& extraConfig);
    bool waitForPort() const;

    QString m_name;
    QString m_dir;
    QString m_error;
    quint16 m_port = 0;
    QString m_hostKey;
    QStringList m_extraConfig;
};
