#pragma once

#include "core/DeploymentConfig.h"
#include "ssh/ServerFact.h"
#include "ssh/ServerFacts.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class ServerCheck;
struct HostKey;
struct SshError;

namespace Ui {
class ConnectionCheckPanel;
}

// The Server page's "Test connection": runs a ServerCheck (its SSH session lives in a worker
// thread) with a spinner and Cancel, asks about an unknown host key through MessageBox (the seam
// tests answer), then shows the server's facts with pass/warn/fail.
class ConnectionCheckPanel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool tested READ isTested NOTIFY stateChanged)
    // The facts of the last test that failed (Review lists them; each needs an explicit override).
    Q_PROPERTY(ServerFactList failedFacts READ failedFacts NOTIFY stateChanged)

public:
    enum class State
    {
        Untested,
        Running,
        Passed,   // logged in, no fact failed
        Problems, // logged in, at least one fact failed
        Failed    // could not connect or log in
    };

    explicit ConnectionCheckPanel(QWidget* parent = nullptr);
    ~ConnectionCheckPanel() override;

    // What to test. A change after a test makes the result stale: the panel returns to Untested.
    void setServer(const ServerConfig& server, const QString& password, const QString& passphrase,
                   bool valid);
    // What the server is judged against: the chosen release's payload profile.
    void setRequirements(const ServerFacts::Requirements& requirements) { m_requirements = requirements; }
    State state() const { return m_state; }
    // Next is allowed after a passed test, or when the user deliberately skips it.
    bool allowsNext() const;
    bool isTested() const { return m_state == State::Passed; }
    QCheckBox* skipCheckBox() const;
    ServerFactList failedFacts() const;

signals:
    void stateChanged();

private:
    void startCheck();
    void cancelCheck();
    void askAboutHostKey(const HostKey& key);
    void showFacts(const ServerFactList& facts);
    void showError(const SshError& error);
    void setState(State state, const QString& message);

    std::unique_ptr<Ui::ConnectionCheckPanel> m_ui;
    ServerFacts::Requirements m_requirements;
    ServerCheck* m_check;
    State m_state = State::Untested;
    ServerConfig m_server;
    QString m_password;
    QString m_passphrase;
    bool m_valid = false;
    ServerFactList m_facts;
};
