#include "DeploymentRunner.h"

#include "DeploymentConnection.h"
#include "DeploymentHealth.h"
#include "DeploymentRecorder.h"
#include "DeploymentRelease.h"
#include "ExistingInstanceGuard.h"
#include "InstanceResolver.h"
#include "ProbeBatch.h"
#include "ProductionGuard.h"
#include "ProvisioningLogging.h"
#include "StepCatalog.h"
#include "StepExecutor.h"
#include "TestWebDetection.h"
#include "core/PasswordGenerator.h"
#include "ssh/SshSession.h"

#include <QJsonDocument>
#include <QUuid>

namespace {

bool allPassed(const QList<HealthCheck>& checks)
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const HealthCheck& c) { return c.passed; });
}

} // namespace

DeploymentRunner::DeploymentRunner(DeploymentRequest request, QObject* parent)
    : ServerOperation(std::move(request),
                      tr("%1 Cancel again to leave at once: the step goes on on the server, and the next run "
                         "waits for it and repairs what it left."),
                      parent)
{
    for (const QString& secret :
         {m_request.secrets.botToken, m_request.secrets.adminPassword, m_request.secrets.sshPassword,
          m_request.secrets.keyPassphrase, m_request.secrets.deploymentToken, m_request.tls.keyPem,
          m_request.secrets.deploymentKey, m_request.registry.password})
        m_redactor.addSecret(secret);
    if (m_request.telegramApiBase.isEmpty())
        m_request.telegramApiBase = QUrl(QStringLiteral("https://api.telegram.org"));
    if (m_request.config.mode == DeploymentMode::Test)
        m_productionGuard = std::make_unique<ProductionGuard>(m_context);
}

DeploymentRunner::~DeploymentRunner()
{
    m_request.secrets.wipe();
    m_adminPassword.fill(QChar(u'\0'));
}

QMap<QString, QString> DeploymentRunner::scriptSecrets() const
{
    QString error;
    const QJsonObject admin{{QStringLiteral("username"), m_request.profile.adminUsername},
                            {QStringLiteral("email"), m_request.config.admin.email},
                            {QStringLiteral("full_name"), m_request.config.admin.fullName},
                            {QStringLiteral("role"), QStringLiteral("admin")},
                            {QStringLiteral("password"), m_adminPassword}};
    return {{QStringLiteral("KKT_ENV_CONTENT"), m_layout->renderEnv(m_request.secrets.botToken, &error)},
            {QStringLiteral("KKT_ADMIN_JSON"),
             QString::fromUtf8(QJsonDocument(admin).toJson(QJsonDocument::Compact))},
            {QStringLiteral("KKT_ADMIN_FORCE"), m_forceAdmin ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("KKT_TLS_CERT_CONTENT"), m_request.tls.certificatePem},
            {QStringLiteral("KKT_TLS_KEY_CONTENT"), m_request.tls.keyPem}};
}

void DeploymentRunner::reportProgress(int index, int count, const QString& title)
{
    qint64 etaMs = 0;
    for (int i = index; i < count; ++i) {
        const qint64 typical = m_journal ? m_journal->typicalDurationMs(m_steps.at(i).id) : -1;
        etaMs += typical >= 0 ? typical : 5000;
    }
    ServerOperation::reportProgress(StepCatalog::progressAt(m_steps, index), title, etaMs / 1000);
}

bool DeploymentRunner::prepareRelease(DeploymentOutcome* outcome)
{
    DeploymentRelease release(m_context);
    if (!release.check(outcome)) {
        outcome->error = redact(outcome->error);
        return false;
    }
    m_releaseVersion = release.version();
    m_releaseSha256 = release.sha256();
    return true;
}

bool DeploymentRunner::connectToServer(DeploymentOutcome* outcome)
{
    if (!ServerOperation::connectToServer(outcome))
        return false;
    SshSession& ssh = m_connection->ssh();
    log(tr("Connected to %1 as %2 (host key %3).")
            .arg(ssh.resolvedHost(), ssh.resolvedUser(), outcome->hostKeyFingerprint));
    return true;
}

