#pragma once

#include "ProvisioningStep.h"

#include <QList>
#include <QPair>
#include <QString>

// Builds the shell scripts sent to the server over SSH standard input: variable assignments
// (secrets among them, so never a command line), the prelude, then the body. Markers starting with
// "::kkt-" in the output tell the client what happened.
class RemoteScript
{
public:
    using Variables = QList<QPair<QString, QString>>;

    static QString quote(const QString& value);
    static QString compose(const Variables& variables, const QString& body);
    // Probe, then action unless the probe says done, then verify. The action of a step that must
    // finish before a cancel runs as a script of its own (with `detachedVariables`, never secrets)
    // in a transient unit on the server that outlives the connection (kkt_detached).
    static QString stepBody(const ProvisioningStep& step, const Variables& detachedVariables = {});
    // Every step's probe in one round trip, for the plan.
    static QString probeAllBody(const QList<ProvisioningStep>& steps);
};
