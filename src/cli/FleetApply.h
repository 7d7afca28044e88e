#pragma once

#include "Command.h"
#include "registry/InstanceRecord.h"
#include "updates/FleetWavePlan.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class UpdateOptions;
struct UpdateRequest;

// `kkt-deploy update apply --all [--to VERSION | --archive FILE --checksums FILE] [--canary ID]
// [--share PERCENT] [--concurrency N] [--max-failures N] [--yes] [--force-reason TEXT] [--json]`:
// checks every active instance, plans the waves (FleetWavePlan), prints the plan, asks once for the
// fleet (unless --yes, or a critical release forced with --force-reason) and runs it
// (FleetUpdateRunner: every instance's update is the one of `update apply --instance`). Exit 0 when
// every planned instance was updated; 11 when cancelled (Ctrl+C); else 1 (one failed, or it halted).
class FleetApply
{
    Q_DECLARE_TR_FUNCTIONS(FleetApply)

public:
    FleetApply();
    void addTo(QCommandLineParser& parser) const;
    // True when one of the fleet's own options is set (they need --all).
    bool anySet(const QCommandLineParser& parser) const;
    // -1 with `parameters` filled, else the exit code (the problem on io.err).
    int parameters(const QCommandLineParser& parser, CommandIo& io,
                   FleetWavePlan::Parameters* parameters) const;
    // `release`: a request made for one instance of the fleet with the release filled in (archive,
    // checksums, manifest); `toVersion` and `forceReason` as given.
    int run(const QCommandLineParser& parser, const UpdateOptions& options,
            const QList<InstanceRecord>& instances, const UpdateRequest& release, const QString& forceReason,
            CommandIo& io) const;

    QCommandLineOption canary;
    QCommandLineOption share;
    QCommandLineOption concurrency;
    QCommandLineOption maxFailures;

private:
    // The candidates: each instance's .version read over SSH (UpdateChecker, which corrects the
    // registry); nullopt when Ctrl+C cancelled the check.
    std::optional<QList<FleetWavePlan::Candidate>> check(const QCommandLineParser& parser,
                                                         const UpdateOptions& options,
                                                         const QList<InstanceRecord>& instances,
                                                         const UpdateRequest& release, CommandIo& io) const;
    static void printPlan(const FleetWavePlan& plan, CommandIo& io);
};
