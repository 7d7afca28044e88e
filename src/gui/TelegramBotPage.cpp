#include "TelegramBotPage.h"

#include "BotCheckPanel.h"

#include "ui_TelegramBotPage.h"

TelegramBotPage::TelegramBotPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::TelegramBotPage)
    , m_botCheck(new BotCheckPanel)
{
    m_ui->setupUi(this);
    m_ui->botCheckLayout->addWidget(m_botCheck);
    setUpMessage(m_ui->botTokenError);
    watch(m_ui->botTokenEdit);
    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->botTokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    load(false);
}

TelegramBotPage::~TelegramBotPage() = default;

void TelegramBotPage::loadFields()
{
    m_ui->botTokenEdit->setText(secrets().botToken);
}

void TelegramBotPage::refresh()
{
    if (isLoading())
        return;
    const auto token = FieldRules::botToken(m_ui->botTokenEdit->text());
    const bool ok = report(token, m_ui->botTokenEdit, m_ui->botTokenError, tr("Bot token"));
    secrets().botToken = ok ? token.value : QString();
    m_botCheck->setToken(secrets().botToken, ok);
    setComplete(ok);
}
