#include "BackupRestore.h"

#include "DeploymentConnection.h"
#include "DeploymentHealth.h"
#include "DeploymentJournal.h"
#include "DeploymentPhases.h"
#include "ProvisioningLogging.h"
#include "StepCatalog.h"
#include "StepExecutor.h"
#include "StepSequence.h"
#include "ssh/SshSession.h"

#include <QJsonDocument>
#include <QUuid>

BackupRestore::BackupRestore(DeploymentRequest request, QObject* parent)
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
{
    for (const QString& secret : {m_request.target.password, m_request.target.passphrase})
        m_redactor.addSecret(secret);
    m_connection->setLineHandler([this](const QString& line) {
        // A step that finishes first prints a marker every second, so a waiting cancel is told here.
        if (m_cancel && m_finishingStep && !m_finishingNotice.isEmpty()) {
            log(tr("%1 Cancel again to leave at once: the step goes on on the server.")
                    .arg(m_finishingNotice));
            m_finishingNotice.clear();
        }
        if (!line.startsWith(QStringLiteral("::kkt-")))
            log(line);
    });
}

BackupRestore::~BackupRestore()
{
    m_connection.reset();
    m_request.target.wipeSecrets();
}

void BackupRestore::cancel()
{
    // The database swap finishes first; a second cancel leaves at once.
    const int requests = ++m_cancelRequests;
    m_cancel = true;
    if (!m_finishingStep || requests > 1)
        m_connection->cancel();
}

void BackupRestore::log(const QString& line)
{
    const QString clean = m_redactor.redact(line);
    qCDebug(lcProvisioning).noquote() << clean;
    emit logLine(clean);
}

bool BackupRestore::open(const QString& instanceId, DeploymentOutcome* outcome)
{
    m_clock.start();
    outcome->instanceId = instanceId;
    emit progress(0, tr("Connecting to %1").arg(m_request.target.host), -1);
    const SshError error = m_connection->open();
    if (!error.ok()) {
        outcome->status = DeploymentOutcome::Status::NotConnected;
        outcome->sshErrorKind = error.kind;
        outcome->error = error.message;
        return false;
    }
    outcome->hostKeyFingerprint = m_connection->ssh().hostKey().fingerprint;
    m_layout.emplace(m_request.config, m_request.profile, instanceId);
    return true;
}

QList<BackupInfo> BackupRestore::fetch(DeploymentOutcome* outcome)
{
    const DeploymentConnection::Result remote =
        m_connection->run(*m_layout, StepCatalog::script(QStringLiteral("backups")));
    if (!remote.ok) {
        outcome->status = DeploymentOutcome::Status::Failed;
        outcome->sshErrorKind = remote.sshErrorKind;
        outcome->error = remote.failure(5);
        return {};
    }
    QList<BackupInfo> backups;
    for (const QString& line : remote.output.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("::kkt-backup ")))
            continue;
        const QStringList parts = line.mid(13).split(u' ');
        BackupInfo info;
        info.name = parts.value(0);
        info.bytes = parts.value(1).toLongLong();
        info.hasEnv = parts.value(2) == QStringLiteral("env");
        info.createdAt = QDateTime::fromSecsSinceEpoch(parts.value(3).toLongLong(), Qt::UTC);
        backups << info;
    }
    return backups;
}

std::optional<BackupInfo> BackupRestore::choose(const QList<BackupInfo>& backups, const QString& backupName)
{
    for (const BackupInfo& b : backups) {
        if (backupName.isEmpty() ? !b.beforeRestore() : b.name == backupName)
            return b;
    }
    return std::nullopt;
}

QList<BackupInfo> BackupRestore::list(const QString& instanceId, DeploymentOutcome* outcome)
{
    QList<BackupInfo> backups;
    if (open(instanceId, outcome)) {
        backups = fetch(outcome);
        if (outcome->error.isEmpty())
            outcome->status = DeploymentOutcome::Status::Succeeded;
    }
    m_connection->close();
    outcome->error = m_redactor.redact(outcome->error);
    return backups;
}

