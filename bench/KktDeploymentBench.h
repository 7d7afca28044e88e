#pragma once

#include "DeploymentFigures.h"
#include "provisioning/DeploymentRunner.h"

class DeploymentBenchInputs;
class DeploymentJournal;
class SystemdHost;

// KKT Deploy's half of bench-deployment: a fresh host with the system packages, the full deployment
// of the sample release (its apt and pip steps from the journal), then idempotent re-runs, the last
// one's timeline and step times on stderr.
class KktDeploymentBench
{
public:
    explicit KktDeploymentBench(DeploymentBenchInputs& inputs)
        : m_in(inputs)
    {}

    // Fills `figures` and the deployed instance's ID; the host halts before it returns.
    bool run(DeploymentFigures* figures, QString* instanceId, int reruns);

private:
    struct Run
    {
        DeploymentOutcome outcome;
        double wallS = 0;
        QStringList timeline; // "<ms since start>  <log line>": where the time of the run went
    };

    DeploymentRequest request(SystemdHost& host) const;
    // The deployment in a worker thread (as the GUI runs it) while this thread serves Telegram.
    Run deploy(SystemdHost& host);
    // Each step's time in a re-run as the journal has it: for a step found done, its probe and verify
    // in the batch (they run side by side, so these overlap and do not add up to the wall time).
    static void sayStepTimes(DeploymentJournal& journal, const QString& deploymentId);

    DeploymentBenchInputs& m_in;
    QString m_knownHosts;
};
