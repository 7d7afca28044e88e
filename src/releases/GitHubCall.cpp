#include "GitHubCall.h"

#include "ReleasesLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>

namespace {

// Failures that a second try may cure: the connection dropped or timed out on the way.
bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts like this
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QUrl nextPage(const QByteArray& link)
{
    // Link: <https://…?page=2>; rel="next", <https://…?page=5>; rel="last"
    static const QRegularExpression next(QStringLiteral(R"(<([^>]+)>\s*;\s*rel="next")"));
    const QRegularExpressionMatch match = next.match(QString::fromLatin1(link));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

} // namespace

GitHubCall::GitHubCall(QNetworkAccessManager* network, Settings settings, Cache* cache, Kind kind, QUrl url,
                       QString what, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_cache(cache)
    , m_kind(kind)
    , m_url(std::move(url))
    , m_what(std::move(what))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &GitHubCall::send);
}

bool GitHubCall::sameHost(const QUrl& url) const
{
    return url.scheme() == m_settings.apiBase.scheme() && url.host() == m_settings.apiBase.host() &&
           url.port() == m_settings.apiBase.port();
}

void GitHubCall::start()
{
    // Started from the event loop so a caller can connect to finished() first.
    QTimer::singleShot(0, this, &GitHubCall::send);
}

void GitHubCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    fail(Error::Cancelled, tr("cancelled"));
}

void GitHubCall::send()
{
    if (m_finished)
        return;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("kkt-deploy/" KKT_VERSION));
    if (m_kind == Kind::Manifest) {
        request.setRawHeader("Accept", "application/octet-stream");
    } else {
        request.setRawHeader("Accept", "application/vnd.github+json");
        request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    }
    // The token goes only to the API host: a redirect or a `next` link elsewhere must not carry it.
    if (!m_settings.token.isEmpty() && sameHost(m_url))
        request.setRawHeader("Authorization", "Bearer " + m_settings.token);
    if (m_cache) {
        const auto cached = m_cache->constFind(m_url);
        if (cached != m_cache->constEnd() && !cached->etag.isEmpty())
            request.setRawHeader("If-None-Match", cached->etag);
    }
    qCDebug(lcReleases) << "GET" << m_url.toDisplayString();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] { handle(reply); });
}

bool GitHubCall::handleRateLimit(QNetworkReply* reply, int status)
{
    if (status != 403 && status != 429)
        return false;
    const QByteArray remaining = reply->rawHeader("X-RateLimit-Remaining");
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (status == 403 && remaining != "0" && retryAfter.isEmpty())
        return false; // a plain "forbidden", e.g. a token without access
    QDateTime reset;
    if (!retryAfter.isEmpty())
        reset = QDateTime::currentDateTimeUtc().addSecs(retryAfter.toLongLong());
    else if (const qint64 epoch = reply->rawHeader("X-RateLimit-Reset").toLongLong(); epoch > 0)
        reset = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    m_rateLimitReset = reset;
    const QByteArray limit = reply->rawHeader("X-RateLimit-Limit");
    QString text;
    if (reset.isValid()) {
        const qint64 minutes = std::max<qint64>(1, (QDateTime::currentDateTimeUtc().secsTo(reset) + 59) / 60);
        text = tr("GitHub's API rate limit is used up%1; it resets at %2 (in %n minute(s)) — wait until "
                  "then, or "
                  "set a GitHub token in the release settings for a higher limit",
                  nullptr, int(minutes))
                   .arg(limit.isEmpty() ? QString()
                                        : tr(" (%1 requests per hour)").arg(QString::fromLatin1(limit)),
                        reset.toLocalTime().toString(QStringLiteral("HH:mm")));
    } else {
        text = tr(
            "GitHub's API rate limit is used up — wait a few minutes, or set a GitHub token in the release "
            "settings for a higher limit");
    }
    fail(Error::RateLimited, text);
    return true;
}

