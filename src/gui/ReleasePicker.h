#pragma once

#include "core/DeploymentConfig.h"
#include "releases/ReleaseCheck.h"
#include "releases/ReleaseInfo.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class GitHubCall;
class GitHubReleases;
class ReleaseFetch;

namespace Ui {
class ReleasePicker;
}

// The System settings page's release picker: the published releases with their dates and
// severity (from each release's manifest.json), a button to deploy the selected one, and Verify
// with progress — a local archive is hashed and inspected in a worker thread; a GitHub release is
// fetched into the cache first. The inspection's warnings are listed.
class ReleasePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ReleasePicker(QWidget* parent = nullptr);
    ~ReleasePicker() override;

    // The page's current choice (latest, a tag, or a local file with its checksums).
    void setChoice(const ReleaseChoice& choice);
    bool isVerified() const { return m_verified; }

signals:
    // The user picked a release from the list.
    void tagChosen(const QString& tag);
    void verifyFinished(bool ok);

private:
    void loadReleases();
    void requestReleases();
    void showReleases(GitHubCall* call);
    void verify();
    void verifyLocal();
    void verifyRemote(const ReleaseInfo& release);
    void cancelVerify();
    void showCheck(const ReleaseCheck::Result& result, const QString& failure);
    void setVerifying(bool verifying);
    std::optional<ReleaseInfo> chosenRelease() const;

    std::unique_ptr<Ui::ReleasePicker> m_ui;
    GitHubReleases* m_github;
    QPointer<ReleaseFetch> m_fetch;
    QFutureWatcher<ReleaseCheck::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<ReleaseInfo> m_releases;
    ReleaseChoice m_choice;
    bool m_verified = false;
};
