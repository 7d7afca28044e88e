#include "FakeGitHubServer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

FakeGitHubServer::FakeGitHubServer(const QString& repository, QObject* parent)
    : FakeHttpServer(parent)
    , m_repository(repository)
{
    setHandler([this](const Request& request) { return handle(request); });
}

void FakeGitHubServer::addRelease(const QString& tag, const QDateTime& published, const QList<Asset>& assets,
                                  bool prerelease, const QString& body)
{
    m_releases.prepend({tag, published, prerelease, body, assets});
}

void FakeGitHubServer::replaceAsset(const QString& tag, const QString& name, const QByteArray& data)
{
    for (Release& release : m_releases) {
        for (Asset& asset : release.assets) {
            if (release.tag == tag && asset.name == name)
                asset.data = data;
        }
    }
}

QUrl FakeGitHubServer::assetUrl(const QString& tag, const QString& name) const
{
    return QUrl(baseUrl().toString() +
                QStringLiteral("/%1/releases/download/%2/%3").arg(m_repository, tag, name));
}

QJsonObject FakeGitHubServer::releaseJson(int index) const
{
    const Release& r = m_releases.at(index);
    const QString apiBase = baseUrl().toString() + QStringLiteral("/repos/") + m_repository;
    QJsonArray assets;
    for (qsizetype i = 0; i < r.assets.size(); ++i) {
        const Asset& a = r.assets.at(i);
        assets.append(QJsonObject{
            {QStringLiteral("url"), apiBase + QStringLiteral("/releases/assets/%1%2").arg(index).arg(i)},
            {QStringLiteral("id"), index * 100 + int(i)},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("content_type"), QStringLiteral("application/octet-stream")},
            {QStringLiteral("state"), QStringLiteral("uploaded")},
            {QStringLiteral("size"), qint64(a.data.size())},
            {QStringLiteral("browser_download_url"), assetUrl(r.tag, a.name).toString()}});
    }
    return QJsonObject{{QStringLiteral("url"), apiBase + QStringLiteral("/releases/%1").arg(index)},
                       {QStringLiteral("html_url"),
                        QStringLiteral("https://github.com/%1/releases/tag/%2").arg(m_repository, r.tag)},
                       {QStringLiteral("id"), 1000 + index},
                       {QStringLiteral("tag_name"), r.tag},
                       {QStringLiteral("target_commitish"), QStringLiteral("main")},
                       {QStringLiteral("name"), QStringLiteral("KKT %1").arg(r.tag)},
                       {QStringLiteral("body"), r.body},
                       {QStringLiteral("draft"), false},
                       {QStringLiteral("prerelease"), r.prerelease},
                       {QStringLiteral("created_at"), r.published.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("published_at"), r.published.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("assets"), assets}};
}

FakeHttpServer::Response FakeGitHubServer::api(const Request& request, const QByteArray& body)
{
    Response response = json(200, body);
    const QByteArray etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex() + '"';
    response.headers << qMakePair(QByteArray("ETag"), etag);
    if (request.header("If-None-Match") == etag) {
        // GitHub does not count a 304 against the rate limit.
        ++m_notModified;
        response.status = 304;
        response.body.clear();
        return response;
    }
    return response;
}

