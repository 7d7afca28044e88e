#include "UpdateProgressPanel.h"

#include "LiveLog.h"
#include "UpdateWorker.h"
#include "ui_UpdateProgressPanel.h"

UpdateProgressPanel::UpdateProgressPanel(UpdateWorker* worker, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::UpdateProgressPanel>())
    , m_worker(worker)
{
    m_ui->setupUi(this);
    m_log = new LiveLog(m_ui->logView, this);
    m_ui->progressBar->setRange(0, 100);
    m_ui->cancelButton->setEnabled(false);
    connect(m_worker, &UpdateWorker::logLine, m_log, &LiveLog::append);
    connect(m_worker, &UpdateWorker::progress, this, &UpdateProgressPanel::showProgress);
    connect(m_worker, &UpdateWorker::healthChecked, this, [this](const HealthCheck& check) {
        m_log->append(check.passed ? tr("✔ %1").arg(check.title)
                                   : tr("✘ %1: %2").arg(check.title, check.detail));
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_ui->cancelButton->setEnabled(false);
        m_ui->currentStepLabel->setText(
            tr("Cancelling: the current step finishes first; an update that has begun to switch ends "
               "on one version, rolled back if need be…"));
        m_worker->cancel();
        emit cancelRequested();
    });
    connect(m_ui->viewLogButton, &QPushButton::clicked, this,
            [this] { m_log->showFull(this, tr("Update log")); });
}

UpdateProgressPanel::~UpdateProgressPanel() = default;

void UpdateProgressPanel::begin(const QString& heading, const QString& step)
{
    m_log->clear();
    m_log->append(heading);
    m_ui->progressBar->setValue(0);
    m_ui->currentStepLabel->setText(step);
    m_ui->resultLabel->clear();
    m_ui->resultLabel->setStyleSheet(QString());
    m_ui->cancelButton->setEnabled(true);
}

void UpdateProgressPanel::appendLog(const QString& line)
{
    m_log->append(line);
}

void UpdateProgressPanel::logCheck(const UpdateAvailability& a, const QString& name)
{
    if (!a.error.isEmpty())
        m_log->append(tr("%1: the check failed: %2").arg(name, a.error));
    else if (!a.refusal.isEmpty())
        m_log->append(tr("%1: %2 → %3 cannot be applied: %4").arg(name, a.current, a.available, a.refusal));
    else if (a.updateAvailable())
        m_log->append(tr("%1: %2 → %3 (%4)")
                          .arg(name, a.current, a.available, ReleaseManifest::severityText(a.severity)));
    else
        m_log->append(tr("%1: %2, up to date").arg(name, a.current));
}

void UpdateProgressPanel::showStep(const QString& step)
{
    m_ui->currentStepLabel->setText(step);
}

void UpdateProgressPanel::setPercent(int percent)
{
    m_ui->progressBar->setValue(percent);
}

void UpdateProgressPanel::showProgress(int percent, const QString& step, qint64 etaSeconds)
{
    Q_UNUSED(etaSeconds)
    m_ui->progressBar->setValue(percent);
    if (m_ui->cancelButton->isEnabled())
        m_ui->currentStepLabel->setText(step);
}

void UpdateProgressPanel::finish(const QString& result, bool ok)
{
    m_log->flush();
    m_ui->cancelButton->setEnabled(false);
    m_ui->currentStepLabel->clear();
    if (ok)
        m_ui->progressBar->setValue(100);
    m_ui->resultLabel->setStyleSheet(ok ? QStringLiteral("color: #2e9d4f")
                                        : QStringLiteral("color: #d93a3a"));
    m_ui->resultLabel->setText(result);
}
