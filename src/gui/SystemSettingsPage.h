#pragma once

#include "DeploymentPage.h"
#include "releases/VerifiedRelease.h"

#include <memory>

class ReleasePicker;

namespace Ui {
class SystemSettingsPage;
}

// Page 6: alert and backup schedule, time zone, and which release to deploy.
class SystemSettingsPage : public DeploymentPage
{
    Q_OBJECT

public:
    SystemSettingsPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~SystemSettingsPage() override;

signals:
    // The release picker fetched and verified the latest release or a tag.
    void releaseVerified(const VerifiedRelease& release);

protected:
    void loadFields() override;
    void refresh() override;

private:
    void fillTimezones();
    ReleaseSource selectedSource() const;
    void browse(QLineEdit* edit, const QString& caption, const QString& filter);

    std::unique_ptr<Ui::SystemSettingsPage> m_ui;
    ReleasePicker* m_releasePicker;
};
