#include "HttpProbe.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace {

HttpProbe::Reply send(const QUrl& url, const QByteArray* body, const HttpProbe::Headers& headers,
                      int timeoutMs, const std::atomic_bool* cancel)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
        // Asked at the server's address with the site's name as Host: over HTTPS that name is
        // also the one sent (SNI) and verified, so the check never depends on DNS.
        if (url.scheme() == QStringLiteral("https") && name.compare("Host", Qt::CaseInsensitive) == 0)
            request.setPeerVerifyName(QString::fromUtf8(value));
    }
    if (url.scheme() == QStringLiteral("https")) {
        const QList<QSslCertificate> extra = HttpProbe::configuredAuthorities();
        if (!extra.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(extra);
            request.setSslConfiguration(tls);
        }
    }
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

QList<QSslCertificate> HttpProbe::configuredAuthorities()
{
    const QString file = qEnvironmentVariable("KKT_TLS_CA_FILE");
    return file.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromPath(file, QSsl::Pem);
}

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
