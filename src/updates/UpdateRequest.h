#pragma once

#include "provisioning/DeploymentRequest.h"
#include "registry/InstanceRecord.h"
#include "releases/ReleaseManifest.h"

#include <QDateTime>
#include <QString>

// Everything an update or a manual rollback of one instance needs. No secret: the operator's SSH
// login (ssh-agent / ~/.ssh/config) reaches the server, whose host key must be the one pinned in
// the registry; the server's own .env holds the application's secrets. Use:
//   QString error;
//   UpdateRequest r = UpdateRequest::forInstance(record, &error);   // from Registry::findInstance
//   r.archivePath = …; r.checksums = …; r.toVersion = "1.1.0"; r.manifest = …; r.approved = true;
//   UpdateRunner runner(r); runner.apply();
struct UpdateRequest
{
    // Recorded in the configured registry (RegistryTarget::configuredWithoutPassword), the rollback
    // window from the settings.
    static UpdateRequest forInstance(const InstanceRecord& instance, QString* error);
    // The setting updates/rollbackDays (7 unless set): how long an update may be rolled back.
    static int configuredRollbackDays();

    InstanceRecord instance;
    DeploymentRequest deployment; // target, profile, layout inputs, registry, owner, journal inputs
    QString toVersion;            // the release to update to (manual rollback: the version to return to)
    QString archivePath;          // the release archive on this machine (verified before upload)
    QString checksums;            // checksums.txt, or the archive's SHA-256
    ReleaseManifest manifest;     // the target's manifest (implicitPatch when it has none)
    bool approved = false;        // the operator approved this instance (--yes, Apply in the dialog)
    QString forceReason;          // a critical update forced without per-instance approval: why
    QDateTime applyAt;            // invalid: now; else stage now and apply 4b–f at this time
    int rollbackWindowDays = 7;   // manual rollback is possible this long (setting updates/rollbackDays)
    QString resumeId;             // continue this update instead of starting one
    QString note;                 // added to the history row's notes and the log (a fleet's "fleet wave 2/3")
};
