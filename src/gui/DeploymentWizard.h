#pragma once

#include "WizardPageId.h"
#include "core/DeploymentConfig.h"
#include "core/DeploymentSecrets.h"
#include "provisioning/DeploymentJournal.h"
#include "releases/VerifiedRelease.h"

#include <QWizard>

class WelcomePage;
class ServerPage;
class AdministratorPage;
class TelegramBotPage;
class AdminIdsPage;
class SystemSettingsPage;
class WebSecurityPage;
class ReviewPage;
class ProgressPage;
class CompletePage;

// The deployment wizard (design.md pages 1–9). It owns the DeploymentConfig it builds and the
// deployment's secrets, hands both to every page, and loads and saves the configuration file.
class DeploymentWizard : public QWizard
{
    Q_OBJECT

public:
    explicit DeploymentWizard(QWidget* parent = nullptr);
    ~DeploymentWizard() override;

    const DeploymentConfig& config() const { return m_config; }
    const DeploymentSecrets& secrets() const { return m_secrets; }
    // Replaces the configuration and refreshes every page; problems in it show at once.
    void setConfig(const DeploymentConfig& config);

    // Asks for a file (through FileDialogs) and fills the wizard from it; false if nothing loaded.
    bool loadConfiguration();
    bool loadConfigurationFile(const QString& path, QString* error);
    // Asks for a file name and writes the configuration (never a secret) as JSON.
    bool saveConfiguration();
    bool saveConfigurationFile(const QString& path, QString* error);

    // Goes back through the visited pages to `page`; what was typed on every page is kept.
    void goBackTo(WizardPageId page);

    // The deployment journal (empty: its default path); set before the wizard is shown.
    void setJournalPath(const QString& path);
    // Loads the configuration of a journalled deployment and makes the Progress page resume it.
    bool resumeDeployment(const QString& deploymentId, QString* error);
    // A fresh configuration, no secrets, no outcome: the wizard starts again (Deploy another).
    void startOver();

    // Something typed or loaded has not been saved, and no deployment has used it yet.
    bool hasUnsavedWork() const;
    // A deployment (or roll back) is running on the Progress page.
    bool isDeploying() const;
    // Asks the running deployment to stop at its next safe point; deploymentStopped() follows
    // once its worker thread is done. The journal keeps it, so it can be resumed.
    void stopDeployment();

    // The Welcome page shows the registry now in the settings.
    void refreshRegistry();

signals:
    // The Welcome page's sign-in changed the registry; it asks for the Settings dialog.
    void registryChanged();
    void settingsRequested();
    void configurationLoaded(const QString& path);
    void configurationSaved(const QString& path);
    // The journal was read for an unfinished deployment (offered on the Welcome page if any).
    void unfinishedDeploymentChecked();
    void deploymentStopped();

public slots:
    // The wizard lives in a tab: Escape must not close it.
    void reject() override {}

protected:
    void showEvent(QShowEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    static DeploymentConfig initialConfig();
    bool hasUserInput() const;
    // The focus widget is inside the frame or a button that QWizard hides while it refreshes.
    bool hidesFocusForRefresh() const;
    // Reads the journal in a worker thread and offers its latest unfinished deployment.
    void offerUnfinishedDeployment();
    // A release fetched and verified on System settings or Review: Review plans it, Progress
    // deploys it.
    void useRelease(const VerifiedRelease& release);

    DeploymentConfig m_config;
    DeploymentConfig m_savedConfig; // as last loaded, saved or started afresh
    DeploymentSecrets m_secrets;
    WelcomePage* m_welcomePage;
    ServerPage* m_serverPage;
    AdministratorPage* m_administratorPage;
    TelegramBotPage* m_telegramBotPage;
    AdminIdsPage* m_adminIdsPage;
    SystemSettingsPage* m_systemSettingsPage;
    WebSecurityPage* m_webSecurityPage;
    ReviewPage* m_reviewPage;
    ProgressPage* m_progressPage;
    CompletePage* m_completePage;
    QString m_journalPath;
    DeploymentJournal::Deployment m_unfinished;
    bool m_shownOnce = false;
};
