#pragma once

#include "UpdateServerState.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

// Which update a manual rollback undoes, or why none can be: the newest update that brought the
// instance to the version it runs, within the rollback window, its previous release still on the
// server, and not a migration whose manifest says rollback_supported: false. Pure logic.
struct RollbackChoice
{
    Q_DECLARE_TR_FUNCTIONS(RollbackChoice)

public:
    std::optional<UpdateServerState::Update> update; // set when it can be rolled back
    QString refusal;                                 // else why not, user-visible

    static RollbackChoice choose(const UpdateServerState& state, const QString& instance,
                                 const QString& toVersion, int windowDays,
                                 const QDateTime& now = QDateTime::currentDateTimeUtc());
};
