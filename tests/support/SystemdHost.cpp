#include "SystemdHost.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QProcess>

SystemdHost::SystemdHost(const QString& name)
    : m_name(name)
{}

SystemdHost::~SystemdHost()
{
    stop();
}

QString SystemdHost::script()
{
    return TestEnvironment::sourceDir() + QStringLiteral("/tests/support/hosts/systemd-host.sh");
}

bool SystemdHost::start()
{
    m_dir = TestEnvironment::freshDirectory(m_name);
    m_port = TestEnvironment::freePort();
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-f"), clientKey()});
    if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0) {
        m_error = QStringLiteral("ssh-keygen failed");
        return false;
    }
    QProcess boot;
    boot.setProcessChannelMode(QProcess::MergedChannels);
    // The first run builds the cached base image (debootstrap, about a minute); another host running
    // on this machine (tests, benchmarks) is waited for, since hosts share the network.
    boot.start(QStringLiteral("bash"), {script(), QStringLiteral("start"), m_dir + QStringLiteral("/machine"),
                                        QString::number(m_port), clientKey() + QStringLiteral(".pub")});
    if (!boot.waitForFinished(35 * 60 * 1000) || boot.exitCode() != 0) {
        m_error = QStringLiteral("the systemd host did not start: ") + QString::fromUtf8(boot.readAll());
        return false;
    }
    m_running = true;
    // systemd must be fully up before tests rely on units.
    QString state;
    run(QStringLiteral("systemctl is-system-running --wait"), &state, 120000);
    return true;
}

void SystemdHost::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QProcess halt;
    halt.start(QStringLiteral("bash"),
               {script(), QStringLiteral("stop"), m_dir + QStringLiteral("/machine")});
    halt.waitForFinished(60000);
}

int SystemdHost::run(const QString& command, QString* output, int timeoutMs) const
{
    QProcess ssh;
    ssh.setProcessChannelMode(QProcess::MergedChannels);
    ssh.start(QStringLiteral("ssh"),
              {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
               QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
               QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
               QStringLiteral("LogLevel=ERROR"), QStringLiteral("-i"), clientKey(), QStringLiteral("-p"),
               QString::number(m_port), QStringLiteral("root@127.0.0.1"), command});
    if (!ssh.waitForFinished(timeoutMs)) {
        ssh.kill();
        ssh.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(ssh.readAll());
    return ssh.exitStatus() == QProcess::NormalExit ? ssh.exitCode() : -1;
}
