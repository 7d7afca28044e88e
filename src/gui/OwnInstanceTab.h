#pragma once

#include "registry/HistoryRecord.h"
#include "registry/InstanceRecord.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class OwnInstanceTab;
}

// The self-service edition's Registry tab: the client's own instance and its history, read
// through the deployment token's functions (the client's role can read nothing else), off the
// GUI thread.
class OwnInstanceTab : public QWidget
{
    Q_OBJECT

public:
    // `token` gives the wizard's deployment key, or its bare token (empty until one is checked).
    explicit OwnInstanceTab(std::function<QString()> token, QWidget* parent = nullptr);
    ~OwnInstanceTab() override;

    void refresh();

signals:
    void loaded(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Answer
    {
        std::optional<InstanceRecord> instance;
        QList<HistoryRecord> history;
        QString error;
    };
    void display(const Answer& answer);

    std::unique_ptr<Ui::OwnInstanceTab> m_ui;
    std::function<QString()> m_token;
    int m_request = 0;
};
