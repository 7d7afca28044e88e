#include "PebbleServer.h"

#include "TestCertificates.h"
#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

PebbleServer::PebbleServer(const QString& directory)
    : m_dir(directory)
{}

PebbleServer::~PebbleServer()
{
    stop();
}

QString PebbleServer::directoryUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1/dir").arg(m_port);
}

QString PebbleServer::listenerAuthority() const
{
    return TestCertificates(m_dir).authority();
}

bool PebbleServer::curl(const QString& url, const QString& output)
{
    QProcess p;
    p.start(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("5"),
             QStringLiteral("--cacert"), listenerAuthority(), QStringLiteral("-o"), output, url});
    const bool ok = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        m_error = QStringLiteral("curl %1: %2").arg(url, QString::fromUtf8(p.readAllStandardError()));
    return ok;
}

bool PebbleServer::start()
{
    TestCertificates certs(m_dir);
    if (!certs.makeAuthority() ||
        !certs.makeServer(QStringLiteral("listener"), QStringLiteral("localhost"))) {
        m_error = certs.error();
        return false;
    }
    m_port = TestEnvironment::freePort();
    m_managementPort = TestEnvironment::freePort();
    // pebble answers challenges itself only when asked to validate; with ALWAYS_VALID these ports
    // stay unused, but they must be set, and free.
    const QJsonObject config{
        {QStringLiteral("pebble"),
         QJsonObject{{QStringLiteral("listenAddress"), QStringLiteral("127.0.0.1:%1").arg(m_port)},
                     {QStringLiteral("managementListenAddress"),
                      QStringLiteral("127.0.0.1:%1").arg(m_managementPort)},
                     {QStringLiteral("certificate"), certs.certificate(QStringLiteral("listener"))},
                     {QStringLiteral("privateKey"), certs.key(QStringLiteral("listener"))},
                     {QStringLiteral("httpPort"), int(TestEnvironment::freePort())},
                     {QStringLiteral("tlsPort"), int(TestEnvironment::freePort())},
                     {QStringLiteral("ocspResponderURL"), QString()},
                     {QStringLiteral("externalAccountBindingRequired"), false}}}};
    const QString configFile = m_dir + QStringLiteral("/pebble-config.json");
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(config).toJson());
    file.close();

    m_process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PEBBLE_VA_ALWAYS_VALID"), QStringLiteral("1"));
    env.insert(QStringLiteral("PEBBLE_VA_NOSLEEP"), QStringLiteral("1"));
    env.insert(QStringLiteral("PEBBLE_WFE_NONCEREJECT"), QStringLiteral("0"));
    m_process->setProcessEnvironment(env);
    m_process->setStandardOutputFile(m_dir + QStringLiteral("/pebble.log"));
    m_process->setStandardErrorFile(m_dir + QStringLiteral("/pebble.log"), QIODevice::Append);
    m_process->start(QStringLiteral("pebble"), {QStringLiteral("-config"), configFile});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("pebble did not start: %1").arg(m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            break;
        if (curl(directoryUrl(), m_dir + QStringLiteral("/dir.json")))
            return true;
        QThread::msleep(100);
    }
    QFile log(m_dir + QStringLiteral("/pebble.log"));
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("pebble does not answer at %1: %2 %3")
                  .arg(directoryUrl(), m_error, QString::fromUtf8(log.readAll().right(2000)));
    return false;
}

bool PebbleServer::saveRoot(const QString& file)
{
    return curl(QStringLiteral("https://127.0.0.1:%1/roots/0").arg(m_managementPort), file);
}

void PebbleServer::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    delete m_process;
    m_process = nullptr;
}
