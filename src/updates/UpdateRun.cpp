#include "UpdateRun.h"

#include "RollbackChoice.h"
#include "UpdateCheck.h"
#include "UpdatePolicy.h"
#include "UpdateRecorder.h"
#include "UpdateRelease.h"
#include "UpdateRunner.h"
#include "UpdateVariables.h"
#include "provisioning/DeploymentConnection.h"
#include "provisioning/DeploymentHealth.h"
#include "provisioning/DeploymentJournal.h"
#include "provisioning/ProvisioningLogging.h"
#include "provisioning/StepCatalog.h"
#include "provisioning/StepExecutor.h"
#include "provisioning/TestWebDetection.h"
#include "ssh/SshSession.h"

#include <QJsonDocument>
#include <QUuid>

UpdateRun::UpdateRun(UpdateRunner& owner, UpdateRequest request)
    : m_owner(owner)
    , m_request(std::move(request))
    , m_connection(std::make_unique<DeploymentConnection>(m_request.deployment.target, m_redactor))
    , m_context{m_request.deployment,
                *m_connection,
                m_layout,
                m_cancel,
                [this](const QString& line) { log(line); },
                [this](int percent, const QString& title, qint64 eta) {
                    emit m_owner.progress(percent, title, eta);
                }}
    , m_production(m_context)
{
    m_request.deployment.archivePath = m_request.archivePath;
    m_request.deployment.checksums = m_request.checksums;
    for (const QString& secret :
         {m_request.deployment.target.password, m_request.deployment.target.passphrase})
        m_redactor.addSecret(secret);
    m_connection->setLineHandler([this](const QString& line) {
        if (m_cancel && m_finishingStep && !m_finishingNotice.isEmpty()) {
            log(tr("%1 Cancel again to leave at once: the step goes on on the server, and the next run waits "
                   "for it.")
                    .arg(m_finishingNotice));
            m_finishingNotice.clear();
        }
        if (!line.startsWith(QStringLiteral("::kkt-")))
            log(line);
    });
}

UpdateRun::~UpdateRun()
{
    m_connection.reset();
    m_request.deployment.target.wipeSecrets();
}

void UpdateRun::cancel()
{
    const int requests = ++m_cancelRequests;
    m_cancel = true;
    if (!m_finishingStep || requests > 1)
        m_connection->cancel();
}

void UpdateRun::log(const QString& line)
{
    const QString clean = m_redactor.redact(
        m_request.deployment.config.mode == DeploymentMode::Test ? tr("TEST · %1").arg(line) : line);
    qCDebug(lcProvisioning).noquote() << clean;
    m_log << clean;
    if (m_log.size() > 2000)
        m_log.removeFirst();
    emit m_owner.logLine(clean);
}

bool UpdateRun::begin(UpdateOutcome* outcome, const QString& kind)
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    outcome->instanceId = m_request.instance.name;
    QString error;
    m_journal = std::make_unique<DeploymentJournal>(m_journalPath);
    if (!m_journal->open(&error)) {
        outcome->error = error;
        return false;
    }
    m_runId = m_request.resumeId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                           : m_request.resumeId;
    outcome->updateId = m_runId;
    QJsonObject record = m_request.deployment.config.toJson();
    record.insert(kind, QJsonObject{{QStringLiteral("instance"),
                                     m_request.instance.uuid.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("to"), m_request.toVersion},
                                    {QStringLiteral("archive"), m_request.archivePath},
                                    {QStringLiteral("checksums"), m_request.checksums}});
    m_journal->startDeployment({m_runId,
                                m_request.instance.name,
                                QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
                                m_request.deployment.target.host,
                                false,
                                {},
                                {},
                                {},
                                {}});
    return true;
}

