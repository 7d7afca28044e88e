#include "UpdateRecorder.h"

#include "core/Redactor.h"
#include "registry/LogExcerpt.h"
#include "registry/Outbox.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"

namespace {

const QUuid operationNamespace(QStringLiteral("{0b7f6c1e-5b1d-4d8e-9f77-3f0c2d7b4e21}"));

} // namespace

UpdateRecorder::UpdateRecorder(RegistryTarget target, QString outboxPath)
    : m_target(std::move(target))
    , m_outboxPath(outboxPath.isEmpty() ? Outbox::defaultPath() : std::move(outboxPath))
{}

QString UpdateRecorder::record(InstanceRecord instance, Action action, const UpdateOutcome& outcome,
                               const QDateTime& startedAt, const QString& initiatedBy, const QString& notes,
                               const QString& log)
{
    QString error;
    m_target.loadPassword(&error);
    error.clear();
    Registry registry(m_target);
    if (!m_target.isPostgres()) {
        QSqlDatabase db = registry.database(&error);
        if (db.isValid())
            SchemaMigrator(m_target.kind).migrate(db, nullptr, &error);
    }
    const bool online = error.isEmpty() && registry.open(&error);
    Outbox outbox(m_outboxPath);

    const bool succeeded = outcome.status == UpdateOutcome::Status::Succeeded;
    // What the server runs now: the target when it worked, else what it runs again.
    const QString runs = succeeded || outcome.reachedTarget ? outcome.to : outcome.from;
    if (!runs.isEmpty()) {
        instance.version = runs;
        if (!instance.appFolder.isEmpty())
            instance.releaseFolder = instance.appFolder + QStringLiteral("/releases/") + runs;
        instance.status = QStringLiteral("active");
        instance.lastHealthCheck = QDateTime::currentDateTimeUtc();
        if (!outbox.enqueue(instance, &error))
            return tr("the registry record could not be queued: %1").arg(error);
    }
    HistoryRecord history;
    history.operation = QUuid::createUuidV5(operationNamespace,
                                            outcome.updateId + u'/' + startedAt.toString(Qt::ISODateWithMs));
    history.instance = instance.uuid;
    history.action = action == Action::Update ? QStringLiteral("update") : QStringLiteral("rollback");
    history.fromVersion = outcome.from;
    history.toVersion = outcome.to;
    history.initiatedBy = initiatedBy;
    history.startedAt = startedAt;
    history.completedAt = QDateTime::currentDateTimeUtc();
    history.status = succeeded ? QStringLiteral("success") : QStringLiteral("failed");
    history.errorLog = Redactor::redactPatterns(outcome.error);
    history.notes = outcome.message.isEmpty() ? notes : outcome.message + QStringLiteral("; ") + notes;
    if (instance.mode == QStringLiteral("test"))
        history.notes = tr("TEST instance — %1").arg(history.notes);
    history.logExcerpt = LogExcerpt::make(log, {});
    history.durationMs = outcome.elapsedMs;
    history.downtimeMs = outcome.downtimeMs;
    if (!outbox.enqueue(history, &error))
        return tr("the registry record could not be queued: %1").arg(error);
    int pending = 0;
    if (online) {
        pending = outbox.flush(registry).pending;
    } else {
        pending = outbox.pending();
    }
    return pending == 0
               ? tr("Recorded in the registry %1.").arg(m_target.display())
               : tr("The registry %1 cannot be reached (%2); %n record(s) wait in the outbox and are "
                    "sent when it can.",
                    nullptr, pending)
                     .arg(m_target.display(), error);
}
