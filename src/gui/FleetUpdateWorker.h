#pragma once

#include "updates/FleetUpdateRunner.h"
#include "updates/FleetWavePlan.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>

#include <memory>

// Runs a fleet update (FleetUpdateRunner: each instance's update is the engine's, in a thread of
// its own) off the GUI thread for the fleet dialog; its callbacks arrive here as queued signals,
// cancel() reaches it from the GUI thread (no new instance starts; the running ones stop at their
// safe point). Destroying the worker cancels the run and waits for it, so no signal outlives it.
class FleetUpdateWorker : public QObject
{
    Q_OBJECT

public:
    explicit FleetUpdateWorker(QObject* parent = nullptr);
    ~FleetUpdateWorker() override;

    // Empty: the journal's default path.
    void setJournalPath(const QString& path) { m_journalPath = path; }
    // Updates the plan's instances to the release in `archive` (verified against `checksums`),
    // approved by the operator for each of them.
    void start(const FleetWavePlan& plan, const QString& archive, const QString& checksums);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    // Valid after finished().
    const FleetUpdateRunner::Report& report() const { return m_report; }

signals:
    void instanceStarted(const QUuid& instance, int wave);
    void logLine(const QString& line);
    void instanceFinished(const QUuid& instance, const QString& statusName, const QString& message);
    void finished();

private:
    struct Shared
    {
        QMutex mutex;
        FleetUpdateRunner* fleet = nullptr;
        bool cancelled = false;
    };
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<FleetUpdateRunner::Report> m_watcher;
    FleetUpdateRunner::Report m_report;
    QString m_journalPath;
};
