#include "UpdateReleaseList.h"

#include "releases/GitHubReleases.h"

#include <QEventLoop>

UpdateReleaseList::UpdateReleaseList(QObject* parent)
    : QObject(parent)
    , m_github(new GitHubReleases(this))
{}

UpdateReleaseList::~UpdateReleaseList() = default;

void UpdateReleaseList::start()
{
    m_releases.clear();
    m_errorText.clear();
    m_running = true;
    m_github->setApiBase(GitHubReleases::configuredApiBase());
    m_github->setRepository(GitHubReleases::configuredRepository());
    const QByteArray token = qgetenv("KKT_GITHUB_TOKEN");
    if (!token.isEmpty())
        m_github->setToken(token);
    GitHubCall* call = m_github->list();
    connect(call, &GitHubCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->error() != GitHubCall::Error::None) {
            m_errorText = call->errorText();
            done();
            return;
        }
        for (const ReleaseInfo& release : call->releases()) {
            if (release.draft || !release.version || !release.archiveAsset())
                continue;
            if (!release.asset(QStringLiteral("manifest.json"))) {
                m_releases << ReleaseManifest::implicitPatch(*release.version);
                continue;
            }
            ++m_waiting;
            GitHubCall* manifest = m_github->manifest(release);
            connect(manifest, &GitHubCall::finished, this, [this, manifest, release] {
                manifest->deleteLater();
                if (manifest->manifest())
                    m_releases << *manifest->manifest();
                else if (m_errorText.isEmpty())
                    m_errorText = manifest->errorText();
                if (--m_waiting == 0)
                    done();
            });
        }
        if (m_waiting == 0)
            done();
    });
}

void UpdateReleaseList::done()
{
    m_running = false;
    emit finished();
}

bool UpdateReleaseList::fetchBlocking()
{
    QEventLoop loop;
    connect(this, &UpdateReleaseList::finished, &loop, &QEventLoop::quit);
    start();
    if (m_running)
        loop.exec();
    return m_errorText.isEmpty();
}

void UpdateReleaseList::cancel()
{
    for (GitHubCall* call : m_github->findChildren<GitHubCall*>())
        call->cancel();
}
