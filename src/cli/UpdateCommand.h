#pragma once

#include "Command.h"

#include <QCoreApplication>

#include "registry/InstanceRecord.h"
#include "registry/RegistryTarget.h"

class FleetApply;
class UpdateOptions;
struct UpdateRequest;

// `kkt-deploy update check [--instance ID | --all] [--json]` and `update apply --instance ID
// [--to VERSION] [--archive FILE --checksums FILE] [--at TIME] [--yes] [--force-reason TEXT]
// [--resume ID] [--json]`: the server's .version against the releases (GitHub, or the archives
// given), and an update on the deployment engine (UpdateRunner). `update apply --all` updates the
// fleet in waves (FleetApply). No secret but the SSH login.
class UpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UpdateCommand)

public:
    QString name() const override { return QStringLiteral("update"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

private:
    int check(const QCommandLineParser& parser, const UpdateOptions& options, CommandIo& io);
    int apply(const QCommandLineParser& parser, const UpdateOptions& options, CommandIo& io);
    int applyAll(const QCommandLineParser& parser, const UpdateOptions& options, const FleetApply& fleet,
                 CommandIo& io);
    // -1 with the registry's active instances, else the exit code.
    static int activeInstances(const QCommandLineParser& parser, const UpdateOptions& options, CommandIo& io,
                               QList<InstanceRecord>* instances, RegistryTarget* target);
    // The release to update to: --archive/--checksums, else the GitHub release --to (or the latest).
    static int release(const QCommandLineParser& parser, UpdateRequest* request, CommandIo& io);
};
