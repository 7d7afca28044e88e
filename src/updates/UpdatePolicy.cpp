#include "UpdatePolicy.h"

UpdatePolicy::Decision UpdatePolicy::decide(ReleaseManifest::Severity severity, bool approvedForInstance,
                                            const QString& forceReason, const QString& who)
{
    Decision d;
    const QString by = who.isEmpty() ? QString() : tr(" by %1").arg(who);
    if (approvedForInstance) {
        d.allowed = true;
        d.note = tr("approved for this instance%1").arg(by);
        return d;
    }
    if (severity == ReleaseManifest::Severity::Critical) {
        if (forceReason.trimmed().isEmpty()) {
            d.reason = tr("a critical update needs approval for this instance (--yes) or a stated reason to "
                          "force it (--force-reason TEXT)");
            return d;
        }
        d.allowed = true;
        d.note = tr("critical update forced%1: %2").arg(by, forceReason.trimmed());
        return d;
    }
    d.reason =
        forceReason.trimmed().isEmpty()
            ? tr("a %1 update needs approval for this instance — review it and pass --yes")
                  .arg(ReleaseManifest::severityText(severity))
            : tr("only a critical update can be forced without approval; this one is %1 — review it and "
                 "pass --yes")
                  .arg(ReleaseManifest::severityText(severity));
    return d;
}