FakeHttpServer::Response FakeGitHubServer::handle(const Request& request)
{
    const QString path = request.url.path();
    const QString downloadPrefix = QStringLiteral("/%1/releases/download/").arg(m_repository);
    if (path.startsWith(downloadPrefix)) {
        const QStringList parts = path.mid(downloadPrefix.size()).split(u'/');
        for (const Release& r : std::as_const(m_releases)) {
            for (const Asset& a : r.assets) {
                if (r.tag != parts.value(0) || a.name != parts.value(1))
                    continue;
                Response response = fileResponse(request, a.data);
                if (m_drops.contains(a.name))
                    response.dropAfterBodyBytes = m_drops.take(a.name);
                response.chunkSize = m_slowChunk;
                response.chunkDelayMs = m_slowDelayMs;
                return response;
            }
        }
        return json(404, "Not Found");
    }

    ++m_apiRequests;
    if (m_failures > 0) {
        --m_failures;
        return json(m_failureStatus, R"({"message":"Server Error"})");
    }
    Response response;
    const auto rateHeaders = [&](Response& r) {
        const QDateTime reset =
            m_rateLimitReset.isValid() ? m_rateLimitReset : QDateTime::currentDateTimeUtc().addSecs(3600);
        r.headers << qMakePair(QByteArray("X-RateLimit-Limit"), QByteArray("60"))
                  << qMakePair(QByteArray("X-RateLimit-Remaining"),
                               QByteArray::number(m_rateLimitReset.isValid() ? 0 : m_remaining))
                  << qMakePair(QByteArray("X-RateLimit-Reset"), QByteArray::number(reset.toSecsSinceEpoch()))
                  << qMakePair(QByteArray("X-RateLimit-Used"), QByteArray::number(60 - m_remaining))
                  << qMakePair(QByteArray("X-RateLimit-Resource"), QByteArray("core"));
    };
    if (m_rateLimitReset.isValid()) {
        response =
            json(403, "{\"message\":\"API rate limit exceeded for 127.0.0.1. (But here's the good news: "
                      "Authenticated requests get a higher rate limit. Check out the documentation for more "
                      "details.)\",\"documentation_url\":\"https://docs.github.com/rest/overview/"
                      "resources-in-the-rest-api#rate-limiting\"}");
        rateHeaders(response);
        return response;
    }
    const QString repoPrefix = QStringLiteral("/repos/") + m_repository;
    if (!path.startsWith(repoPrefix + QStringLiteral("/releases"))) {
        response = json(404, R"({"message":"Not Found","documentation_url":"https://docs.github.com/rest"})");
    } else if (path == repoPrefix + QStringLiteral("/releases/latest")) {
        response = json(404, R"({"message":"Not Found","documentation_url":"https://docs.github.com/rest"})");
        for (qsizetype i = 0; i < m_releases.size(); ++i) {
            if (!m_releases.at(i).prerelease) {
                response = api(request, QJsonDocument(releaseJson(int(i))).toJson());
                break;
            }
        }
    } else if (path.startsWith(repoPrefix + QStringLiteral("/releases/tags/"))) {
        const QString tag = path.mid(repoPrefix.size() + 15);
        response = json(404, R"({"message":"Not Found","documentation_url":"https://docs.github.com/rest"})");
        for (qsizetype i = 0; i < m_releases.size(); ++i) {
            if (m_releases.at(i).tag == tag)
                response = api(request, QJsonDocument(releaseJson(int(i))).toJson());
        }
    } else if (path == repoPrefix + QStringLiteral("/releases")) {
        const QUrlQuery query(request.url);
        const int perPage = std::min(m_perPage, query.queryItemValue(QStringLiteral("per_page")).toInt() > 0
                                                    ? query.queryItemValue(QStringLiteral("per_page")).toInt()
                                                    : 30);
        const int page = std::max(1, query.queryItemValue(QStringLiteral("page")).toInt());
        QJsonArray array;
        for (qsizetype i = qsizetype(page - 1) * perPage;
             i < std::min<qsizetype>(m_releases.size(), qsizetype(page) * perPage); ++i)
            array.append(releaseJson(int(i)));
        response = api(request, QJsonDocument(array).toJson());
        const int lastPage = std::max<int>(1, int((m_releases.size() + perPage - 1) / perPage));
        auto link = [&](int p) {
            return "<" + baseUrl().toEncoded() + repoPrefix.toUtf8() +
                   "/releases?per_page=" + QByteArray::number(perPage) + "&page=" + QByteArray::number(p) +
                   ">";
        };
        QByteArray links;
        if (page < lastPage)
            links = link(page + 1) + "; rel=\"next\", " + link(lastPage) + "; rel=\"last\"";
        if (page > 1)
            links += QByteArray(links.isEmpty() ? "" : ", ") + link(page - 1) + "; rel=\"prev\", " + link(1) +
                     "; rel=\"first\"";
        if (!links.isEmpty())
            response.headers << qMakePair(QByteArray("Link"), links);
    } else {
        response = json(404, R"({"message":"Not Found","documentation_url":"https://docs.github.com/rest"})");
    }
    if (response.status != 304 && m_remaining > 0)
        --m_remaining;
    rateHeaders(response);
    return response;
}
