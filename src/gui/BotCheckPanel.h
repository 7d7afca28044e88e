#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class TelegramBotApi;
class TelegramCall;

namespace Ui {
class BotCheckPanel;
}

// The Telegram page's Validate: asks getMe for the typed token with a spinner and Cancel, then
// shows the bot's name and @username, or the explained error inline. The token is never shown.
class BotCheckPanel : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Unchecked,
        Running,
        Valid,
        Invalid
    };

    explicit BotCheckPanel(QWidget* parent = nullptr);
    ~BotCheckPanel() override;

    // A changed token makes an earlier answer stale; an invalid one cannot be validated.
    void setToken(const QString& token, bool valid);
    State state() const { return m_state; }
    // "@username" after a successful check.
    QString botUsername() const { return m_username; }

signals:
    void stateChanged();

private:
    void start();
    void cancel();
    void finish();
    void setState(State state, const QString& message);

    std::unique_ptr<Ui::BotCheckPanel> m_ui;
    TelegramBotApi* m_api;
    QPointer<TelegramCall> m_call;
    QString m_token;
    QString m_username;
    bool m_valid = false;
    State m_state = State::Unchecked;
};
