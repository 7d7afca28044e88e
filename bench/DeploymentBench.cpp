// KKT Deploy against an equivalent Ansible playbook (bench/ansible, Debian's ansible-core), each on
// a fresh systemd-nspawn Debian 12 host that already has the system packages:
//   1. full deployment of the sample release: wall time, and net of the apt and pip steps;
//   2. SSH connections opened during it (from the host's sshd log);
//   3. idempotent re-run: median wall time of 3 (and proof it changed nothing);
//   4. the instance answers /health through nginx after each full deployment.
// Only one systemd host may run on the machine at a time: the two run one after the other, and
// every exit path (return, error, SIGINT/SIGTERM/SIGHUP) halts the host that is up.
// Usage: KKT_SOURCE_DIR=… KKT_BINARY_DIR=… bench-deployment [RERUNS] [--kkt-only]   (defaults compiled
// in); --kkt-only leaves Ansible out (for a quick look at KKT Deploy's own figures while working).
#include "AnsibleDeploymentBench.h"
#include "BenchHost.h"
#include "DeploymentBenchInputs.h"
#include "KktDeploymentBench.h"
#include "support/SystemdHost.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    BenchHost::prepareProcess(KKT_DEFAULT_SOURCE_DIR, KKT_DEFAULT_BINARY_DIR);
    int reruns = 3;
    bool kktOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--kkt-only") == 0)
            kktOnly = true;
        else
            reruns = std::max(1, std::atoi(argv[i]));
    }

    DeploymentBenchInputs inputs;
    QString error;
    if (!inputs.prepare(&error)) {
        say(error);
        return 1;
    }
    // Both tools back to back under the same load: the machine-wide host lock for the whole run, so
    // that no other host slips in between (and no other host's work loads the machine meanwhile).
    say(QStringLiteral("waiting for the machine-wide host lock …"));
    if (!SystemdHost::holdMachineLock(&error)) {
        say(error);
        return 1;
    }
    DeploymentFigures kkt, ansible;
    QString instanceId;
    if (!KktDeploymentBench(inputs).run(&kkt, &instanceId, reruns))
        return 1;
    if (kktOnly) {
        std::printf("KKT Deploy only: full deployment %.2f s, idempotent re-run median of %d %.2f s (%s)\n",
                    kkt.fullS, reruns, kkt.rerunMedianS(), qPrintable(kkt.rerunChanges));
        return kkt.healthy ? 0 : 1;
    }
    if (!AnsibleDeploymentBench(inputs).run(&ansible, instanceId, reruns))
        return 1;

    DeploymentFigures::printComparison(kkt, ansible, reruns);
    const bool ok = kkt.healthy && ansible.healthy;
    return ok ? 0 : 1;
}
