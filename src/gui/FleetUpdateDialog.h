#pragma once

#include "releases/ReleaseManifest.h"
#include "updates/FleetWavePlan.h"

#include <QDialog>

#include <memory>
#include <optional>

class FleetUpdateWorker;
class ReleaseProvider;
class UpdatesModel;
namespace Ui {
class FleetUpdateDialog;
}

// "Update fleet…" of the Updates tab: the target release, the canary, the second wave's share, how
// many at once and the failures tolerated; the wave plan (FleetWavePlan) shown as they change,
// with a problem named inline. Update fleet is the operator's approval of every planned instance:
// the release is fetched and verified (ReleaseProvider), then the waves run off the GUI thread
// (FleetUpdateWorker) with each instance's result in the plan, the live log and Cancel (no further
// instance starts; running ones stop at their safe point); the summary says what happened.
class FleetUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    // `candidates`: the checked instances (their server's version, or why the check failed);
    // `releases`: the releases known (the newer ones are offered).
    FleetUpdateDialog(const QList<FleetWavePlan::Candidate>& candidates,
                      const QList<ReleaseManifest>& releases, QWidget* parent = nullptr);
    ~FleetUpdateDialog() override;

    // The Updates tab's checked rows as candidates (an instance not checked yet is left out).
    static QList<FleetWavePlan::Candidate> candidatesFrom(const UpdatesModel& model);
    // The plan for the current choices; nullopt when they make none (the problem is shown).
    const std::optional<FleetWavePlan>& plan() const { return m_plan; }
    // Empty: the journal's default path.
    void setJournalPath(const QString& path);

public slots:
    void reject() override; // refused while the fleet runs: it must end on known versions

private:
    void refreshPlan();
    void showPlan();
    void start();
    void releaseFetched();
    void cancel();
    void fleetFinished();
    void setResult(const QUuid& instance, const QString& text, const QString& detail = QString());
    void setRunning(bool running);
    static QString statusText(const QString& statusName);

    std::unique_ptr<Ui::FleetUpdateDialog> m_ui;
    QList<FleetWavePlan::Candidate> m_candidates;
    std::optional<FleetWavePlan> m_plan;
    ReleaseProvider* m_provider;
    FleetUpdateWorker* m_worker;
    bool m_running = false;
};
