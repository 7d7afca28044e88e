#include "DeploymentWizard.h"

#include "AdminIdsPage.h"
#include "AdministratorPage.h"
#include "CompletePage.h"
#include "FileDialogs.h"
#include "GuiLogging.h"
#include "MessageBox.h"
#include "ProgressPage.h"
#include "ReviewPage.h"
#include "ServerPage.h"
#include "SystemSettingsPage.h"
#include "TelegramBotPage.h"
#include "WebSecurityPage.h"
#include "WelcomePage.h"
#include "core/ConfigFile.h"
#include "core/ConfigValidator.h"
#include "provisioning/DeploymentJournal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>

DeploymentWizard::DeploymentWizard(QWidget* parent)
    : QWizard(parent)
    , m_config(initialConfig())
    , m_savedConfig(m_config)
    , m_welcomePage(new WelcomePage(&m_config, &m_secrets))
    , m_serverPage(new ServerPage(&m_config, &m_secrets))
    , m_administratorPage(new AdministratorPage(&m_config, &m_secrets))
    , m_telegramBotPage(new TelegramBotPage(&m_config, &m_secrets))
    , m_adminIdsPage(new AdminIdsPage(&m_config, &m_secrets))
    , m_systemSettingsPage(new SystemSettingsPage(&m_config, &m_secrets))
    , m_webSecurityPage(new WebSecurityPage(&m_config, &m_secrets))
    , m_reviewPage(new ReviewPage(&m_config, &m_secrets))
    , m_progressPage(new ProgressPage(&m_config, &m_secrets))
    , m_completePage(new CompletePage(&m_config, &m_secrets))
{
    setObjectName(QStringLiteral("deploymentWizard"));
    setWindowTitle(tr("Deployment"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton);
    setOption(QWizard::NoDefaultButton, false);
    // Review's Deploy is the commit button; Complete offers its own actions (Deploy another).
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton});
    setPage(WelcomePageId, m_welcomePage);
    setPage(ServerPageId, m_serverPage);
    setPage(AdministratorPageId, m_administratorPage);
    setPage(TelegramBotPageId, m_telegramBotPage);
    setPage(AdminIdsPageId, m_adminIdsPage);
    setPage(SystemSettingsPageId, m_systemSettingsPage);
    setPage(WebSecurityPageId, m_webSecurityPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(CompletePageId, m_completePage);
    setStartId(WelcomePageId);

    connect(m_welcomePage, &WelcomePage::loadRequested, this, &DeploymentWizard::loadConfiguration);
    connect(m_welcomePage, &WelcomePage::registryChanged, this, &DeploymentWizard::registryChanged);
    connect(m_welcomePage, &WelcomePage::settingsRequested, this, &DeploymentWizard::settingsRequested);
    connect(m_reviewPage, &ReviewPage::editRequested, this, &DeploymentWizard::goBackTo);
    connect(m_reviewPage, &ReviewPage::saveRequested, this, &DeploymentWizard::saveConfiguration);
    connect(m_systemSettingsPage, &SystemSettingsPage::releaseVerified, this, &DeploymentWizard::useRelease);
    connect(m_reviewPage, &ReviewPage::releaseVerified, this, &DeploymentWizard::useRelease);
    connect(m_reviewPage, &ReviewPage::checksAccepted, m_progressPage, &ProgressPage::setAcceptedChecks);
    connect(m_reviewPage, &ReviewPage::existingInstanceConfirmed, m_progressPage,
            &ProgressPage::setConfirmedInstance);
    connect(m_progressPage, &ProgressPage::succeeded, m_completePage, &CompletePage::setOutcome);
    connect(m_progressPage, &ProgressPage::leaveRequested, this, &DeploymentWizard::startOver);
    connect(m_completePage, &CompletePage::deployAnotherRequested, this, &DeploymentWizard::startOver);
    connect(m_progressPage, &ProgressPage::operationEnded, this, [this] {
        // Deployed (or journalled for a resume): what was typed is not lost any more.
        m_savedConfig = m_config;
        emit deploymentStopped();
    });
    connect(m_welcomePage, &WelcomePage::resumeRequested, this, [this](const QString& id) {
        QString error;
        if (!resumeDeployment(id, &error)) {
            m_welcomePage->setLoadMessage(error, true);
            return;
        }
        next();
    });
    // After the constructor, so that setJournalPath() (tests) comes first.
    QTimer::singleShot(0, this, &DeploymentWizard::offerUnfinishedDeployment);
}

