#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class TelegramBotApi;
class TelegramCall;
class QTreeWidgetItem;
struct DeploymentSecrets;

namespace Ui {
class TestMessagePanel;
}

// The Admin IDs page's optional "Send test message": the bot writes to each listed ID and the
// result shows per ID — delivered, or why not (most often: that user has not pressed Start).
class TestMessagePanel : public QWidget
{
    Q_OBJECT

public:
    using IdSource = std::function<QList<qint64>()>;

    // The token is read from `secrets` and the IDs from `ids` when the user clicks.
    TestMessagePanel(const DeploymentSecrets* secrets, IdSource ids, QWidget* parent = nullptr);
    ~TestMessagePanel() override;

    bool isRunning() const { return !m_pending.isEmpty(); }

signals:
    void finished();

private:
    void send();
    void answered(TelegramCall* call, QTreeWidgetItem* item);

    std::unique_ptr<Ui::TestMessagePanel> m_ui;
    const DeploymentSecrets* m_secrets;
    IdSource m_ids;
    TelegramBotApi* m_api;
    QList<QPointer<TelegramCall>> m_pending;
    int m_delivered = 0;
};
