#pragma once

#include <QMainWindow>

class DeploymentWizard;
class QTabWidget;
class RegistryTab;

// Tabs: Deploy (the wizard); Registry and Updates join as they are built.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    DeploymentWizard* wizard() const { return m_wizard; }
    RegistryTab* registryTab() const { return m_registryTab; }
    // File → Settings…: window-modal, returns at once; the Registry tab follows a changed registry.
    void openSettings();

protected:
    // Asks before a filled wizard is lost; during a deployment stops it at its next safe point
    // and closes only once its worker thread is done.
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showAbout();
    // A new tab on the registry now in the settings (its worker thread holds the old connection).
    void replaceRegistryTab();

    QTabWidget* m_tabs;
    DeploymentWizard* m_wizard;
    RegistryTab* m_registryTab;
    bool m_closeConfirmed = false;
};
