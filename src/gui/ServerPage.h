#pragma once

#include "DeploymentPage.h"
#include "secrets/SecretStore.h"

#include <memory>
#include <optional>

class ConnectionCheckPanel;
class QCheckBox;
class QTimer;

namespace Ui {
class ServerPage;
}

// Page 2: the server, the SSH login and the domain. The SSH password and the key passphrase go to
// DeploymentSecrets, never into the config; with "Remember in the keychain" they also go to the
// system keychain (SecretStore), but only once a connection test has logged in with them.
class ServerPage : public DeploymentPage
{
    Q_OBJECT

public:
    ServerPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~ServerPage() override;

    void initializePage() override;

protected:
    void loadFields() override;
    void refresh() override;

private:
    // The two secrets that can be remembered: the SSH password and the key passphrase.
    struct Rememberable
    {
        QLineEdit* edit = nullptr;
        QCheckBox* box = nullptr;
        SshAuth auth = SshAuth::Password;
        QString storedKey;   // the keychain entry the ticked box stands for; empty: none yet
        QString lookedUpKey; // asked once per entry name
    };

    SshAuth selectedAuth() const;
    void browseIdentityFile();
    QString keychainKey(const Rememberable& secret) const;
    void lookUpRemembered();
    void takeRemembered(Rememberable* secret, const QString& key, const SecretStore::Result& result);
    void rememberToggled(Rememberable* secret, bool checked);
    void rememberAfterTest();
    void store(Rememberable* secret);
    void showKeychainMessage(const QString& text, bool problem);

    std::unique_ptr<Ui::ServerPage> m_ui;
    ConnectionCheckPanel* m_connectionCheck;
    SecretStore* m_secretStore;
    QTimer* m_lookupTimer;
    std::optional<QString> m_requirementsProfile; // the profile file the check's requirements came from
    Rememberable m_password;
    Rememberable m_passphrase;
};
