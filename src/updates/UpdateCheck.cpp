#include "UpdateCheck.h"

#include <algorithm>

UpdateAvailability UpdateCheck::evaluate(const QString& current, const QList<ReleaseManifest>& releases,
                                         const QString& target)
{
    UpdateAvailability a;
    a.current = current;
    const std::optional<SemanticVersion> installed = SemanticVersion::parse(current);
    if (!installed) {
        a.error = tr("the server's .version “%1” is not a version — deploy the instance again").arg(current);
        return a;
    }
    QList<ReleaseManifest> newer;
    for (const ReleaseManifest& m : releases) {
        if (m.version && *m.version > *installed && (!m.version->isPreRelease() || installed->isPreRelease()))
            newer << m;
    }
    std::sort(newer.begin(), newer.end(),
              [](const ReleaseManifest& x, const ReleaseManifest& y) { return *x.version < *y.version; });
    const ReleaseManifest* chosen = nullptr;
    if (target.isEmpty()) {
        if (newer.isEmpty())
            return a; // up to date
        chosen = &newer.last();
    } else {
        const std::optional<SemanticVersion> wanted = SemanticVersion::parse(target);
        if (!wanted) {
            a.refusal = tr("--to: “%1” is not a version — give one like 1.1.0").arg(target);
            return a;
        }
        if (*wanted <= *installed) {
            a.refusal = tr("the instance runs %1, so %2 is no update — use kkt-deploy rollback to go back")
                            .arg(current, wanted->toString());
            return a;
        }
        for (const ReleaseManifest& m : newer) {
            if (*m.version == *wanted)
                chosen = &m;
        }
        if (!chosen) {
            for (const ReleaseManifest& m : releases) {
                if (m.version && *m.version == *wanted)
                    chosen = &m;
            }
        }
        if (!chosen) {
            a.refusal = tr("release %1 is not known — check the version, or give --archive and --checksums")
                            .arg(wanted->toString());
            return a;
        }
    }
    a.available = chosen->version->toString();
    a.manifest = *chosen;
    // Everything between the installed version and the target is applied at once: the most urgent
    // severity, any migration and any release that cannot be rolled back count.
    for (const ReleaseManifest& m : std::as_const(newer)) {
        if (*m.version > *chosen->version)
            break;
        a.severity = std::max(a.severity, m.severity);
        a.migration = a.migration || m.databaseMigration;
        a.rollbackSupported = a.rollbackSupported && m.rollbackSupported;
    }
    if (newer.isEmpty()) { // a pre-release target from a stable instance
        a.severity = chosen->severity;
        a.migration = chosen->databaseMigration;
        a.rollbackSupported = chosen->rollbackSupported;
    }
    a.estimatedDowntimeMs = a.migration ? migrationDowntimeEstimateMs : 0;
    if (!chosen->updatesFrom(*installed))
        a.refusal = tr("%1 updates only from %2 on, and the instance runs %3 — update to %2 first")
                        .arg(a.available, chosen->minimumVersion->toString(), current);
    return a;
}

QString UpdateCheck::refusal(const QString& instanceId, const QString& from, const QString& target,
                             const ReleaseManifest& to)
{
    const std::optional<SemanticVersion> running = SemanticVersion::parse(from);
    if (from == target)
        return tr("instance %1 already runs %2").arg(instanceId, target);
    if (running && to.version && *running > *to.version)
        return tr("instance %1 runs %2, newer than %3 — use kkt-deploy rollback to go back")
            .arg(instanceId, from, target);
    if (running && !to.updatesFrom(*running))
        return tr("%1 updates only from %2 on, and the instance runs %3 — update to %2 first")
            .arg(target, to.minimumVersion->toString(), from);
    return {};
}