void DeploymentWizard::setJournalPath(const QString& path)
{
    m_journalPath = path;
    m_reviewPage->setJournalPath(path);
    m_progressPage->setJournalPath(path);
}

void DeploymentWizard::refreshRegistry()
{
    m_welcomePage->refreshRegistry();
}

void DeploymentWizard::useRelease(const VerifiedRelease& release)
{
    m_reviewPage->setVerifiedRelease(release);
    m_progressPage->setVerifiedRelease(release);
}

void DeploymentWizard::offerUnfinishedDeployment()
{
    auto* watcher = new QFutureWatcher<DeploymentJournal::Deployment>(this);
    connect(watcher, &QFutureWatcher<DeploymentJournal::Deployment>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_unfinished = watcher->result();
        const DeploymentJournal::Deployment& d = m_unfinished;
        m_welcomePage->offerResume(d.id, d.host, d.instanceId, d.startedAt, d.status);
        emit unfinishedDeploymentChecked();
    });
    const QString path = m_journalPath.isEmpty() ? DeploymentJournal::defaultPath() : m_journalPath;
    // The journal is a database: read off the GUI thread, on a connection of that thread.
    watcher->setFuture(QtConcurrent::run([path] {
        if (!QFileInfo::exists(path))
            return DeploymentJournal::Deployment();
        DeploymentJournal journal(path);
        QString error;
        if (!journal.open(&error))
            return DeploymentJournal::Deployment();
        for (const DeploymentJournal::Deployment& d : journal.deployments()) {
            if (d.status == QLatin1String("running") || d.status == QLatin1String("failed") ||
                d.status == QLatin1String("cancelled"))
                return d;
        }
        return DeploymentJournal::Deployment();
    }));
}

bool DeploymentWizard::resumeDeployment(const QString& deploymentId, QString* error)
{
    // The journal was read off the GUI thread when the offer was made.
    if (deploymentId.isEmpty() || m_unfinished.id != deploymentId || m_unfinished.configJson.isEmpty()) {
        *error = tr("Deployment %1 is not in the journal, or has no configuration: start a new deployment.")
                     .arg(deploymentId);
        return false;
    }
    ValidationIssues issues;
    const DeploymentConfig loaded = DeploymentConfig::fromJson(
        QJsonDocument::fromJson(m_unfinished.configJson.toUtf8()).object(), &issues);
    m_secrets.wipe();
    setConfig(loaded);
    m_progressPage->reset();
    m_progressPage->setResumeId(deploymentId);
    m_reviewPage->setPreviouslyAccepted(m_unfinished.acceptedChecks);
    m_welcomePage->setLoadMessage(
        tr("Resuming deployment %1: check the pages and enter the bot token and any "
           "passwords again — they are never stored.")
            .arg(deploymentId),
        false);
    qCInfo(lcGui) << "resuming deployment" << deploymentId;
    return true;
}

void DeploymentWizard::startOver()
{
    m_secrets.wipe();
    m_completePage->clear();
    m_progressPage->reset();
    setConfig(initialConfig());
    m_savedConfig = m_config;
    restart();
    m_welcomePage->setLoadMessage(QString(), false);
    offerUnfinishedDeployment();
}

DeploymentWizard::~DeploymentWizard()
{
    // Tearing the window down moves the focus; a page's editingFinished would then refresh into
    // m_config after it is gone (the pages are deleted after the members).
    for (QWidget* child : findChildren<QWidget*>())
        child->blockSignals(true);
    m_secrets.wipe();
}

DeploymentConfig DeploymentWizard::initialConfig()
{
    DeploymentConfig config;
    config.settings.timezone = DeploymentConfig::defaultTimezone();
    return config;
}

bool DeploymentWizard::hasUserInput() const
{
    return m_config != initialConfig() || !m_secrets.botToken.isEmpty() ||
           !m_secrets.adminPassword.isEmpty() || !m_secrets.sshPassword.isEmpty() ||
           !m_secrets.keyPassphrase.isEmpty();
}

void DeploymentWizard::setConfig(const DeploymentConfig& config)
{
    m_config = config;
    for (int id : pageIds())
        static_cast<DeploymentPage*>(page(id))->load(true);
}

bool DeploymentWizard::hasUnsavedWork() const
{
    return m_config != m_savedConfig;
}

bool DeploymentWizard::isDeploying() const
{
    return m_progressPage->isRunning();
}

void DeploymentWizard::stopDeployment()
{
    m_progressPage->cancel();
}

