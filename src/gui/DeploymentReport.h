#pragma once

#include "core/DeploymentConfig.h"
#include "provisioning/DeploymentOutcome.h"

#include <QCoreApplication>
#include <QString>

// The deployment report handed to the client: configuration summary, deployed version, instance
// and health table. The administrator password is in it only when the operator explicitly asks.
class DeploymentReport
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentReport)

public:
    static QString html(const DeploymentConfig& config, const DeploymentOutcome& outcome,
                        bool includeCredentials);
    // Writes `html` as an A4 PDF; false and `error` when the file cannot be written.
    static bool writePdf(const QString& path, const QString& html, QString* error);
};
