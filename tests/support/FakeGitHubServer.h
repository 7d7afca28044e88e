#pragma once

#include "FakeHttpServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

// GitHub's REST API for releases as documented (docs.github.com/rest/releases): latest, by tag,
// the paginated list with Link headers, ETag/If-None-Match → 304, X-RateLimit-* headers, the
// 403 rate-limit answer, and asset downloads that honour Range. Failures can be planted.
class FakeGitHubServer : public FakeHttpServer
{
    Q_OBJECT

public:
    struct Asset
    {
        QString name;
        QByteArray data;
    };

    explicit FakeGitHubServer(const QString& repository = QStringLiteral("zhurbarv-hub/Qoders"),
                              QObject* parent = nullptr);

    // Newest first, as GitHub lists them.
    void addRelease(const QString& tag, const QDateTime& published, const QList<Asset>& assets,
                    bool prerelease = false, const QString& body = {});
    void setPerPage(int perPage) { m_perPage = perPage; }
    // Every API request answers 403 with X-RateLimit-Remaining: 0 and this reset time.
    void setRateLimited(const QDateTime& reset) { m_rateLimitReset = reset; }
    // The next `count` requests answer `status` (5xx) without a body of releases.
    void failNext(int count, int status = 502)
    {
        m_failures = count;
        m_failureStatus = status;
    }
    // The next download of `name` closes the connection after `bytes` bytes of the body.
    void dropDownloadOnce(const QString& name, qint64 bytes) { m_drops.insert(name, bytes); }
    // Downloads go out in chunks with pauses.
    void setSlowDownloads(int chunkSize, int delayMs)
    {
        m_slowChunk = chunkSize;
        m_slowDelayMs = delayMs;
    }
    // Replaces an asset's content after publishing (a tampered mirror).
    void replaceAsset(const QString& tag, const QString& name, const QByteArray& data);

    int apiRequestCount() const { return m_apiRequests; }
    int notModifiedCount() const { return m_notModified; }
    QUrl assetUrl(const QString& tag, const QString& name) const;

private:
    Response handle(const Request& request);
    Response api(const Request& request, const QByteArray& body);
    QJsonObject releaseJson(int index) const;

    struct Release
    {
        QString tag;
        QDateTime published;
        bool prerelease = false;
        QString body;
        QList<Asset> assets;
    };

    QString m_repository;
    QList<Release> m_releases;
    int m_perPage = 30;
    QDateTime m_rateLimitReset;
    int m_failures = 0;
    int m_failureStatus = 502;
    QMap<QString, qint64> m_drops;
    int m_slowChunk = 0;
    int m_slowDelayMs = 0;
    int m_apiRequests = 0;
    int m_notModified = 0;
    int m_remaining = 60;
};
