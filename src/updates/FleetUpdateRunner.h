#pragma once

#include "FleetWavePlan.h"
#include "UpdateOutcome.h"
#include "UpdateRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMutex>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

class UpdateRunner;

// Runs a FleetWavePlan: each instance's update is UpdateRunner::apply() — the very update of
// `update apply --instance` (one SSH session, lock, journal, health gate, automatic rollback,
// history row) — in a worker thread of its own, at most `concurrency` at once within a wave.
// Every update that does not succeed (failed, rolled back, refused, unreachable) is a failure; when
// the failures exceed `maxFailures` no further instance starts — neither in this wave nor in the
// next ones — and the fleet is halted. cancel() also stops starting instances and cancels the
// running ones, which stop at their own safe point like a single update. Each history row's notes
// say the wave ("fleet wave 2/3"). Blocking: the main thread (CLI) or a worker thread (GUI).
//   FleetUpdateRunner fleet(plan, [](const InstanceRecord& r, QString* error) { … UpdateRequest … });
//   fleet.setCallbacks({…});
//   FleetUpdateRunner::Report report = fleet.run();
class FleetUpdateRunner
{
    Q_DECLARE_TR_FUNCTIONS(FleetUpdateRunner)

public:
    // The request of one instance (UpdateRequest::forInstance plus the release and the approval),
    // made on run()'s thread before anything starts; an error fails that instance on its turn.
    using Prepare = std::function<UpdateRequest(const InstanceRecord& instance, QString* error)>;

    struct InstanceResult
    {
        FleetWavePlan::Entry entry;
        bool started = false; // false: not started because the fleet halted or was cancelled
        UpdateOutcome outcome;

        // updated, rolled_back, failed, refused, cancelled, not_started
        QString statusName() const;
        bool failed() const;
    };
    struct Report
    {
        QString target;
        QList<InstanceResult> results; // in plan order
        QList<FleetWavePlan::Skipped> skipped;
        int waves = 0;
        int haltedAfterWave = 0; // the wave whose failures halted the fleet with instances left; 0: none
        bool cancelled = false;

        int count(const QString& statusName) const;
        int failures() const;
        bool succeeded() const { return haltedAfterWave == 0 && !cancelled && failures() == 0; }
        // "2 updated, 0 rolled back, 1 failed, 1 skipped, 1 not started (halted after wave 2/3)"
        QString summaryText() const;
        QJsonObject toJson() const;
    };
    // Called from the worker threads, one call at a time.
    struct Callbacks
    {
        std::function<void(const FleetWavePlan::Entry&)> started;
        std::function<void(const FleetWavePlan::Entry&, const QString& line)> log;
        std::function<void(const InstanceResult&)> finished;
    };

    FleetUpdateRunner(FleetWavePlan plan, Prepare prepare);
    ~FleetUpdateRunner();

    void setJournalPath(const QString& path) { m_journalPath = path; }
    void setCallbacks(Callbacks callbacks) { m_callbacks = std::move(callbacks); }
    Report run();
    // Safe from a signal handler and from any thread: only counts; run() passes it on.
    void cancel() { ++m_cancelRequests; }

private:
    struct Slot;
    void runWave(QList<Slot>& queue);
    void runOne(Slot& slot);
    void passOnCancel(); // with m_mutex held
    void notify(const std::function<void()>& call);

    FleetWavePlan m_plan;
    Prepare m_prepare;
    Callbacks m_callbacks;
    QString m_journalPath;
    std::atomic_int m_cancelRequests{0};
    int m_cancelsPassedOn = 0;

    std::mutex m_mutex; // guards what follows
    std::condition_variable m_changed;
    QList<UpdateRunner*> m_running;
    int m_failures = 0;
    int m_active = 0;
    bool m_halted = false;
    QMutex m_callbackMutex;
};
