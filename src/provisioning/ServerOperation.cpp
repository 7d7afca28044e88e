#include "ServerOperation.h"

#include "DeploymentConnection.h"
#include "DeploymentHealth.h"
#include "DeploymentJournal.h"
#include "DeploymentPhases.h"
#include "ProvisioningLogging.h"
#include "ProvisioningStep.h"
#include "ssh/SshSession.h"

ServerOperation::ServerOperation(DeploymentRequest request, QString leaveHint, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_connection(std::make_unique<DeploymentConnection>(m_request.target, m_redactor))
    , m_context{m_request,
                *m_connection,
                m_layout,
                m_cancel,
                [this](const QString& line) { log(line); },
                [this](int percent, const QString& title, qint64 eta) {
                    emit progress(percent, title, eta);
                }}
    , m_leaveHint(std::move(leaveHint))
{
    for (const QString& secret : {m_request.target.password, m_request.target.passphrase})
        m_redactor.addSecret(secret);
    m_connection->setLineHandler([this](const QString& line) { onRemoteLine(line); });
}

ServerOperation::~ServerOperation()
{
    m_connection.reset();
    m_request.target.wipeSecrets();
}

void ServerOperation::cancel()
{
    const int requests = ++m_cancelRequests;
    m_cancel = true;
    if ((!m_finishingStep && !m_releasing) || requests > 1)
        m_connection->cancel();
}

void ServerOperation::onRemoteLine(const QString& line)
{
    // A step that must finish prints a marker every second, so a waiting cancel is told here.
    if (m_cancel && m_finishingStep && !m_finishingNoticeGiven) {
        m_finishingNoticeGiven = true;
        log(m_leaveHint.arg(m_finishingNotice));
        emit progress(m_lastPercent, m_finishingNotice, -1);
    }
    // Server-side secrets ("::kkt-secret") never get here: DeploymentConnection registers them.
    if (!line.startsWith(QStringLiteral("::kkt-")))
        log(line);
}

void ServerOperation::log(const QString& line)
{
    // A test instance's run says so on every line: it must never be mistaken for production's.
    const QString clean =
        redact(m_request.config.mode == DeploymentMode::Test ? tr("TEST · %1").arg(line) : line);
    qCDebug(lcProvisioning).noquote() << clean;
    m_log << clean;
    if (m_log.size() > 2000)
        m_log.removeFirst();
    emit logLine(clean);
}

void ServerOperation::reportProgress(int percent, const QString& title, qint64 etaSeconds)
{
    m_lastPercent = percent;
    emit progress(percent, title, etaSeconds);
}

bool ServerOperation::openJournal(QString* error)
{
    m_journal = std::make_unique<DeploymentJournal>(m_journalPath);
    return m_journal->open(error);
}

SshError ServerOperation::openConnection()
{
    emit progress(0, tr("Connecting to %1").arg(m_request.target.host), -1);
    return m_connection->open();
}

bool ServerOperation::connectToServer(DeploymentOutcome* outcome)
{
    const SshError error = openConnection();
    if (!error.ok()) {
        outcome->status = DeploymentOutcome::Status::NotConnected;
        outcome->sshErrorKind = error.kind;
        outcome->error = error.message;
        return false;
    }
    outcome->hostKeyFingerprint = m_connection->ssh().hostKey().fingerprint;
    return true;
}

DeploymentConnection::Lock ServerOperation::lockServer(const QString& runId, QString* detail)
{
    return m_connection->acquireLock(*m_layout, runId, m_request.owner, m_request.lockSeconds, detail);
}

bool ServerOperation::acquireLock(const QString& runId, DeploymentOutcome* outcome)
{
    QString detail;
    const DeploymentConnection::Lock lock = lockServer(runId, &detail);
    if (lock == DeploymentConnection::Lock::Acquired)
        return true;
    outcome->status = lock == DeploymentConnection::Lock::Held ? DeploymentOutcome::Status::Locked
                                                               : DeploymentOutcome::Status::Failed;
    outcome->error = detail;
    return false;
}

StepExecutor::Result ServerOperation::execute(StepExecutor& executor, const ProvisioningStep& step)
{
    m_finishingNotice = step.finishingNotice;
    m_finishingNoticeGiven = false;
    m_finishingStep = step.finishBeforeCancel;
    const StepExecutor::Result result = executor.run(step);
    m_finishingStep = false;
    return result;
}

bool ServerOperation::runStepList(const QList<ProvisioningStep>& steps, const QString& runId,
                                  DeploymentOutcome* outcome)
{
    StepsResult result;
    const bool ok = runSteps(steps, runId, {}, DeploymentPhases::end(DeploymentPhase::Connect),
                             DeploymentPhases::start(DeploymentPhase::Health), &result);
    outcome->changedSteps += result.changed;
    outcome->unchangedSteps += result.unchanged;
    if (ok)
        return true;
    outcome->status =
        result.cancelled ? DeploymentOutcome::Status::Cancelled : DeploymentOutcome::Status::Failed;
    outcome->failedStep = result.failedStep;
    outcome->sshErrorKind = result.sshErrorKind;
    outcome->error = result.error;
    return false;
}

bool ServerOperation::runSteps(const QList<ProvisioningStep>& steps, const QString& runId,
                               const QStringList& verified, int fromPercent, int toPercent,
                               StepsResult* outcome)
{
    StepExecutor executor(m_context, *m_journal, runId, [] { return QMap<QString, QString>(); });
    for (int i = 0; i < steps.size(); ++i) {
        const ProvisioningStep& step = steps.at(i);
        if (m_cancel) {
            outcome->cancelled = true;
            outcome->error = tr("cancelled before “%1”").arg(step.title);
            return false;
        }
        reportProgress(fromPercent + (toPercent - fromPercent) * i / int(steps.size()), step.title, -1);
        if (verified.contains(step.id)) {
            log(tr("✔ %1 (verified earlier)").arg(step.title));
            continue;
        }
        emit stepStarted(step.id, step.title);
        log(tr("▶ %1").arg(step.title));
        const StepExecutor::Result result = execute(executor, step);
        emit stepFinished(step.id, result.state);
        if (result.ok) {
            (result.changed ? outcome->changed : outcome->unchanged) += 1;
            continue;
        }
        outcome->failedStep = step.id;
        outcome->sshErrorKind = result.sshErrorKind;
        outcome->cancelled = m_cancel;
        outcome->error = m_cancel ? tr("cancelled during “%1”").arg(step.title) : result.error;
        log(outcome->error);
        return false;
    }
    return true;
}

QList<HealthCheck> ServerOperation::runHealthChecks(const QString& adminPassword, const QString& serverOutput,
                                                    QString* botUsername)
{
    emit progress(DeploymentPhases::start(DeploymentPhase::Health), tr("Health checks"), -1);
    DeploymentHealth health(m_context, adminPassword);
    health.setServerOutput(serverOutput);
    const QList<HealthCheck> checks =
        health.run([this](const HealthCheck& check) { emit healthChecked(check); });
    if (botUsername && !health.botUsername().isEmpty())
        *botUsername = health.botUsername();
    return checks;
}

void ServerOperation::recordInRegistry(DeploymentOutcome* outcome, const QString& runId,
                                       DeploymentRecorder::Action action, const QString& backupName)
{
    if (!m_request.recordInRegistry || outcome->instanceId.isEmpty())
        return;
    emit progress(DeploymentPhases::start(DeploymentPhase::Registry), tr("Registry"), 0);
    outcome->deploymentId = runId;
    DeploymentRecorder recorder(m_request.registry, m_request.outboxPath);
    const DeploymentRecorder::Result result =
        recorder.record(m_request, *outcome, m_startedAt, m_log.join(u'\n'), action, backupName);
    log(result.message);
}

void ServerOperation::finish(DeploymentOutcome* outcome, const QString& runId, const QString& status)
{
    outcome->deploymentId = runId;
    outcome->elapsedMs = m_clock.elapsed();
    outcome->error = redact(outcome->error);
    releaseServer(runId);
    if (m_outcomeHandler)
        m_outcomeHandler(*outcome);
    if (m_journal && !runId.isEmpty())
        m_journal->finishDeployment(runId, status, outcome->error);
}

void ServerOperation::releaseServer(const QString& runId)
{
    // A Ctrl+C now must not cut the release short: the server would stay locked until it expires.
    m_releasing = true;
    if (m_layout)
        m_connection->releaseLock(*m_layout, runId);
    m_releasing = false;
    m_connection->close();
}
