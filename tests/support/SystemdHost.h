#pragma once

#include <QString>

// A real Debian 12 server with systemd (systemd-nspawn over an overlay of a cached debootstrap
// image, built once outside the work tree by hosts/systemd-host.sh) for end-to-end tests. Root
// logs in with a key made for this host; sshd listens on its own free port on 127.0.0.1. The
// container shares the machine's network, so only one runs at a time (ctest RESOURCE_LOCK) and
// firewall steps must stay off — unless started with startIsolated(): then it has a network
// namespace of its own (veth, 10.99.N.2, with ufw in the image) and its firewall can never touch
// this machine's. Halted by PID in the destructor.
class SystemdHost
{
public:
    explicit SystemdHost(const QString& name = QStringLiteral("host"));
    ~SystemdHost();

    // Takes the machine-wide host lock for this whole process (waiting for it), for a program that
    // boots several hosts one after the other and wants no other host in between; the kernel
    // releases it however the process ends. Its hosts then boot without taking it again
    // (KKT_HOST_LOCK_HELD=1). True at once when the lock is already held that way.
    static bool holdMachineLock(QString* error);

    bool start();
    // Boots a host in its own network, sshd on address():sshPort (any port: it is the host's own).
    bool startIsolated(quint16 sshPort);
    void stop();

    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    // 127.0.0.1 for a host sharing this machine's network, 10.99.N.2 for an isolated one.
    QString address() const { return m_address; }
    QString clientKey() const { return m_dir + QStringLiteral("/id_ed25519"); }
    QString directory() const { return m_dir; }

    // Runs a shell command on the host as root over OpenSSH (a second connection, as a person
    // would); returns its exit code, -1 when ssh itself fails.
    int run(const QString& command, QString* output = nullptr, int timeoutMs = 120000) const;

private:
    static QString script();
    bool boot(const QStringList& arguments);

    QString m_name;
    QString m_dir;
    QString m_error;
    QString m_address = QStringLiteral("127.0.0.1");
    quint16 m_port = 0;
    bool m_running = false;
};
