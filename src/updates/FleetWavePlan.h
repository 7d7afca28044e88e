#pragma once

#include "registry/InstanceRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Which instances a fleet update touches, and in which wave (design.md: one canary, then a share,
// then the rest). Pure logic, no I/O: the candidates come from `update check` (UpdateChecker), the
// waves are run by FleetUpdateRunner. Rules:
// - an instance whose server already runs the target (or a newer release) is skipped and listed so;
// - one whose check failed (unreachable, no .version …) stays in the plan: its update is tried on its
//   turn and counts as a failure when it fails, so it can halt the fleet;
// - wave 1 is the canary: the one named (name, INST-number, UUID or registry id), else the first in
//   the fleet's order — a reachable instance before an unreachable one, a test instance before a
//   production one, the oldest deployment first, then by name;
// - wave 2 is `sharePercent` of the planned instances, rounded up, at least 1, in the same order;
// - wave 3 is the rest. Empty waves are left out.
// Use: QString error; auto plan = FleetWavePlan::make(candidates, "1.1.0", parameters, &error);
class FleetWavePlan
{
    Q_DECLARE_TR_FUNCTIONS(FleetWavePlan)

public:
    struct Parameters
    {
        QString canary;        // empty: chosen as above
        int sharePercent = 25; // 1…100
        int concurrency = 2;   // instances updated at once within a wave, ≥ 1
        int maxFailures = 0;   // failures tolerated; one more halts the fleet (0: the first halts)
    };
    struct Candidate
    {
        InstanceRecord instance;
        QString current;    // the server's .version; empty when the check failed
        QString checkError; // why the check failed
    };
    struct Entry
    {
        InstanceRecord instance;
        int wave = 0;       // 1-based
        QString from;       // the server's .version, or the registry's when the check failed
        QString checkError; // the check's failure, shown in the plan
    };
    struct Skipped
    {
        InstanceRecord instance;
        QString current;
        QString reason; // "already on 1.1.0" …
    };

    // The problem with `parameters` (naming the option and the fix), empty when they are valid.
    static QString validate(const Parameters& parameters);
    // nullopt with `error` when the parameters are invalid, the target is no version, or the canary
    // named is not among the candidates or needs no update.
    static std::optional<FleetWavePlan> make(const QList<Candidate>& candidates, const QString& target,
                                             const Parameters& parameters, QString* error);

    QString target;
    Parameters parameters;
    QList<QList<Entry>> waves;
    QList<Skipped> skipped;

    int instanceCount() const;
    // "fleet wave 2/3", for the log and the history row's notes.
    QString waveLabel(int wave) const;
    QJsonObject toJson() const;
};
