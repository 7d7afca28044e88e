#pragma once

#include "DeploymentPage.h"

#include <memory>

class BotCheckPanel;

namespace Ui {
class TelegramBotPage;
}

// Page 4: the bot token from BotFather. The token is a secret: DeploymentSecrets only.
class TelegramBotPage : public DeploymentPage
{
    Q_OBJECT

public:
    TelegramBotPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~TelegramBotPage() override;

protected:
    void loadFields() override;
    void refresh() override;

private:
    std::unique_ptr<Ui::TelegramBotPage> m_ui;
    BotCheckPanel* m_botCheck;
};
