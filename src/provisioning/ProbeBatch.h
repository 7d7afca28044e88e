#pragma once

#include "PlanItem.h"
#include "ProvisioningStep.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// Every step's read-only probe in one remote script, as pyinfra gathers facts in batches: one
// round trip for a plan, or for the whole of an idempotent re-run. A probe that says "done" is
// followed in the same script by the step's verify, so "done" here always means that the step
// would pass as it is; each step reports how long its probe and verify took (::kkt-took, ms).
// Being read-only, the steps' checks run side by side on the server.
class ProbeBatch
{
    Q_DECLARE_TR_FUNCTIONS(ProbeBatch)

public:
    struct Result
    {
        QString state; // done, change or unknown (a missing or failed probe is unknown)
        QString reason;
        bool verified = false;
        QString verifyDetail; // the failing verify's last line
        int tookMs = -1;

        // Nothing to do, and the verify passes: the step can be reported unchanged without running.
        bool doneAndVerified() const { return state == QStringLiteral("done") && verified; }
    };

    // The script body; `after` (for example the health checks) runs in a subshell at the end.
    static QString body(const QList<ProvisioningStep>& steps, const QString& after = QString());
    static QMap<QString, Result> parse(const QString& output);
    // What the plan shows: steps checked on the client say so; a probe that says done while the
    // verify fails is not shown as done (the step would fail, and the plan says why).
    static PlanItem planItem(const ProvisioningStep& step, const QMap<QString, Result>& results);
};
