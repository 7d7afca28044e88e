#pragma once

#include "DeploymentPage.h"
#include "DeploymentWorker.h"
#include "WizardPageId.h"
#include "releases/VerifiedRelease.h"

#include <QPointer>

#include <memory>

class ReleaseProvider;
class TelegramBotApi;
class TelegramCall;
struct TelegramResult;

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
    void editRequested(WizardPageId page);
    void saveRequested();
    void releaseVerified(const VerifiedRelease& release);

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
    void showWeb();
    static QString tokenProblem(const TelegramResult& result);
    static QString planProblem(const DeploymentWorker::Result& result);
    static QString problemList(const QString& problems);

    std::unique_ptr<Ui::ReviewPage> m_ui;
    DeploymentWorker* m_planWorker;
    ReleaseProvider* m_releaseProvider;
    VerifiedRelease m_release;
    TelegramBotApi* m_botApi;
    QPointer<TelegramCall> m_tokenCall;
    bool m_planReady = false;
    bool m_tokenValid = false;
};
