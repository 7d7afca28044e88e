#pragma once

#include "provisioning/HealthCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// How an update, a staging or a manual rollback ended. `toJson()` is the command line's --json
// summary: {"status": "succeeded"|"rolled_back"|"failed"|…, "from", "to", "downtimeMs", "backup", …}.
struct UpdateOutcome
{
    Q_DECLARE_TR_FUNCTIONS(UpdateOutcome)

public:
    enum class Status
    {
        Succeeded,  // the instance runs `to`, healthy
        RolledBack, // failed from the switch on and rolled back automatically: runs `from`, healthy
        Failed,     // failed (before the switch nothing changed; or the rollback failed too)
        Cancelled,  // interrupted by the operator: resumable (--resume ID)
        Refused,    // policy, window, minimum_version, lock, same version: nothing was changed
        Staged      // stage only (--at): the release is ready beside the running one
    };

    Status status = Status::Failed;
    QString updateId; // the journal's run id (resume with it)
    QString instanceId;
    QString from;
    QString to;
    qint64 downtimeMs = -1; // measured between the first and the last moment /health failed to be served
    QString backup;         // the backup's name on the server (shared/backups/updates/<name>)
    QDateTime backupTime;
    bool databaseRestored = false;
    QString failedStep;
    QString error;   // redacted, user-visible
    QString message; // the plain summary: "Update to 1.2.0 failed at …; rolled back to 1.1.0; …"
    int sshErrorKind = 0;
    bool locked = false; // refused: another deployment or update holds the server's lock
    QList<HealthCheck> health;
    qint64 elapsedMs = 0;
    QJsonObject production;     // a test instance's run: production before and after (ProductionSnapshot)
    bool reachedTarget = false; // failed only because production changed: the instance runs `to`

    static QString statusName(Status status); // succeeded, rolled_back, failed, cancelled, refused, staged
    QJsonObject toJson() const;
};
