#include "FleetUpdateRunner.h"

#include "UpdateRunner.h"

#include <QJsonArray>

#include <chrono>
#include <thread>
#include <vector>

struct FleetUpdateRunner::Slot
{
    InstanceResult result;
    UpdateRequest request;
    QString prepareError;
};

QString FleetUpdateRunner::InstanceResult::statusName() const
{
    if (!started)
        return QStringLiteral("not_started");
    switch (outcome.status) {
    case UpdateOutcome::Status::Succeeded:
        return QStringLiteral("updated");
    case UpdateOutcome::Status::RolledBack:
        return QStringLiteral("rolled_back");
    case UpdateOutcome::Status::Refused:
        return QStringLiteral("refused");
    case UpdateOutcome::Status::Cancelled:
        return QStringLiteral("cancelled");
    case UpdateOutcome::Status::Failed:
    case UpdateOutcome::Status::Staged:
        break;
    }
    return QStringLiteral("failed");
}

bool FleetUpdateRunner::InstanceResult::failed() const
{
    return started && outcome.status != UpdateOutcome::Status::Succeeded &&
           outcome.status != UpdateOutcome::Status::Cancelled;
}

int FleetUpdateRunner::Report::count(const QString& statusName) const
{
    if (statusName == QStringLiteral("skipped"))
        return int(skipped.size());
    return int(std::count_if(results.cbegin(), results.cend(),
                             [&](const InstanceResult& r) { return r.statusName() == statusName; }));
}

int FleetUpdateRunner::Report::failures() const
{
    return int(
        std::count_if(results.cbegin(), results.cend(), [](const InstanceResult& r) { return r.failed(); }));
}

QString FleetUpdateRunner::Report::summaryText() const
{
    QString text = tr("%1 updated, %2 rolled back, %3 failed, %4 skipped, %5 not started")
                       .arg(count(QStringLiteral("updated")))
                       .arg(count(QStringLiteral("rolled_back")))
                       .arg(count(QStringLiteral("failed")) + count(QStringLiteral("refused")))
                       .arg(count(QStringLiteral("skipped")))
                       .arg(count(QStringLiteral("not_started")));
    if (const int c = count(QStringLiteral("cancelled")))
        text += tr(", %1 cancelled").arg(c);
    if (haltedAfterWave > 0)
        text += tr(" — halted in wave %1/%2: the failures exceeded the threshold")
                    .arg(haltedAfterWave)
                    .arg(waves);
    else if (cancelled)
        text += tr(" — cancelled");
    return text;
}

QJsonObject FleetUpdateRunner::Report::toJson() const
{
    QJsonArray list;
    for (const InstanceResult& r : results)
        list.append(QJsonObject{{QStringLiteral("instance"), r.entry.instance.name},
                                {QStringLiteral("host"), r.entry.instance.sshHost},
                                {QStringLiteral("wave"), r.entry.wave},
                                {QStringLiteral("status"), r.statusName()},
                                {QStringLiteral("from"), r.started ? r.outcome.from : r.entry.from},
                                {QStringLiteral("to"), r.started ? r.outcome.to : target},
                                {QStringLiteral("updateId"), r.outcome.updateId},
                                {QStringLiteral("error"), r.outcome.error},
                                {QStringLiteral("message"), r.outcome.message}});
    for (const FleetWavePlan::Skipped& s : skipped)
        list.append(QJsonObject{{QStringLiteral("instance"), s.instance.name},
                                {QStringLiteral("host"), s.instance.sshHost},
                                {QStringLiteral("status"), QStringLiteral("skipped")},
                                {QStringLiteral("from"), s.current},
                                {QStringLiteral("message"), s.reason}});
    QJsonObject summary;
    for (const QString& name :
         {QStringLiteral("updated"), QStringLiteral("rolled_back"), QStringLiteral("failed"),
          QStringLiteral("refused"), QStringLiteral("cancelled"), QStringLiteral("skipped"),
          QStringLiteral("not_started")})
        summary.insert(name, count(name));
    return {{QStringLiteral("target"), target},
            {QStringLiteral("waves"), waves},
            {QStringLiteral("halted"), haltedAfterWave > 0},
            {QStringLiteral("haltedInWave"), haltedAfterWave},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("succeeded"), succeeded()},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("instances"), list}};
}

FleetUpdateRunner::FleetUpdateRunner(FleetWavePlan plan, Prepare prepare)
    : m_plan(std::move(plan))
    , m_prepare(std::move(prepare))
{}

