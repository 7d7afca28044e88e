#include "TestInstanceRemoval.h"

#include "DeploymentConnection.h"
#include "DeploymentJournal.h"
#include "DeploymentRecorder.h"
#include "ProductionGuard.h"
#include "StepCatalog.h"
#include "ssh/SshSession.h"

#include <QJsonDocument>
#include <QUuid>

TestInstanceRemoval::TestInstanceRemoval(DeploymentRequest request, QObject* parent)
    : ServerOperation(std::move(request),
                      tr("%1 Cancel again to leave at once: the step goes on on the server."), parent)
    , m_guard(std::make_unique<ProductionGuard>(m_context))
{}

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

TestInstanceRemoval::~TestInstanceRemoval() = default;

void TestInstanceRemoval::finish(DeploymentOutcome* outcome, const QString& status, bool record)
{
    if (m_guard->hasBefore())
        m_guard->conclude(outcome, [this](const QJsonObject& c) { emit productionChecked(c); });
    ServerOperation::finish(outcome, m_runId, outcome->succeeded() ? status : QStringLiteral("failed"));
    if (record)
        recordInRegistry(outcome, m_runId, DeploymentRecorder::Action::RemoveTestInstance);
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
    if (!openJournal(&error)) {
        outcome.error = error;
        return outcome;
    }
    if (!connectToServer(&outcome))
        return outcome;
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
    if (!acquireLock(m_runId, &outcome)) {
        finish(&outcome, QStringLiteral("failed"), false); // nothing was done: no history row
        return outcome;
    }
    log(tr("Removing test instance %1 from %2; production stays as it is.")
            .arg(instanceId, m_request.target.host));
    if (!m_guard->start(&outcome, [this](const QJsonObject& c) { emit productionChecked(c); })) {
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    const QList<ProvisioningStep> steps = StepCatalog::removalSteps(&error);
    if (steps.isEmpty())
        outcome.error = error;
    if (steps.isEmpty() || !runStepList(steps, m_runId, &outcome)) {
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    outcome.status = DeploymentOutcome::Status::Succeeded;
    log(tr("Test instance %1 is removed from the server.").arg(instanceId));
    finish(&outcome, QStringLiteral("removed"));
    emit progress(100, tr("Done"), 0);
    return outcome;
}
