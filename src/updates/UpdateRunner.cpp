#include "UpdateRunner.h"

#include "RollbackChoice.h"
#include "UpdateCheck.h"
#include "UpdatePolicy.h"
#include "UpdateRecorder.h"
#include "UpdateRelease.h"
#include "UpdateVariables.h"
#include "provisioning/DeploymentJournal.h"
#include "provisioning/StepCatalog.h"
#include "provisioning/TestWebDetection.h"
#include "ssh/SshSession.h"

#include <QJsonDocument>
#include <QUuid>

namespace {
// The deployment part of an update's request, for the engine (ServerOperation), which keeps it and
// its secrets alone.
DeploymentRequest deploymentOf(UpdateRequest& request)
{
    DeploymentRequest deployment = std::move(request.deployment);
    request.deployment = DeploymentRequest();
    deployment.archivePath = request.archivePath;
    deployment.checksums = request.checksums;
    return deployment;
}
} // namespace

UpdateRunner::UpdateRunner(UpdateRequest request, QObject* parent)
    : ServerOperation(deploymentOf(request),
                      tr("%1 Cancel again to leave at once: the step goes on on the server, and the next run "
                         "waits for it."),
                      parent)
    , m_update(std::move(request))
    , m_production(m_context)
{}

UpdateRunner::~UpdateRunner() = default;

bool UpdateRunner::begin(UpdateOutcome* outcome, const QString& kind)
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    outcome->instanceId = m_update.instance.name;
    QString error;
    if (!openJournal(&error)) {
        outcome->error = error;
        return false;
    }
    m_runId =
        m_update.resumeId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_update.resumeId;
    outcome->updateId = m_runId;
    QJsonObject record = m_request.config.toJson();
    record.insert(
        kind, QJsonObject{{QStringLiteral("instance"), m_update.instance.uuid.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("to"), m_update.toVersion},
                          {QStringLiteral("archive"), m_update.archivePath},
                          {QStringLiteral("checksums"), m_update.checksums}});
    m_journal->startDeployment({m_runId,
                                m_update.instance.name,
                                QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
                                m_request.target.host,
                                false,
                                {},
                                {},
                                {},
                                {}});
    return true;
}

bool UpdateRunner::connectToInstance(UpdateOutcome* outcome)
{
    const SshError error = openConnection();
    if (!error.ok()) {
        outcome->sshErrorKind = error.kind;
        outcome->error = error.message;
        return false;
    }
    log(tr("Connected to %1 (host key %2).")
            .arg(m_connection->ssh().resolvedHost(), m_connection->ssh().hostKey().fingerprint));
    // A test instance: under /test/ or test.<domain>, as its server serves it.
    QString webError;
    if (!TestWebDetection::apply(*m_connection, m_request.profile, &m_request.config, &webError)) {
        outcome->error = webError;
        return false;
    }
    const QString instanceId = m_update.instance.instanceNumber.isEmpty() ? m_update.instance.name
                                                                          : m_update.instance.instanceNumber;
    m_layout.emplace(m_request.config, m_request.profile, instanceId);
    return true;
}

std::optional<UpdateServerState> UpdateRunner::readServer(UpdateOutcome* outcome)
{
    const DeploymentConnection::Result remote =
        m_connection->run(*m_layout, StepCatalog::script(QStringLiteral("update.status")));
    if (!remote.ok) {
        outcome->sshErrorKind = remote.sshErrorKind;
        outcome->error = remote.failure(5);
        return std::nullopt;
    }
    UpdateServerState state = UpdateServerState::parse(remote.output);
    if (state.version.isEmpty() || state.version == QStringLiteral("none")) {
        outcome->error = tr("instance %1 has no .version on %2 — is it deployed there?")
                             .arg(m_layout->instanceId(), m_request.target.host);
        return std::nullopt;
    }
    return state;
}

bool UpdateRunner::lockInstance(UpdateOutcome* outcome)
{
    QString detail;
    const DeploymentConnection::Lock lock = lockServer(m_runId, &detail);
    if (lock == DeploymentConnection::Lock::Acquired)
        return true;
    outcome->status = UpdateOutcome::Status::Refused;
    outcome->locked = lock == DeploymentConnection::Lock::Held;
    outcome->error = detail;
    return false;
}

void UpdateRunner::setVariables(const QString& updateId)
{
    m_layout->setRunVariables(
        UpdateVariables::make(*m_layout, {updateId, m_from, m_update.manifest, m_request.profile.webExec,
                                          m_update.rollbackWindowDays}));
}

