#pragma once

#include "DeploymentPage.h"

#include <memory>

class ConnectionCheckPanel;

namespace Ui {
class ServerPage;
}

// Page 2: the server, the SSH login and the domain. The SSH password and the key passphrase go to
// DeploymentSecrets, never into the config.
class ServerPage : public DeploymentPage
{
    Q_OBJECT

public:
    ServerPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~ServerPage() override;

protected:
    void loadFields() override;
    void refresh() override;

private:
    SshAuth selectedAuth() const;
    void browseIdentityFile();

    std::unique_ptr<Ui::ServerPage> m_ui;
    ConnectionCheckPanel* m_connectionCheck;
};
