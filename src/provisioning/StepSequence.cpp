#include "StepSequence.h"

#include "DeploymentPhases.h"

bool StepSequence::run(const QList<ProvisioningStep>& steps, StepExecutor& executor,
                       const std::atomic_bool& cancel, DeploymentOutcome* outcome, const Hooks& hooks)
{
    const int from = DeploymentPhases::end(DeploymentPhase::Connect);
    const int to = DeploymentPhases::start(DeploymentPhase::Health);
    for (int i = 0; i < steps.size(); ++i) {
        const ProvisioningStep& step = steps.at(i);
        if (cancel) {
            outcome->status = DeploymentOutcome::Status::Cancelled;
            outcome->error = tr("cancelled before “%1”").arg(step.title);
            return false;
        }
        hooks.starting(from + (to - from) * i / int(steps.size()), step);
        hooks.log(tr("▶ %1").arg(step.title));
        const StepExecutor::Result result = executor.run(step);
        hooks.finished(step, result.state);
        if (result.ok) {
            (result.changed ? outcome->changedSteps : outcome->unchangedSteps) += 1;
            continue;
        }
        outcome->failedStep = step.id;
        outcome->sshErrorKind = result.sshErrorKind;
        outcome->status = cancel ? DeploymentOutcome::Status::Cancelled : DeploymentOutcome::Status::Failed;
        outcome->error = cancel ? tr("cancelled during “%1”").arg(step.title) : result.error;
        hooks.log(outcome->error);
        return false;
    }
    return true;
}