void DeploymentRunner::emplaceLayout(const QString& instanceId)
{
    m_layout.emplace(m_request.config, m_request.profile, instanceId);
    m_layout->setRelease(m_releaseVersion, m_releaseSha256);
    m_layout->setTelegramApiBase(m_request.telegramApiBase.toString());
    if (!m_request.acmeServer.isEmpty())
        m_layout->setAcmeServer(m_request.acmeServer);
}

bool DeploymentRunner::resolveInstance(DeploymentOutcome* outcome, bool* created)
{
    // A provisional layout knows the state folder, which does not depend on the instance ID.
    emplaceLayout(QStringLiteral("INST-00000000000000"));
    InstanceResolver resolver(m_context, m_journal.get());
    if (!resolver.resolve(m_deploymentId, m_releaseVersion, outcome))
        return false;
    *created = resolver.created();
    if (!resolver.unconfirmed().isEmpty())
        m_existingInstance = resolver.unconfirmed();
    emplaceLayout(resolver.instanceId());
    outcome->instanceId = resolver.instanceId();
    outcome->publicUrl = m_layout->publicUrl();
    return true;
}

bool DeploymentRunner::runStep(const ProvisioningStep& step, DeploymentOutcome* outcome,
                               const ProbeBatch::Result* doneAndVerified)
{
    emit stepStarted(step.id, step.title);
    StepExecutor executor(m_context, *m_journal, m_deploymentId, [this] { return scriptSecrets(); });
    StepExecutor::Result result;
    if (doneAndVerified) {
        log(tr("✔ %1 (already done, checked now)").arg(step.title));
        result = executor.recordDone(step, *doneAndVerified);
    } else {
        log(tr("▶ %1").arg(step.title));
        result = execute(executor, step);
    }
    if (!result.botUsername.isEmpty())
        outcome->botUsername = result.botUsername;
    if (result.ok) {
        (result.changed ? outcome->changedSteps : outcome->unchangedSteps) += 1;
    } else {
        outcome->failedStep = step.id;
        outcome->error = result.error;
        outcome->sshErrorKind = result.sshErrorKind;
        if (m_cancel) {
            outcome->status = DeploymentOutcome::Status::Cancelled;
            outcome->error =
                step.finishBeforeCancel && m_cancelRequests > 1
                    ? tr("left during “%1”, which goes on on the server (%2); the next run waits for it and "
                         "repairs the server")
                          .arg(step.title, step.unitName())
                    : tr("cancelled during “%1”").arg(step.title);
        }
        log(outcome->error);
    }
    emit stepFinished(step.id, result.state);
    return result.ok;
}

bool DeploymentRunner::runSteps(const QStringList& verified, DeploymentOutcome* outcome)
{
    const auto verifiedEarlier = [&](const ProvisioningStep& step) {
        // Conditions of the moment (locks, cloud-init, ports) are never "verified earlier".
        return verified.contains(step.id) && !step.recheckAlways &&
               !(step.id == QStringLiteral("app.admin") && m_forceAdmin);
    };
    // Every remaining step's probe (with the verify of each that says done) and the server's health
    // checks in one round trip, as pyinfra gathers facts. Its answers stand until a step changes
    // something: a re-run of a deployed server needs no other script for its steps or its health.
    QList<ProvisioningStep> pending;
    for (const ProvisioningStep& step : std::as_const(m_steps)) {
        if (!verifiedEarlier(step))
            pending << step;
    }
    const DeploymentConnection::Result batch = m_connection->run(
        *m_layout, ProbeBatch::body(pending, StepCatalog::script(QStringLiteral("health"))), scriptSecrets());
    const QMap<QString, ProbeBatch::Result> probed =
        batch.ok ? ProbeBatch::parse(batch.output) : QMap<QString, ProbeBatch::Result>();
    bool nothingChanged = batch.ok;
    m_batchHealth.clear();
    for (int i = 0; i < m_steps.size(); ++i) {
        const ProvisioningStep& step = m_steps.at(i);
        reportProgress(i, int(m_steps.size()), step.title);
        if (m_cancel) {
            outcome->status = DeploymentOutcome::Status::Cancelled;
            outcome->error = tr("cancelled before “%1”").arg(step.title);
            return false;
        }
        if (verifiedEarlier(step)) {
            log(tr("✔ %1 (verified earlier)").arg(step.title));
            continue;
        }
        const auto known = probed.constFind(step.id);
        const bool done = nothingChanged && known != probed.cend() && known->doneAndVerified();
        if (!done && known != probed.cend())
            qCDebug(lcProvisioning).noquote()
                << step.id << "runs: the batch found it" << known->state << known->reason
                << (known->verified ? "" : known->verifyDetail) << (nothingChanged ? "" : "(after a change)");
        const int changedBefore = outcome->changedSteps;
        if (!runStep(step, outcome, done ? &*known : nullptr)) {
            if (outcome->status != DeploymentOutcome::Status::Cancelled)
                outcome->status = DeploymentOutcome::Status::Failed;
            return false;
        }
        nothingChanged = nothingChanged && outcome->changedSteps == changedBefore;
    }
    if (nothingChanged)
        m_batchHealth = batch.output; // the server is as the batch saw it
    return true;
}

