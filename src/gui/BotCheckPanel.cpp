#include "BotCheckPanel.h"

#include "telegram/TelegramBotApi.h"
#include "telegram/TelegramBotInfo.h"

#include "ui_BotCheckPanel.h"

BotCheckPanel::BotCheckPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::BotCheckPanel)
    , m_api(new TelegramBotApi(this))
{
    m_ui->setupUi(this);
    connect(m_ui->validateBotButton, &QPushButton::clicked, this, &BotCheckPanel::start);
    connect(m_ui->cancelBotCheckButton, &QPushButton::clicked, this, &BotCheckPanel::cancel);
    setState(State::Unchecked, {});
}

BotCheckPanel::~BotCheckPanel()
{
    if (m_call)
        m_call->cancel();
    m_token.fill(QChar(u'\0'));
}

void BotCheckPanel::setToken(const QString& token, bool valid)
{
    const bool changed = token != m_token;
    m_token = token;
    m_valid = valid;
    if (changed) {
        if (m_call)
            cancel();
        m_username.clear();
        setState(State::Unchecked, {});
    } else {
        setState(m_state, m_ui->botCheckStatusLabel->text());
    }
}

void BotCheckPanel::start()
{
    if (!m_valid || m_state == State::Running)
        return;
    // Read the base URL each time: settings and tests may point it at a mirror.
    m_api->setBaseUrl(TelegramBotApi::configuredBaseUrl());
    m_api->setToken(m_token);
    m_call = m_api->getMe();
    connect(m_call, &TelegramCall::waiting, this, [this](int seconds) {
        m_ui->botCheckStatusLabel->setText(tr("Telegram asks to wait %n second(s)…", nullptr, seconds));
    });
    connect(m_call, &TelegramCall::finished, this, &BotCheckPanel::finish);
    setState(State::Running, tr("Asking Telegram…"));
}

void BotCheckPanel::cancel()
{
    if (!m_call)
        return;
    TelegramCall* call = m_call;
    m_call = nullptr;
    call->disconnect(this);
    call->cancel();
    call->deleteLater();
    setState(State::Unchecked, tr("Validation cancelled."));
}

void BotCheckPanel::finish()
{
    TelegramCall* call = m_call;
    if (!call)
        return;
    m_call = nullptr;
    call->deleteLater();
    const TelegramResult result = call->result();
    if (!result.ok()) {
        // Only Telegram's refusal says the token is bad; no answer (the network) says nothing
        // about it.
        const bool refused = result.error == TelegramResult::Error::Unauthorized ||
                             result.error == TelegramResult::Error::BadRequest;
        setState(refused ? State::Invalid : State::Unchecked, result.message);
        if (!refused) {
            QPalette palette;
            palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
            m_ui->botCheckStatusLabel->setPalette(palette);
        }
        return;
    }
    const TelegramBotInfo bot = TelegramBotInfo::fromJson(result.result.toObject());
    m_username = QStringLiteral("@") + bot.username;
    setState(State::Valid, tr("✓ The token belongs to %1.").arg(bot.displayName()));
}

void BotCheckPanel::setState(State state, const QString& message)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool running = state == State::Running;
    m_ui->validateBotButton->setEnabled(m_valid && !running);
    m_ui->botCheckProgress->setVisible(running);
    m_ui->cancelBotCheckButton->setVisible(running);
    m_ui->botCheckStatusLabel->setText(message);
    m_ui->botCheckStatusLabel->setVisible(!message.isEmpty());
    QPalette palette;
    if (state == State::Invalid)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->botCheckStatusLabel->setPalette(palette);
    if (changed)
        emit stateChanged();
}
