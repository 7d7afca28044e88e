#pragma once

#include "DeploymentContext.h"
#include "DeploymentOutcome.h"
#include "DeploymentRequest.h"
#include "core/Redactor.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class DeploymentConnection;
class DeploymentJournal;
class ProductionGuard;

// Removes a test instance from its server on the deployment engine: one SSH session with the
// server's lock, the steps of resources/steps/remove.*.sh (probe, action, verify) run and journalled
// by StepExecutor, production checked before and after (ProductionGuard), the registry told
// (status inactive, a history row). The request comes from the registry
// (DeploymentRequest::forInstance); blocking, like DeploymentRunner; cancel() from any thread.
class TestInstanceRemoval : public QObject
{
    Q_OBJECT

public:
    explicit TestInstanceRemoval(DeploymentRequest request, QObject* parent = nullptr);
    ~TestInstanceRemoval() override;

    // Completes a request made from the registry's record (DeploymentRequest::forInstance) with
    // what the registry keeps of the instance, and the registry to record the removal in.
    static void complete(const InstanceRecord& instance, const RegistryTarget& registry,
                         DeploymentRequest* request);

    void setJournalPath(const QString& path) { m_journalPath = path; }
    DeploymentOutcome remove(const QString& instanceId);
    void cancel();

signals:
    void logLine(const QString& line);
    void progress(int percent, const QString& currentStep, qint64 etaSeconds);
    void stepStarted(const QString& stepId, const QString& title);
    void stepFinished(const QString& stepId, const QString& state);
    void productionChecked(const QJsonObject& comparison);

private:
    bool runSteps(DeploymentOutcome* outcome);
    void finish(DeploymentOutcome* outcome, const QString& status);
    void log(const QString& line);

    DeploymentRequest m_request;
    Redactor m_redactor;
    std::unique_ptr<DeploymentConnection> m_connection;
    std::unique_ptr<DeploymentJournal> m_journal;
    std::optional<InstanceLayout> m_layout;
    std::unique_ptr<ProductionGuard> m_guard;
    std::atomic_bool m_cancel{false};
    DeploymentContext m_context;
    QString m_journalPath;
    QString m_runId;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    QStringList m_log;
};