bool DeploymentWizard::loadConfiguration()
{
    const QString path = FileDialogs::openFileName(this, tr("Load configuration"), QDir::homePath(),
                                                   tr("Deployment configuration (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (hasUserInput() &&
        MessageBox::question(this, tr("Load configuration"),
                             tr("Replace what you have entered in the wizard with “%1”?").arg(path),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    QString error;
    if (!loadConfigurationFile(path, &error)) {
        m_welcomePage->setLoadMessage(tr("Nothing was loaded."), true);
        MessageBox::warning(this, tr("Load configuration"), tr("“%1” cannot be used.").arg(path), error);
        return false;
    }
    return true;
}

bool DeploymentWizard::loadConfigurationFile(const QString& path, QString* error)
{
    const ConfigFile::Loaded loaded = ConfigFile::load(path);
    if (!loaded.ok()) {
        QStringList problems;
        if (!loaded.error.isEmpty())
            problems << loaded.error;
        for (const ValidationIssue& issue : loaded.issues)
            problems << issue.toString();
        *error = problems.join(u'\n');
        qCInfo(lcGui) << "configuration not loaded from" << path;
        return false;
    }
    // Secrets belong to the deployment typed in, not to the file: the user enters them again.
    m_secrets.wipe();
    setConfig(loaded.config);
    m_savedConfig = m_config;
    restart();
    m_welcomePage->setLoadMessage(
        tr("Loaded “%1”. Go through the pages to check it, and enter the bot token and any passwords "
           "again: they are never saved.")
            .arg(QDir::toNativeSeparators(path)),
        false);
    qCInfo(lcGui) << "configuration loaded from" << path;
    emit configurationLoaded(path);
    return true;
}

bool DeploymentWizard::saveConfiguration()
{
    QString path = FileDialogs::saveFileName(this, tr("Save configuration"),
                                             QDir::home().filePath(QStringLiteral("kkt-deployment.json")),
                                             tr("Deployment configuration (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!saveConfigurationFile(path, &error)) {
        m_reviewPage->setSaveMessage(error, true);
        MessageBox::warning(this, tr("Save configuration"), error);
        return false;
    }
    m_reviewPage->setSaveMessage(
        tr("Saved to “%1”. Secrets are not in the file.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool DeploymentWizard::saveConfigurationFile(const QString& path, QString* error)
{
    // The normalised form (ASCII domains, +digits phone, sorted alert days) is what the command
    // line reads back; values still invalid are saved as typed so that work in progress is kept.
    const ValidationResult validated = ConfigValidator::validate(m_config);
    if (!ConfigFile::save(path, validated.config, error))
        return false;
    m_savedConfig = m_config;
    emit configurationSaved(path);
    return true;
}

void DeploymentWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // The start-up benchmark (bench/) sets KKT_STARTUP_PROBE=1: once the first show has been
    // processed by the event loop, say so and quit.
    if (qEnvironmentVariableIntValue("KKT_STARTUP_PROBE") == 1) {
        QTimer::singleShot(0, this, [] {
            std::fputs("kkt-startup-probe: wizard shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
}

bool DeploymentWizard::focusNextPrevChild(bool next)
{
    // QWizard refreshes its buttons (on every completeChanged(), page change and button layout)
    // between disableUpdates() and enableUpdates(), which hide and re-show the widget holding the
    // page and the buttons, and hide the buttons themselves while it re-lays them out. Hiding the
    // widget that holds the focus makes Qt call focusNextPrevChild(true) on it, which climbs to the
    // window. A stand-alone wizard is its own window: nothing else can take the focus, so it stays
    // put. Inside the main window's tabs the search goes on to the tab bar, and the next key press
    // lands there (one letter typed, the rest lost). While the wizard's own frame is hidden for such
    // a refresh, the focus stays where it is, as it does in a stand-alone wizard.
    if (isVisible() && hidesFocusForRefresh())
        return true;
    return QWizard::focusNextPrevChild(next);
}

bool DeploymentWizard::hidesFocusForRefresh() const
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return false;
    const QList<QAbstractButton*> buttons = {button(BackButton), button(NextButton), button(CommitButton),
                                             button(FinishButton)};
    for (QWidget* widget = focus; widget && widget != this; widget = widget->parentWidget()) {
        // The wizard's frame (its only direct child widget) and its buttons are hidden only by
        // QWizard itself, and only for the length of a refresh.
        const bool frame = widget->parentWidget() == this;
        if (widget->isHidden() && (frame || buttons.contains(widget)))
            return true;
    }
    return false;
}

void DeploymentWizard::goBackTo(WizardPageId target)
{
    if (!visitedIds().contains(target))
        return;
    while (currentId() != target)
        back();
}
