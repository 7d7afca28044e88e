#pragma once

#include "DeploymentJournal.h"
#include "PlanItem.h"
#include "ProbeBatch.h"
#include "ProvisioningStep.h"
#include "ServerOperation.h"

#include <memory>

class ProductionGuard;

// Drives one deployment over one SSH session, step by step: probe, action, verify, journal.
// Blocking: it lives in a worker thread (the GUI) or runs on the main thread (the command line);
// cancel() is the only call that may come from another thread. Every text it emits is redacted.
class DeploymentRunner : public ServerOperation
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

    // Why plan() failed, for exit codes.
    DeploymentOutcome::Status planStatus() const { return m_planStatus; }
    int planSshError() const { return m_planSshError; }
    // After plan(): the instance the server already runs that this computer did not create (empty:
    // none) — a production deployment over it needs a confirmation that names it.
    QString existingInstance() const { return m_existingInstance; }

signals:
    // A test deployment's check of production (ProductionSnapshot::comparisonJson): before, then after.
    void productionChecked(const QJsonObject& comparison);

private:
    bool connectToServer(DeploymentOutcome* outcome);
    bool prepareRelease(DeploymentOutcome* outcome);
    bool resolveInstance(DeploymentOutcome* outcome, bool* created);
    void emplaceLayout(const QString& instanceId);
    // `doneAndVerified`: the run's probe batch found the step done and its verify passing.
    bool runStep(const ProvisioningStep& step, DeploymentOutcome* outcome,
                 const ProbeBatch::Result* doneAndVerified = nullptr);
    bool runSteps(const QStringList& verified, DeploymentOutcome* outcome);
    void runHealthChecks(DeploymentOutcome* outcome);
    void reportProgress(int index, int count, const QString& title);
    void finish(DeploymentOutcome* outcome, const QString& status);
    // A test deployment: production after, compared with before (once; a change fails the run).
    void concludeProduction(DeploymentOutcome* outcome);
    QMap<QString, QString> scriptSecrets() const;
    void recordInRegistry(DeploymentOutcome* outcome,
                          DeploymentRecorder::Action action = DeploymentRecorder::Action::Deploy);

    std::unique_ptr<ProductionGuard> m_productionGuard; // test deployments only
    QList<ProvisioningStep> m_steps;
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
};
