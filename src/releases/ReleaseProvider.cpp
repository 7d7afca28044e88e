#include "ReleaseProvider.h"

#include "GitHubCall.h"
#include "GitHubReleases.h"
#include "ReleaseCache.h"
#include "ReleaseFetch.h"
#include "ReleasesLogging.h"
#include "secrets/SecretStore.h"

#include <QTimer>

ReleaseProvider::ReleaseProvider(QObject* parent)
    : QObject(parent)
    , m_github(new GitHubReleases(this))
{}

ReleaseProvider::~ReleaseProvider() = default;

void ReleaseProvider::setRetryPolicy(int maxRetries, int firstDelayMs)
{
    m_maxRetries = maxRetries;
    m_retryDelayMs = firstDelayMs;
}

void ReleaseProvider::start(const ReleaseChoice& choice)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_choice = choice;
    m_running = true;
    m_triedPrefix = false;
    m_failure = Failure::None;
    m_errorText.clear();
    m_release = {};
    m_check = {};
    m_github->setApiBase(GitHubReleases::configuredApiBase());
    m_github->setRepository(GitHubReleases::configuredRepository());
    m_github->setRetryPolicy(m_maxRetries, m_retryDelayMs);
    const QString tag = choice.source == ReleaseSource::Tag ? choice.tag.trimmed() : QString();
    if (choice.source == ReleaseSource::File || (choice.source == ReleaseSource::Tag && tag.isEmpty())) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                fail(Failure::NotFound, tr("choose the latest release or a release tag to fetch"));
        });
        return;
    }
    emit stage(tr("Asking %1 for %2…")
                   .arg(m_github->apiBase().host(),
                        tag.isEmpty() ? tr("the latest release") : tr("release %1").arg(tag)));
    QByteArray token = m_token.isEmpty() ? qgetenv("KKT_GITHUB_TOKEN") : m_token;
    if (!token.isEmpty()) {
        m_github->setToken(token);
        token.fill('\0');
        QTimer::singleShot(0, this, [this, tag, generation] {
            if (generation == m_generation)
                resolve(tag);
        });
        return;
    }
    // The optional token stored with `release login`; asked without blocking, used if present.
    auto* keychain = new SecretStore(this);
    keychain->setTimeout(5000);
    keychain->read(GitHubReleases::tokenKeychainKey(m_github->apiBase()),
                   [this, keychain, tag, generation](const SecretStore::Result& r) {
                       keychain->deleteLater();
                       if (generation != m_generation)
                           return;
                       m_github->setToken(r.ok() ? r.secret.toUtf8() : QByteArray());
                       resolve(tag);
                   });
}

void ReleaseProvider::resolve(const QString& tag)
{
    m_call = tag.isEmpty() ? m_github->latest() : m_github->byTag(tag);
    connect(m_call, &GitHubCall::retrying, this, [this](int attempt, int, const QString& reason) {
        emit stage(tr("%1 — retrying (%2)…").arg(reason).arg(attempt));
    });
    connect(m_call, &GitHubCall::finished, this, [this, call = m_call.data(), tag] { resolved(call, tag); });
}

void ReleaseProvider::resolved(GitHubCall* call, const QString& tag)
{
    call->deleteLater();
    if (!m_running)
        return;
    switch (call->error()) {
    case GitHubCall::Error::None:
        break;
    case GitHubCall::Error::NotFound:
        // Tags are usually v1.0.0: someone typing 1.0.0 means that one.
        if (!tag.isEmpty() && !m_triedPrefix && !tag.startsWith(u'v')) {
            m_triedPrefix = true;
            resolve(QStringLiteral("v") + tag);
            return;
        }
        fail(Failure::NotFound, call->errorText());
        return;
    case GitHubCall::Error::Network:
        fail(Failure::Network, tr("Network problem: %1").arg(call->errorText()));
        return;
    case GitHubCall::Error::Cancelled:
        fail(Failure::Cancelled, tr("cancelled"));
        return;
    default:
        fail(Failure::Refused, call->errorText());
        return;
    }
    if (call->releases().isEmpty()) {
        fail(Failure::NotFound,
             tr("GitHub listed no release for %1").arg(tag.isEmpty() ? tr("latest") : tag));
        return;
    }
    fetch(call->releases().first());
}

void ReleaseProvider::fetch(const ReleaseInfo& release)
{
    m_fetch = new ReleaseFetch(m_github->network(), this);
    m_fetch->setRetryPolicy(m_maxRetries, m_retryDelayMs);
    m_fetch->setLayout(m_layout);
    connect(m_fetch, &ReleaseFetch::stage, this, &ReleaseProvider::stage);
    connect(m_fetch, &ReleaseFetch::progress, this, &ReleaseProvider::progress);
    connect(m_fetch, &ReleaseFetch::finished, this, &ReleaseProvider::fetched);
    m_release.tag = release.tag;
    m_release.version = release.version ? release.version->toString() : QString();
    m_fetch->start(release, m_cacheRoot.isEmpty() ? ReleaseCache::root() : m_cacheRoot);
}

void ReleaseProvider::fetched()
{
    ReleaseFetch* fetch = m_fetch;
    if (!fetch || !m_running)
        return;
    fetch->deleteLater();
    m_check = fetch->check();
    switch (fetch->failure()) {
    case ReleaseFetch::Failure::None:
        break;
    case ReleaseFetch::Failure::NoAssets:
        fail(Failure::NoAssets, fetch->errorText());
        return;
    case ReleaseFetch::Failure::Download:
        fail(fetch->networkFailed() ? Failure::Network : Failure::Download,
             fetch->networkFailed() ? tr("Network problem: %1").arg(fetch->errorText()) : fetch->errorText());
        return;
    case ReleaseFetch::Failure::ChecksumMismatch:
        fail(Failure::ChecksumMismatch, fetch->errorText());
        return;
    case ReleaseFetch::Failure::Unsafe:
        fail(Failure::Unsafe, fetch->errorText());
        return;
    case ReleaseFetch::Failure::Cancelled:
        fail(Failure::Cancelled, tr("cancelled"));
        return;
    }
    m_release.requestedLatest = m_choice.source == ReleaseSource::Latest;
    m_release.requestedTag = m_release.requestedLatest ? QString() : m_choice.tag.trimmed();
    m_release.archivePath = fetch->archivePath();
    m_release.checksumsPath = fetch->checksumsPath();
    m_running = false;
    qCInfo(lcReleases) << "release" << m_release.tag << "verified at" << m_release.archivePath;
    emit finished();
}

void ReleaseProvider::cancel()
{
    if (!m_running)
        return;
    if (m_call)
        m_call->cancel();
    if (m_fetch)
        m_fetch->cancel();
    // A keychain answer still on its way is dropped by the generation check.
    if (!m_call && !m_fetch)
        fail(Failure::Cancelled, tr("cancelled"));
}

void ReleaseProvider::fail(Failure failure, const QString& text)
{
    if (!m_running)
        return;
    m_running = false;
    m_failure = failure;
    m_errorText = text;
    m_release = {};
    ++m_generation;
    qCDebug(lcReleases) << "release not provided:" << failure;
    emit finished();
}
