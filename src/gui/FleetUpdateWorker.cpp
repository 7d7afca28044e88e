#include "FleetUpdateWorker.h"

#include "GuiLogging.h"

#include <QtConcurrent>

FleetUpdateWorker::FleetUpdateWorker(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    connect(&m_watcher, &QFutureWatcher<FleetUpdateRunner::Report>::finished, this, [this] {
        m_report = m_watcher.result();
        emit finished();
    });
}

FleetUpdateWorker::~FleetUpdateWorker()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void FleetUpdateWorker::cancel()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->cancelled = true;
    if (m_shared->fleet)
        m_shared->fleet->cancel();
}

void FleetUpdateWorker::start(const FleetWavePlan& plan, const QString& archive, const QString& checksums)
{
    Q_ASSERT(!isRunning());
    m_report = FleetUpdateRunner::Report();
    m_shared = std::make_shared<Shared>();
    qCInfo(lcGui) << "fleet update of" << plan.instanceCount() << "instance(s) to" << plan.target;
    const std::shared_ptr<Shared> shared = m_shared;
    const QString journalPath = m_journalPath;
    m_watcher.setFuture(QtConcurrent::run([this, plan, archive, checksums, shared, journalPath]() {
        // The payload profiles are read from disk here, not on the GUI thread.
        FleetUpdateRunner fleet(plan, [&](const InstanceRecord& instance, QString* error) {
            UpdateRequest request = UpdateRequest::forInstance(instance, error);
            request.toVersion = plan.target;
            request.archivePath = archive;
            request.checksums = checksums;
            request.approved = true; // the operator started the fleet from its plan
            return request;
        });
        fleet.setJournalPath(journalPath);
        // `this` outlives the run: its destructor waits for it.
        const auto queued = [this](auto call) {
            QMetaObject::invokeMethod(this, call, Qt::QueuedConnection);
        };
        fleet.setCallbacks(
            {[&](const FleetWavePlan::Entry& e) {
                 queued([this, id = e.instance.uuid, wave = e.wave] { emit instanceStarted(id, wave); });
             },
             [&](const FleetWavePlan::Entry& e, const QString& line) {
                 queued([this, text = QStringLiteral("[%1] %2").arg(e.instance.name, line)] {
                     emit logLine(text);
                 });
             },
             [&](const FleetUpdateRunner::InstanceResult& r) {
                 queued([this, id = r.entry.instance.uuid, status = r.statusName(),
                         message = r.outcome.message.isEmpty() ? r.outcome.error : r.outcome.message] {
                     emit instanceFinished(id, status, message);
                 });
             }});
        {
            QMutexLocker lock(&shared->mutex);
            shared->fleet = &fleet;
            if (shared->cancelled)
                fleet.cancel();
        }
        FleetUpdateRunner::Report report = fleet.run();
        QMutexLocker lock(&shared->mutex);
        shared->fleet = nullptr;
        return report;
    }));
}
