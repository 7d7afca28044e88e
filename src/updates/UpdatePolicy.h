#pragma once

#include "releases/ReleaseManifest.h"

#include <QCoreApplication>
#include <QString>

// Who may apply an update (design.md: critical forced / major review and approve / minor, patch
// optional). Every update needs the operator's approval for this instance (`--yes`, the review
// dialog's Apply); a critical one may instead be forced without per-instance approval by an
// explicit staff action that states why (`--force-reason TEXT`, the fleet's "Apply critical").
// Use: UpdatePolicy::Decision d = UpdatePolicy::decide(severity, approved, reason);
//      if (!d.allowed) refuse with d.reason;  d.note goes into the history row.
class UpdatePolicy
{
    Q_DECLARE_TR_FUNCTIONS(UpdatePolicy)

public:
    struct Decision
    {
        bool allowed = false;
        QString reason; // why not, naming the fix (user-visible)
        QString note;   // for the history row: "approved by …" / "forced (critical): …"
    };

    static Decision decide(ReleaseManifest::Severity severity, bool approvedForInstance,
                           const QString& forceReason, const QString& who = QString());
};
