#pragma once

#include "DeploymentPage.h"

#include <memory>

namespace Ui {
class WebSecurityPage;
}

// Page 7, "Web server and security": how the site is served (Let's Encrypt, an existing
// certificate on the server, or plain HTTP — acknowledged explicitly for production), whether the
// deployment manages the server's firewall, and the payload profile. FieldRules checks each value,
// as `validate` does on the command line.
class WebSecurityPage : public DeploymentPage
{
    Q_OBJECT

public:
    WebSecurityPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~WebSecurityPage() override;
    void initializePage() override;

protected:
    void loadFields() override;
    void refresh() override;

private:
    TlsMode selectedTls() const;
    void chooseProfile();

    std::unique_ptr<Ui::WebSecurityPage> m_ui;
};
