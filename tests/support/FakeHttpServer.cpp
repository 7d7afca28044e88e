#include "FakeHttpServer.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

FakeHttpServer::Response FakeHttpServer::json(int status, const QByteArray& body)
{
    Response response;
    response.status = status;
    response.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8"));
    response.body = body;
    return response;
}

FakeHttpServer::Response FakeHttpServer::fileResponse(const Request& request, const QByteArray& data)
{
    Response response;
    response.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"))
                     << qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes"));
    static const QRegularExpression range(QStringLiteral(R"(^bytes=(\d+)-(\d*)$)"));
    const QRegularExpressionMatch match = range.match(QString::fromLatin1(request.header("Range")));
    if (!match.hasMatch()) {
        response.body = data;
        return response;
    }
    const qint64 start = match.captured(1).toLongLong();
    const qint64 end = match.captured(2).isEmpty() ? data.size() - 1 : match.captured(2).toLongLong();
    if (start >= data.size() || end < start) {
        response.status = 416;
        response.headers << qMakePair(QByteArray("Content-Range"),
                                      "bytes */" + QByteArray::number(data.size()));
        return response;
    }
    response.status = 206;
    response.body = data.mid(start, end - start + 1);
    response.headers << qMakePair(QByteArray("Content-Range"), "bytes " + QByteArray::number(start) + '-' +
                                                                   QByteArray::number(end) + '/' +
                                                                   QByteArray::number(data.size()));
    return response;
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qint64 length = request.header("Content-Length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    request.url = baseUrl().resolved(QUrl::fromEncoded(request.target));
    m_requests << request;
    answer(socket, request);
}

void FakeHttpServer::answer(QTcpSocket* socket, const Request& request)
{
    const Response response = m_handler ? m_handler(request) : json(404, R"({"message":"Not Found"})");
    if (response.silent)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head);

    QByteArray body = response.body;
    const bool drop = response.dropAfterBodyBytes >= 0;
    if (drop)
        body = body.left(response.dropAfterBodyBytes);
    if (response.chunkSize <= 0) {
        socket->write(body);
        // Closing before Content-Length bytes were sent is what a dropped connection looks like.
        socket->disconnectFromHost();
        return;
    }
    // Slow server: one chunk per tick.
    auto* timer = new QTimer(socket);
    auto offset = std::make_shared<qint64>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body, offset, chunk = response.chunkSize] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        socket->write(body.mid(*offset, chunk));
        *offset += chunk;
        if (*offset >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(response.chunkDelayMs);
}
