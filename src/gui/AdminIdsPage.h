#pragma once

#include "DeploymentPage.h"

#include <memory>

class TestMessagePanel;

namespace Ui {
class AdminIdsPage;
}

// Page 5: the Telegram user IDs of the instance's administrators; at least one, no duplicates.
class AdminIdsPage : public DeploymentPage
{
    Q_OBJECT

public:
    AdminIdsPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~AdminIdsPage() override;

    // An ID typed but not yet added is added when the user goes on.
    bool validatePage() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void loadFields() override;
    void refresh() override;

private:
    QList<qint64> listedIds() const;
    void addTypedId();
    void removeSelectedIds();

    std::unique_ptr<Ui::AdminIdsPage> m_ui;
    TestMessagePanel* m_testMessage;
};
