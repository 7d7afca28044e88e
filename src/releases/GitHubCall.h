#pragma once

#include "ReleaseInfo.h"
#include "ReleaseManifest.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

// One question to the GitHub Releases API (latest, a tag, the whole list, or a release's
// manifest.json), answered asynchronously through finished(). Retries 5xx answers and dropped
// connections with exponential backoff; stops at rate limits and says when they reset.
class GitHubCall : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        NotFound,
        RateLimited,
        Unauthorized,
        Network,
        Server,
        Protocol,
        Cancelled
    };
    Q_ENUM(Error)

    // Cached answers by URL, so a repeated check costs a 304 (GitHub does not count it).
    struct CacheEntry
    {
        QByteArray etag;
        QByteArray body;
    };
    using Cache = QHash<QUrl, CacheEntry>;

    struct Settings
    {
        QUrl apiBase;
        QString repository;
        QByteArray token; // empty: anonymous
        int maxRetries = 3;
        int retryDelayMs = 1000;
        int transferTimeoutMs = 30000;
        int maxPages = 10;
    };

    const QList<ReleaseInfo>& releases() const { return m_releases; }
    const std::optional<ReleaseManifest>& manifest() const { return m_manifest; }
    Error error() const { return m_error; }
    QString errorText() const { return m_errorText; }
    QDateTime rateLimitReset() const { return m_rateLimitReset; }
    int rateLimitRemaining() const { return m_rateLimitRemaining; }
    // True when every page came from the cache after a 304.
    bool fromCache() const { return m_fromCache; }
    int retries() const { return m_retries; }
    bool isFinished() const { return m_finished; }

    void cancel();

signals:
    void retrying(int attempt, int delayMs, const QString& reason);
    void finished();

private:
    friend class GitHubReleases;
    enum class Kind
    {
        Latest,
        Tag,
        List,
        Manifest
    };

    GitHubCall(QNetworkAccessManager* network, Settings settings, Cache* cache, Kind kind, QUrl url,
               QString what, QObject* parent);
    void start();
    void send();
    void handle(QNetworkReply* reply);
    bool handleRateLimit(QNetworkReply* reply, int status);
    void retryOrFail(Error error, const QString& reason);
    void fail(Error error, const QString& text);
    void finish();
    bool sameHost(const QUrl& url) const;

    QNetworkAccessManager* m_network;
    Settings m_settings;
    Cache* m_cache;
    Kind m_kind;
    QUrl m_url;
    QString m_what; // for messages: "the latest release of owner/repo"
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer;
    int m_attempt = 0;
    int m_retries = 0;
    int m_pages = 0;
    bool m_fromCache = true;
    bool m_finished = false;

    QList<ReleaseInfo> m_releases;
    std::optional<ReleaseManifest> m_manifest;
    Error m_error = Error::None;
    QString m_errorText;
    QDateTime m_rateLimitReset;
    int m_rateLimitRemaining = -1;
};
