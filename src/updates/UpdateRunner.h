#pragma once

#include "UpdateAvailability.h"
#include "UpdateOutcome.h"
#include "UpdateProductionCheck.h"
#include "UpdateRequest.h"
#include "UpdateServerState.h"
#include "provisioning/ProvisioningStep.h"
#include "provisioning/ServerOperation.h"

#include <optional>

// Updates one instance, or rolls it back by hand, on the deployment engine: one SSH session
// (DeploymentConnection) with the server lock, the update steps of resources/steps/update.*.sh
// (probe, action, verify) run and journalled by StepExecutor, the deployment's health checks
// (DeploymentHealth), redaction and resume. Blocking like DeploymentRunner: run it in a worker
// thread (GUI) or on the main thread (CLI); cancel() is the only call from another thread. It is a
// ServerOperation like DeploymentRunner (the connection, lock, journal, Cancel, log and signals are
// that one engine's), so ProgressPage's log and progress fit as they are.
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
class UpdateRunner : public ServerOperation
{
    Q_OBJECT

public:
    explicit UpdateRunner(UpdateRequest request, QObject* parent = nullptr);
    ~UpdateRunner() override;

    // Reads the server's .version and the releases kept there (read-only).
    UpdateAvailability check(const QList<ReleaseManifest>& releases);
    UpdateOutcome stage();
    UpdateOutcome apply();
    // Back to request.toVersion (empty: the release before the current one), with the database
    // from that update's backup when its migration ran; refused outside the window, without the
    // backup or when the manifest says rollback_supported: false.
    UpdateOutcome rollBack();

private:
    enum class Scope
    {
        StageOnly,
        Everything
    };
    UpdateOutcome update(Scope scope);
    bool begin(UpdateOutcome* outcome, const QString& kind);
    bool connectToInstance(UpdateOutcome* outcome);
    std::optional<UpdateServerState> readServer(UpdateOutcome* outcome);
    bool lockInstance(UpdateOutcome* outcome);
    void setVariables(const QString& updateId);
    // Steps `first`… of `total`, between 5 and 90 %.
    bool runUpdateSteps(const QList<ProvisioningStep>& steps, const QStringList& verified, int first,
                        int total, UpdateOutcome* outcome);
    bool healthy(UpdateOutcome* outcome);
    void revert(UpdateOutcome* outcome, const QString& why);
    void finishUpdate(UpdateOutcome* outcome, const QString& journalStatus);
    void recordUpdate(UpdateOutcome* outcome, bool rollback);

    UpdateRequest m_update;             // its deployment part is ServerOperation's m_request
    UpdateProductionCheck m_production; // a test instance's run: production before and after
    QString m_runId;
    QString m_notes;
    QString m_from; // the version the update starts from (the server's .version, or its update folder on a
                    // resume)
};
