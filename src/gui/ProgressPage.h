#pragma once

#include "DeploymentPage.h"
#include "LiveLog.h"
#include "provisioning/DeploymentOutcome.h"
#include "releases/VerifiedRelease.h"

#include <QStringList>

#include <memory>

class DeploymentWorker;
class ProductionPanel;

namespace Ui {
class ProgressPage;
}

// Page 8: runs the deployment in a worker thread and shows it: the runner's percent (the phase
// weights), the current step, the ETA, a terminal-style log, Cancel, and the health table. On a
// failure it names the failing step and the error and offers Retry step (resume at the first step
// not verified), Roll back this deployment (only when it created the instance) and Leave it for
// later (the journal keeps it; the Welcome page offers to resume it).
class ProgressPage : public DeploymentPage
{
    Q_OBJECT

public:
    // Lines on screen; the whole run's log is kept up to FullLogLines for View full log.
    static constexpr int VisibleLogLines = LiveLog::VisibleLines;
    static constexpr int FullLogLines = LiveLog::FullLines;

    ProgressPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent = nullptr);
    ~ProgressPage() override;

    void initializePage() override;
    void setJournalPath(const QString& path);
    // The next run continues this deployment from the journal instead of starting one.
    void setResumeId(const QString& deploymentId) { m_resumeId = deploymentId; }
    QString resumeId() const { return m_resumeId; }
    // The fetched and verified release deployed when the configuration names latest or a tag.
    void setVerifiedRelease(const VerifiedRelease& release) { m_release = release; }
    // Failed server checks the operator accepted on Review: recorded in the history row.
    void setAcceptedChecks(const QStringList& checks) { m_acceptedChecks = checks; }
    void setConfirmedInstance(const QString& instanceId) { m_confirmedInstance = instanceId; }
    // Forgets the last run: the page starts afresh the next time it is shown.
    void reset();

    bool isRunning() const;
    const DeploymentOutcome& outcome() const { return m_outcome; }
    const QStringList& fullLog() const { return m_log->lines(); }
    int droppedLogLines() const { return m_log->droppedLines(); }

public slots:
    // Lines arrive already redacted; they reach the screen in batches.
    void appendLog(const QString& line);
    void flushLog();
    void cancel();
    void retryStep();
    void rollBack();
    void viewFullLog();

signals:
    void succeeded(const DeploymentOutcome& outcome);
    void leaveRequested();
    // A deployment or roll back has ended (its worker thread is done) and its result is shown.
    void operationEnded();

protected:
    void loadFields() override {}
    void refresh() override;

private:
    enum class Operation
    {
        None,
        Deploy,
        RollBack
    };
    void start(const QString& resumeId);
    void operationFinished();
    void deploymentFinished();
    void rollBackFinished();
    void showProgress(int percent, const QString& currentStep, qint64 etaSeconds);
    void showHealth(const HealthCheck& check);
    void showFailure(const QString& message);
    void setRunning(bool running);
    QString describeFailure() const;

    std::unique_ptr<Ui::ProgressPage> m_ui;
    DeploymentWorker* m_worker;
    LiveLog* m_log;
    ProductionPanel* m_productionPanel = nullptr; // test deployments: production before and after
    QString m_cancelText; // the Cancel button's own text; "Leave now" after a first cancel
    DeploymentOutcome m_outcome;
    bool m_createdInstance = false;
    bool m_journalled = false;
    bool m_started = false;
    bool m_succeeded = false;
    Operation m_operation = Operation::None;
    QString m_resumeId;
    VerifiedRelease m_release;
    QStringList m_acceptedChecks;
    QString m_confirmedInstance; // the production instance Review confirmed to deploy over
};
