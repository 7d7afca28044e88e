#pragma once

#include "releases/ReleaseManifest.h"

#include <QObject>
#include <QPointer>

class GitHubReleases;

// The releases an instance may update to, each with its manifest: the configured GitHub
// repository's release list (GitHubReleases: API base and repository from the settings, token
// from the keychain or $KKT_GITHUB_TOKEN), the manifest.json asset of each that has one and
// ReleaseManifest::implicitPatch for the others; drafts are left out. Asynchronous (GUI thread is
// fine): start(), then finished(); or fetchBlocking() from the command line. Use:
//   UpdateReleaseList list; connect(&list, &UpdateReleaseList::finished, …); list.start();
//   … list.releases() / list.errorText()
class UpdateReleaseList : public QObject
{
    Q_OBJECT

public:
    explicit UpdateReleaseList(QObject* parent = nullptr);
    ~UpdateReleaseList() override;

    void start();
    // Runs its own event loop until finished(); false with errorText().
    bool fetchBlocking();
    void cancel();

    const QList<ReleaseManifest>& releases() const { return m_releases; }
    QString errorText() const { return m_errorText; }

signals:
    void finished();

private:
    void done();

    GitHubReleases* m_github;
    int m_waiting = 0;
    bool m_running = false;
    QList<ReleaseManifest> m_releases;
    QString m_errorText;
};
