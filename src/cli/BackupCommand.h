#pragma once

#include "Command.h"

#include <QCoreApplication>

struct DeploymentRequest;
class RegistryOptions;

// `kkt-deploy backup list --instance ID` and `backup restore --instance ID [--backup NAME] [--yes]`:
// an instance's backups (database dump and .env) and putting one back. The instance is found in
// the registry (host, SSH port and user, pinned host key), its profile and TLS mode in the journal
// of the deployment that made it.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

    // The instance's connection facts from the registry; an exit code, or -1 to go on.
    // (TestInstanceCommand finds its instance the same way.)
    static int instanceRequest(const QCommandLineParser& parser, const RegistryOptions& registryOptions,
                               const QString& instance, const QString& journalPath, CommandIo& io,
                               DeploymentRequest* request, QString* instanceId);
};
