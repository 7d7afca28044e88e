#pragma once

#include "DeploymentConnection.h"
#include "DeploymentContext.h"
#include "DeploymentOutcome.h"
#include "DeploymentRecorder.h"
#include "DeploymentRequest.h"
#include "HealthCheck.h"
#include "InstanceLayout.h"
#include "StepExecutor.h"
#include "core/Redactor.h"
#include "ssh/SshError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class DeploymentJournal;
struct ProvisioningStep;

// What every run of the engine on one server shares — a deployment, a roll-back, a backup restore, a
// test instance's removal, an update (UpdateRunner): the request, the redactor every text goes
// through, the one SSH connection with the server's lock, the journal, the instance's layout, Cancel
// (a step that must finish lets a first cancel wait for it and says so), the log kept for the
// registry's excerpt, and the signals a run reports through.
// Blocking: it lives in a worker thread (the GUI) or runs on the main thread (the command line).
class ServerOperation : public QObject
{
    Q_OBJECT

public:
    ~ServerOperation() override;

    void setJournalPath(const QString& path) { m_journalPath = path; }
    // Called once with the final outcome, after the server is released and before the journal
    // records the end: a run killed before its result was handed over (the command line's summary,
    // with a generated password) stays resumable.
    void setOutcomeHandler(std::function<void(const DeploymentOutcome&)> handler)
    {
        m_outcomeHandler = std::move(handler);
    }
    // Thread-safe and async-signal-safe (atomics only; the command line calls it from its SIGINT
    // handler). During a step that must finish first (packages, migrations, the database swap) the
    // first cancel lets it finish and the log says so; a second one leaves at once, the step going
    // on on the server.
    void cancel();

signals:
    void logLine(const QString& line);
    void progress(int percent, const QString& currentStep, qint64 etaSeconds);
    void stepStarted(const QString& stepId, const QString& title);
    void stepFinished(const QString& stepId, const QString& state);
    void healthChecked(const HealthCheck& check);

protected:
    // `leaveHint`: what the log says, once, when a cancel waits for a step that must finish (%1: the
    // step's own notice, e.g. "Finishing the package installation safely…").
    ServerOperation(DeploymentRequest request, QString leaveHint, QObject* parent);

    // What a list of steps came to: how many changed, or the step that failed or was cancelled.
    struct StepsResult
    {
        bool cancelled = false;
        QString failedStep;
        QString error;
        int sshErrorKind = 0;
        int changed = 0;
        int unchanged = 0;
    };

    bool openJournal(QString* error);
    // Opens the connection (progress 0 %).
    SshError openConnection();
    // Connects (progress 0 %); the host key's fingerprint goes into `outcome`.
    bool connectToServer(DeploymentOutcome* outcome);
    // The server's lock for `runId` (m_layout set); `detail` says why not.
    DeploymentConnection::Lock lockServer(const QString& runId, QString* detail);
    bool acquireLock(const QString& runId, DeploymentOutcome* outcome);
    // Runs one step, letting a first cancel wait for it when it must finish.
    StepExecutor::Result execute(StepExecutor& executor, const ProvisioningStep& step);
    // A fixed list of steps (a restore, a test instance's removal) between the connection and the
    // health checks: each probed, run and verified by `runId`'s executor; false at the first failure
    // or cancel, with the outcome filled in.
    bool runStepList(const QList<ProvisioningStep>& steps, const QString& runId, DeploymentOutcome* outcome);
    // The same for any run: progress from `fromPercent` towards `toPercent`; the steps in `verified`
    // (verified by an earlier, interrupted run of `runId`) are skipped.
    bool runSteps(const QList<ProvisioningStep>& steps, const QString& runId, const QStringList& verified,
                  int fromPercent, int toPercent, StepsResult* result);
    // The health checks, each reported as it is done; `serverOutput`: the server's answers from a
    // probe batch after which nothing changed (empty: asked now).
    QList<HealthCheck> runHealthChecks(const QString& adminPassword, const QString& serverOutput = QString(),
                                       QString* botUsername = nullptr);
    void recordInRegistry(DeploymentOutcome* outcome, const QString& runId, DeploymentRecorder::Action action,
                          const QString& backupName = QString());
    // The end of a run: the lock released, the connection closed, the outcome handed over, then the
    // journal's `status` for `runId`.
    void finish(DeploymentOutcome* outcome, const QString& runId, const QString& status);
    // The lock released (a cancel waits for it) and the connection closed.
    void releaseServer(const QString& runId);
    void reportProgress(int percent, const QString& title, qint64 etaSeconds);
    void log(const QString& line);
    QString redact(const QString& text) const { return m_redactor.redact(text); }

    DeploymentRequest m_request;
    Redactor m_redactor;
    std::unique_ptr<DeploymentConnection> m_connection;
    std::unique_ptr<DeploymentJournal> m_journal;
    std::optional<InstanceLayout> m_layout;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_cancelRequests{0};
    DeploymentContext m_context;
    QString m_journalPath;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    QStringList m_log; // the last lines, for the registry's excerpt

private:
    void onRemoteLine(const QString& line);

    std::atomic_bool m_finishingStep{false}; // a cancel waits for the step in progress
    std::atomic_bool m_releasing{false};     // … and for the lock's release at the end
    QString m_finishingNotice;
    bool m_finishingNoticeGiven = false;
    QString m_leaveHint;
    int m_lastPercent = 0;
    std::function<void(const DeploymentOutcome&)> m_outcomeHandler;
};
