#pragma once

#include <QGroupBox>
#include <QJsonObject>

#include <memory>

namespace Ui {
class ProductionPanel;
}

// The Progress page's panel for a test deployment: production's services, processes, units, nginx,
// certificate, files and database before and after, side by side; every difference red and named.
class ProductionPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProductionPanel(QWidget* parent = nullptr);
    ~ProductionPanel() override;

    void clear();
    // ProductionSnapshot::comparisonJson: first with "before" only, then with "after" too.
    void showComparison(const QJsonObject& comparison);

private:
    std::unique_ptr<Ui::ProductionPanel> m_ui;
};
