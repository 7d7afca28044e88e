#include "ProgressPage.h"

#include "ProductionPanel.h"

#include "DeploymentWorker.h"
#include "GuiLogging.h"
#include "LiveLog.h"
#include "MessageBox.h"
#include "core/ConfigValidator.h"
#include "provisioning/DeploymentRequest.h"
#include "ui_ProgressPage.h"

#include <QHeaderView>

ProgressPage::ProgressPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::ProgressPage)
    , m_worker(new DeploymentWorker(this))
    , m_log(nullptr)
{
    m_ui->setupUi(this);
    m_log = new LiveLog(m_ui->logView, this);
    m_cancelText = m_ui->cancelButton->text();
    m_ui->progressBar->setRange(0, 100);
    m_ui->statusLayout->setStretch(0, 1);
    m_ui->currentStepLabel->setWordWrap(false);
    // Deploy (Review) and this page are both points of no return: Complete has no Back.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_ui->healthTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->healthTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->failureLabel->setPalette([this] {
        QPalette palette = m_ui->failureLabel->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        return palette;
    }());
    connect(m_worker, &DeploymentWorker::logLine, this, &ProgressPage::appendLog);
    connect(m_worker, &DeploymentWorker::progress, this, &ProgressPage::showProgress);
    connect(m_worker, &DeploymentWorker::healthChecked, this, &ProgressPage::showHealth);
    // A test deployment: production before and after, side by side.
    m_productionPanel = new ProductionPanel(this);
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->healthGroup), m_productionPanel);
    m_productionPanel->setVisible(false);
    connect(m_worker, &DeploymentWorker::productionChecked, this, [this](const QJsonObject& comparison) {
        m_productionPanel->setVisible(true);
        m_productionPanel->showComparison(comparison);
    });
    connect(m_worker, &DeploymentWorker::finished, this, &ProgressPage::operationFinished);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ProgressPage::cancel);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ProgressPage::retryStep);
    connect(m_ui->rollBackButton, &QPushButton::clicked, this, &ProgressPage::rollBack);
    connect(m_ui->viewLogButton, &QPushButton::clicked, this, &ProgressPage::viewFullLog);
    connect(m_ui->leaveButton, &QPushButton::clicked, this, &ProgressPage::leaveRequested);
    reset();
    load(false);
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::setJournalPath(const QString& path)
{
    m_worker->setJournalPath(path);
}

bool ProgressPage::isRunning() const
{
    // Until its result is shown, not only until the thread is done.
    return m_operation != Operation::None;
}

void ProgressPage::reset()
{
    if (m_worker->isRunning())
        m_worker->cancel();
    m_started = false;
    m_succeeded = false;
    m_createdInstance = false;
    m_journalled = false;
    m_outcome = DeploymentOutcome();
    m_resumeId.clear();
    m_log->clear();
    m_ui->progressBar->setValue(0);
    m_ui->currentStepLabel->clear();
    m_ui->etaLabel->clear();
    m_ui->healthTable->setRowCount(0);
    m_ui->healthGroup->setVisible(false);
    m_productionPanel->clear();
    m_productionPanel->setVisible(false);
    m_ui->failureGroup->setVisible(false);
    m_ui->rollBackLabel->clear();
    m_ui->rollBackLabel->setVisible(false);
    m_ui->cancelButton->setEnabled(false);
    setComplete(false);
}

void ProgressPage::initializePage()
{
    // Shown again (Back from Complete is not possible; a restarted wizard calls reset()):
    // a run that already happened is not started twice.
    if (!m_started)
        start(m_resumeId);
}

void ProgressPage::refresh()
{
    setComplete(m_succeeded);
}

void ProgressPage::start(const QString& resumeId)
{
    QString error;
    DeploymentRequest request =
        DeploymentRequest::make(ConfigValidator::validate(config()).config, secrets(), &error, m_release);
    m_started = true;
    m_ui->failureGroup->setVisible(false);
    m_ui->rollBackLabel->setVisible(false);
    if (!error.isEmpty()) {
        m_outcome = DeploymentOutcome();
        m_outcome.error = error;
        showFailure(tr("The deployment cannot start: %1").arg(error));
        m_ui->retryButton->setVisible(false);
        m_ui->rollBackButton->setVisible(false);
        return;
    }
    request.resumeId = resumeId;
    request.acceptedChecks = m_acceptedChecks;
    request.confirmedInstance = m_confirmedInstance;
    appendLog(resumeId.isEmpty()
                  ? tr("— Deployment to %1 —").arg(config().server.host)
                  : tr("— Resuming deployment %1 on %2 —").arg(resumeId, config().server.host));
    m_ui->currentStepLabel->setText(tr("Connecting to %1…").arg(config().server.host));
    m_operation = Operation::Deploy;
    setRunning(true);
    m_worker->startDeploy(request);
}

