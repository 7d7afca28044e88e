#pragma once

#include "DeploymentConfig.h"
#include "DeploymentSecrets.h"

#include <QCoreApplication>

struct ValidationResult
{
    DeploymentConfig config; // normalised: trimmed, ASCII domains, +digits phone, sorted days …
    ValidationIssues issues;
    bool ok() const { return issues.isEmpty(); }
};

// Applies FieldRules to a whole configuration, naming each problem by its JSON path.
class ConfigValidator
{
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)

public:
    static ValidationResult validate(const DeploymentConfig& config);
    // The secrets the configuration calls for: a bot token always, a typed admin password when chosen.
    static ValidationIssues validateSecrets(const DeploymentConfig& config, const DeploymentSecrets& secrets);
};
