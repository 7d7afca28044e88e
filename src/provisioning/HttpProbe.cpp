#include "HttpProbe.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

HttpProbe::Reply send(const QUrl& url, const QByteArray* body, const HttpProbe::Headers& headers,
                      int timeoutMs, const std::atomic_bool* cancel)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = nullptr;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = network.post(request, *body);
    } else {
        reply = network.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && *cancel)
            reply->abort();
    });
    poll.start(100);
    loop.exec();
    HttpProbe::Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace

QJsonObject HttpProbe::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpProbe::Reply HttpProbe::get(const QUrl& url, const Headers& headers, int timeoutMs,
                                const std::atomic_bool* cancel)
{
    return send(url, nullptr, headers, timeoutMs, cancel);
}

HttpProbe::Reply HttpProbe::postJson(const QUrl& url, const QJsonObject& body, const Headers& headers,
                                     int timeoutMs, const std::atomic_bool* cancel)
{
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(url, &data, headers, timeoutMs, cancel);
}
