#pragma once

#include <QCoreApplication>
#include <QString>

// The phases of design.md with their share of the progress bar.
enum class DeploymentPhase
{
    Connect,
    System,
    Database,
    Release,
    Application,
    Services,
    Web,
    Health,
    Registry
};

class DeploymentPhases
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentPhases)

public:
    static QString title(DeploymentPhase phase);
    static QString key(DeploymentPhase phase);
    // Progress (0–100) where the phase starts and ends.
    static int start(DeploymentPhase phase);
    static int end(DeploymentPhase phase);
};
