#pragma once

#include "releases/ReleaseManifest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUuid>

// What an update check found for one instance: the version the server runs (its `.version`, the
// truth) against the newest release it can take. Produced by UpdateCheck::evaluate() (pure logic)
// and UpdateChecker (over SSH, for one instance or all); shown by `update check` and the Updates
// tab. Use: `if (a.updateAvailable() && a.refusal.isEmpty()) …apply…`; a.toJson() for --json.
struct UpdateAvailability
{
    Q_DECLARE_TR_FUNCTIONS(UpdateAvailability)

public:
    QUuid instance;           // the registry's instance UUID
    QString instanceName;     // e.g. INST-20261129120000 or the name in the registry
    QString current;          // the server's .version (empty when unreachable)
    QString registryVersion;  // what the registry said before the check (corrected when different)
    QString available;        // the newest release it can update to; empty when up to date
    ReleaseManifest manifest; // of `available` (severity, changelog, migration, rollback)
    // The most urgent severity of every release between current (excluded) and available.
    ReleaseManifest::Severity severity = ReleaseManifest::Severity::Patch;
    bool migration = false;         // a release on the way migrates the database
    bool rollbackSupported = true;  // every release on the way can be rolled back
    qint64 estimatedDowntimeMs = 0; // 0: the switch is expected without a failed request
    QString refusal;                // why it cannot update (minimum_version…), user-visible
    QString error;                  // why the check failed (SSH…), user-visible

    bool updateAvailable() const { return !available.isEmpty(); }
    // "no interruption expected" / "about 5 s", translated.
    QString downtimeText() const;
    QJsonObject toJson() const;
};
