#pragma once

#include "DeploymentPage.h"
#include "provisioning/DeploymentOutcome.h"

#include <memory>

namespace Ui {
class CompletePage;
}

// Page 9: the instance card (ID, web URL, administrator login and password with copy buttons,
// the bot's t.me link, the deployed version), next steps, Save report (PDF), Email credentials,
// Open web interface and Deploy another. The generated password lives in memory only.
class CompletePage : public DeploymentPage
{
    Q_OBJECT

public:
    CompletePage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~CompletePage() override;

    void setOutcome(const DeploymentOutcome& outcome);
    // Forgets the outcome, and with it the password.
    void clear();
    const DeploymentOutcome& outcome() const { return m_outcome; }

    // The mailto: URL Email credentials opens: everything but the password.
    QUrl mailUrl() const;

public slots:
    bool saveReport();
    bool saveReportTo(const QString& path);
    void emailCredentials();
    void openWebInterface();

signals:
    void deployAnotherRequested();

protected:
    void loadFields() override {}
    void refresh() override { setComplete(true); }

private:
    void copy(const QString& text, const QString& what);
    void showMessage(const QString& message, bool failed);
    QString loginName() const;
    QString adminEmail() const;

    std::unique_ptr<Ui::CompletePage> m_ui;
    DeploymentOutcome m_outcome;
};