bool UpdateRun::connect(UpdateOutcome* outcome)
{
    emit m_owner.progress(0, tr("Connecting to %1").arg(m_request.deployment.target.host), -1);
    const SshError error = m_connection->open();
    if (!error.ok()) {
        outcome->sshErrorKind = error.kind;
        outcome->error = error.message;
        return false;
    }
    log(tr("Connected to %1 (host key %2).")
            .arg(m_connection->ssh().resolvedHost(), m_connection->ssh().hostKey().fingerprint));
    // A test instance: under /test/ or test.<domain>, as its server serves it.
    QString webError;
    if (!TestWebDetection::apply(*m_connection, m_request.deployment.profile, &m_request.deployment.config,
                                 &webError)) {
        outcome->error = webError;
        return false;
    }
    const QString instanceId = m_request.instance.instanceNumber.isEmpty()
                                   ? m_request.instance.name
                                   : m_request.instance.instanceNumber;
    m_layout.emplace(m_request.deployment.config, m_request.deployment.profile, instanceId);
    return true;
}

std::optional<UpdateServerState> UpdateRun::readServer(UpdateOutcome* outcome)
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
                             .arg(m_layout->instanceId(), m_request.deployment.target.host);
        return std::nullopt;
    }
    return state;
}

bool UpdateRun::lock(UpdateOutcome* outcome)
{
    QString detail;
    const DeploymentConnection::Lock lock = m_connection->acquireLock(
        *m_layout, m_runId, m_request.deployment.owner, m_request.deployment.lockSeconds, &detail);
    if (lock == DeploymentConnection::Lock::Acquired)
        return true;
    outcome->status = UpdateOutcome::Status::Refused;
    outcome->locked = lock == DeploymentConnection::Lock::Held;
    outcome->error = detail;
    return false;
}

void UpdateRun::setVariables(const QString& updateId)
{
    m_layout->setRunVariables(UpdateVariables::make(*m_layout, {updateId, m_from, m_request.manifest,
                                                                m_request.deployment.profile.webExec,
                                                                m_request.rollbackWindowDays}));
}

bool UpdateRun::runSteps(const QList<ProvisioningStep>& steps, const QStringList& verified, int first,
                         int total, UpdateOutcome* outcome)
{
    StepExecutor executor(m_context, *m_journal, m_runId, [] { return QMap<QString, QString>(); });
    for (int i = 0; i < steps.size(); ++i) {
        const ProvisioningStep& step = steps.at(i);
        if (m_cancel) {
            outcome->status = UpdateOutcome::Status::Cancelled;
            outcome->error = tr("cancelled before “%1”").arg(step.title);
            return false;
        }
        emit m_owner.progress(5 + 85 * (first + i) / qMax(1, total), step.title, -1);
        if (verified.contains(step.id)) {
            log(tr("✔ %1 (verified earlier)").arg(step.title));
            continue;
        }
        emit m_owner.stepStarted(step.id, step.title);
        log(tr("▶ %1").arg(step.title));
        m_finishingNotice = step.finishingNotice;
        m_finishingStep = step.finishBeforeCancel;
        const StepExecutor::Result result = executor.run(step);
        m_finishingStep = false;
        emit m_owner.stepFinished(step.id, result.state);
        if (result.ok)
            continue;
        outcome->failedStep = step.id;
        outcome->sshErrorKind = result.sshErrorKind;
        outcome->status = m_cancel ? UpdateOutcome::Status::Cancelled : UpdateOutcome::Status::Failed;
        outcome->error = m_cancel ? tr("cancelled during “%1”").arg(step.title) : result.error;
        log(outcome->error);
        return false;
    }
    return true;
}

