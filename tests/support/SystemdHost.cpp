#include "SystemdHost.h"

#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <fcntl.h>
#include <sys/file.h>

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

bool SystemdHost::holdMachineLock(QString* error)
{
    if (qEnvironmentVariable("KKT_HOST_LOCK_HELD") == QStringLiteral("1"))
        return true;
    const QString cache = qEnvironmentVariableIsEmpty("KKT_HOST_CACHE")
                              ? QStringLiteral("/var/cache/kkt-deploy-test")
                              : qEnvironmentVariable("KKT_HOST_CACHE");
    QDir().mkpath(cache);
    const QString path = cache + QStringLiteral("/host.lock");
    // Left open on purpose (not inherited by children): the lock lasts as long as this process.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 || ::flock(fd, LOCK_EX) != 0) {
        *error = QStringLiteral("cannot take the host lock %1").arg(path);
        return false;
    }
    qputenv("KKT_HOST_LOCK_HELD", "1");
    return true;
}

bool SystemdHost::start()
{
    m_dir = TestEnvironment::freshDirectory(m_name);
    m_port = TestEnvironment::freePort();
    m_address = QStringLiteral("127.0.0.1");
    return boot({QStringLiteral("start"), m_dir + QStringLiteral("/machine"), QString::number(m_port),
                 clientKey() + QStringLiteral(".pub")});
}

bool SystemdHost::startIsolated(quint16 sshPort)
{
    m_dir = TestEnvironment::freshDirectory(m_name);
    m_port = sshPort;
    // A /24 not configured on this machine; hosts run one at a time (the script's lock), the
    // process id only keeps two waiting tests from choosing the same one.
    QProcess addresses;
    addresses.start(QStringLiteral("ip"),
                    {QStringLiteral("-o"), QStringLiteral("-4"), QStringLiteral("addr")});
    addresses.waitForFinished(10000);
    const QString used = QString::fromUtf8(addresses.readAllStandardOutput());
    int index = int(QCoreApplication::applicationPid() % 200) + 1;
    while (used.contains(QStringLiteral(" 10.99.%1.").arg(index)))
        index = index % 254 + 1;
    m_address = QStringLiteral("10.99.%1.2").arg(index);
    return boot({QStringLiteral("start-isolated"), m_dir + QStringLiteral("/machine"), QString::number(index),
                 QString::number(m_port), clientKey() + QStringLiteral(".pub")});
}

bool SystemdHost::boot(const QStringList& arguments)
{
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
    // on this machine (tests, benchmarks) is waited for, since hosts share the lock.
    boot.start(QStringLiteral("bash"), QStringList{script()} + arguments);
    const bool finished = boot.waitForFinished(35 * 60 * 1000);
    // Whatever happened, the folder may hold a half-started host: stop() cleans it up.
    m_running = true;
    if (!finished || boot.exitCode() != 0) {
        m_error = QStringLiteral("the systemd host did not start: ") + QString::fromUtf8(boot.readAll());
        stop();
        return false;
    }
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
               QString::number(m_port), QStringLiteral("root@") + m_address, command});
    if (!ssh.waitForFinished(timeoutMs)) {
        ssh.kill();
        ssh.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(ssh.readAll());
    return ssh.exitStatus() == QProcess::NormalExit ? ssh.exitCode() : -1;
}
