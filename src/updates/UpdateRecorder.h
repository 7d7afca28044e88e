#pragma once

#include "UpdateOutcome.h"
#include "registry/InstanceRecord.h"
#include "registry/RegistryTarget.h"

#include <QCoreApplication>
#include <QDateTime>

// Records an update or a rollback in the registry, through the outbox (exactly once, later when
// the registry cannot be reached): an `update` or `rollback` history row with from and to
// versions, duration, measured downtime and status, and the instance's version and release folder.
// The production status column knows success and failed only: a rolled-back update is `failed`,
// its notes say it was rolled back.
class UpdateRecorder
{
    Q_DECLARE_TR_FUNCTIONS(UpdateRecorder)

public:
    enum class Action
    {
        Update,
        Rollback
    };

    UpdateRecorder(RegistryTarget target, QString outboxPath = QString());

    // A message for the log: recorded, or waiting in the outbox.
    QString record(InstanceRecord instance, Action action, const UpdateOutcome& outcome,
                   const QDateTime& startedAt, const QString& initiatedBy, const QString& notes,
                   const QString& log);

private:
    RegistryTarget m_target;
    QString m_outboxPath;
};
