#pragma once

#include "DeploymentPage.h"

#include <QDateTime>

#include <memory>

namespace Ui {
class WelcomePage;
}

// Page 1: what kind of deployment, and optionally a saved configuration to start from.
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

signals:
    void loadRequested();
    void resumeRequested(const QString& deploymentId);

protected:
    void loadFields() override;
    void refresh() override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
    QString m_resumeId;
};
