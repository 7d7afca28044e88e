#pragma once

#include "DeploymentConfig.h"

#include <QCoreApplication>

// Reads and writes the deployment configuration JSON. A file that carries a secret is rejected:
// secrets come from the OS keychain, an environment variable or standard input.
class ConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)

public:
    struct Loaded
    {
        DeploymentConfig config;
        ValidationIssues issues; // mistyped values and secrets found in the file
        QString error;           // the file could not be read or is not JSON at all
        bool ok() const { return error.isEmpty() && issues.isEmpty(); }
    };

    static Loaded load(const QString& path);
    static Loaded parse(const QByteArray& data);
    static bool save(const QString& path, const DeploymentConfig& config, QString* error);
    static ValidationIssues findSecrets(const QJsonObject& json);
};
