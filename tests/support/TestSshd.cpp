#include "TestSshd.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

bool TestSshd::runTool(const QString& program, const QStringList& arguments, QString* output,
                       const QByteArray& input)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return false;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool TestSshd::ensureTestUser(QString* error)
{
    if (!runTool(QStringLiteral("id"), {testUser()})) {
        QString out;
        if (!runTool(QStringLiteral("useradd"),
                     {QStringLiteral("-m"), QStringLiteral("-s"), QStringLiteral("/bin/bash"), testUser()},
                     &out)) {
            *error = QStringLiteral("useradd failed: ") + out;
            return false;
        }
    }
    // Always reset the password: another run may have left a different one.
    QString out;
    if (!runTool(QStringLiteral("chpasswd"), {}, &out,
                 (testUser() + u':' + testPassword() + u'\n').toUtf8())) {
        *error = QStringLiteral("chpasswd failed: ") + out;
        return false;
    }
    return true;
}

TestSshd::TestSshd(const QString& name)
    : m_name(name)
{}

TestSshd::~TestSshd()
{
    stop();
}

qint64 TestSshd::pid() const
{
    QFile file(m_dir + QStringLiteral("/sshd.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

bool TestSshd::writeConfig(const QStringList& extraConfig)
{
    QFile config(m_dir + QStringLiteral("/sshd_config"));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // sshd keeps the first value it reads for an option: the extra lines go first to win.
    QStringList lines = extraConfig;
    lines << QStringList{QStringLiteral("Port %1").arg(m_port),
                         QStringLiteral("ListenAddress 127.0.0.1"),
                         QStringLiteral("HostKey %1").arg(m_hostKey),
                         QStringLiteral("PidFile %1/sshd.pid").arg(m_dir),
                         QStringLiteral("AuthorizedKeysFile %1/authorized_keys").arg(m_dir),
                         QStringLiteral("PermitRootLogin prohibit-password"),
                         QStringLiteral("PasswordAuthentication yes"),
                         QStringLiteral("KbdInteractiveAuthentication no"),
                         QStringLiteral("UsePAM no"),
                         QStringLiteral("StrictModes no"),
                         QStringLiteral("MaxStartups 100"),
                         QStringLiteral("MaxSessions 100"),
                         QStringLiteral("LogLevel VERBOSE"),
                         QStringLiteral("Subsystem sftp /usr/lib/openssh/sftp-server")};
    config.write((lines.join(u'\n') + u'\n').toUtf8());
    return true;
}

bool TestSshd::waitForPort() const
{
    QElapsedTimer timer;
    timer.start();
    // sshd daemonizes before it binds and writes its PID file only once it listens: a failed bind
    // (the port still taken) leaves no PID file.
    while (pid() <= 1) {
        if (timer.elapsed() > 10000)
            return false;
        QThread::msleep(20);
    }
    while (timer.elapsed() < 10000) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(500))
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool TestSshd::start(const QStringList& extraConfig)
{
    if (m_dir.isEmpty()) {
        m_dir = TestEnvironment::freshDirectory(m_name);
        m_hostKey = m_dir + QStringLiteral("/ssh_host_ed25519_key");
        QString out;
        if (!runTool(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), m_hostKey},
                     &out)) {
            m_error = QStringLiteral("ssh-keygen failed: ") + out;
            return false;
        }
        QFile(m_dir + QStringLiteral("/authorized_keys")).open(QIODevice::WriteOnly | QIODevice::Append);
        QDir().mkpath(QStringLiteral("/run/sshd"));
    }
    if (!ensureTestUser(&m_error))
        return false;
    m_extraConfig = extraConfig;
    m_port = TestEnvironment::freePort();
    if (!writeConfig(extraConfig)) {
        m_error = QStringLiteral("cannot write sshd_config");
        return false;
    }
    QString out;
    if (!runTool(QStringLiteral("/usr/sbin/sshd"),
                 {QStringLiteral("-f"), m_dir + QStringLiteral("/sshd_config"), QStringLiteral("-E"),
                  m_dir + QStringLiteral("/sshd.log")},
                 &out)) {
        m_error = QStringLiteral("sshd did not start: ") + out;
        return false;
    }
    if (!waitForPort()) {
        m_error = QStringLiteral("sshd does not listen on port %1").arg(m_port);
        return false;
    }
    return true;
}

void TestSshd::stop()
{
    const qint64 p = pid();
    if (p > 1) {
        // Connections outlive the listener; end them too, or clients (a ControlMaster) linger.
        QString children;
        runTool(QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::number(p)}, &children);
        for (const QString& child : children.split(u'\n', Qt::SkipEmptyParts))
            ::kill(pid_t(child.trimmed().toLongLong()), SIGTERM);
        ::kill(pid_t(p), SIGTERM);
        QElapsedTimer timer;
        timer.start();
        while (::kill(pid_t(p), 0) == 0 && timer.elapsed() < 5000)
            QThread::msleep(20);
        QFile::remove(m_dir + QStringLiteral("/sshd.pid"));
    }
}

