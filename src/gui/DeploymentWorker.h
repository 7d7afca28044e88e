#pragma once

#include "provisioning/DeploymentOutcome.h"
#include "provisioning/DeploymentRequest.h"
#include "provisioning/HealthCheck.h"
#include "provisioning/PlanItem.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>

#include <memory>

class DeploymentRunner;

// Runs one DeploymentRunner operation (plan, deploy or roll back) in a worker thread. The runner
// is created and driven there, because its SSH session and journal connection belong to the
// thread that opened them; its signals arrive here queued; cancel() reaches it from the GUI
// thread. Destroying the worker cancels the operation and waits for it, so no signal outlives it.
class DeploymentWorker : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QList<PlanItem> plan;
        QString planError;
        DeploymentOutcome outcome;
        bool createdInstance = false; // the deployment created its instance: roll back may remove it
        bool journalled = false;      // the journal has the deployment: it can be resumed
        QString existingInstance;     // after a plan: the instance of this mode already on the server
    };

    explicit DeploymentWorker(QObject* parent = nullptr);
    ~DeploymentWorker() override;

    // Empty: the journal's default path.
    void setJournalPath(const QString& path) { m_journalPath = path; }
    QString journalPath() const { return m_journalPath; }

    void startPlan(const DeploymentRequest& request);
    void startDeploy(const DeploymentRequest& request);
    void startRollBack(const DeploymentRequest& request, const QString& deploymentId);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    bool wasCancelled() const;
    // Valid after finished().
    const Result& result() const { return m_result; }

signals:
    void logLine(const QString& line);
    void progress(int percent, const QString& currentStep, qint64 etaSeconds);
    void stepStarted(const QString& stepId, const QString& title);
    void stepFinished(const QString& stepId, const QString& state);
    void healthChecked(const HealthCheck& check);
    void productionChecked(const QJsonObject& comparison); // a test deployment's production check
    void finished();

private:
    enum class Kind
    {
        Plan,
        Deploy,
        RollBack
    };
    void start(Kind kind, const DeploymentRequest& request, const QString& deploymentId);

    // Shared with the worker thread, which may still hold it after a cancel.
    struct Shared
    {
        QMutex mutex;
        DeploymentRunner* runner = nullptr;
        bool cancelled = false;
    };
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Result> m_watcher;
    Result m_result;
    QString m_journalPath;
};
