#pragma once

#include "core/DeploymentConfig.h"
#include "releases/ReleaseCheck.h"
#include "releases/ReleaseInfo.h"
#include "releases/VerifiedRelease.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class GitHubCall;
class GitHubReleases;
class ReleaseProvider;

namespace Ui {
class ReleasePicker;
}

// The System settings page's release picker: the published releases with their dates and
// severity (from each release's manifest.json), a button to deploy the selected one, and Verify
// with progress and Cancel — a local archive is hashed and inspected in a worker thread; the latest
// release or a tag is resolved and fetched into the cache first (ReleaseProvider; a cached archive
// is not downloaded again). The inspection's warnings are listed. A verified GitHub release is
// handed on through releaseVerified() so that Review plans and Progress deploys it.
class ReleasePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ReleasePicker(QWidget* parent = nullptr);
    ~ReleasePicker() override;

    // The page's current choice (latest, a tag, or a local file with its checksums).
    void setChoice(const ReleaseChoice& choice);
    // The configuration's payload profile (empty: built in): the archive must have its layout.
    void setProfile(const QString& path) { m_profile = path; }
    bool isVerified() const { return m_verified; }
    // The fetched and verified GitHub release (invalid for a local file or before Verify).
    const VerifiedRelease& verifiedRelease() const { return m_release; }

public slots:
    void verify();
    void cancelVerify();

signals:
    // The user picked a release from the list.
    void tagChosen(const QString& tag);
    void verifyFinished(bool ok);
    void releaseVerified(const VerifiedRelease& release);

private:
    void loadReleases();
    void requestReleases();
    void showReleases(GitHubCall* call);
    void verifyLocal();
    void verifyRemote();
    void showCheck(const ReleaseCheck::Result& result, const QString& failure);
    void setVerifying(bool verifying);

    std::unique_ptr<Ui::ReleasePicker> m_ui;
    GitHubReleases* m_github;
    ReleaseProvider* m_provider;
    QFutureWatcher<ReleaseCheck::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<ReleaseInfo> m_releases;
    ReleaseChoice m_choice;
    QString m_profile;
    PayloadLayout m_layout = PayloadLayout::kkt10();
    VerifiedRelease m_release;
    bool m_verified = false;
};
