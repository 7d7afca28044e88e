#include "TestInstanceRemoval.h"

#include "DeploymentConnection.h"
#include "DeploymentJournal.h"
#include "DeploymentPhases.h"
#include "DeploymentRecorder.h"
#include "ProductionGuard.h"
#include "ProvisioningLogging.h"
#include "StepCatalog.h"
#include "StepExecutor.h"
#include "StepSequence.h"
#include "ssh/SshSession.h"

#include <QJsonDocument>
#include <QUuid>

TestInstanceRemoval::TestInstanceRemoval(DeploymentRequest request, QObject* parent)
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
        if (!line.startsWith(QStringLiteral("::kkt-")))
            log(line);
    });
    m_guard = std::make_unique<ProductionGuard>(m_context);
}

void TestInstanceRemoval::complete(const InstanceRecord& instance, const RegistryTarget& registry,
                                   DeploymentRequest* request)
{
    DeploymentConfig& c = request->config;
    c.admin.company = instance.company;
    c.admin.email = instance.adminEmail;
    c.admin.phone = instance.adminPhone;
    c.telegram.adminIds.clear();
    for (const QString& id : instance.telegramAdminIds.split(u',', Qt::SkipEmptyParts))
        c.telegram.adminIds << id.toLongLong();
    request->registry = registry;
    request->recordInRegistry = true;
}

TestInstanceRemoval::~TestInstanceRemoval()
{
    m_connection.reset();
    m_request.target.wipeSecrets();
}

void TestInstanceRemoval::cancel()
{
    m_cancel = true;
    m_connection->cancel();
}

void TestInstanceRemoval::log(const QString& line)
{
    const QString clean = m_redactor.redact(tr("TEST · %1").arg(line));
    qCDebug(lcProvisioning).noquote() << clean;
    m_log << clean;
    emit logLine(clean);
}

bool TestInstanceRemoval::runSteps(DeploymentOutcome* outcome)
{
    QString error;
    const QList<ProvisioningStep> steps = StepCatalog::removalSteps(&error);
    if (steps.isEmpty()) {
        outcome->error = error;
        return false;
    }
    StepExecutor executor(m_context, *m_journal, m_runId, [] { return QMap<QString, QString>(); });
    return StepSequence::run(
        steps, executor, m_cancel, outcome,
        {[this](int percent, const ProvisioningStep& step) {
             emit progress(percent, step.title, -1);
             emit stepStarted(step.id, step.title);
         },
         [this](const ProvisioningStep& step, const QString& state) { emit stepFinished(step.id, state); },
         [this](const QString& line) {
             log(line);
         }});
}

void TestInstanceRemoval::finish(DeploymentOutcome* outcome, const QString& status)
{
    if (m_guard->hasBefore())
        m_guard->conclude(outcome, [this](const QJsonObject& c) { emit productionChecked(c); });
    outcome->deploymentId = m_runId;
    outcome->elapsedMs = m_clock.elapsed();
    outcome->error = m_redactor.redact(outcome->error);
    if (m_layout && m_connection->lockHeld())
        m_connection->releaseLock(*m_layout, m_runId);
    if (m_journal && !m_runId.isEmpty())
        m_journal->finishDeployment(m_runId, outcome->succeeded() ? status : QStringLiteral("failed"),
                                    outcome->error);
    m_connection->close();
    if (m_request.recordInRegistry && !m_runId.isEmpty()) {
        DeploymentRecorder recorder(m_request.registry, m_request.outboxPath);
        log(recorder
                .record(m_request, *outcome, m_startedAt, m_log.join(u'\n'),
                        DeploymentRecorder::Action::RemoveTestInstance)
                .message);
    }
}

DeploymentOutcome TestInstanceRemoval::remove(const QString& instanceId)
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    DeploymentOutcome outcome;
    outcome.instanceId = instanceId;
    QString error;
    if (m_request.config.mode != DeploymentMode::Test) {
        outcome.error = tr("%1 is a production instance; only a test instance is removed this way, and "
                           "nothing was changed")
                            .arg(instanceId);
        return outcome;
    }
    m_journal = std::make_unique<DeploymentJournal>(m_journalPath);
    if (!m_journal->open(&error)) {
        outcome.error = error;
        return outcome;
    }
    emit progress(0, tr("Connecting to %1").arg(m_request.target.host), -1);
    if (const SshError ssh = m_connection->open(); !ssh.ok()) {
        outcome.status = DeploymentOutcome::Status::NotConnected;
        outcome.sshErrorKind = ssh.kind;
        outcome.error = ssh.message;
        return outcome;
    }
    outcome.hostKeyFingerprint = m_connection->ssh().hostKey().fingerprint;
    m_layout.emplace(m_request.config, m_request.profile, instanceId);
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject record = m_request.config.toJson();
    record.insert(QStringLiteral("removeTestInstance"), instanceId);
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
        m_runId.clear(); // nothing was done: no history row
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    log(tr("Removing test instance %1 from %2; production stays as it is.")
            .arg(instanceId, m_request.target.host));
    if (!m_guard->start(&outcome, [this](const QJsonObject& c) { emit productionChecked(c); })) {
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    if (!runSteps(&outcome)) {
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    outcome.status = DeploymentOutcome::Status::Succeeded;
    log(tr("Test instance %1 is removed from the server.").arg(instanceId));
    finish(&outcome, QStringLiteral("removed"));
    emit progress(100, tr("Done"), 0);
    return outcome;
}