FleetUpdateRunner::~FleetUpdateRunner() = default;

void FleetUpdateRunner::notify(const std::function<void()>& call)
{
    QMutexLocker lock(&m_callbackMutex);
    call();
}

void FleetUpdateRunner::passOnCancel()
{
    const int requested = m_cancelRequests;
    for (; m_cancelsPassedOn < requested; ++m_cancelsPassedOn) {
        for (UpdateRunner* runner : std::as_const(m_running))
            runner->cancel();
    }
}

FleetUpdateRunner::Report FleetUpdateRunner::run()
{
    Report report;
    report.target = m_plan.target;
    report.skipped = m_plan.skipped;
    report.waves = int(m_plan.waves.size());
    // Every request first, on this thread: the profile files and the registry are read here.
    QList<QList<Slot>> waves;
    for (const QList<FleetWavePlan::Entry>& wave : std::as_const(m_plan.waves)) {
        QList<Slot> queue;
        for (const FleetWavePlan::Entry& entry : wave) {
            Slot slot;
            slot.result.entry = entry;
            slot.result.outcome.instanceId = entry.instance.name;
            slot.request = m_prepare(entry.instance, &slot.prepareError);
            slot.request.note = m_plan.waveLabel(entry.wave);
            queue << slot;
        }
        waves << queue;
    }
    for (int i = 0; i < waves.size(); ++i) {
        if (!m_halted && m_cancelRequests == 0)
            runWave(waves[i]);
        // Halted: the threshold was exceeded with instances still to start (not after the last one).
        const bool left =
            i + 1 < waves.size() ||
            std::any_of(waves[i].cbegin(), waves[i].cend(), [](const Slot& s) { return !s.result.started; });
        if (m_halted && left && report.haltedAfterWave == 0)
            report.haltedAfterWave = i + 1;
        for (const Slot& slot : std::as_const(waves[i]))
            report.results << slot.result;
    }
    report.cancelled = m_cancelRequests > 0;
    return report;
}

void FleetUpdateRunner::runWave(QList<Slot>& queue)
{
    std::vector<std::thread> threads;
    qsizetype next = 0;
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            passOnCancel();
            const bool stop = m_halted || m_cancelRequests > 0;
            while (!stop && m_active < m_plan.parameters.concurrency && next < queue.size()) {
                ++m_active;
                Slot* slot = &queue[next++];
                slot->result.started = true;
                threads.emplace_back([this, slot] { runOne(*slot); });
            }
            if (m_active == 0 && (stop || next >= queue.size()))
                break;
            m_changed.wait_for(lock, std::chrono::milliseconds(100)); // a Ctrl+C is passed on within 0.1 s
        }
    }
    for (std::thread& t : threads)
        t.join();
}

void FleetUpdateRunner::runOne(Slot& slot)
{
    const FleetWavePlan::Entry& entry = slot.result.entry;
    if (m_callbacks.started)
        notify([&] { m_callbacks.started(entry); });
    UpdateOutcome outcome;
    if (!slot.prepareError.isEmpty()) {
        outcome.instanceId = entry.instance.name;
        outcome.from = entry.from;
        outcome.to = m_plan.target;
        outcome.status = UpdateOutcome::Status::Failed;
        outcome.error = outcome.message = slot.prepareError;
    } else {
        UpdateRunner runner(slot.request);
        if (!m_journalPath.isEmpty())
            runner.setJournalPath(m_journalPath);
        if (m_callbacks.log)
            QObject::connect(&runner, &UpdateRunner::logLine, [this, &entry](const QString& line) {
                notify([&] { m_callbacks.log(entry, line); });
            });
        {
            std::lock_guard lock(m_mutex);
            for (int i = 0; i < m_cancelsPassedOn; ++i)
                runner.cancel();
            m_running << &runner;
        }
        outcome = runner.apply();
        std::lock_guard lock(m_mutex);
        m_running.removeOne(&runner);
    }
    slot.result.outcome = outcome;
    {
        std::lock_guard lock(m_mutex);
        if (slot.result.failed() && ++m_failures > m_plan.parameters.maxFailures)
            m_halted = true;
    }
    if (m_callbacks.finished)
        notify([&] { m_callbacks.finished(slot.result); });
    {
        std::lock_guard lock(m_mutex);
        --m_active;
    }
    m_changed.notify_all();
}