void DeploymentRunner::runHealthChecks(DeploymentOutcome* outcome)
{
    outcome->health += ServerOperation::runHealthChecks(m_adminPassword, m_batchHealth, &m_botUsername);
}

void DeploymentRunner::concludeProduction(DeploymentOutcome* outcome)
{
    if (m_productionGuard)
        m_productionGuard->conclude(outcome, [this](const QJsonObject& c) { emit productionChecked(c); });
}

void DeploymentRunner::finish(DeploymentOutcome* outcome, const QString& status)
{
    concludeProduction(outcome);
    // A run whose test deployment changed production failed, whatever its steps did.
    ServerOperation::finish(
        outcome, m_deploymentId,
        status == QStringLiteral("succeeded") && !outcome->succeeded() ? QStringLiteral("failed") : status);
}

void DeploymentRunner::recordInRegistry(DeploymentOutcome* outcome, DeploymentRecorder::Action action)
{
    concludeProduction(outcome); // the registry hears whether production stayed as it was
    ServerOperation::recordInRegistry(outcome, m_deploymentId, action);
}

DeploymentOutcome DeploymentRunner::deploy()
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    DeploymentOutcome outcome;
    outcome.adminEmail = m_request.config.admin.email;
    outcome.adminUsername = m_request.profile.adminUsername;
    QString error;
    m_steps = StepCatalog::steps(m_request.config, &error);
    if (m_steps.isEmpty() || !openJournal(&error)) {
        outcome.error = error;
        return outcome;
    }
    QStringList verified;
    if (!m_request.resumeId.isEmpty()) {
        const DeploymentJournal::Deployment previous = m_journal->deployment(m_request.resumeId);
        if (previous.id.isEmpty()) {
            outcome.error = tr("there is no deployment %1 in the journal %2 to resume")
                                .arg(m_request.resumeId, DeploymentJournal::defaultPath());
            return outcome;
        }
        m_deploymentId = previous.id;
        verified = m_journal->verifiedSteps(m_deploymentId);
        log(tr("Resuming deployment %1: %n step(s) already verified.", nullptr, int(verified.size()))
                .arg(m_deploymentId));
    } else {
        m_deploymentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    outcome.deploymentId = m_deploymentId;
    log(tr("Deployment %1 — if it is interrupted, continue it with --resume %1 or from the Deploy tab.")
            .arg(m_deploymentId));
    // Journalled before anything else, so that a run killed while it connects is found to resume.
    const DeploymentJournal::Deployment previous = m_journal->deployment(m_deploymentId);
    DeploymentJournal::Deployment record;
    record.id = m_deploymentId;
    record.instanceId = previous.instanceId;
    record.configJson =
        QString::fromUtf8(QJsonDocument(m_request.config.toJson()).toJson(QJsonDocument::Compact));
    record.host = m_request.config.server.host;
    record.createdInstance = previous.createdInstance;
    // Failed server checks the operator accepted stay accepted when the deployment is resumed.
    if (m_request.acceptedChecks.isEmpty())
        m_request.acceptedChecks = previous.acceptedChecks;
    record.acceptedChecks = m_request.acceptedChecks;
    m_journal->startDeployment(record);

    // A new run that fails before it holds the server changed nothing: nothing to resume. One
    // cancelled there is still there to resume, as every interrupted run is.
    const auto stopBeforeStart = [&] {
        if (m_cancel) {
            outcome.status = DeploymentOutcome::Status::Cancelled;
            outcome.error = tr("cancelled before the deployment changed anything");
        }
        finish(&outcome, m_cancel                ? QStringLiteral("cancelled")
                         : previous.id.isEmpty() ? QStringLiteral("not-started")
                                                 : QStringLiteral("failed"));
        return outcome;
    };
    // Self-service: the token is redeemed for this server before anything on it changes.
    if (!m_request.secrets.deploymentToken.isEmpty() &&
        !DeploymentRecorder::claimSelfService(m_request, &outcome.error))
        return stopBeforeStart();
    bool created = false;
    if (!prepareRelease(&outcome) || !connectToServer(&outcome) || !resolveInstance(&outcome, &created))
        return stopBeforeStart();
    const bool createdByThisDeployment = created || previous.createdInstance;
    if (!createdByThisDeployment && m_request.config.mode == DeploymentMode::Production)
        outcome.error =
            ExistingInstanceGuard::refusal(*m_journal, m_request.config.server.host, outcome.instanceId,
                                           m_layout->domain(), m_request.confirmedInstance);
    if (!outcome.error.isEmpty())
        return stopBeforeStart();
    outcome.createdInstance = createdByThisDeployment;
    if (!acquireLock(m_deploymentId, &outcome))
        return stopBeforeStart();
    // Only a run that holds the server claims the instance: one refused by the lock may have drawn
    // the same INST- number (the same second) and must never be taken for its creator.
    m_journal->setInstance(m_deploymentId, outcome.instanceId, createdByThisDeployment);
    if (m_productionGuard &&
        !m_productionGuard->start(&outcome, [this](const QJsonObject& c) { emit productionChecked(c); })) {
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }

    // The administrator's password: set once, by the deployment that creates the instance.
    if (createdByThisDeployment) {
        m_adminPassword =
            m_request.config.admin.passwordMode == PasswordMode::Typed
                ? m_request.secrets.adminPassword
                : (m_request.secrets.adminPassword.isEmpty() ? PasswordGenerator::adminPassword()
                                                             : m_request.secrets.adminPassword);
        m_redactor.addSecret(m_adminPassword);
        // A resumed deployment may have lost the password it generated before: set it again.
        m_forceAdmin = !m_request.resumeId.isEmpty();
        outcome.adminPassword = m_adminPassword;
    } else {
        log(tr("The administrator's password stays as it was set when the instance was created."));
    }

    outcome.status = DeploymentOutcome::Status::Failed;
    if (!runSteps(verified, &outcome)) {
        const bool cancelled = outcome.status == DeploymentOutcome::Status::Cancelled;
        if (!outcome.failedStep.isEmpty())
            recordInRegistry(&outcome);
        finish(&outcome, cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"));
        return outcome;
    }
    reportProgress(int(m_steps.size()), int(m_steps.size()), tr("Health checks"));
    runHealthChecks(&outcome);
    if (!allPassed(outcome.health) && m_cancel) {
        // Checks cut short by Cancel say nothing about the instance: the run was cancelled, and a
        // resume checks again.
        outcome.status = DeploymentOutcome::Status::Cancelled;
        outcome.error = tr("cancelled during the health checks");
        finish(&outcome, QStringLiteral("cancelled"));
        return outcome;
    }
    if (!allPassed(outcome.health)) {
        outcome.status = DeploymentOutcome::Status::HealthFailed;
        for (const HealthCheck& c : std::as_const(outcome.health)) {
            if (!c.passed) {
                outcome.error = tr("health check failed: %1 — %2").arg(c.title, c.detail);
                break;
            }
        }
        recordInRegistry(&outcome);
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    if (outcome.botUsername.isEmpty())
        outcome.botUsername = m_botUsername;
    outcome.status = DeploymentOutcome::Status::Succeeded;
    recordInRegistry(&outcome);
    finish(&outcome, QStringLiteral("succeeded"));
    emit progress(100, tr("Done"), 0);
    return outcome;
}

QList<PlanItem> DeploymentRunner::plan(QString* error)
{
    DeploymentOutcome outcome;
    m_steps = StepCatalog::steps(m_request.config, error);
    if (m_steps.isEmpty() || !openJournal(error))
        return {};
    bool created = false;
    if (!prepareRelease(&outcome) || !connectToServer(&outcome) || !resolveInstance(&outcome, &created)) {
        *error = outcome.error;
        m_planStatus = outcome.status;
        m_planSshError = outcome.sshErrorKind;
        return {};
    }
    // The release's payload profile says which systems and which Python will do.
    SshError factsError;
    const QString unfit =
        ServerFacts::failures(ServerFacts::collect(m_connection->ssh(), QString(),
                                                   m_request.profile.serverRequirements(), &factsError),
                              {QStringLiteral("os"), QStringLiteral("python")});
    if (!unfit.isEmpty()) {
        *error = tr("this server cannot run the release: %1").arg(unfit);
        m_connection->close();
        return {};
    }
    const DeploymentConnection::Result remote =
        m_connection->run(*m_layout, ProbeBatch::body(m_steps), scriptSecrets());
    m_connection->close();
    if (!remote.ok) {
        *error = remote.failure(5);
        return {};
    }
    const QMap<QString, ProbeBatch::Result> probed = ProbeBatch::parse(remote.output);
    QList<PlanItem> items;
    for (const ProvisioningStep& step : std::as_const(m_steps))
        items << ProbeBatch::planItem(step, probed);
    return items;
}

DeploymentOutcome DeploymentRunner::rollBack(const QString& deploymentId)
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    DeploymentOutcome outcome;
    QString error;
    if (!openJournal(&error)) {
        outcome.error = error;
        return outcome;
    }
    const DeploymentJournal::Deployment d = m_journal->deployment(deploymentId);
    if (d.id.isEmpty() || !d.createdInstance || d.instanceId.isEmpty()) {
        outcome.error = d.id.isEmpty()
                            ? tr("there is no deployment %1 in the journal").arg(deploymentId)
                            : tr("deployment %1 did not create instance %2, so rolling it back would "
                                 "remove something it did not make; nothing was changed")
                                  .arg(deploymentId, d.instanceId);
        return outcome;
    }
    m_deploymentId = deploymentId;
    if (!connectToServer(&outcome)) {
        outcome.deploymentId = deploymentId;
        return outcome;
    }
    emplaceLayout(d.instanceId);
    outcome.instanceId = d.instanceId;
    if (!acquireLock(m_deploymentId, &outcome)) {
        finish(&outcome, d.status);
        return outcome;
    }
    log(tr("Rolling back deployment %1: removing instance %2 …").arg(deploymentId, d.instanceId));
    const DeploymentConnection::Result remote =
        m_connection->run(*m_layout, StepCatalog::script(QStringLiteral("rollback")));
    if (!remote.ok) {
        outcome.status = DeploymentOutcome::Status::Failed;
        outcome.error = remote.failure(5);
        recordInRegistry(&outcome, DeploymentRecorder::Action::RollBack);
        finish(&outcome, d.status);
        return outcome;
    }
    outcome.status = DeploymentOutcome::Status::Succeeded;
    log(tr("Instance %1 is removed from the server.").arg(d.instanceId));
    recordInRegistry(&outcome, DeploymentRecorder::Action::RollBack);
    finish(&outcome, QStringLiteral("rolled-back"));
    return outcome;
}

DeploymentOutcome DeploymentRunner::checkHealth(const QString& instanceId)
{
    m_clock.start();
    DeploymentOutcome outcome;
    outcome.instanceId = instanceId;
    if (!connectToServer(&outcome))
        return outcome;
    if (QString e; !TestWebDetection::apply(*m_connection, m_request.profile, &m_request.config, &e))
        log(e); // a test instance is checked where it is served: /test/ or test.<domain>
    emplaceLayout(instanceId);
    runHealthChecks(&outcome);
    m_connection->close();
    outcome.status = allPassed(outcome.health) ? DeploymentOutcome::Status::Succeeded
                                               : DeploymentOutcome::Status::HealthFailed;
    outcome.elapsedMs = m_clock.elapsed();
    return outcome;
}
