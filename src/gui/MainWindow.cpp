#include "MainWindow.h"

#include "DeploymentWizard.h"
#include "MessageBox.h"
#include "OwnInstanceTab.h"
#include "PendingResultsSender.h"
#include "RegistryTab.h"
#include "SettingsDialog.h"
#include "UpdatesTab.h"
#include "core/Edition.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_wizard(new DeploymentWizard)
    // The self-service edition never opens the staff's Registry tab: its role could read nothing.
    , m_registryTab(Edition::isSelfService() ? nullptr : new RegistryTab(RegistryTab::configuredTarget()))
{
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    // A wizard is a dialog; inside a tab it must behave as a plain child widget.
    m_wizard->setWindowFlags(Qt::Widget);
    m_tabs->addTab(m_wizard, tr("&Deploy"));
    if (m_registryTab)
        m_tabs->addTab(m_registryTab, tr("&Registry"));
    else
        m_tabs->addTab(new OwnInstanceTab([this] {
                           const DeploymentSecrets& s = m_wizard->secrets();
                           return s.deploymentKey.isEmpty() ? s.deploymentToken : s.deploymentKey;
                       }),
                       tr("&Registry"));
    replaceUpdatesTab();
    setCentralWidget(m_tabs);
    // Always there, so that a message after Save or Load does not push the wizard's buttons up.
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    setWindowTitle(Edition::displayName());
    createMenus();
    connect(m_wizard, &DeploymentWizard::configurationLoaded, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Loaded “%1”").arg(QDir::toNativeSeparators(path)), 10000);
    });
    connect(m_wizard, &DeploymentWizard::configurationSaved, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Saved “%1”").arg(QDir::toNativeSeparators(path)), 10000);
    });
    connect(m_wizard, &DeploymentWizard::settingsRequested, this, &MainWindow::openSettings);
    connect(m_wizard, &DeploymentWizard::registryChanged, this, &MainWindow::replaceRegistryTab);
    if (Edition::isSelfService()) {
        // Results a deployment could not send at its end go now, and the status bar says so.
        auto* pending = new PendingResultsSender(this);
        pending->setObjectName(QStringLiteral("pendingResultsSender"));
        connect(pending, &PendingResultsSender::finished, this, [this](const QString& message) {
            if (!message.isEmpty())
                statusBar()->showMessage(message);
        });
        pending->start();
    }
    resize(960, 720);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* load = file->addAction(tr("&Load configuration…"), m_wizard, [this] {
        m_tabs->setCurrentWidget(m_wizard);
        m_wizard->loadConfiguration();
    });
    load->setObjectName(QStringLiteral("loadConfigAction"));
    load->setShortcut(QKeySequence::Open);
    QAction* save =
        file->addAction(tr("&Save configuration…"), m_wizard, &DeploymentWizard::saveConfiguration);
    save->setObjectName(QStringLiteral("saveConfigAction"));
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About KKT Deploy"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeConfirmed) {
        event->accept();
        return;
    }
    if (m_wizard->isDeploying()) {
        event->ignore();
        const auto answer = MessageBox::question(
            this, tr("Quit KKT Deploy"),
            tr("A deployment is running. Quitting stops it at the next safe point: the step now "
               "running finishes its command, the journal records where it stopped, and KKT Deploy "
               "closes. Nothing is rolled back; resume the deployment later from the Welcome page.\n\n"
               "Stop the deployment and quit?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes || !m_wizard->isDeploying())
            return;
        m_tabs->setCurrentWidget(m_wizard);
        statusBar()->showMessage(tr("Stopping the deployment at the next safe point…"));
        // Closes once the worker thread is done; the window stays responsive meanwhile.
        connect(
            m_wizard, &DeploymentWizard::deploymentStopped, this,
            [this] {
                m_closeConfirmed = true;
                close();
            },
            Qt::SingleShotConnection);
        m_wizard->stopDeployment();
        return;
    }
    if (!m_updatesTab->confirmQuit()) {
        m_tabs->setCurrentWidget(m_updatesTab);
        event->ignore();
        return;
    }
    if (m_wizard->hasUnsavedWork()) {
        const auto answer = MessageBox::question(
            this, tr("Quit KKT Deploy"),
            tr("What you have entered in the wizard is not saved and will be lost. "
               "Save the configuration first? (Passwords and the bot token are never "
               "saved.)"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Save && !m_wizard->saveConfiguration())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::registryChanged, this, &MainWindow::replaceRegistryTab);
    connect(dialog, &SettingsDialog::registryChanged, m_wizard, &DeploymentWizard::refreshRegistry);
    connect(dialog, &SettingsDialog::registryChanged, this, &MainWindow::replaceUpdatesTab);
    dialog->open();
}

void MainWindow::replaceRegistryTab()
{
    if (!m_registryTab)
        return; // the self-service tab reads the settings on every refresh
    const bool current = m_tabs->currentWidget() == m_registryTab;
    const int index = m_tabs->indexOf(m_registryTab);
    m_tabs->removeTab(index);
    delete m_registryTab;
    const RegistryTarget target = RegistryTab::configuredTarget();
    m_registryTab = new RegistryTab(target);
    m_tabs->insertTab(index, m_registryTab, tr("&Registry"));
    if (current)
        m_tabs->setCurrentWidget(m_registryTab);
    statusBar()->showMessage(tr("Registry: %1").arg(target.display()), 10000);
}

void MainWindow::replaceUpdatesTab()
{
    // The self-service edition updates no instance: it has no Updates tab.
    if (Edition::isSelfService())
        return;
    // A running or scheduled update keeps its tab (and registry); the next change replaces it.
    if (m_updatesTab && (m_updatesTab->isBusy() || m_updatesTab->scheduledCount() > 0))
        return;
    const bool current = m_updatesTab && m_tabs->currentWidget() == m_updatesTab;
    delete m_updatesTab;
    m_updatesTab = new UpdatesTab(RegistryTab::configuredTarget());
    m_tabs->insertTab(m_tabs->indexOf(m_registryTab) + 1, m_updatesTab, tr("Updates"));
    connect(m_updatesTab, &UpdatesTab::operationEnded, this, [this] { m_registryTab->refresh(); });
    if (current)
        m_tabs->setCurrentWidget(m_updatesTab);
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About KKT Deploy"),
                      tr("<h3>KKT Deploy %1</h3><p>Puts a complete KKT stack — web application, Telegram "
                         "bot and PostgreSQL database — on a client’s server and keeps it up to date.</p>")
                          .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}
