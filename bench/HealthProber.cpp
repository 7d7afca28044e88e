#include "HealthProber.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThread>

HealthProber::HealthProber(QString hostHeader, int port)
    : m_host(std::move(hostHeader))
    , m_port(port)
{}

HealthProber::~HealthProber()
{
    if (m_thread.joinable())
        stop();
}

void HealthProber::start()
{
    m_stop = false;
    m_figures = Figures();
    m_thread = std::thread([this] { run(); });
}

HealthProber::Figures HealthProber::stop()
{
    m_stop = true;
    m_thread.join();
    return m_figures;
}

void HealthProber::run()
{
    const QByteArray request = "GET /health HTTP/1.1\r\nHost: " + m_host.toLatin1() +
                               "\r\nConnection: close\r\nUser-Agent: bench-update\r\n\r\n";
    QElapsedTimer clock;
    clock.start();
    qint64 lastHealthy = -1;
    bool failing = false;
    qint64 next = 0;
    while (!m_stop) {
        const qint64 now = clock.elapsed();
        if (now < next)
            QThread::msleep(quint64(next - now));
        next = clock.elapsed() + 50;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        QByteArray answer;
        if (socket.waitForConnected(1000)) {
            socket.write(request);
            QElapsedTimer wait;
            wait.start();
            while (socket.state() == QAbstractSocket::ConnectedState && wait.elapsed() < 1000 &&
                   socket.waitForReadyRead(int(1000 - wait.elapsed())))
                answer += socket.readAll();
            answer += socket.readAll();
        }
        ++m_figures.requests;
        // The JSON object of the body, whether nginx sent it with a length or in chunks.
        const qsizetype open = answer.indexOf('{', qMax<qsizetype>(0, answer.indexOf("\r\n\r\n")));
        const qsizetype close = answer.lastIndexOf('}');
        const QJsonObject health = open > 0 && close > open
                                       ? QJsonDocument::fromJson(answer.mid(open, close - open + 1)).object()
                                       : QJsonObject();
        const bool ok = answer.startsWith("HTTP/1.1 200") &&
                        health.value(QStringLiteral("status")).toString() == QStringLiteral("healthy");
        const qint64 at = clock.elapsed();
        if (!ok) {
            ++m_figures.failed;
            failing = true;
            continue;
        }
        const QString version = health.value(QStringLiteral("version")).toString();
        if (!version.isEmpty() && (m_figures.versions.isEmpty() || m_figures.versions.last() != version))
            m_figures.versions << version;
        if (failing && lastHealthy >= 0)
            m_figures.longestGapMs = qMax(m_figures.longestGapMs, at - lastHealthy);
        failing = false;
        lastHealthy = at;
    }
}
