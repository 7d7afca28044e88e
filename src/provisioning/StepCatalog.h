#pragma once

#include "PlanItem.h"
#include "ProvisioningStep.h"
#include "core/DeploymentConfig.h"

#include <QCoreApplication>
#include <QList>

// The ordered steps of a deployment for one configuration (the firewall step only when the
// firewall is managed), read from the step files built into the application.
class StepCatalog
{
    Q_DECLARE_TR_FUNCTIONS(StepCatalog)

public:
    static QList<ProvisioningStep> steps(const DeploymentConfig& config, QString* error);
    // The steps that put a backup back: stop, database, .env, start.
    static QList<ProvisioningStep> restoreSteps(QString* error);
    // An update's steps (stage, back up, switch, record) and the way back (UpdateRunner).
    static QList<ProvisioningStep> updateSteps(QString* error);
    static QList<ProvisioningStep> revertSteps(QString* error);
    // The steps that remove a test instance: services, nginx, database, files.
    static QList<ProvisioningStep> removalSteps(QString* error);
    static QString prelude();
    // Built-in remote scripts that are not steps: lock, health, rollback, instance, backups.
    static QString script(const QString& name);
    // Progress (0–100) when step `index` starts: its place within its phase's share.
    static int progressAt(const QList<ProvisioningStep>& steps, int index);
};
