#pragma once

#include "DeploymentFigures.h"

#include <QMap>

class DeploymentBenchInputs;

// The Ansible half of bench-deployment: the equivalent playbook (bench/ansible, Debian's
// ansible-core) on a fresh host with the system packages, the same instance ID and values as KKT
// Deploy's deployment, then idempotent re-runs.
class AnsibleDeploymentBench
{
public:
    explicit AnsibleDeploymentBench(DeploymentBenchInputs& inputs)
        : m_in(inputs)
    {}

    bool run(DeploymentFigures* figures, const QString& instanceId, int reruns);

private:
    struct Run
    {
        bool ok = false;
        double wallS = 0;
        int changed = -1;
        QMap<QString, double> taskSeconds;
    };

    Run runPlaybook(const QString& runFile, int index);
    // KKT Deploy's templates in Jinja syntax for the playbook, made from resources/templates on every
    // run so that both tools render the same text: {name} (not after "$", as TextTemplate) becomes
    // {{ name }}, and the final newline is written as an expression because Ansible's template module
    // would otherwise drop the empty last line a blank placeholder leaves.
    static bool convertTemplates(const QString& target, QString* error);

    DeploymentBenchInputs& m_in;
};
