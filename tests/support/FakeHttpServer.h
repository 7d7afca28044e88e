#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, in the test's own event loop. Handlers
// answer requests; answers can be slow (chunks with pauses) or drop the connection part-way, as
// a real network does. One request per connection (`Connection: close`).
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query as sent
        QUrl url;                              // target resolved against the server's base URL
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 dropAfterBodyBytes = -1; // close the connection after this many body bytes
        int chunkSize = 0;              // > 0: send the body in chunks …
        int chunkDelayMs = 0;           // … with this pause between them
        bool silent = false;            // accept the request and never answer
    };

    using Handler = std::function<Response(const Request&)>;

    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request>& requests() const { return m_requests; }

    // 200 with the whole body, or 206 with the part a Range header asks for.
    static Response fileResponse(const Request& request, const QByteArray& data);
    static Response json(int status, const QByteArray& body);

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);

    QTcpServer* m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
