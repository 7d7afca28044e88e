#pragma once

#include "DeploymentPage.h"
#include "DeploymentWorker.h"
#include "WizardPageId.h"
#include "releases/VerifiedRelease.h"
#include "ssh/ServerFact.h"

#include <QPointer>

#include <memory>

class QCheckBox;
class ReleaseProvider;
class TelegramBotApi;
class TelegramCall;
struct TelegramResult;

class ReviewKeyCheck;

namespace Ui {
class ReviewPage;
}

// Page 7: every section of the configuration at a glance, an Edit link back to each page, and
// Save configuration…. Secrets show only as “set” or “not set”. Check plan runs the deployment's
// read-only probes on the server in a worker thread (spinner, Cancel) and lists every step;
// Deploy (the commit button) needs a computed plan, the confirmation box and the bot token
// still accepted by Telegram (getMe, asked right after the plan). For the latest release or a
// tag not verified yet, Check plan first fetches and verifies it (ReleaseProvider, progress and
// Cancel) and hands it on through releaseVerified().
class ReviewPage : public DeploymentPage
{
    Q_OBJECT

public:
    ReviewPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    bool validatePage() override;
    // The failed server checks the operator accepted, e.g. "python: 3.9 — needs 3.11".
    QStringList acceptedChecks() const;
    void showExistingInstance(const QString& instanceId);
    // A resumed deployment's accepted checks ("id: value — message"): the same failing checks come
    // up accepted instead of asking again.
    void setPreviouslyAccepted(const QStringList& checks) { m_previouslyAccepted = checks; }
    void setSaveMessage(const QString& message, bool failed);
    // Empty: the journal's default path.
    void setJournalPath(const QString& path);
    bool isPlanReady() const { return m_planReady; }
    void setVerifiedRelease(const VerifiedRelease& release) { m_release = release; }
    const VerifiedRelease& verifiedRelease() const { return m_release; }

public slots:
    void checkPlan();
    void cancelPlan();

signals:
    // On Next: the production instance the operator confirmed to deploy over (empty: none).
    void existingInstanceConfirmed(const QString& instanceId);
    void editRequested(WizardPageId page);
    void saveRequested();
    void releaseVerified(const VerifiedRelease& release);
    // Deploy was pressed with these failed checks accepted.
    void checksAccepted(const QStringList& checks);

protected:
    void loadFields() override;
    void refresh() override;

private:
    void fetchRelease(const DeploymentConfig& validated);
    void releaseFetched();
    void planFinished();
    void tokenChecked();
    void resetPlan();
    void setPlanRunning(bool running);
    void showPlanError(const QString& message);
    void updateComplete();
    void showServerChecks();
    static QString tokenProblem(const TelegramResult& result);
    static QString planProblem(const DeploymentWorker::Result& result);
    static QString problemList(const QString& problems);
    static QString acceptedText(const ServerFact& fact);

    std::unique_ptr<Ui::ReviewPage> m_ui;
    DeploymentWorker* m_planWorker;
    ReleaseProvider* m_releaseProvider;
    VerifiedRelease m_release;
    ServerFactList m_failedChecks;
    QList<QCheckBox*> m_overrideChecks;
    // Production mode onto a server that already runs a production instance: confirmed by name.
    QCheckBox* m_existingCheck = nullptr;
    QString m_existingInstance;
    QStringList m_previouslyAccepted;
    TelegramBotApi* m_botApi;
    QPointer<TelegramCall> m_tokenCall;
    bool m_planReady = false;
    bool m_tokenValid = false;
    ReviewKeyCheck* m_keyCheck = nullptr; // self-service: the deployment key, asked again
};
