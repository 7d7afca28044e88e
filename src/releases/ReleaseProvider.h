#pragma once

#include "ReleaseCheck.h"
#include "ReleaseInfo.h"
#include "VerifiedRelease.h"
#include "core/DeploymentConfig.h"

#include <QObject>
#include <QPointer>

class GitHubCall;
class GitHubReleases;
class ReleaseFetch;

// Turns the configuration's release choice (the latest release or a tag) into a verified archive
// in the cache: asks the GitHub API which release that is, fetches it with ReleaseFetch (an
// archive already in the cache is not downloaded again), checks its SHA-256 and inspects it.
// The wizard (release picker, Review) and the headless plan/deploy use this one engine; hashing
// and inspection run in worker threads, the network work is asynchronous.
class ReleaseProvider : public QObject
{
    Q_OBJECT

public:
    enum class Failure
    {
        None,
        Network,  // GitHub or the download host could not be reached
        NotFound, // no such release
        Refused,  // GitHub refused (token, rate limit) or answered nonsense
        NoAssets, // the release has no archive with checksums
        Download,
        ChecksumMismatch,
        Unsafe,
        Cancelled
    };
    Q_ENUM(Failure)

    explicit ReleaseProvider(QObject* parent = nullptr);
    ~ReleaseProvider() override;

    // Empty: ReleaseCache::root().
    void setCacheRoot(const QString& root) { m_cacheRoot = root; }
    void setRetryPolicy(int maxRetries, int firstDelayMs);
    // The GitHub token; without one, $KKT_GITHUB_TOKEN or the keychain entry (release login).
    void setToken(const QByteArray& token) { m_token = token; }
    // What the archive must contain (the payload profile's layout); KKT 1.0 unless set.
    void setLayout(const PayloadLayout& layout) { m_layout = layout; }

    // `choice` must be Latest or Tag. The API address and repository are read from the settings
    // (GitHubReleases::configuredApiBase/Repository) at each start.
    void start(const ReleaseChoice& choice);
    void cancel();
    bool isRunning() const { return m_running; }

    Failure failure() const { return m_failure; }
    QString errorText() const { return m_errorText; }
    const VerifiedRelease& release() const { return m_release; }
    const ReleaseCheck::Result& check() const { return m_check; }

signals:
    void stage(const QString& text);
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void resolve(const QString& tag);
    void resolved(GitHubCall* call, const QString& tag);
    void fetch(const ReleaseInfo& release);
    void fetched();
    void fail(Failure failure, const QString& text);

    GitHubReleases* m_github;
    QPointer<ReleaseFetch> m_fetch;
    QPointer<GitHubCall> m_call;
    QString m_cacheRoot;
    QByteArray m_token;
    PayloadLayout m_layout = PayloadLayout::kkt10();
    int m_maxRetries = 3;
    int m_retryDelayMs = 1000;
    ReleaseChoice m_choice;
    bool m_running = false;
    bool m_triedPrefix = false;
    quint64 m_generation = 0;
    Failure m_failure = Failure::None;
    QString m_errorText;
    VerifiedRelease m_release;
    ReleaseCheck::Result m_check;
};
