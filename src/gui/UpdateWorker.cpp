#include "UpdateWorker.h"

#include "GuiLogging.h"
#include "updates/UpdateChecker.h"
#include "updates/UpdateRunner.h"

#include <QtConcurrent>

UpdateWorker::UpdateWorker(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_result = m_watcher.result();
        emit finished();
    });
}

UpdateWorker::~UpdateWorker()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void UpdateWorker::cancel()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->cancelled = true;
    if (m_shared->runner)
        m_shared->runner->cancel();
    if (m_shared->checker)
        m_shared->checker->cancel();
}

bool UpdateWorker::wasCancelled() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->cancelled;
}

void UpdateWorker::startCheck(const QList<InstanceRecord>& instances, const QList<ReleaseManifest>& releases,
                              const RegistryTarget& registry)
{
    Q_ASSERT(!isRunning());
    m_result = Result();
    m_shared = std::make_shared<Shared>();
    qCInfo(lcGui) << "update check of" << instances.size() << "instance(s)";
    const std::shared_ptr<Shared> shared = m_shared;
    m_watcher.setFuture(QtConcurrent::run([this, instances, releases, registry, shared]() {
        Result result;
        UpdateChecker checker(registry);
        {
            QMutexLocker lock(&shared->mutex);
            if (shared->cancelled)
                return result;
            shared->checker = &checker;
        }
        // `this` outlives the run: its destructor waits for it.
        result.checks = checker.check(instances, releases, [this](const UpdateAvailability& a) {
            QMetaObject::invokeMethod(
                this, [this, a] { emit checked(a); }, Qt::QueuedConnection);
        });
        QMutexLocker lock(&shared->mutex);
        shared->checker = nullptr;
        return result;
    }));
}

namespace {

UpdateRequest releaseRequest(const InstanceRecord& instance, const QString& version, const QString& archive,
                             const QString& checksums)
{
    UpdateRequest request;
    request.instance = instance;
    request.toVersion = version;
    request.archivePath = archive;
    request.checksums = checksums;
    return request;
}

} // namespace

void UpdateWorker::startApply(const InstanceRecord& instance, const QString& version, const QString& archive,
                              const QString& checksums, int rollbackDays, const QString& resumeId)
{
    UpdateRequest request = releaseRequest(instance, version, archive, checksums);
    request.rollbackWindowDays = rollbackDays;
    request.resumeId = resumeId;
    request.approved = true;
    startRunner(Kind::Apply, request);
}

void UpdateWorker::startStage(const InstanceRecord& instance, const QString& version, const QString& archive,
                              const QString& checksums)
{
    startRunner(Kind::Stage, releaseRequest(instance, version, archive, checksums));
}

void UpdateWorker::startRollBack(const InstanceRecord& instance, int rollbackDays)
{
    UpdateRequest request;
    request.instance = instance;
    request.rollbackWindowDays = rollbackDays;
    request.approved = true;
    startRunner(Kind::RollBack, request);
}

void UpdateWorker::startRunner(Kind kind, const UpdateRequest& given)
{
    Q_ASSERT(!isRunning());
    m_result = Result();
    m_shared = std::make_shared<Shared>();
    qCInfo(lcGui) << "update worker starts" << int(kind) << given.instance.name;
    const std::shared_ptr<Shared> shared = m_shared;
    const QString journalPath = m_journalPath;
    m_watcher.setFuture(QtConcurrent::run([this, kind, given, shared, journalPath]() {
        Result result;
        result.outcome.instanceId = given.instance.name;
        // The payload profile is read from disk: here too, not on the GUI thread.
        QString error;
        UpdateRequest request = UpdateRequest::forInstance(given.instance, &error);
        if (!error.isEmpty()) {
            result.outcome.status = UpdateOutcome::Status::Failed;
            result.outcome.error = error;
            result.outcome.message = error;
            return result;
        }
        request.toVersion = given.toVersion;
        request.archivePath = given.archivePath;
        request.checksums = given.checksums;
        request.rollbackWindowDays = given.rollbackWindowDays;
        request.resumeId = given.resumeId;
        request.approved = given.approved;
        UpdateRunner runner(request);
        if (!journalPath.isEmpty())
            runner.setJournalPath(journalPath);
        connect(&runner, &UpdateRunner::logLine, this, &UpdateWorker::logLine, Qt::QueuedConnection);
        connect(&runner, &UpdateRunner::progress, this, &UpdateWorker::progress, Qt::QueuedConnection);
        connect(&runner, &UpdateRunner::healthChecked, this, &UpdateWorker::healthChecked,
                Qt::QueuedConnection);
        {
            QMutexLocker lock(&shared->mutex);
            if (shared->cancelled) {
                result.outcome.status = UpdateOutcome::Status::Cancelled;
                result.outcome.message = tr("Cancelled before anything was changed.");
                return result;
            }
            shared->runner = &runner;
        }
        result.outcome = kind == Kind::Apply   ? runner.apply()
                         : kind == Kind::Stage ? runner.stage()
                                               : runner.rollBack();
        QMutexLocker lock(&shared->mutex);
        shared->runner = nullptr;
        return result;
    }));
}
