#pragma once

#include "UpdateAvailability.h"
#include "UpdateOutcome.h"
#include "UpdateRequest.h"
#include "provisioning/HealthCheck.h"

#include <QObject>

#include <memory>

class UpdateRun;

// Updates one instance, or rolls it back by hand, on the deployment engine: one SSH session
// (DeploymentConnection) with the server lock, the update steps of resources/steps/update.*.sh
// (probe, action, verify) run and journalled by StepExecutor, the deployment's health checks
// (DeploymentHealth), redaction and resume. Blocking like DeploymentRunner: run it in a worker
// thread (GUI) or on the main thread (CLI); cancel() is the only call from another thread. It
// emits the same signals as DeploymentRunner, so ProgressPage's log and progress fit as they are.
// A test instance (mode test) is updated the same way in its own layout — as its server serves it,
// under production's /test/ (its own location file) or test.<domain> (TestWebDetection) — with
// production checked before and after (UpdateProductionCheck) and TEST on every log line.
//
//   UpdateRunner runner(request);                 // UpdateRequest::forInstance(record, &error)
//   connect(&runner, &UpdateRunner::logLine, …);
//   UpdateOutcome o = runner.apply();             // stage, back up, migrate, switch, health gate;
//                                                 // any failure from the switch on rolls back
//   UpdateOutcome s = runner.stage();             // only upload, unpack, venv, .env (no downtime)
//   UpdateOutcome r = runner.rollBack();          // manual: to the previous release (toVersion
//                                                 // empty) within the rollback window
// A maintenance window: stage() now, then at the time a new runner with request.resumeId =
// s.updateId and apply(): the staged steps are verified already, so the window holds only the
// backup, the switch, the health gate and the record. An interrupted apply resumes the same way.
class UpdateRunner : public QObject
{
    Q_OBJECT

public:
    explicit UpdateRunner(UpdateRequest request, QObject* parent = nullptr);
    ~UpdateRunner() override;

    // Empty: DeploymentJournal::defaultPath().
    void setJournalPath(const QString& path);

    // Reads the server's .version and the releases kept there (read-only).
    UpdateAvailability check(const QList<ReleaseManifest>& releases);
    UpdateOutcome stage();
    UpdateOutcome apply();
    // Back to request.toVersion (empty: the release before the current one), with the database
    // from that update's backup when its migration ran; refused outside the window, without the
    // backup or when the manifest says rollback_supported: false.
    UpdateOutcome rollBack();
    void cancel();

signals:
    void logLine(const QString& line);
    void progress(int percent, const QString& currentStep, qint64 etaSeconds);
    void stepStarted(const QString& stepId, const QString& title);
    void stepFinished(const QString& stepId, const QString& state);
    void healthChecked(const HealthCheck& check);

private:
    std::unique_ptr<UpdateRun> m_run;
};
