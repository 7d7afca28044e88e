#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One tool's figures in bench-deployment, and the comparison table printed from two of them.
struct DeploymentFigures
{
    double fullS = 0;
    double aptS = 0;
    double pipS = 0;
    int connections = -1;
    int rerunConnections = -1;
    QList<double> reruns;
    QString rerunChanges; // what the re-runs reported as changed
    bool healthy = false;
    QStringList state;

    double netS() const { return fullS - aptS - pipS; }
    double rerunMedianS() const;

    // The table on stdout: KKT Deploy's figures beside Ansible's, the aims, and whether both left
    // the same server state (the lines only one of them left).
    static void printComparison(const DeploymentFigures& kkt, const DeploymentFigures& ansible, int reruns);
};