bool UpdateRunner::runUpdateSteps(const QList<ProvisioningStep>& steps, const QStringList& verified,
                                  int first, int total, UpdateOutcome* outcome)
{
    StepsResult result;
    if (runSteps(steps, m_runId, verified, 5 + 85 * first / qMax(1, total),
                 5 + 85 * (first + int(steps.size())) / qMax(1, total), &result))
        return true;
    outcome->failedStep = result.failedStep;
    outcome->sshErrorKind = result.sshErrorKind;
    outcome->status = result.cancelled ? UpdateOutcome::Status::Cancelled : UpdateOutcome::Status::Failed;
    outcome->error = result.error;
    return false;
}

bool UpdateRunner::healthy(UpdateOutcome* outcome)
{
    outcome->health = runHealthChecks(QString()); // the administrator's password is not kept anywhere
    for (const HealthCheck& c : std::as_const(outcome->health)) {
        if (!c.passed) {
            outcome->failedStep = c.id;
            outcome->error = tr("health check failed: %1 — %2").arg(c.title, c.detail);
            log(outcome->error);
            return false;
        }
    }
    return true;
}

void UpdateRunner::finishUpdate(UpdateOutcome* outcome, const QString& journalStatus)
{
    m_production.conclude(outcome);
    const QString status =
        outcome->status == UpdateOutcome::Status::Failed ? QStringLiteral("failed") : journalStatus;
    outcome->elapsedMs = m_clock.elapsed();
    outcome->error = redact(outcome->error);
    outcome->message = redact(outcome->message);
    releaseServer(m_runId);
    if (m_journal && !m_runId.isEmpty())
        m_journal->finishDeployment(m_runId, status, outcome->error);
    if (!outcome->message.isEmpty())
        log(outcome->message);
}

void UpdateRunner::recordUpdate(UpdateOutcome* outcome, bool rollback)
{
    m_production.conclude(outcome); // before the registry is told
    if (!m_request.recordInRegistry || m_update.instance.uuid.isNull())
        return;
    outcome->elapsedMs = m_clock.elapsed();
    UpdateRecorder recorder(m_request.registry, m_request.outboxPath);
    log(recorder.record(m_update.instance,
                        rollback ? UpdateRecorder::Action::Rollback : UpdateRecorder::Action::Update,
                        *outcome, m_startedAt, m_request.owner, m_notes, m_log.join(u'\n')));
}

