#pragma once

#include "DeploymentPage.h"
#include "registry/SelfServiceRegistry.h"

#include <QDateTime>

#include <memory>

class RegistrySignIn;

namespace Ui {
class WelcomePage;
}

// Page 1: what kind of deployment, the sign-in, and optionally a saved configuration to start from.
// Staff edition: production or test, and the registry — the embedded one, or the central one with
// the staff member's own PostgreSQL role (RegistrySignIn, as in Settings). Self-service edition:
// production only, and the one-time deployment token, checked in the registry (without spending
// it) before the wizard goes on.
class WelcomePage : public DeploymentPage
{
    Q_OBJECT

public:
    WelcomePage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~WelcomePage() override;

    // Shown under the Load button: what was loaded, or why nothing was.
    void setLoadMessage(const QString& message, bool failed);
    // A deployment the journal has as running or failed: offered for resuming (host, instance,
    // start). An empty id hides the offer.
    void offerResume(const QString& deploymentId, const QString& host, const QString& instanceId,
                     const QDateTime& startedAt, const QString& status);

    // Shows the registry now in the settings (after Settings changed it).
    void refreshRegistry();
    // Self-service: asks the registry about the typed token, off the GUI thread.
    void checkToken();

signals:
    void loadRequested();
    // Staff: the registry in the settings changed here (signed in as another role).
    void registryChanged();
    void settingsRequested();
    // Self-service: the answer about the token came (tests wait for it).
    void tokenChecked(bool usable);
    void resumeRequested(const QString& deploymentId);

protected:
    void loadFields() override;
    void refresh() override;

private:
    void signIn();
    void finishSignIn(const RegistryTarget& target, bool ok, const QString& message, const QString& details);
    void setSigningIn(bool running);
    void finishTokenCheck(const QString& token, bool asked, const SelfServiceRegistry::TokenStatus& status,
                          const QString& error);
    void showMessage(QLabel* label, const QString& text, bool error);

    std::unique_ptr<Ui::WelcomePage> m_ui;
    RegistrySignIn* m_signIn;
    RegistryTarget m_registry; // as in the settings, without a password
    QString m_resumeId;
    QString m_checkedToken; // the key (or bare token) the registry said is usable
    int m_tokenCheck = 0;   // the latest check; older answers are dropped
};
