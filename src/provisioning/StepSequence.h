#pragma once

#include "DeploymentOutcome.h"
#include "ProvisioningStep.h"
#include "StepExecutor.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

// A fixed list of steps (a restore, a test instance's removal) run in order by one StepExecutor:
// cancel checked between steps, progress from the Connect phase's end to the Health phase's start,
// each step's outcome counted; the first failure (or cancel) ends it with the outcome saying why.
class StepSequence
{
    Q_DECLARE_TR_FUNCTIONS(StepSequence)

public:
    struct Hooks
    {
        std::function<void(int percent, const ProvisioningStep& step)> starting; // before the step runs
        std::function<void(const ProvisioningStep& step, const QString& state)> finished;
        std::function<void(const QString& line)> log;
    };

    static bool run(const QList<ProvisioningStep>& steps, StepExecutor& executor,
                    const std::atomic_bool& cancel, DeploymentOutcome* outcome, const Hooks& hooks);
};
