#include "RollbackChoice.h"

RollbackChoice RollbackChoice::choose(const UpdateServerState& state, const QString& instance,
                                      const QString& toVersion, int windowDays, const QDateTime& now)
{
    RollbackChoice c;
    const std::optional<UpdateServerState::Update> u = state.lastApplied();
    const auto at = [](const QDateTime& t) {
        return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    if (!u)
        c.refusal =
            tr("instance %1 runs %2, and no update to it is kept on the server: there is nothing to roll "
               "back to")
                .arg(instance, state.version);
    else if (!toVersion.isEmpty() && toVersion != u->from)
        c.refusal = tr("--to %1: only the release before this one (%2) is kept to roll back to")
                        .arg(toVersion, u->from);
    else if (u->created.addDays(windowDays) < now)
        c.refusal =
            tr("the rollback window has passed: the update to %1 was made on %2 and could be rolled back "
               "for %n day(s), until %3",
               nullptr, windowDays)
                .arg(u->to, at(u->created), at(u->created.addDays(windowDays)));
    else if (u->migrated && !u->rollbackSupported)
        c.refusal =
            tr("release %1 migrated the database and its manifest says rollback_supported: false").arg(u->to);
    else if (!state.releases.contains(u->from))
        c.refusal = tr("release %1 is no longer on the server, so it cannot be rolled back to").arg(u->from);
    else
        c.update = u;
    return c;
}