void TestSshd::signalTree(int signal) const
{
    QList<qint64> pending{pid()};
    while (!pending.isEmpty()) {
        const qint64 p = pending.takeFirst();
        if (p <= 1)
            continue;
        QString children;
        runTool(QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::number(p)}, &children);
        for (const QString& child : children.split(u'\n', Qt::SkipEmptyParts))
            pending << child.trimmed().toLongLong();
        ::kill(pid_t(p), signal);
    }
}

void TestSshd::freeze()
{
    signalTree(SIGSTOP);
}

void TestSshd::thaw()
{
    signalTree(SIGCONT);
}

void TestSshd::kill()
{
    const qint64 p = pid();
    if (p <= 1)
        return;
    // The per-connection processes are children of the listener: kill them first, like a crash would.
    QString children;
    runTool(QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::number(p)}, &children);
    for (const QString& child : children.split(u'\n', Qt::SkipEmptyParts))
        ::kill(pid_t(child.trimmed().toLongLong()), SIGKILL);
    ::kill(pid_t(p), SIGKILL);
    QFile::remove(m_dir + QStringLiteral("/sshd.pid"));
    // SIGKILL is asynchronous: wait until the port can be bound again, so restart() gets it.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, m_port))
            break;
        QThread::msleep(20);
    }
}

bool TestSshd::replaceHostKey(const QString& type)
{
    QFile::remove(m_hostKey);
    QFile::remove(m_hostKey + QStringLiteral(".pub"));
    m_hostKey = m_dir + QStringLiteral("/ssh_host_%1_key").arg(type);
    QFile::remove(m_hostKey);
    QFile::remove(m_hostKey + QStringLiteral(".pub"));
    return runTool(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), QString(),
                    QStringLiteral("-f"), m_hostKey});
}

bool TestSshd::restart()
{
    stop();
    const quint16 port = m_port;
    if (!writeConfig(m_extraConfig))
        return false;
    QString out;
    if (!runTool(QStringLiteral("/usr/sbin/sshd"),
                 {QStringLiteral("-f"), m_dir + QStringLiteral("/sshd_config"), QStringLiteral("-E"),
                  m_dir + QStringLiteral("/sshd.log")},
                 &out)) {
        m_error = QStringLiteral("sshd did not restart: ") + out;
        return false;
    }
    Q_UNUSED(port);
    return waitForPort();
}

QString TestSshd::hostKeyFingerprint() const
{
    QString out;
    runTool(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
             m_hostKey + QStringLiteral(".pub")},
            &out);
    return out.section(u' ', 1, 1);
}

QString TestSshd::hostKeyType() const
{
    QFile pub(m_hostKey + QStringLiteral(".pub"));
    pub.open(QIODevice::ReadOnly);
    return QString::fromLatin1(pub.readAll()).section(u' ', 0, 0);
}

QString TestSshd::clientKey(const QString& type, const QString& passphrase)
{
    const QString path =
        m_dir +
        QStringLiteral("/id_%1%2").arg(type, passphrase.isEmpty() ? QString() : QStringLiteral("_protected"));
    if (!QFile::exists(path)) {
        QStringList args{QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                         passphrase,           QStringLiteral("-f"), path};
        if (type == QStringLiteral("rsa"))
            args << QStringLiteral("-b") << QStringLiteral("2048");
        if (!runTool(QStringLiteral("ssh-keygen"), args))
            return {};
        QFile pub(path + QStringLiteral(".pub"));
        pub.open(QIODevice::ReadOnly);
        QFile authorized(m_dir + QStringLiteral("/authorized_keys"));
        authorized.open(QIODevice::WriteOnly | QIODevice::Append);
        authorized.write(pub.readAll());
    }
    return path;
}