void ProgressPage::setRunning(bool running)
{
    m_ui->cancelButton->setEnabled(running);
    m_ui->cancelButton->setText(m_cancelText);
    m_ui->cancelButton->setToolTip(QString());
    m_ui->retryButton->setEnabled(!running);
    m_ui->rollBackButton->setEnabled(!running);
    m_ui->leaveButton->setEnabled(!running);
}

void ProgressPage::appendLog(const QString& line)
{
    m_log->append(line);
}

void ProgressPage::flushLog()
{
    m_log->flush();
}

void ProgressPage::showProgress(int percent, const QString& currentStep, qint64 etaSeconds)
{
    m_ui->progressBar->setValue(percent);
    m_ui->currentStepLabel->setText(currentStep);
    if (etaSeconds < 0)
        m_ui->etaLabel->setText(tr("Time left: not known yet"));
    else if (etaSeconds < 60)
        m_ui->etaLabel->setText(tr("About %n second(s) left", nullptr, int(etaSeconds)));
    else
        m_ui->etaLabel->setText(tr("About %n minute(s) left", nullptr, int((etaSeconds + 59) / 60)));
}

void ProgressPage::showHealth(const HealthCheck& check)
{
    m_ui->healthGroup->setVisible(true);
    QTableWidget* table = m_ui->healthTable;
    int row = 0;
    while (row < table->rowCount() && table->item(row, 0)->data(Qt::UserRole).toString() != check.id)
        ++row;
    if (row == table->rowCount())
        table->insertRow(row);
    auto* title = new QTableWidgetItem(check.title);
    title->setData(Qt::UserRole, check.id);
    auto* result = new QTableWidgetItem(check.passed ? tr("✔ pass") : tr("✘ fail"));
    result->setData(Qt::UserRole, check.passed);
    result->setForeground(check.passed ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
    table->setItem(row, 0, title);
    table->setItem(row, 1, result);
    table->setItem(row, 2, new QTableWidgetItem(check.detail));
}

void ProgressPage::cancel()
{
    if (!m_worker->isRunning())
        return;
    m_worker->cancel();
    // A step that must finish (packages, migrations) says so through the progress signal; a
    // second Cancel leaves at once and the next run waits for the step on the server.
    if (m_ui->cancelButton->text() == m_cancelText) {
        m_ui->cancelButton->setText(tr("Leave now"));
        m_ui->cancelButton->setToolTip(
            tr("Stops waiting at once; a package installation goes on on the server, and the next run waits "
               "for it and repairs the server"));
        m_ui->currentStepLabel->setText(tr("Cancelling: the current step finishes its command first…"));
        return;
    }
    m_ui->cancelButton->setEnabled(false);
}

void ProgressPage::operationFinished()
{
    flushLog();
    setRunning(false);
    const Operation operation = m_operation;
    m_operation = Operation::None;
    if (operation == Operation::Deploy)
        deploymentFinished();
    else if (operation == Operation::RollBack)
        rollBackFinished();
    emit operationEnded();
}

void ProgressPage::deploymentFinished()
{
    const DeploymentWorker::Result& result = m_worker->result();
    m_outcome = result.outcome;
    m_createdInstance = result.createdInstance;
    m_journalled = result.journalled;
    // Cancel pressed: a step that ended with an error on its way out was still cancelled.
    if (m_worker->wasCancelled() && !m_outcome.succeeded())
        m_outcome.status = DeploymentOutcome::Status::Cancelled;
    for (const HealthCheck& check : std::as_const(m_outcome.health))
        showHealth(check);
    qCInfo(lcGui) << "deployment" << m_outcome.deploymentId << "ended with status" << int(m_outcome.status);
    if (m_outcome.succeeded()) {
        m_succeeded = true;
        m_resumeId.clear();
        m_ui->progressBar->setValue(100);
        m_ui->currentStepLabel->setText(
            tr("Deployed: %n step(s) changed, %1 already done.", nullptr, m_outcome.changedSteps)
                .arg(m_outcome.unchangedSteps));
        m_ui->etaLabel->clear();
        setComplete(true);
        emit succeeded(m_outcome);
        // The Complete page holds the generated password now; one copy in memory is enough.
        m_outcome.adminPassword.fill(QChar(u'\0'));
        m_outcome.adminPassword.clear();
        return;
    }
    showFailure(describeFailure());
}

QString ProgressPage::describeFailure() const
{
    const QString error = m_outcome.error.isEmpty() ? tr("no reason was given") : m_outcome.error;
    switch (m_outcome.status) {
    case DeploymentOutcome::Status::Cancelled:
        return tr("Cancelled. Steps already done stay done and are recorded: Retry step continues from the "
                  "first step not verified.");
    case DeploymentOutcome::Status::HealthFailed: {
        QStringList failed;
        for (const HealthCheck& check : m_outcome.health) {
            if (!check.passed)
                failed << tr("%1: %2").arg(check.title, check.detail);
        }
        return tr("Everything was installed, but a health check failed:\n%1").arg(failed.join(u'\n'));
    }
    case DeploymentOutcome::Status::Locked:
        return tr("Another deployment holds the server’s lock: %1").arg(error);
    case DeploymentOutcome::Status::NotConnected:
        return tr("The server could not be reached: %1").arg(error);
    case DeploymentOutcome::Status::ReleaseRejected:
        return tr("The release was rejected: %1").arg(error);
    default:
        break;
    }
    if (!m_outcome.failedStep.isEmpty())
        return tr("Step “%1” failed: %2").arg(m_outcome.failedStep, error);
    return tr("The deployment failed: %1").arg(error);
}

void ProgressPage::showFailure(const QString& message)
{
    m_ui->failureLabel->setText(message);
    m_ui->failureGroup->setVisible(true);
    m_ui->retryButton->setVisible(true);
    const bool canRollBack = !m_outcome.deploymentId.isEmpty() && m_createdInstance;
    m_ui->rollBackButton->setVisible(canRollBack);
    if (!canRollBack && !m_outcome.deploymentId.isEmpty()) {
        m_ui->rollBackLabel->setText(
            tr("Roll back is not offered: this deployment did not create the instance "
               "on the server, so it has nothing of its own to remove."));
        m_ui->rollBackLabel->setVisible(true);
    }
    m_ui->currentStepLabel->setText(tr("Stopped."));
    m_ui->etaLabel->clear();
}

void ProgressPage::retryStep()
{
    if (m_worker->isRunning())
        return;
    // Resumes at the first step the journal does not have as verified; a run that stopped before
    // the journal had it (no connection) simply starts again.
    start(m_journalled ? m_outcome.deploymentId : m_resumeId);
}

void ProgressPage::rollBack()
{
    if (m_worker->isRunning() || m_outcome.deploymentId.isEmpty())
        return;
    const QString instance = m_outcome.instanceId.isEmpty() ? tr("the instance") : m_outcome.instanceId;
    if (MessageBox::question(
            this, tr("Roll back this deployment"),
            tr("Remove what deployment %1 created on %2 — the services, the web site, the files "
               "and the database of %3? Nothing else on the server is touched. This cannot be "
               "undone.")
                .arg(m_outcome.deploymentId, config().server.host, instance),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    const DeploymentRequest request =
        DeploymentRequest::make(ConfigValidator::validate(config()).config, secrets(), &error, m_release);
    if (!error.isEmpty()) {
        m_ui->rollBackLabel->setText(tr("Roll back cannot start: %1").arg(error));
        m_ui->rollBackLabel->setVisible(true);
        return;
    }
    appendLog(tr("— Rolling back deployment %1 —").arg(m_outcome.deploymentId));
    m_ui->currentStepLabel->setText(tr("Rolling back…"));
    m_operation = Operation::RollBack;
    setRunning(true);
    m_worker->startRollBack(request, m_outcome.deploymentId);
}

void ProgressPage::rollBackFinished()
{
    const DeploymentOutcome& outcome = m_worker->result().outcome;
    if (outcome.succeeded()) {
        m_ui->rollBackLabel->setText(
            tr("Rolled back: the services, site, files and database of this deployment "
               "were removed from the server."));
        m_ui->retryButton->setVisible(false);
        m_ui->rollBackButton->setVisible(false);
        m_ui->currentStepLabel->setText(tr("Rolled back."));
    } else {
        m_ui->rollBackLabel->setText(tr("Roll back failed: %1").arg(outcome.error));
        m_ui->currentStepLabel->setText(tr("Stopped."));
    }
    m_ui->rollBackLabel->setVisible(true);
}

void ProgressPage::viewFullLog()
{
    m_log->showFull(this, tr("Deployment log"));
}
