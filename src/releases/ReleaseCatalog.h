#pragma once

#include "ReleaseInfo.h"
#include "ReleaseManifest.h"

#include <QObject>
#include <QPointer>

class GitHubCall;
class GitHubReleases;

// The releases instances can update to, as the configured GitHub (or mirror) lists them, each with
// its manifest: the release's manifest.json asset, or — without one — ReleaseManifest::implicitPatch
// (a patch without migrations, every 1.0.x). Drafts and tags that are no version are left out.
// Asynchronous (network only), for the Updates tab's Check all; the answer comes with finished().
class ReleaseCatalog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        ReleaseInfo release;
        ReleaseManifest manifest;
    };

    explicit ReleaseCatalog(QObject* parent = nullptr);
    ~ReleaseCatalog() override;

    // The GitHub API address and repository are read from the settings at each start; the token
    // from $KKT_GITHUB_TOKEN, else the keychain (release login), else none.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Empty after a successful start.
    QString errorText() const { return m_errorText; }
    const QList<Entry>& entries() const { return m_entries; }
    QList<ReleaseManifest> manifests() const;
    // The tag of the release with this version (e.g. "1.1.0" → "v1.1.0"); empty when not listed.
    QString tagOf(const QString& version) const;

signals:
    void finished();

private:
    void list();
    void listed(GitHubCall* call);
    void nextManifest();
    void fail(const QString& text);

    GitHubReleases* m_github;
    QPointer<GitHubCall> m_call;
    QList<ReleaseInfo> m_pending; // releases whose manifest.json is still to be read
    QList<Entry> m_entries;
    QString m_errorText;
    bool m_running = false;
    quint64 m_generation = 0;
};
