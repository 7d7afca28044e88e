#pragma once

#include <QMainWindow>

class DeploymentWizard;
class QTabWidget;

// Tabs: Deploy (the wizard); Registry and Updates join as they are built.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    DeploymentWizard* wizard() const { return m_wizard; }

private:
    void createMenus();
    void showAbout();

    QTabWidget* m_tabs;
    DeploymentWizard* m_wizard;
};
