#include "TestInstanceAction.h"

#include "provisioning/DeploymentRecorder.h"

#include "MessageBox.h"
#include "provisioning/TestInstanceRemoval.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMutex>
#include <QPushButton>
#include <QtConcurrent>

struct TestInstanceAction::Shared
{
    QMutex mutex;
    TestInstanceRemoval* removal = nullptr;
    bool cancelled = false;
    bool removed = false;
};

TestInstanceAction::TestInstanceAction(const RegistryTarget& registry, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_button(new QPushButton(tr("Remove test instance…"), this))
    , m_status(new QLabel(this))
{
    m_button->setObjectName(QStringLiteral("removeTestInstanceButton"));
    m_button->setToolTip(tr("Stop and remove the selected TEST instance from its server — services, nginx "
                            "location or site, database and role, files — with production checked before "
                            "and after"));
    m_button->setEnabled(false);
    m_status->setObjectName(QStringLiteral("removeTestInstanceStatus"));
    m_status->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_status, 1);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (!isRunning()) {
            start();
            return;
        }
        QMutexLocker lock(&m_shared->mutex);
        m_shared->cancelled = true;
        if (m_shared->removal)
            m_shared->removal->cancel();
        m_status->setText(tr("Cancelling …"));
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &TestInstanceAction::done);
}

TestInstanceAction::~TestInstanceAction()
{
    if (isRunning()) {
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->cancelled = true;
            if (m_shared->removal)
                m_shared->removal->cancel();
        }
        m_watcher.waitForFinished();
    }
}

void TestInstanceAction::setInstance(const InstanceRecord& instance)
{
    if (isRunning())
        return;
    // The registry reloads after a removal and shows the same instance again: its result stays.
    const bool same = m_instance && m_instance->uuid == instance.uuid;
    m_instance = std::make_shared<InstanceRecord>(instance);
    const bool removable = instance.mode == QStringLiteral("test") &&
                           instance.status != DeploymentRecorder::removedStatus() &&
                           !instance.hostKeyFingerprint.isEmpty();
    m_button->setEnabled(removable);
    if (!same) {
        m_status->clear();
        m_status->setStyleSheet(QString());
    }
}

void TestInstanceAction::start()
{
    if (!m_instance)
        return;
    const InstanceRecord instance = *m_instance;
    if (MessageBox::question(
            this, tr("Remove test instance"),
            tr("Remove TEST instance %1 from %2?\n\nIts services, its nginx location or site, "
               "the database %3 with its role, and its files are removed. Production on that "
               "server is checked before and after and stays as it is.")
                .arg(instance.name, instance.sshHost.isEmpty() ? instance.ip : instance.sshHost,
                     instance.dbName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    DeploymentRequest request = DeploymentRequest::forInstance(instance, &error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    TestInstanceRemoval::complete(instance, m_registry, &request);
    m_shared = std::make_shared<Shared>();
    m_button->setText(tr("Cancel removal"));
    m_status->setText(tr("Removing test instance %1 …").arg(instance.name));
    // The engine lives in the worker thread (its SSH session belongs there); its lines come back queued.
    m_watcher.setFuture(
        QtConcurrent::run([shared = m_shared, request, id = instance.name, self = QPointer(this)] {
            TestInstanceRemoval removal(request);
            QObject::connect(&removal, &TestInstanceRemoval::progress, &removal,
                             [self](int percent, const QString& step, qint64) {
                                 QMetaObject::invokeMethod(
                                     self,
                                     [self, percent, step] {
                                         if (self)
                                             self->m_status->setText(
                                                 QStringLiteral("%1 % — %2").arg(percent).arg(step));
                                     },
                                     Qt::QueuedConnection);
                             });
            {
                QMutexLocker lock(&shared->mutex);
                if (shared->cancelled)
                    return tr("Cancelled; nothing was changed.");
                shared->removal = &removal;
            }
            const DeploymentOutcome outcome = removal.remove(id);
            {
                QMutexLocker lock(&shared->mutex);
                shared->removal = nullptr;
                shared->removed = outcome.succeeded();
            }
            if (outcome.succeeded())
                return tr("✔ Test instance %1 is removed; production %2 is exactly as before.")
                    .arg(id, outcome.production.value(QStringLiteral("instanceId")).toString());
            return tr("✘ %1").arg(outcome.error);
        }));
}

void TestInstanceAction::done()
{
    m_button->setText(tr("Remove test instance…"));
    const bool removed = m_shared && m_shared->removed;
    m_status->setText(m_watcher.result());
    m_status->setStyleSheet(removed ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #c62828;"));
    m_button->setEnabled(!removed);
    emit finished(removed);
}
