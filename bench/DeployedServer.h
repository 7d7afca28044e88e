#pragma once

#include <QString>
#include <QStringList>

class SystemdHost;

// What the deployment benchmark reads on a host after a deployment, the same for both tools.
class DeployedServer
{
public:
    // "Accepted publickey" lines in the host's sshd log. The counting call is itself a connection
    // (logged before its command runs): a difference between two counts is the connections opened
    // in between plus one.
    static int acceptedConnections(SystemdHost& host);
    // The sample instance answers /health through nginx under its domain.
    static bool healthy(SystemdHost& host);
    // What a deployment leaves on the server, secrets excepted: rendered files (hash), modes and
    // owners, links, the .env's variable names, unit states, tables and users. Both tools deploy the
    // same instance ID, so the two snapshots must be equal line for line.
    static QStringList state(SystemdHost& host, const QString& instanceId);
};
