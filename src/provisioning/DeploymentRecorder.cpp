#include "DeploymentRecorder.h"

#include "core/Redactor.h"
#include "registry/LogExcerpt.h"
#include "registry/Outbox.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "registry/SealedBox.h"
#include "registry/SelfServiceOutbox.h"
#include "registry/SelfServiceRegistry.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QUuid instanceNamespace(QStringLiteral("{6f1c3c52-8d0e-4a51-9d43-2b0e8f7b9a10}"));

QString joined(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

// What the configuration says about the instance: its server, company and administrator.
InstanceRecord configuredInstance(const DeploymentConfig& c)
{
    InstanceRecord r;
    r.company = c.admin.company;
    r.ip = c.server.host;
    r.domain = c.server.domain;
    r.adminEmail = c.admin.email;
    r.adminPhone = c.admin.phone;
    r.telegramAdminIds = joined(c.telegram.adminIds);
    r.sshHost = c.server.host;
    r.sshPort = c.server.port;
    r.sshUser = c.server.user;
    return r;
}

} // namespace

DeploymentRecorder::DeploymentRecorder(RegistryTarget target, QString outboxPath)
    : m_target(std::move(target))
    , m_outboxPath(outboxPath.isEmpty() ? Outbox::defaultPath() : std::move(outboxPath))
{}

QString DeploymentRecorder::removedStatus()
{
    // Migration 005 adds it to the production CHECK constraint (active, inactive, error).
    return QStringLiteral("removed");
}

QUuid DeploymentRecorder::instanceUuid(const QString& host, const QString& instanceId)
{
    return QUuid::createUuidV5(instanceNamespace, host + u'/' + instanceId);
}

bool DeploymentRecorder::claimSelfService(const DeploymentRequest& request, QString* error)
{
    RegistryTarget target = request.registry;
    target.loadPassword(error);
    error->clear();
    const DeploymentConfig& c = request.config;
    const QString& token = request.secrets.deploymentToken;
    InstanceRecord claimed = configuredInstance(c);
    claimed.uuid = SelfServiceRegistry::instanceUuid(c.server.host, token);
    claimed.name = c.server.domain.isEmpty() ? c.server.host : c.server.domain; // until it has its INST- ID
    claimed.status = QStringLiteral("error");                                   // nothing deployed yet
    return SelfServiceRegistry(target).redeem(token, claimed, error);
}