void GitHubCall::handle(QNetworkReply* reply)
{
    reply->deleteLater();
    if (m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QByteArray remaining = reply->rawHeader("X-RateLimit-Remaining"); !remaining.isEmpty())
        m_rateLimitRemaining = remaining.toInt();

    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
        const QString reason = tr("%1 (%2)").arg(reply->errorString(), m_url.host());
        if (isTransient(reply->error()))
            retryOrFail(Error::Network, reason);
        else
            fail(Error::Network,
                 tr("GitHub could not be reached: %1 — check the network and the API address %2")
                     .arg(reply->errorString(), m_settings.apiBase.toDisplayString()));
        return;
    }
    if (handleRateLimit(reply, status))
        return;
    if (status >= 500) {
        retryOrFail(Error::Server, tr("GitHub answered HTTP %1").arg(status));
        return;
    }
    if (status == 401) {
        fail(Error::Unauthorized, tr("GitHub refused the token (HTTP 401) — it is wrong, expired or revoked; "
                                     "set a new one in the release settings or remove it"));
        return;
    }
    if (status == 404) {
        fail(Error::NotFound,
             tr("%1 was not found (HTTP 404) — check the repository name and the tag").arg(m_what));
        return;
    }
    if (status != 200 && status != 304) {
        QString message =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("message")).toString();
        fail(Error::Protocol,
             tr("GitHub answered HTTP %1 for %2: %3").arg(status).arg(m_what, message.left(200)));
        return;
    }

    QByteArray body;
    if (status == 304 && m_cache && m_cache->contains(m_url)) {
        body = m_cache->value(m_url).body;
    } else {
        body = reply->readAll();
        m_fromCache = false;
        if (m_cache) {
            if (const QByteArray etag = reply->rawHeader("ETag"); !etag.isEmpty())
                m_cache->insert(m_url, {etag, body});
        }
    }
    m_attempt = 0;

    if (m_kind == Kind::Manifest) {
        const ReleaseManifest::Parsed parsed = ReleaseManifest::parse(body);
        if (!parsed.ok()) {
            fail(Error::Protocol, parsed.problems.join(QStringLiteral("; ")));
            return;
        }
        m_manifest = parsed.manifest;
        finish();
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError ||
        (m_kind == Kind::List ? !document.isArray() : !document.isObject())) {
        fail(Error::Protocol,
             tr("%1 answered with something that is not GitHub's release JSON — check the API "
                "address %2")
                 .arg(m_url.host(), m_settings.apiBase.toDisplayString()));
        return;
    }
    if (m_kind != Kind::List) {
        m_releases << ReleaseInfo::fromJson(document.object());
        finish();
        return;
    }
    for (const QJsonValue& value : document.array()) {
        const ReleaseInfo release = ReleaseInfo::fromJson(value.toObject());
        if (!release.draft)
            m_releases << release;
    }
    const QUrl next = nextPage(reply->rawHeader("Link"));
    if (next.isValid() && ++m_pages < m_settings.maxPages) {
        m_url = next;
        send();
        return;
    }
    finish();
}

void GitHubCall::retryOrFail(Error error, const QString& reason)
{
    if (m_attempt >= m_settings.maxRetries) {
        fail(error, tr("%1 failed after %n attempt(s): %2", nullptr, m_attempt + 1).arg(m_what, reason));
        return;
    }
    const int delay = m_settings.retryDelayMs << m_attempt;
    ++m_attempt;
    ++m_retries;
    qCDebug(lcReleases) << "retrying" << m_url.toDisplayString() << "in" << delay << "ms:" << reason;
    emit retrying(m_attempt, delay, reason);
    m_retryTimer->start(delay);
}

void GitHubCall::fail(Error error, const QString& text)
{
    m_error = error;
    m_errorText = text;
    qCDebug(lcReleases) << "GitHub call failed:" << text;
    finish();
}

void GitHubCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_error != Error::None)
        m_releases.clear();
    emit finished();
}