bool BackupRestore::runSteps(const QList<ProvisioningStep>& steps, DeploymentOutcome* outcome)
{
    StepExecutor executor(m_context, *m_journal, m_runId, [] { return QMap<QString, QString>(); });
    return StepSequence::run(steps, executor, m_cancel, outcome,
                             {[this](int percent, const ProvisioningStep& step) {
                                  emit progress(percent, step.title, -1);
                                  emit stepStarted(step.id, step.title);
                                  m_finishingNotice = step.finishingNotice;
                                  m_finishingStep = step.finishBeforeCancel;
                              },
                              [this](const ProvisioningStep& step, const QString& state) {
                                  m_finishingStep = false;
                                  emit stepFinished(step.id, state);
                              },
                              [this](const QString& line) {
                                  log(line);
                              }});
}

void BackupRestore::finish(DeploymentOutcome* outcome, const QString& status)
{
    outcome->deploymentId = m_runId;
    outcome->elapsedMs = m_clock.elapsed();
    outcome->error = m_redactor.redact(outcome->error);
    if (m_layout && m_connection->lockHeld())
        m_connection->releaseLock(*m_layout, m_runId);
    if (m_journal && !m_runId.isEmpty())
        m_journal->finishDeployment(m_runId, status, outcome->error);
    m_connection->close();
}

DeploymentOutcome BackupRestore::restore(const QString& instanceId, const QString& backupName)
{
    DeploymentOutcome outcome;
    QString error;
    const QList<ProvisioningStep> steps = StepCatalog::restoreSteps(&error);
    m_journal = std::make_unique<DeploymentJournal>(m_journalPath);
    if (steps.isEmpty() || !m_journal->open(&error)) {
        outcome.error = error;
        return outcome;
    }
    if (!open(instanceId, &outcome)) {
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    const QList<BackupInfo> backups = fetch(&outcome);
    const std::optional<BackupInfo> chosen = choose(backups, backupName);
    if (!outcome.error.isEmpty() || !chosen) {
        if (outcome.error.isEmpty())
            outcome.error =
                backupName.isEmpty()
                    ? tr("instance %1 has no backup yet; nothing was changed").arg(instanceId)
                    : tr("instance %1 has no backup “%2”; nothing was changed — kkt-deploy backup "
                         "list --instance %1 shows them")
                          .arg(instanceId, backupName);
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    if (!chosen->hasEnv) {
        outcome.error = tr("backup %1 holds the database only, without the environment file, so it cannot be "
                           "restored whole; choose a newer backup — nothing was changed")
                            .arg(chosen->name);
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    m_layout->setRestoreBackup(chosen->name);
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject record = m_request.config.toJson();
    record.insert(QStringLiteral("restore"), chosen->name);
    m_journal->startDeployment({m_runId,
                                instanceId,
                                QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
                                m_request.target.host,
                                false,
                                {},
                                {},
                                {},
                                {}});
    QString detail;
    const DeploymentConnection::Lock lock =
        m_connection->acquireLock(*m_layout, m_runId, m_request.owner, m_request.lockSeconds, &detail);
    if (lock != DeploymentConnection::Lock::Acquired) {
        outcome.status = lock == DeploymentConnection::Lock::Held ? DeploymentOutcome::Status::Locked
                                                                  : DeploymentOutcome::Status::Failed;
        outcome.error = detail;
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    log(tr("Restoring instance %1 from backup %2 (%3); the data of now is kept as a backup first.")
            .arg(instanceId, chosen->name, chosen->createdAt.toString(Qt::ISODate)));
    if (!runSteps(steps, &outcome)) {
        finish(&outcome, outcome.status == DeploymentOutcome::Status::Cancelled ? QStringLiteral("cancelled")
                                                                                : QStringLiteral("failed"));
        return outcome;
    }
    emit progress(DeploymentPhases::start(DeploymentPhase::Health), tr("Health checks"), -1);
    const QString noLogin; // the administrator's password is not kept anywhere
    DeploymentHealth health(m_context, noLogin);
    outcome.health = health.run([this](const HealthCheck& check) { emit healthChecked(check); });
    const bool healthy = std::all_of(outcome.health.cbegin(), outcome.health.cend(),
                                     [](const HealthCheck& c) { return c.passed; });
    outcome.status = healthy ? DeploymentOutcome::Status::Succeeded : DeploymentOutcome::Status::HealthFailed;
    if (!healthy)
        outcome.error = tr("restored, but a health check fails");
    finish(&outcome, healthy ? QStringLiteral("succeeded") : QStringLiteral("failed"));
    emit progress(100, tr("Done"), 0);
    return outcome;
}
