#include "GitHubReleases.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>

GitHubReleases::GitHubReleases(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_settings.apiBase = configuredApiBase();
    m_settings.repository = configuredRepository();
}

QUrl GitHubReleases::configuredApiBase()
{
    QString base = qEnvironmentVariable("KKT_GITHUB_API_URL");
    if (base.isEmpty())
        base = QSettings().value(QStringLiteral("releases/apiBaseUrl")).toString();
    return QUrl(base.isEmpty() ? QStringLiteral("https://api.github.com") : base);
}

QString GitHubReleases::configuredRepository()
{
    QString repository = qEnvironmentVariable("KKT_GITHUB_REPO");
    if (repository.isEmpty())
        repository = QSettings().value(QStringLiteral("releases/repository")).toString();
    return repository.isEmpty() ? QString::fromLatin1(defaultRepository) : repository;
}

QString GitHubReleases::repositoryProblem(const QString& repository)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$)"));
    if (pattern.match(repository).hasMatch() && !repository.endsWith(QStringLiteral("/..")) &&
        !repository.endsWith(QStringLiteral("/.")))
        return {};
    return tr("“%1” is not a GitHub repository name — write it as owner/name, e.g. %2")
        .arg(repository, QString::fromLatin1(defaultRepository));
}

void GitHubReleases::setApiBase(const QUrl& base)
{
    m_settings.apiBase = base;
}

void GitHubReleases::setRepository(const QString& repository)
{
    m_settings.repository = repository;
}

void GitHubReleases::setToken(const QByteArray& token)
{
    m_settings.token = token;
}

void GitHubReleases::setRetryPolicy(int maxRetries, int firstDelayMs)
{
    m_settings.maxRetries = maxRetries;
    m_settings.retryDelayMs = firstDelayMs;
}

void GitHubReleases::setTransferTimeout(int milliseconds)
{
    m_settings.transferTimeoutMs = milliseconds;
}

GitHubCall* GitHubReleases::make(GitHubCall::Kind kind, const QString& path, const QString& what)
{
    QUrl url = m_settings.apiBase;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    // GitHub Enterprise serves the API under /api/v3: keep whatever path the base has.
    url.setPath(basePath + QStringLiteral("/repos/") + m_settings.repository + path, QUrl::TolerantMode);
    if (kind == GitHubCall::Kind::List)
        url.setQuery(QStringLiteral("per_page=100"));
    auto* call = new GitHubCall(m_network, m_settings, &m_cache, kind, url, what, this);
    if (const QString problem = repositoryProblem(m_settings.repository); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            call, [call, problem] { call->fail(GitHubCall::Error::NotFound, problem); },
            Qt::QueuedConnection);
        return call;
    }
    call->start();
    return call;
}

GitHubCall* GitHubReleases::latest()
{
    return make(GitHubCall::Kind::Latest, QStringLiteral("/releases/latest"),
                tr("the latest release of %1").arg(m_settings.repository));
}

GitHubCall* GitHubReleases::byTag(const QString& tag)
{
    return make(GitHubCall::Kind::Tag,
                QStringLiteral("/releases/tags/") + QString::fromLatin1(QUrl::toPercentEncoding(tag)),
                tr("release %1 of %2").arg(tag, m_settings.repository));
}

GitHubCall* GitHubReleases::list()
{
    return make(GitHubCall::Kind::List, QStringLiteral("/releases"),
                tr("the releases of %1").arg(m_settings.repository));
}

GitHubCall* GitHubReleases::manifest(const ReleaseInfo& release)
{
    const std::optional<ReleaseAsset> asset = release.asset(QStringLiteral("manifest.json"));
    auto* call = new GitHubCall(m_network, m_settings, &m_cache, GitHubCall::Kind::Manifest,
                                asset ? asset->downloadUrl : QUrl(),
                                tr("manifest.json of release %1").arg(release.tag), this);
    if (!asset) {
        QMetaObject::invokeMethod(
            call,
            [call, tag = release.tag] {
                call->fail(GitHubCall::Error::NotFound,
                           GitHubCall::tr("release %1 has no manifest.json").arg(tag));
            },
            Qt::QueuedConnection);
        return call;
    }
    call->start();
    return call;
}
