#pragma once

#include "HealthCheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// How a deployment run ended and what the operator receives.
struct DeploymentOutcome
{
    enum class Status
    {
        Succeeded,
        Failed,
        HealthFailed,
        Cancelled,
        Locked,
        NotConnected,
        ReleaseRejected
    };

    Status status = Status::Failed;
    QString deploymentId;
    QString instanceId;
    QString failedStep;
    QString error; // redacted, user-visible
    int sshErrorKind = 0;
    int changedSteps = 0;
    int unchangedSteps = 0;
    QList<HealthCheck> health;
    QString version;
    QString publicUrl;
    QString adminUsername;
    QString adminEmail;
    QString adminPassword; // only when set by this deployment; memory only
    QString botUsername;
    QString hostKeyFingerprint;
    bool createdInstance = false; // this deployment (with its resumes) created the instance
    qint64 elapsedMs = 0;
    // A test instance's run: production before and after (ProductionSnapshot::comparisonJson).
    QJsonObject production;

    bool succeeded() const { return status == Status::Succeeded; }
};
