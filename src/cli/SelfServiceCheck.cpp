#include "SelfServiceCheck.h"

#include "registry/DeploymentKey.h"
#include "registry/RegistryTarget.h"
#include "registry/SelfServiceRegistry.h"

ValidationIssues SelfServiceCheck::issues(const DeploymentConfig& config, DeploymentSecrets* secrets)
{
    ValidationIssues issues;
    secrets->deploymentToken = qEnvironmentVariable(deploymentTokenEnv).trimmed();
    // The deployment key: the registry, its login and the token in one.
    if (const QString text = qEnvironmentVariable(deploymentKeyEnv).trimmed(); !text.isEmpty()) {
        DeploymentKey key;
        QString problem;
        if (DeploymentKey::parse(text, &key, &problem)) {
            secrets->deploymentKey = text;
            secrets->deploymentToken = key.token;
            key.wipe();
        } else {
            issues << ValidationIssue{QStringLiteral("deploymentKey"), tr("is not a deployment key"),
                                      tr("copy the whole key again into KKT_DEPLOYMENT_KEY: one line that "
                                         "starts with “kkt1.”")};
            return issues;
        }
    }
    if (secrets->deploymentToken.isEmpty())
        issues << ValidationIssue{QStringLiteral("deploymentToken"),
                                  tr("is required by the self-service edition"),
                                  tr("set KKT_DEPLOYMENT_KEY to the deployment key your support contact gave "
                                     "you")};
    else if (!SelfServiceRegistry::formatProblem(secrets->deploymentToken).isEmpty())
        issues << ValidationIssue{
            QStringLiteral("deploymentToken"), tr("is not a deployment token"),
            tr("copy the whole token again: “kkt_” followed by 43 letters, digits, “-” or "
               "“_”")};
    if (config.mode != DeploymentMode::Production)
        issues << ValidationIssue{QStringLiteral("mode"),
                                  tr("the self-service edition deploys production only"),
                                  tr("set \"mode\": \"production\"")};
    QString note;
    if (secrets->deploymentKey.isEmpty() && !RegistryTarget::configuredWithoutPassword(&note).isPostgres())
        issues << ValidationIssue{QStringLiteral("registry"), tr("no central registry is chosen"),
                                  tr("choose the central registry your support contact named in "
                                     "kkt-deploy-client’s File → Settings… and sign in there")};
    return issues;
}

bool SelfServiceCheck::offers(const QString& command)
{
    static const QStringList offered{QStringLiteral("validate"), QStringLiteral("probe"),
                                     QStringLiteral("plan"), QStringLiteral("deploy")};
    return offered.contains(command);
}
