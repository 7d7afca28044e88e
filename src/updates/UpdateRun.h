#pragma once

#include "UpdateAvailability.h"
#include "UpdateOutcome.h"
#include "UpdateProductionCheck.h"
#include "UpdateRequest.h"
#include "UpdateServerState.h"
#include "core/Redactor.h"
#include "provisioning/DeploymentContext.h"
#include "provisioning/ProvisioningStep.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <memory>
#include <optional>

class DeploymentConnection;
class DeploymentJournal;
class UpdateRunner;

// The work behind UpdateRunner: one run's connection, journal, lock, layout and steps. Emits
// through the runner's signals.
class UpdateRun
{
    Q_DECLARE_TR_FUNCTIONS(UpdateRunner)

public:
    UpdateRun(UpdateRunner& owner, UpdateRequest request);
    ~UpdateRun();

    void setJournalPath(const QString& path) { m_journalPath = path; }
    UpdateAvailability check(const QList<ReleaseManifest>& releases);
    UpdateOutcome stage();
    UpdateOutcome apply();
    UpdateOutcome rollBack();
    void cancel();

private:
    enum class Scope
    {
        StageOnly,
        Everything
    };
    UpdateOutcome update(Scope scope);
    bool begin(UpdateOutcome* outcome, const QString& kind);
    bool connect(UpdateOutcome* outcome);
    std::optional<UpdateServerState> readServer(UpdateOutcome* outcome);
    bool lock(UpdateOutcome* outcome);
    void setVariables(const QString& updateId);
    bool runSteps(const QList<ProvisioningStep>& steps, const QStringList& verified, int first, int total,
                  UpdateOutcome* outcome);
    bool healthy(UpdateOutcome* outcome);
    void revert(UpdateOutcome* outcome, const QString& why);
    void finish(UpdateOutcome* outcome, const QString& journalStatus);
    void record(UpdateOutcome* outcome, bool rollback);
    void log(const QString& line);

    UpdateRunner& m_owner;
    UpdateRequest m_request;
    Redactor m_redactor;
    std::unique_ptr<DeploymentConnection> m_connection;
    std::unique_ptr<DeploymentJournal> m_journal;
    std::optional<InstanceLayout> m_layout;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_cancelRequests{0};
    std::atomic_bool m_finishingStep{false};
    QString m_finishingNotice;
    DeploymentContext m_context;
    UpdateProductionCheck m_production; // a test instance's run: production before and after
    QString m_journalPath;
    QString m_runId;
    QString m_sha256;
    QString m_notes;
    QString m_from; // the version the update starts from (the server's .version, or its update folder on a
                    // resume)
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    QStringList m_log;
};
