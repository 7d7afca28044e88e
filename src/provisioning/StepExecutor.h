#pragma once

#include "DeploymentContext.h"
#include "ProvisioningStep.h"

#include <QCoreApplication>
#include <QMap>

class DeploymentJournal;

// Runs one step of a deployment and journals it: the release upload before its step, the
// Telegram step on this side, every other step as probe, action and verify in one remote script.
class StepExecutor
{
    Q_DECLARE_TR_FUNCTIONS(StepExecutor)

public:
    struct Result
    {
        bool ok = false;
        bool changed = false;
        QString state; // as journalled: changed, unchanged or failed
        QString error; // redacted, user-visible
        int sshErrorKind = 0;
        QString botUsername; // from the Telegram step
    };
    using Secrets = std::function<QMap<QString, QString>()>;

    StepExecutor(const DeploymentContext& context, DeploymentJournal& journal, const QString& deploymentId,
                 Secrets secrets);

    Result run(const ProvisioningStep& step);

private:
    bool uploadRelease(Result* result);
    void runRemote(const ProvisioningStep& step, Result* result, QString* output);

    const DeploymentContext& m_context;
    DeploymentJournal& m_journal;
    QString m_deploymentId;
    Secrets m_secrets;
};
