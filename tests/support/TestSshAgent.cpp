#include "TestSshAgent.h"

#include "TestEnvironment.h"
#include "TestSshd.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

#include <csignal>

TestSshAgent::TestSshAgent() = default;

TestSshAgent::~TestSshAgent()
{
    if (m_pid > 1)
        ::kill(pid_t(m_pid), SIGTERM);
}

bool TestSshAgent::start()
{
    m_socket = TestEnvironment::freshDirectory(QStringLiteral("agent")) + QStringLiteral("/agent.sock");
    QString out;
    if (!TestSshd::runTool(QStringLiteral("ssh-agent"),
                           {QStringLiteral("-s"), QStringLiteral("-a"), m_socket}, &out))
        return false;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("SSH_AGENT_PID=(\\d+)")).match(out);
    m_pid = match.captured(1).toLongLong();
    return m_pid > 1;
}

bool TestSshAgent::addKey(const QString& keyFile)
{
    // ssh-add finds the agent through the environment only.
    const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", m_socket.toUtf8());
    const bool ok = TestSshd::runTool(QStringLiteral("ssh-add"), {keyFile});
    if (previous.isEmpty())
        qunsetenv("SSH_AUTH_SOCK");
    else
        qputenv("SSH_AUTH_SOCK", previous);
    return ok;
}