bool UpdateRun::healthy(UpdateOutcome* outcome)
{
    emit m_owner.progress(90, tr("Health checks"), -1);
    const QString noLogin; // the administrator's password is not kept anywhere
    DeploymentHealth health(m_context, noLogin);
    outcome->health = health.run([this](const HealthCheck& check) { emit m_owner.healthChecked(check); });
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

void UpdateRun::finish(UpdateOutcome* outcome, const QString& journalStatus)
{
    m_production.conclude(outcome);
    const QString status =
        outcome->status == UpdateOutcome::Status::Failed ? QStringLiteral("failed") : journalStatus;
    outcome->elapsedMs = m_clock.elapsed();
    outcome->error = m_redactor.redact(outcome->error);
    outcome->message = m_redactor.redact(outcome->message);
    if (m_layout && m_connection->lockHeld())
        m_connection->releaseLock(*m_layout, m_runId);
    if (m_journal && !m_runId.isEmpty())
        m_journal->finishDeployment(m_runId, status, outcome->error);
    m_connection->close();
    if (!outcome->message.isEmpty())
        log(outcome->message);
}

void UpdateRun::record(UpdateOutcome* outcome, bool rollback)
{
    m_production.conclude(outcome); // before the registry is told
    if (!m_request.deployment.recordInRegistry || m_request.instance.uuid.isNull())
        return;
    outcome->elapsedMs = m_clock.elapsed();
    UpdateRecorder recorder(m_request.deployment.registry, m_request.deployment.outboxPath);
    log(recorder.record(m_request.instance,
                        rollback ? UpdateRecorder::Action::Rollback : UpdateRecorder::Action::Update,
                        *outcome, m_startedAt, m_request.deployment.owner, m_notes, m_log.join(u'\n')));
}

void UpdateRun::revert(UpdateOutcome* outcome, const QString& why)
{
    const QString error = outcome->error;
    log(tr("Rolling back to %1 …").arg(m_from));
    QString stepsError;
    const QList<ProvisioningStep> steps = StepCatalog::revertSteps(&stepsError);
    UpdateOutcome back;
    const bool reverted = !steps.isEmpty() && runSteps(steps, {}, 0, 1, &back) && healthy(&back);
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
        if (const std::optional<UpdateServerState::Update> u = state->update(m_runId);
            u && u->databaseRestored.isValid()) {
            outcome->databaseRestored = true;
            outcome->message +=
                tr("; database restored from the backup of %1")
                    .arg(u->created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
    }
}

UpdateAvailability UpdateRun::check(const QList<ReleaseManifest>& releases)
{
    UpdateOutcome outcome;
    UpdateAvailability a;
    m_clock.start();
    if (connect(&outcome)) {
        if (const std::optional<UpdateServerState> state = readServer(&outcome))
            a = UpdateCheck::evaluate(state->version, releases, m_request.toVersion);
    }
    m_connection->close();
    a.instance = m_request.instance.uuid;
    a.instanceName = m_request.instance.name;
    a.registryVersion = m_request.instance.version;
    if (!outcome.error.isEmpty())
        a.error = m_redactor.redact(outcome.error);
    return a;
}

UpdateOutcome UpdateRun::stage()
{
    return update(Scope::StageOnly);
}

UpdateOutcome UpdateRun::apply()
{
    return update(Scope::Everything);
}

UpdateOutcome UpdateRun::update(Scope scope)
{
    UpdateOutcome o;
    o.to = m_request.toVersion;
    if (!begin(&o, QStringLiteral("update")))
        return o;
    QString error;
    log(tr("Checking the release %1 …").arg(m_request.archivePath));
    const std::optional<UpdateRelease> release =
        UpdateRelease::fromArchive(m_request.archivePath, m_request.checksums, &error, &m_cancel);
    const auto stop = [&](UpdateOutcome::Status status, const QString& text) {
        o.status = status;
        if (!text.isEmpty())
            o.error = text;
        finish(&o, status == UpdateOutcome::Status::Cancelled ? QStringLiteral("cancelled")
                                                              : QStringLiteral("failed"));
        return o;
    };
    if (!release)
        return stop(UpdateOutcome::Status::Failed, error);
    if (!m_request.toVersion.isEmpty() &&
        SemanticVersion::parse(m_request.toVersion) != release->manifest.version)
        return stop(UpdateOutcome::Status::Refused,
                    tr("--to %1, but the archive holds release %2 — give the archive of %1")
                        .arg(m_request.toVersion, release->version));
    o.to = release->version;
    m_request.manifest = release->manifest; // the archive's own manifest is the contract
    if (scope == Scope::Everything) {
        const UpdatePolicy::Decision d =
            UpdatePolicy::decide(m_request.manifest.severity, m_request.approved, m_request.forceReason,
                                 m_request.deployment.owner);
        if (!d.allowed)
            return stop(UpdateOutcome::Status::Refused, d.reason);
        m_notes = d.note;
    }
    if (!connect(&o))
        return stop(UpdateOutcome::Status::Failed, {});
    m_layout->setRelease(o.to, release->sha256);
    const std::optional<UpdateServerState> state = readServer(&o);
    if (!state)
        return stop(UpdateOutcome::Status::Failed, {});
    const std::optional<UpdateServerState::Update> resumed = state->update(m_runId);
    m_from = resumed ? resumed->from : state->version;
    o.from = m_from;
    if (const QString refusal = UpdateCheck::refusal(o.instanceId, m_from, o.to, m_request.manifest);
        !resumed && !refusal.isEmpty())
        return stop(UpdateOutcome::Status::Refused, refusal);
    if (!lock(&o))
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
    if (!runSteps(steps.mid(0, 3), verified, 0, 6, &o)) {
        record(&o, false);
        return stop(o.status, {});
    }
    if (scope == Scope::StageOnly) {
        o.status = UpdateOutcome::Status::Staged;
        o.message = tr("Release %1 is staged beside %2 on %3; nothing of the running instance changed.")
                        .arg(o.to, m_from, o.instanceId);
        finish(&o, QStringLiteral("cancelled")); // resumable: the apply continues this run
        return o;
    }
    if (!runSteps(steps.mid(3, 1), verified, 3, 6, &o)) {
        record(&o, false);
        return stop(o.status, {});
    }
    const bool switched = runSteps(steps.mid(4, 1), verified, 4, 6, &o);
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
        record(&o, false);
        finish(&o, o.status == UpdateOutcome::Status::RolledBack ? QStringLiteral("rolled-back")
                                                                 : QStringLiteral("failed"));
        return o;
    }
    if (!runSteps(steps.mid(5, 1), verified, 5, 6, &o)) {
        record(&o, false);
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
    record(&o, false);
    finish(&o, QStringLiteral("succeeded"));
    emit m_owner.progress(100, tr("Done"), 0);
    return o;
}

UpdateOutcome UpdateRun::rollBack()
{
    UpdateOutcome o;
    if (!begin(&o, QStringLiteral("rollback")))
        return o;
    const auto stop = [&](UpdateOutcome::Status status, const QString& text) {
        o.status = status;
        if (!text.isEmpty())
            o.error = text;
        finish(&o, QStringLiteral("failed"));
        return o;
    };
    if (!connect(&o))
        return stop(UpdateOutcome::Status::Failed, {});
    const std::optional<UpdateServerState> state = readServer(&o);
    if (!state)
        return stop(UpdateOutcome::Status::Failed, {});
    o.from = state->version;
    const RollbackChoice choice =
        RollbackChoice::choose(*state, o.instanceId, m_request.toVersion, m_request.rollbackWindowDays);
    if (!choice.update)
        return stop(UpdateOutcome::Status::Refused, choice.refusal);
    const UpdateServerState::Update* u = &*choice.update;
    o.to = u->from;
    o.backup = QStringLiteral("updates/") + u->id;
    o.backupTime = u->created;
    if (!lock(&o))
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
    if (steps.isEmpty() || !runSteps(steps, {}, 0, 1, &o) || !healthy(&o)) {
        if (o.status != UpdateOutcome::Status::Cancelled)
            o.status = UpdateOutcome::Status::Failed;
        if (o.error.isEmpty())
            o.error = error;
        record(&o, true);
        finish(&o, o.status == UpdateOutcome::Status::Cancelled ? QStringLiteral("cancelled")
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
    record(&o, true);
    finish(&o, QStringLiteral("succeeded"));
    emit m_owner.progress(100, tr("Done"), 0);
    return o;
}
