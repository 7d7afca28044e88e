#include "DeploymentWorker.h"

#include "GuiLogging.h"
#include "provisioning/DeploymentJournal.h"
#include "provisioning/DeploymentRunner.h"

#include <QFileInfo>
#include <QtConcurrent>

DeploymentWorker::DeploymentWorker(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_result = m_watcher.result();
        emit finished();
    });
}

DeploymentWorker::~DeploymentWorker()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void DeploymentWorker::startPlan(const DeploymentRequest& request)
{
    start(Kind::Plan, request, QString());
}

void DeploymentWorker::startDeploy(const DeploymentRequest& request)
{
    start(Kind::Deploy, request, QString());
}

void DeploymentWorker::startRollBack(const DeploymentRequest& request, const QString& deploymentId)
{
    start(Kind::RollBack, request, deploymentId);
}

void DeploymentWorker::cancel()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->cancelled = true;
    if (m_shared->runner)
        m_shared->runner->cancel();
}

bool DeploymentWorker::wasCancelled() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->cancelled;
}

void DeploymentWorker::start(Kind kind, const DeploymentRequest& request, const QString& deploymentId)
{
    Q_ASSERT(!isRunning());
    m_result = Result();
    m_shared = std::make_shared<Shared>();
    qCInfo(lcGui) << "deployment worker starts" << int(kind);
    const std::shared_ptr<Shared> shared = m_shared;
    const QString journalPath = m_journalPath;
    m_watcher.setFuture(QtConcurrent::run([this, kind, request, deploymentId, shared, journalPath]() {
        Result result;
        {
            DeploymentRunner runner(request);
            if (!journalPath.isEmpty())
                runner.setJournalPath(journalPath);
            // `this` outlives the run: its destructor waits for it.
            connect(&runner, &DeploymentRunner::logLine, this, &DeploymentWorker::logLine,
                    Qt::QueuedConnection);
            connect(&runner, &DeploymentRunner::progress, this, &DeploymentWorker::progress,
                    Qt::QueuedConnection);
            connect(&runner, &DeploymentRunner::stepStarted, this, &DeploymentWorker::stepStarted,
                    Qt::QueuedConnection);
            connect(&runner, &DeploymentRunner::stepFinished, this, &DeploymentWorker::stepFinished,
                    Qt::QueuedConnection);
            connect(&runner, &DeploymentRunner::healthChecked, this, &DeploymentWorker::healthChecked,
                    Qt::QueuedConnection);
            connect(&runner, &DeploymentRunner::productionChecked, this, &DeploymentWorker::productionChecked,
                    Qt::QueuedConnection);
            {
                QMutexLocker lock(&shared->mutex);
                if (shared->cancelled) {
                    result.planError = tr("Cancelled.");
                    result.outcome.status = DeploymentOutcome::Status::Cancelled;
                    result.outcome.error = result.planError;
                    return result;
                }
                shared->runner = &runner;
            }
            switch (kind) {
            case Kind::Plan:
                result.plan = runner.plan(&result.planError);
                result.outcome.status = runner.planStatus();
                result.existingInstance = runner.existingInstance();
                break;
            case Kind::Deploy:
                result.outcome = runner.deploy();
                break;
            case Kind::RollBack:
                result.outcome = runner.rollBack(deploymentId);
                break;
            }
            QMutexLocker lock(&shared->mutex);
            shared->runner = nullptr;
        }
        if (kind == Kind::Deploy && !result.outcome.deploymentId.isEmpty()) {
            // The journal knows whether this deployment created its instance; its connection
            // belongs to this thread.
            const QString path = journalPath.isEmpty() ? DeploymentJournal::defaultPath() : journalPath;
            DeploymentJournal journal(path);
            QString error;
            if (QFileInfo::exists(path) && journal.open(&error)) {
                const DeploymentJournal::Deployment recorded =
                    journal.deployment(result.outcome.deploymentId);
                result.journalled = !recorded.id.isEmpty();
                result.createdInstance = recorded.createdInstance;
            }
        }
        return result;
    }));
}
