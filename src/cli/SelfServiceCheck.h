#pragma once

#include "core/DeploymentConfig.h"
#include "core/DeploymentSecrets.h"
#include "core/ValidationIssue.h"

#include <QCoreApplication>

// The self-service edition's command line: a deployment needs the one-time token
// ($KKT_DEPLOYMENT_TOKEN, read into `secrets`), the central registry, and production mode.
class SelfServiceCheck
{
    Q_DECLARE_TR_FUNCTIONS(SelfServiceCheck)

public:
    static ValidationIssues issues(const DeploymentConfig& config, DeploymentSecrets* secrets);
    // The commands the self-service edition offers.
    static bool offers(const QString& command);
};
