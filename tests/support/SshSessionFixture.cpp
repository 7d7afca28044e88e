#include "support/SshSessionFixture.h"

#include "support/TestEnvironment.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
bool capturing = false;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << message;
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

} // namespace

SshSessionFixture::SshSessionFixture(const QString& name)
    : m_sshd(name)
{}

bool SshSessionFixture::start()
{
    if (!capturing) {
        QLoggingCategory::setFilterRules(QStringLiteral("kkt.ssh.debug=true"));
        previousHandler = qInstallMessageHandler(captureMessages);
        capturing = true;
    }
    if (!m_sshd.start())
        return false;
    const QString dir = TestEnvironment::freshDirectory(QStringLiteral("ssh-client"));
    m_knownHosts = dir + QStringLiteral("/known_hosts");
    m_noUserKnownHosts = dir + QStringLiteral("/user_known_hosts");
    return true;
}

SshTarget SshSessionFixture::target(const QString& user) const
{
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_sshd.port();
    t.user = user;
    t.useAgent = false;
    t.useConfigFile = false;
    t.knownHostsFile = m_knownHosts;
    t.userKnownHostsFile = m_noUserKnownHosts;
    t.acceptNewHostKey = true;
    t.connectTimeoutSeconds = 5;
    return t;
}

SshTarget SshSessionFixture::rootTarget()
{
    SshTarget t = target();
    t.identityFile = m_sshd.clientKey(QStringLiteral("ed25519"));
    return t;
}

QStringList SshSessionFixture::secretLeaks(QStringList planted)
{
    planted << TestSshd::testPassword() << m_sshd.userKeyPassphrase();
    QStringList leaks;
    QMutexLocker lock(&logMutex);
    if (capturedLog.isEmpty())
        leaks << QStringLiteral("nothing was logged");
    QFile log(m_sshd.directory() + QStringLiteral("/sshd.log"));
    const QByteArray serverLog = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    for (const QString& secret : std::as_const(planted)) {
        for (const QString& line : std::as_const(capturedLog))
            if (line.contains(secret))
                leaks << QStringLiteral("log: ") + line;
        for (const QString& text : std::as_const(m_errorTexts))
            if (text.contains(secret))
                leaks << QStringLiteral("error: ") + text;
        if (serverLog.contains(secret.toUtf8()))
            leaks << QStringLiteral("sshd.log contains a planted secret");
    }
    return leaks;
}
