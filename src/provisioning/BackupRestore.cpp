#include "BackupRestore.h"

#include "DeploymentConnection.h"
#include "DeploymentHealth.h"
#include "DeploymentJournal.h"
#include "DeploymentPhases.h"
#include "ProvisioningLogging.h"
#include "StepCatalog.h"
#include "StepExecutor.h"
#include "ssh/SshSession.h"

#include <QJsonDocument>
#include <QUuid>

BackupRestore::BackupRestore(DeploymentRequest request, QObject* parent)
    : ServerOperation(std::move(request),
                      tr("%1 Cancel again to leave at once: the step goes on on the server."), parent)
{}

bool BackupRestore::open(const QString& instanceId, DeploymentOutcome* outcome)
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    outcome->instanceId = instanceId;
    if (!connectToServer(outcome))
        return false;
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
    outcome->error = redact(outcome->error);
    return backups;
}

DeploymentOutcome BackupRestore::restore(const QString& instanceId, const QString& backupName)
{
    DeploymentOutcome outcome;
    QString error;
    const QList<ProvisioningStep> steps = StepCatalog::restoreSteps(&error);
    if (steps.isEmpty() || !openJournal(&error)) {
        outcome.error = error;
        return outcome;
    }
    if (!open(instanceId, &outcome)) {
        finish(&outcome, m_runId, QStringLiteral("failed"));
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
        finish(&outcome, m_runId, QStringLiteral("failed"));
        return outcome;
    }
    if (!chosen->hasEnv) {
        outcome.error = tr("backup %1 holds the database only, without the environment file, so it cannot be "
                           "restored whole; choose a newer backup — nothing was changed")
                            .arg(chosen->name);
        finish(&outcome, m_runId, QStringLiteral("failed"));
        return outcome;
    }
    m_layout->setRestoreBackup(chosen->name);
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject record = m_request.config.toJson();
    record.insert(QStringLiteral("restore"), chosen->name);
    DeploymentJournal::Deployment run;
    run.id = m_runId;
    run.instanceId = instanceId;
    run.configJson = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
    run.host = m_request.target.host;
    m_journal->startDeployment(run);
    if (!acquireLock(m_runId, &outcome)) {
        finish(&outcome, m_runId, QStringLiteral("failed"));
        return outcome;
    }
    log(tr("Restoring instance %1 from backup %2 (%3); the data of now is kept as a backup first.")
            .arg(instanceId, chosen->name, chosen->createdAt.toString(Qt::ISODate)));
    if (!runStepList(steps, m_runId, &outcome)) {
        if (outcome.status != DeploymentOutcome::Status::Cancelled)
            recordInRegistry(&outcome, m_runId, DeploymentRecorder::Action::Restore, chosen->name);
        finish(&outcome, m_runId,
               outcome.status == DeploymentOutcome::Status::Cancelled ? QStringLiteral("cancelled")
                                                                      : QStringLiteral("failed"));
        return outcome;
    }
    const QString noLogin; // the administrator's password is not kept anywhere
    outcome.health = runHealthChecks(noLogin);
    const bool healthy = std::all_of(outcome.health.cbegin(), outcome.health.cend(),
                                     [](const HealthCheck& c) { return c.passed; });
    outcome.status = healthy ? DeploymentOutcome::Status::Succeeded : DeploymentOutcome::Status::HealthFailed;
    if (!healthy)
        outcome.error = tr("restored, but a health check fails");
    recordInRegistry(&outcome, m_runId, DeploymentRecorder::Action::Restore, chosen->name);
    finish(&outcome, m_runId, healthy ? QStringLiteral("succeeded") : QStringLiteral("failed"));
    emit progress(100, tr("Done"), 0);
    return outcome;
}