void UpdateRunner::revert(UpdateOutcome* outcome, const QString& why)
{
    const QString error = outcome->error;
    log(tr("Rolling back to %1 …").arg(m_from));
    QString stepsError;
    const QList<ProvisioningStep> steps = StepCatalog::revertSteps(&stepsError);
    UpdateOutcome back;
    const bool reverted = !steps.isEmpty() && runUpdateSteps(steps, {}, 0, 1, &back) && healthy(&back);
    outcome->health = back.health;
    outcome->error = error;
    if (!reverted) {
        outcome->status = UpdateOutcome::Status::Failed;
        outcome->message =
            tr("Update to %1 failed at %2, and rolling back to %3 failed too: %4 — the instance "
               "needs attention")
                .arg(outcome->to, why, m_from, back.error.isEmpty() ? stepsError : back.error);
        return;
    }
    outcome->status = UpdateOutcome::Status::RolledBack;
    outcome->message = tr("Update to %1 failed at %2; rolled back to %3").arg(outcome->to, why, m_from);
    UpdateOutcome ignored;
    if (const std::optional<UpdateServerState> state = readServer(&ignored)) {
        if (const std::optional<UpdateServerState::Update> u = state->update(m_runId)) {
            outcome->downtimeMs = u->downtimeMs; // measured by the switch, which stopped the services
            if (u->databaseRestored.isValid()) {
                outcome->databaseRestored = true;
                outcome->message +=
                    tr("; database restored from the backup of %1")
                        .arg(u->created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            }
        }
    }
}

UpdateAvailability UpdateRunner::check(const QList<ReleaseManifest>& releases)
{
    UpdateOutcome outcome;
    UpdateAvailability a;
    m_clock.start();
    if (connectToInstance(&outcome)) {
        if (const std::optional<UpdateServerState> state = readServer(&outcome))
            a = UpdateCheck::evaluate(state->version, releases, m_update.toVersion);
    }
    m_connection->close();
    a.instance = m_update.instance.uuid;
    a.instanceName = m_update.instance.name;
    a.registryVersion = m_update.instance.version;
    if (!outcome.error.isEmpty())
        a.error = redact(outcome.error);
    return a;
}

UpdateOutcome UpdateRunner::stage()
{
    return update(Scope::StageOnly);
}

UpdateOutcome UpdateRunner::apply()
{
    return update(Scope::Everything);
}

UpdateOutcome UpdateRunner::update(Scope scope)
{
    UpdateOutcome o;
    o.to = m_update.toVersion;
    if (!begin(&o, QStringLiteral("update")))
        return o;
    QString error;
    log(tr("Checking the release %1 …").arg(m_update.archivePath));
    const std::optional<UpdateRelease> release =
        UpdateRelease::fromArchive(m_update.archivePath, m_update.checksums, &error, &m_cancel);
    const auto stop = [&](UpdateOutcome::Status status, const QString& text) {
        o.status = status;
        if (!text.isEmpty())
            o.error = text;
        finishUpdate(&o, status == UpdateOutcome::Status::Cancelled ? QStringLiteral("cancelled")
                                                                    : QStringLiteral("failed"));
        return o;
    };
    if (!release)
        return stop(UpdateOutcome::Status::Failed, error);
    if (!m_update.toVersion.isEmpty() &&
        SemanticVersion::parse(m_update.toVersion) != release->manifest.version)
        return stop(UpdateOutcome::Status::Refused,
                    tr("--to %1, but the archive holds release %2 — give the archive of %1")
                        .arg(m_update.toVersion, release->version));
    o.to = release->version;
    m_update.manifest = release->manifest; // the archive's own manifest is the contract
    if (scope == Scope::Everything) {
        const UpdatePolicy::Decision d = UpdatePolicy::decide(m_update.manifest.severity, m_update.approved,
                                                              m_update.forceReason, m_request.owner);
        if (!d.allowed)
            return stop(UpdateOutcome::Status::Refused, d.reason);
        m_notes = d.note;
        if (!m_update.note.isEmpty()) {
            m_notes += QStringLiteral("; ") + m_update.note;
            log(m_update.note);
        }
    }
    if (!connectToInstance(&o))
        return stop(UpdateOutcome::Status::Failed, {});
    m_layout->setRelease(o.to, release->sha256);
    const std::optional<UpdateServerState> state = readServer(&o);
    if (!state)
        return stop(UpdateOutcome::Status::Failed, {});
    const std::optional<UpdateServerState::Update> resumed = state->update(m_runId);
    m_from = resumed ? resumed->from : state->version;
    o.from = m_from;
    if (const QString refusal = UpdateCheck::refusal(o.instanceId, m_from, o.to, m_update.manifest);
        !resumed && !refusal.isEmpty())
        return stop(UpdateOutcome::Status::Refused, refusal);
    if (!lockInstance(&o))
        return stop(UpdateOutcome::Status::Refused, {});
    if (!m_production.start(&o))
        return stop(UpdateOutcome::Status::Failed, {});
    setVariables(m_runId);
    log(tr("Update %1 of %2: %3 → %4 — if it is interrupted, continue it with --resume %1.")
            .arg(m_runId, o.instanceId, m_from, o.to));
    const QList<ProvisioningStep> steps = StepCatalog::updateSteps(&error);
    if (steps.size() != 6)
        return stop(UpdateOutcome::Status::Failed, error);
    const QStringList verified = m_journal->verifiedSteps(m_runId);
    o.backup = QStringLiteral("updates/") + m_runId;
    if (!runUpdateSteps(steps.mid(0, 3), verified, 0, 6, &o)) {
        recordUpdate(&o, false);
        return stop(o.status, {});
    }
    if (scope == Scope::StageOnly) {
        o.status = UpdateOutcome::Status::Staged;
        o.message = tr("Release %1 is staged beside %2 on %3; nothing of the running instance changed.")
                        .arg(o.to, m_from, o.instanceId);
        finishUpdate(&o, QStringLiteral("cancelled")); // resumable: the apply continues this run
        return o;
    }
    if (!runUpdateSteps(steps.mid(3, 1), verified, 3, 6, &o)) {
        recordUpdate(&o, false);
        return stop(o.status, {});
    }
    const bool switched = runUpdateSteps(steps.mid(4, 1), verified, 4, 6, &o);
    if (!switched && o.status == UpdateOutcome::Status::Cancelled)
        return stop(o.status, {}); // the switch goes on on the server; the resume checks and records it
    if (switched && m_cancel)
        return stop(
            UpdateOutcome::Status::Cancelled,
            tr("cancelled after the switch to %1; resume to check its health and record it").arg(o.to));
    if (!switched || !healthy(&o)) {
        QString why = tr("the switch");
        for (const HealthCheck& c : std::as_const(o.health)) {
            if (switched && !c.passed) {
                why = tr("the health check “%1”").arg(c.title);
                break;
            }
        }
        revert(&o, why);
        recordUpdate(&o, false);
        finishUpdate(&o, o.status == UpdateOutcome::Status::RolledBack ? QStringLiteral("rolled-back")
                                                                       : QStringLiteral("failed"));
        return o;
    }
    if (!runUpdateSteps(steps.mid(5, 1), verified, 5, 6, &o)) {
        recordUpdate(&o, false);
        return stop(o.status, {});
    }
    UpdateOutcome ignored;
    if (const std::optional<UpdateServerState> after = readServer(&ignored)) {
        if (const std::optional<UpdateServerState::Update> u = after->update(m_runId)) {
            o.downtimeMs = u->downtimeMs;
            o.backupTime = u->created;
        }
    }
    o.status = UpdateOutcome::Status::Succeeded;
    o.error.clear();
    o.message = tr("Updated %1 from %2 to %3; downtime through nginx %4 ms.")
                    .arg(o.instanceId, m_from, o.to)
                    .arg(o.downtimeMs);
    recordUpdate(&o, false);
    finishUpdate(&o, QStringLiteral("succeeded"));
    emit progress(100, tr("Done"), 0);
    return o;
}

UpdateOutcome UpdateRunner::rollBack()
{
    UpdateOutcome o;
    if (!begin(&o, QStringLiteral("rollback")))
        return o;
    const auto stop = [&](UpdateOutcome::Status status, const QString& text) {
        o.status = status;
        if (!text.isEmpty())
            o.error = text;
        finishUpdate(&o, QStringLiteral("failed"));
        return o;
    };
    if (!connectToInstance(&o))
        return stop(UpdateOutcome::Status::Failed, {});
    const std::optional<UpdateServerState> state = readServer(&o);
    if (!state)
        return stop(UpdateOutcome::Status::Failed, {});
    o.from = state->version;
    const RollbackChoice choice =
        RollbackChoice::choose(*state, o.instanceId, m_update.toVersion, m_update.rollbackWindowDays);
    if (!choice.update)
        return stop(UpdateOutcome::Status::Refused, choice.refusal);
    const UpdateServerState::Update* u = &*choice.update;
    o.to = u->from;
    o.backup = QStringLiteral("updates/") + u->id;
    o.backupTime = u->created;
    if (!lockInstance(&o))
        return stop(UpdateOutcome::Status::Refused, {});
    if (!m_production.start(&o))
        return stop(UpdateOutcome::Status::Failed, {});
    m_from = u->from;
    m_layout->setRelease(u->to, QString());
    setVariables(u->id);
    log(tr("Rolling back %1 from %2 to %3%4.")
            .arg(o.instanceId, o.from, o.to,
                 u->migrated
                     ? tr(", with the database from the backup of %1")
                           .arg(u->created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                     : QString()));
    QString error;
    const QList<ProvisioningStep> steps = StepCatalog::revertSteps(&error);
    if (steps.isEmpty() || !runUpdateSteps(steps, {}, 0, 1, &o) || !healthy(&o)) {
        if (o.status != UpdateOutcome::Status::Cancelled)
            o.status = UpdateOutcome::Status::Failed;
        if (o.error.isEmpty())
            o.error = error;
        recordUpdate(&o, true);
        finishUpdate(&o, o.status == UpdateOutcome::Status::Cancelled ? QStringLiteral("cancelled")
                                                                      : QStringLiteral("failed"));
        return o;
    }
    o.status = UpdateOutcome::Status::Succeeded;
    o.databaseRestored = u->migrated;
    o.message = u->migrated
                    ? tr("Rolled back %1 to %2; database restored from the backup of %3.")
                          .arg(o.instanceId, o.to,
                               u->created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                    : tr("Rolled back %1 to %2.").arg(o.instanceId, o.to);
    recordUpdate(&o, true);
    finishUpdate(&o, QStringLiteral("succeeded"));
    emit progress(100, tr("Done"), 0);
    return o;
}
