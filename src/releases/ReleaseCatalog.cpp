#include "ReleaseCatalog.h"

#include "GitHubCall.h"
#include "GitHubReleases.h"
#include "secrets/SecretStore.h"

#include <QTimer>

ReleaseCatalog::ReleaseCatalog(QObject* parent)
    : QObject(parent)
    , m_github(new GitHubReleases(this))
{}

ReleaseCatalog::~ReleaseCatalog() = default;

void ReleaseCatalog::start()
{
    cancel();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_errorText.clear();
    m_entries.clear();
    m_pending.clear();
    m_github->setApiBase(GitHubReleases::configuredApiBase());
    m_github->setRepository(GitHubReleases::configuredRepository());
    QByteArray token = qgetenv("KKT_GITHUB_TOKEN");
    if (!token.isEmpty()) {
        m_github->setToken(token);
        token.fill('\0');
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                list();
        });
        return;
    }
    // The optional token stored with `release login`; asked without blocking, used if present.
    auto* keychain = new SecretStore(this);
    keychain->setTimeout(5000);
    keychain->read(GitHubReleases::tokenKeychainKey(m_github->apiBase()),
                   [this, keychain, generation](const SecretStore::Result& r) {
                       keychain->deleteLater();
                       if (generation != m_generation)
                           return;
                       m_github->setToken(r.ok() ? r.secret.toUtf8() : QByteArray());
                       list();
                   });
}

void ReleaseCatalog::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    if (m_call)
        m_call->cancel();
    m_errorText = tr("cancelled");
}

void ReleaseCatalog::list()
{
    m_call = m_github->list();
    connect(m_call, &GitHubCall::finished, this, [this, call = m_call.data()] { listed(call); });
}

void ReleaseCatalog::listed(GitHubCall* call)
{
    call->deleteLater();
    if (!m_running)
        return;
    if (call->error() != GitHubCall::Error::None) {
        fail(tr("The release list of %1 could not be read: %2")
                 .arg(m_github->repository(), call->errorText()));
        return;
    }
    for (const ReleaseInfo& release : call->releases()) {
        if (!release.draft && release.version)
            m_pending << release;
    }
    nextManifest();
}

void ReleaseCatalog::nextManifest()
{
    while (!m_pending.isEmpty()) {
        const ReleaseInfo release = m_pending.takeFirst();
        if (release.asset(QStringLiteral("manifest.json"))) {
            m_call = m_github->manifest(release);
            connect(m_call, &GitHubCall::finished, this, [this, call = m_call.data(), release] {
                call->deleteLater();
                if (!m_running)
                    return;
                if (call->error() != GitHubCall::Error::None || !call->manifest()) {
                    fail(tr("The manifest of release %1 could not be read: %2")
                             .arg(release.tag, call->errorText()));
                    return;
                }
                ReleaseManifest manifest = *call->manifest();
                if (!manifest.version)
                    manifest.version = release.version;
                m_entries << Entry{release, manifest};
                nextManifest();
            });
            return;
        }
        m_entries << Entry{release, ReleaseManifest::implicitPatch(*release.version)};
    }
    m_running = false;
    emit finished();
}

void ReleaseCatalog::fail(const QString& text)
{
    m_running = false;
    m_pending.clear();
    m_errorText = text;
    emit finished();
}

QList<ReleaseManifest> ReleaseCatalog::manifests() const
{
    QList<ReleaseManifest> out;
    for (const Entry& e : m_entries)
        out << e.manifest;
    return out;
}

QString ReleaseCatalog::tagOf(const QString& version) const
{
    for (const Entry& e : m_entries) {
        if (e.release.version && e.release.version->toString() == version)
            return e.release.tag;
    }
    return {};
}
