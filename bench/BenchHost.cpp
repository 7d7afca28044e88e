#include "BenchHost.h"

#include "support/TestEnvironment.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// The host that is up, for the signal handler: `systemd-host.sh stop DIR` (prepared beforehand,
// since a handler may only fork and exec).
char g_script[4096];
char g_hostDir[4096];
volatile sig_atomic_t g_hostUp = 0;

void onSignal(int signal)
{
    if (g_hostUp) {
        const pid_t child = fork();
        if (child == 0) {
            execl("/bin/bash", "bash", g_script, "stop", g_hostDir, static_cast<char*>(nullptr));
            _exit(127);
        }
        if (child > 0)
            waitpid(child, nullptr, 0);
    }
    _exit(128 + signal);
}

bool portBusy(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(500);
}

bool otherHostRunning()
{
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-x"), QStringLiteral("systemd-nspawn")});
    pgrep.waitForFinished(10000);
    return pgrep.exitStatus() == QProcess::NormalExit && pgrep.exitCode() == 0;
}

// Another engineer's systemd host shares the network (nginx on :80, PostgreSQL on :5432): wait
// for it to go rather than collide with it.
void waitForFreeMachine()
{
    bool told = false;
    while (portBusy(80) || portBusy(5432) || otherHostRunning()) {
        if (!told)
            say(QStringLiteral("another systemd host is running (or ports 80/5432 are busy): waiting …"));
        told = true;
        QThread::sleep(10);
    }
}

} // namespace

void say(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

BenchHost::BenchHost(const QString& name)
    : m_host(name)
{}

BenchHost::~BenchHost()
{
    stop();
}

void BenchHost::prepareProcess(const char* sourceDir, const char* binaryDir)
{
    if (qEnvironmentVariableIsEmpty("KKT_SOURCE_DIR"))
        qputenv("KKT_SOURCE_DIR", sourceDir);
    if (qEnvironmentVariableIsEmpty("KKT_BINARY_DIR"))
        qputenv("KKT_BINARY_DIR", binaryDir);
    if (qEnvironmentVariableIsEmpty("KKT_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("kkt.*.debug=false"));
    installSignalHandlers();
}

void BenchHost::installSignalHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    for (int s : {SIGINT, SIGTERM, SIGHUP})
        sigaction(s, &action, nullptr);
}

bool BenchHost::start()
{
    waitForFreeMachine();
    const bool ok = m_host.start();
    // start() sets the folder even when the boot fails; stopping it then is harmless.
    std::snprintf(
        g_script, sizeof g_script, "%s",
        qPrintable(TestEnvironment::sourceDir() + QStringLiteral("/tests/support/hosts/systemd-host.sh")));
    std::snprintf(g_hostDir, sizeof g_hostDir, "%s",
                  qPrintable(m_host.directory() + QStringLiteral("/machine")));
    g_hostUp = 1;
    return ok;
}

void BenchHost::stop()
{
    m_host.stop();
    g_hostUp = 0;
}

bool BenchHost::installPackages(const QStringList& packages)
{
    QString out;
    const int code = m_host.run(QStringLiteral("export DEBIAN_FRONTEND=noninteractive; apt-get update -q && "
                                               "apt-get install -y -q --no-install-recommends %1")
                                    .arg(packages.join(u' ')),
                                &out, 20 * 60 * 1000);
    if (code != 0)
        say(QStringLiteral("apt on the host failed:\n") + out.right(3000));
    return code == 0;
}
