#pragma once

#include "DeploymentContext.h"
#include "DeploymentJournal.h"
#include "DeploymentOutcome.h"
#include "DeploymentRecorder.h"
#include "DeploymentRequest.h"
#include "InstanceLayout.h"
#include "PlanItem.h"
#include "ProbeBatch.h"
#include "ProvisioningStep.h"
#include "core/Redactor.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class DeploymentConnection;
class ProductionGuard;

// Drives one deployment over one SSH session, step by step: probe, action, verify, journal.
// Blocking: it lives in a worker thread (the GUI) or runs on the main thread (the command line);
// cancel() is the only call that may come from another thread. Every text it emits is redacted.
class DeploymentRunner : public QObject
{
    Q_OBJECT

public:
    explicit DeploymentRunner(DeploymentRequest request, QObject* parent = nullptr);
    ~DeploymentRunner() override;

    // Read-only: connects and runs every probe in one round trip.
    QList<PlanItem> plan(QString* error);
    DeploymentOutcome deploy();
    // Health checks of a deployed instance (as after a deployment, without the administrator's
    // login, whose password is not kept); for "Check health now".
    DeploymentOutcome checkHealth(const QString& instanceId);
    // Removes what deployment `deploymentId` created on the server, and nothing else.
    DeploymentOutcome rollBack(const QString& deploymentId);
    // Thread-safe and async-signal-safe (atomics only; the command line calls it from its SIGINT
    // handler). During a step that must finish first (packages, migrations) the first cancel lets
    // it finish and the log says so; a second one leaves at once, the step going on on the server.
    void cancel();

    void setJournalPath(const QString& path) { m_journalPath = path; }
    // Why plan() failed, for exit codes.
    DeploymentOutcome::Status planStatus() const { return m_planStatus; }
    int planSshError() const { return m_planSshError; }
    // After plan(): the instance of this mode the server already runs (empty: none yet).
    QString existingInstance() const { return m_existingInstance; }

signals:
    void logLine(const QString& line);
    void progress(int percent, const QString& currentStep, qint64 etaSeconds);
    void stepStarted(const QString& stepId, const QString& title);
    void stepFinished(const QString& stepId, const QString& state);
    void healthChecked(const HealthCheck& check);
    // A test deployment's check of production (ProductionSnapshot::comparisonJson): before, then after.
    void productionChecked(const QJsonObject& comparison);

private:
    bool openJournal(QString* error);
    bool connectToServer(DeploymentOutcome* outcome);
    bool prepareRelease(DeploymentOutcome* outcome);
    bool resolveInstance(DeploymentOutcome* outcome, bool* created);
    void emplaceLayout(const QString& instanceId);
    bool acquireLock(DeploymentOutcome* outcome);
    // `doneAndVerified`: the run's probe batch found the step done and its verify passing.
    bool runStep(const ProvisioningStep& step, DeploymentOutcome* outcome,
                 const ProbeBatch::Result* doneAndVerified = nullptr);
    bool runSteps(const QStringList& verified, DeploymentOutcome* outcome);
    void runHealthChecks(DeploymentOutcome* outcome);
    QString redact(const QString& text) const { return m_redactor.redact(text); }
    void log(const QString& line);
    void onRemoteLine(const QString& line);
    void reportProgress(int index, int count, const QString& title);
    void finish(DeploymentOutcome* outcome, const QString& status);
    // A test deployment: production after, compared with before (once; a change fails the run).
    void concludeProduction(DeploymentOutcome* outcome);
    QMap<QString, QString> scriptSecrets() const;
    void recordInRegistry(DeploymentOutcome* outcome,
                          DeploymentRecorder::Action action = DeploymentRecorder::Action::Deploy);

    DeploymentRequest m_request;
    Redactor m_redactor;
    std::unique_ptr<DeploymentConnection> m_connection;
    std::unique_ptr<DeploymentJournal> m_journal;
    std::optional<InstanceLayout> m_layout;
    std::unique_ptr<ProductionGuard> m_productionGuard; // test deployments only
    std::atomic_bool m_cancel{false};
    std::atomic_int m_cancelRequests{0};
    std::atomic_bool m_finishingStep{false}; // a cancel waits for the step in progress
    QString m_finishingNotice;
    bool m_finishingNoticeGiven = false;
    int m_lastPercent = 0;
    DeploymentContext m_context;
    QList<ProvisioningStep> m_steps;
    QString m_journalPath;
    QString m_deploymentId;
    QString m_adminPassword;
    QString m_releaseVersion;
    QString m_botUsername;
    QString m_existingInstance;
    QString m_batchHealth; // the server's health checks from a probe batch after which nothing changed
    QString m_releaseSha256;
    bool m_forceAdmin = false;
    DeploymentOutcome::Status m_planStatus = DeploymentOutcome::Status::Failed;
    int m_planSshError = 0;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    QStringList m_log; // the last lines, for the registry's excerpt
};
