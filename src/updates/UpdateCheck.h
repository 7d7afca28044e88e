#pragma once

#include "UpdateAvailability.h"
#include "releases/ReleaseManifest.h"

#include <QCoreApplication>
#include <QList>

// The logic of an update check, without any I/O: given the version an instance runs and the
// releases known (each with its manifest, or ReleaseManifest::implicitPatch when it has none),
// which release it updates to and what that means. Use:
//   UpdateAvailability a = UpdateCheck::evaluate(QStringLiteral("1.0.0"), releases);      // newest
//   UpdateAvailability b = UpdateCheck::evaluate(QStringLiteral("1.0.0"), releases, "1.1.0"); // --to
class UpdateCheck
{
    Q_DECLARE_TR_FUNCTIONS(UpdateCheck)

public:
    // The estimate shown before an update with a migration (stop, migrate, switch, start).
    static constexpr qint64 migrationDowntimeEstimateMs = 5000;

    // `target` empty: the newest stable release newer than `current` (pre-releases only when
    // `current` is one). A target older than or equal to `current`, or unknown, sets `refusal`.
    static UpdateAvailability evaluate(const QString& current, const QList<ReleaseManifest>& releases,
                                       const QString& target = QString());
    // Why release `target` (manifest `to`) cannot be applied onto instance `instanceId` running
    // `from` (the same version, a newer one, one below its minimum_version); empty when it can.
    static QString refusal(const QString& instanceId, const QString& from, const QString& target,
                           const ReleaseManifest& to);
};