DeploymentRecorder::Result DeploymentRecorder::record(const DeploymentRequest& request,
                                                      const DeploymentOutcome& outcome,
                                                      const QDateTime& startedAt, const QString& log,
                                                      Action action, const QString& backupName)
{
    Result result;
    const bool restore = action == Action::Restore;
    const bool rollBack = action != Action::Deploy && !restore;
    const DeploymentConfig& c = request.config;
    const QUuid instance = instanceUuid(c.server.host, outcome.instanceId);
    QString error;
    // The password is read here, on the runner's thread, never on the GUI's; a keychain that
    // cannot be read shows as the connection's error below.
    m_target.loadPassword(&error);
    error.clear();
    Registry registry(m_target);
    if (!m_target.isPostgres()) {
        // The embedded registry is KKT Deploy's own: created and migrated on first use.
        QSqlDatabase db = registry.database(&error);
        if (db.isValid())
            SchemaMigrator(m_target.kind).migrate(db, nullptr, &error);
    }
    // Self-service: the token's functions only; the role cannot read the schema version.
    const QString& token = request.secrets.deploymentToken;
    SelfServiceRegistry own(m_target);
    const bool online = !token.isEmpty() || (error.isEmpty() && registry.open(&error));
    Outbox outbox(m_outboxPath);
    // Self-service results wait beside it, per deployment key, and go through the token's functions.
    SelfServiceOutbox ownOutbox(request.secrets.deploymentKey.isEmpty() ? token
                                                                        : request.secrets.deploymentKey,
                                QFileInfo(m_outboxPath).absolutePath());
    const auto send = [&](const auto& write) {
        return token.isEmpty() ? outbox.enqueue(write, &error) : ownOutbox.enqueue(write, &error);
    };

    // A failed first deployment still leaves an instance behind (to resume or roll back): it is
    // recorded with the status "error" so that its history has a home.
    // A roll-back that worked leaves an instance that is gone from its server: kept, not active.
    if (!restore && (rollBack ? outcome.succeeded() : (outcome.succeeded() || outcome.createdInstance))) {
        InstanceRecord record = configuredInstance(c);
        record.uuid = instance;
        record.name = outcome.instanceId;
        record.version = outcome.version;
        record.status = rollBack              ? removedStatus()
                        : outcome.succeeded() ? QStringLiteral("active")
                                              : QStringLiteral("error");
        record.hostKeyFingerprint = outcome.hostKeyFingerprint;
        record.mode = jsonName(c.mode);
        record.webPort = c.mode == DeploymentMode::Test ? request.profile.test.webPort
                                                        : request.profile.production.webPort;
        record.appFolder =
            c.mode == DeploymentMode::Test ? request.profile.test.appDir : request.profile.production.appDir;
        record.dbName = QString(c.mode == DeploymentMode::Test ? request.profile.test.database
                                                               : request.profile.production.database)
                            .replace(QStringLiteral("{instanceNumber}"), outcome.instanceId.mid(5).toLower());
        record.botUsername = outcome.botUsername;
        record.instanceNumber = outcome.instanceId;
        record.payloadProfile = c.profile;
        record.profileVersion = request.profile.name;
        if (!outcome.version.isEmpty())
            record.releaseFolder = record.appFolder + QStringLiteral("/releases/") + outcome.version;
        if (rollBack) {
            record.version.clear(); // nothing is deployed any more
        } else if (outcome.succeeded()) {
            record.deployedAt = QDateTime::currentDateTimeUtc();
            record.lastHealthCheck = record.deployedAt;
        } else {
            record.version.clear(); // nothing is deployed yet
        }
        // The credentials are sealed for the key holders; a run that did not set them leaves the
        // stored ones as they are.
        if (!rollBack && outcome.succeeded() && !outcome.adminPassword.isEmpty()) {
            const QByteArray publicKey = !token.isEmpty() ? own.publicKey(&error)
                                         : online         ? registry.publicKey(&error)
                                                          : QByteArray();
            if (!publicKey.isEmpty()) {
                QByteArray plain =
                    QJsonDocument(QJsonObject{{QStringLiteral("username"), outcome.adminUsername},
                                              {QStringLiteral("email"), c.admin.email},
                                              {QStringLiteral("password"), outcome.adminPassword}})
                        .toJson(QJsonDocument::Compact);
                record.sealedCredentials = QString::fromLatin1(SealedBox::seal(plain, publicKey).toBase64());
                SealedBox::wipe(plain);
                result.sealed = true;
            }
        }
        if (!send(record)) {
            result.message = tr("the registry record could not be queued: %1").arg(error);
            return result;
        }
    }

    HistoryRecord history;
    // One operation per attempt: a retried write of the same attempt is recognised by this UUID.
    history.operation = QUuid::createUuidV5(instanceNamespace, outcome.deploymentId + u'/' +
                                                                   startedAt.toString(Qt::ISODateWithMs));
    history.instance = instance;
    history.action = action == Action::RemoveTestInstance ? QStringLiteral("remove")
                     : rollBack                           ? QStringLiteral("rollback")
                     : restore                            ? QStringLiteral("restore")
                                                          : QStringLiteral("deploy");
    history.toVersion = rollBack || restore ? QString() : outcome.version;
    history.initiatedBy = request.owner;
    history.startedAt = startedAt;
    history.completedAt = QDateTime::currentDateTimeUtc();
    history.status = outcome.succeeded() ? QStringLiteral("success") : QStringLiteral("failed");
    history.errorLog = Redactor::redactPatterns(outcome.error);
    history.notes = rollBack ? tr("roll-back of deployment %1: the instance is removed from the server")
                                   .arg(outcome.deploymentId)
                    : restore ? tr("restore %1 of backup %2").arg(outcome.deploymentId, backupName)
                              : tr("deployment %1").arg(outcome.deploymentId);
    if (action == Action::RemoveTestInstance)
        history.notes =
            tr("removal %1 of the test instance: it is gone from the server").arg(outcome.deploymentId);
    if (c.mode == DeploymentMode::Test)
        history.notes = tr("TEST instance — %1").arg(history.notes);
    if (!request.acceptedChecks.isEmpty())
        history.notes += QStringLiteral("; ") + tr("failed server checks accepted by the operator: %1")
                                                    .arg(request.acceptedChecks.join(QStringLiteral("; ")));
    history.logExcerpt = LogExcerpt::make(log, {request.secrets.botToken, outcome.adminPassword,
                                                request.secrets.sshPassword, request.secrets.keyPassphrase});
    if (!send(history)) {
        result.message = tr("the registry record could not be queued: %1").arg(error);
        return result;
    }
    result.queued = true;
    if (!token.isEmpty()) {
        const Outbox::FlushResult flushed = ownOutbox.flush();
        result.sent = flushed.sent;
        result.pending = flushed.pending;
        result.message =
            flushed.pending == 0
                ? tr("Recorded in the registry %1 with the deployment token.").arg(m_target.display())
                : tr("The registry %1 cannot be reached (%2); %n record(s) of this deployment are kept on "
                     "this "
                     "computer and sent when KKT Deploy Client starts next.",
                     nullptr, flushed.pending)
                      .arg(m_target.display(), flushed.error);
        return result;
    }
    if (online) {
        const Outbox::FlushResult flushed = outbox.flush(registry);
        result.sent = flushed.sent;
        result.pending = flushed.pending;
    } else {
        result.pending = outbox.pending();
    }
    result.message =
        result.pending == 0
            ? tr("Recorded in the registry %1.").arg(m_target.display())
            : tr("The registry %1 cannot be reached (%2); %n record(s) wait in the outbox and are sent "
                 "when it can.",
                 nullptr, result.pending)
                  .arg(m_target.display(), error);
    if (!rollBack && outcome.succeeded() && !outcome.adminPassword.isEmpty() && !result.sealed)
        result.message +=
            u' ' + tr("The administrator's credentials were not stored: the registry has no public "
                      "key (kkt-deploy registry keys init) or could not be reached.");
    return result;
}
