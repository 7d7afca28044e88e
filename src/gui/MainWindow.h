#pragma once

#include <QMainWindow>

class DeploymentWizard;
class QTabWidget;
class RegistryTab;
class UpdatesTab;

// Tabs: Deploy (the wizard), Registry, Updates.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    DeploymentWizard* wizard() const { return m_wizard; }
    RegistryTab* registryTab() const { return m_registryTab; }
    UpdatesTab* updatesTab() const { return m_updatesTab; }
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
    void replaceUpdatesTab();

    QTabWidget* m_tabs;
    DeploymentWizard* m_wizard;
    RegistryTab* m_registryTab;
    UpdatesTab* m_updatesTab = nullptr;
    bool m_closeConfirmed = false;
};
