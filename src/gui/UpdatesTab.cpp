#include "UpdatesTab.h"

#include "FleetUpdateDialog.h"
#include "MessageBox.h"
#include "RegistryTab.h"
#include "UpdateProgressPanel.h"
#include "UpdateReviewDialog.h"
#include "UpdateWorker.h"
#include "UpdatesModel.h"
#include "provisioning/PayloadProfile.h"
#include "registry/RegistryWorker.h"
#include "releases/ReleaseProvider.h"
#include "ui_UpdatesTab.h"
#include "updates/UpdateReleaseList.h"

#include <QHeaderView>
#include <QSettings>
#include <QTimer>

namespace {

struct Instances
{
    QList<InstanceRecord> rows;
    QString error;
};

// More than any support team runs; the tab shows them all at once.
constexpr int maxInstances = 100000;

} // namespace

int UpdatesTab::rollbackDays()
{
    return qMax(1, QSettings().value(QStringLiteral("updates/rollbackDays"), 7).toInt());
}

UpdatesTab::UpdatesTab(const RegistryTarget& target, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UpdatesTab>())
    , m_target(target)
    , m_registry(new RegistryWorker(target, this))
    , m_model(new UpdatesModel(this))
    , m_worker(new UpdateWorker(this))
    , m_progress(new UpdateProgressPanel(m_worker, this))
    , m_catalog(new UpdateReleaseList(this))
    , m_provider(new ReleaseProvider(this))
    , m_scheduleTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_progress->setObjectName(QStringLiteral("updateProgress"));
    m_ui->mainLayout->addWidget(m_progress, 1);
    m_ui->instancesView->setModel(m_model);
    m_ui->instancesView->verticalHeader()->hide();
    m_ui->instancesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->instancesView->setWordWrap(false);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #d93a3a"));

    connect(m_ui->reloadButton, &QPushButton::clicked, this, &UpdatesTab::reload);
    connect(m_ui->checkAllButton, &QPushButton::clicked, this, &UpdatesTab::checkAll);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &UpdatesTab::reviewSelected);
    connect(m_ui->rollBackButton, &QPushButton::clicked, this, &UpdatesTab::rollBackSelected);
    connect(m_ui->fleetButton, &QPushButton::clicked, this, [this] {
        auto* fleet =
            new FleetUpdateDialog(FleetUpdateDialog::candidatesFrom(*m_model), m_catalog->releases(), this);
        fleet->setAttribute(Qt::WA_DeleteOnClose);
        connect(fleet, &QDialog::finished, this, [this] {
            reload(); // the versions changed
            emit operationEnded();
        });
        fleet->open();
    });
    connect(m_ui->instancesView, &QAbstractItemView::doubleClicked, this, &UpdatesTab::reviewSelected);
    connect(m_ui->instancesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UpdatesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateButtons();
        updateSummary();
    });
    connect(m_worker, &UpdateWorker::checked, this, [this](const UpdateAvailability& a) {
        m_model->setChecked(a);
        ++m_checked;
        m_progress->setPercent(m_checking > 0 ? 100 * m_checked / m_checking : 100);
        const int row = m_model->rowOf(a.instance);
        m_progress->logCheck(a, row >= 0 ? m_model->rowAt(row).instance.name : a.instanceName);
    });
    connect(m_worker, &UpdateWorker::finished, this, [this] {
        if (m_operation == Operation::Checking)
            checkFinished();
        else
            runnerFinished();
    });
    connect(m_catalog, &UpdateReleaseList::finished, this, [this] {
        if (m_operation != Operation::Checking)
            return;
        if (m_cancelled) {
            checkFinished();
            return;
        }
        if (!m_catalog->errorText().isEmpty()) {
            checkFinished();
            m_progress->finish(m_catalog->errorText(), false);
            return;
        }
        m_progress->appendLog(tr("%n release(s) listed.", nullptr, int(m_catalog->releases().size())));
        m_progress->showStep(tr("Reading the version on each server…"));
        QList<InstanceRecord> instances;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->rowAt(row).state == UpdatesModel::State::Checking)
                instances << m_model->rowAt(row).instance;
        }
        m_checking = int(instances.size());
        m_checked = 0;
        m_worker->startCheck(instances, m_catalog->releases(), m_target);
    });
    connect(m_provider, &ReleaseProvider::stage, m_progress, &UpdateProgressPanel::showStep);
    connect(m_provider, &ReleaseProvider::finished, this, &UpdatesTab::releaseFetched);
    connect(m_progress, &UpdateProgressPanel::cancelRequested, this, &UpdatesTab::cancel);
    // Scheduled updates are applied by this window when their time comes (and it is free).
    m_scheduleTimer->setInterval(5000);
    connect(m_scheduleTimer, &QTimer::timeout, this, &UpdatesTab::applyDue);
    updateButtons();
}

UpdatesTab::~UpdatesTab() = default;

void UpdatesTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_started)
        return;
    // Nothing touches the registry before the tab is first shown.
    m_started = true;
    reload();
}

void UpdatesTab::reload()
{
    if (m_operation != Operation::None)
        return;
    setOperation(Operation::Loading);
    m_ui->errorLabel->hide();
    m_ui->summaryLabel->setText(tr("Loading…"));
    m_registry->call<Instances>(
        this,
        [](Registry& registry) {
            Instances result;
            result.error = RegistryTab::openRegistry(registry);
            if (!result.error.isEmpty())
                return result;
            InstanceQuery query;
            query.status = QStringLiteral("active");
            result.rows = registry.instances(query, 0, maxInstances, &result.error);
            return result;
        },
        [this](const Instances& result) {
            setOperation(Operation::None);
            if (!result.error.isEmpty()) {
                showError(result.error);
                return;
            }
            m_model->setInstances(result.rows);
            if (!m_schedulePickedUp)
                pickUpSchedule();
            m_ui->instancesView->resizeColumnsToContents();
            updateButtons();
            updateSummary();
        });
}

void UpdatesTab::pickUpSchedule()
{
    m_schedulePickedUp = true;
    QString error;
    QStringList problems;
    for (const UpdateSchedule::Entry& missed : m_schedule.load(QDateTime::currentDateTime(), &error))
        problems << UpdateSchedule::missedText(missed);
    if (!error.isEmpty())
        problems << error;
    for (const UpdateSchedule::Entry& e : m_schedule.entries()) {
        m_model->setScheduled(e.instance, e.at);
        m_progress->appendLog(tr("%1: the update to %2 scheduled for %3 is picked up again.")
                                  .arg(e.instanceName, e.version,
                                       QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)));
    }
    if (m_schedule.size() > 0)
        m_scheduleTimer->start();
    if (!problems.isEmpty())
        showError(problems.join(u'\n'));
}

void UpdatesTab::checkAll()
{
    if (m_operation != Operation::None || m_model->rowCount() == 0)
        return;
    setOperation(Operation::Checking);
    m_ui->errorLabel->hide();
    // A scheduled update keeps its row until it has run.
    int checking = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const UpdatesModel::Row& r = m_model->rowAt(row);
        if (r.state != UpdatesModel::State::Scheduled) {
            m_model->setState(r.instance.uuid, UpdatesModel::State::Checking);
            ++checking;
        }
    }
    m_progress->begin(tr("— Checking %n instance(s) for updates —", nullptr, checking),
                      tr("Reading the release list…"));
    m_catalog->start();
}

void UpdatesTab::checkFinished()
{
    // Rows the check did not reach (cancelled) are not checked.
    int failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const UpdatesModel::Row& r = m_model->rowAt(row);
        if (r.state == UpdatesModel::State::Checking)
            m_model->setState(r.instance.uuid, UpdatesModel::State::NotChecked);
        else if (r.state == UpdatesModel::State::CheckFailed)
            ++failed;
    }
    const int available = m_model->availableCount();
    QString text = m_cancelled ? tr("Check cancelled.") : tr("Check finished.");
    text += u' ' + tr("%n update(s) available", nullptr, available);
    if (failed > 0)
        text += QStringLiteral("; ") + tr("%n instance(s) could not be checked", nullptr, failed);
    m_progress->finish(text + u'.', failed == 0 && !m_cancelled);
    setOperation(Operation::None);
    emit operationEnded();
}

int UpdatesTab::selectedRow() const
{
    const QModelIndex current = m_ui->instancesView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void UpdatesTab::reviewSelected()
{
    const int row = selectedRow();
    if (m_operation != Operation::None || row < 0)
        return;
    const UpdatesModel::Row r = m_model->rowAt(row);
    if (!r.check || !r.check->updateAvailable())
        return;
    // The release list of the last check: the dialog offers each newer release as the target.
    auto* dialog = new UpdateReviewDialog(r.instance, *r.check, rollbackDays(), /*canSchedule*/ true, this,
                                          m_catalog->releases());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, instance = r.instance] { apply(instance, dialog->update(), dialog->applyAt()); });
    dialog->open();
}

void UpdatesTab::apply(const InstanceRecord& instance, const UpdateAvailability& update,
                       const QDateTime& applyAt)
{
    if (m_operation != Operation::None)
        return;
    m_instance = instance;
    m_version = update.available;
    m_applyAt = applyAt;
    setOperation(Operation::Fetching);
    m_model->setState(instance.uuid, UpdatesModel::State::Applying);
    m_progress->begin(
        tr("— Update of %1 from %2 to %3 —").arg(instance.name, update.current, update.available),
        tr("Fetching release %1…").arg(update.available));
    // The archive is inspected against the layout of the instance's payload profile.
    QString error;
    const PayloadProfile profile = PayloadProfile::forConfig(instance.payloadProfile, &error);
    if (!error.isEmpty()) {
        m_model->setState(instance.uuid, UpdatesModel::State::UpdateAvailable);
        m_progress->finish(error, false);
        setOperation(Operation::None);
        return;
    }
    m_provider->setLayout(profile.releaseLayout());
    // Tags are usually v<version>: the provider tries that when the version alone is no tag.
    ReleaseChoice choice;
    choice.source = ReleaseSource::Tag;
    choice.tag = update.available;
    m_provider->start(choice);
}

void UpdatesTab::releaseFetched()
{
    if (m_operation != Operation::Fetching)
        return;
    if (m_provider->failure() != ReleaseProvider::Failure::None) {
        const bool cancelled = m_provider->failure() == ReleaseProvider::Failure::Cancelled;
        m_model->setState(m_instance.uuid, UpdatesModel::State::UpdateAvailable);
        m_progress->finish(cancelled
                               ? tr("Cancelled: nothing was changed on the server.")
                               : tr("The release could not be fetched: %1").arg(m_provider->errorText()),
                           false);
        setOperation(Operation::None);
        return;
    }
    const VerifiedRelease& release = m_provider->release();
    m_archive = release.archivePath;
    m_checksums = release.checksumsPath;
    m_progress->appendLog(tr("Release %1 fetched and verified: %2").arg(release.tag, release.archivePath));
    if (m_applyAt.isValid()) {
        // Staged now, so that the maintenance window holds only the backup, the switch and the checks.
        m_progress->showStep(tr("Staging release %1 beside the running one…").arg(m_version));
        setOperation(Operation::Staging);
        m_worker->startStage(m_instance, m_version, release.archivePath, release.checksumsPath);
        return;
    }
    setOperation(Operation::Applying);
    m_worker->startApply(m_instance, m_version, release.archivePath, release.checksumsPath, rollbackDays());
}

void UpdatesTab::applyDue()
{
    if (m_operation != Operation::None)
        return;
    QString error;
    const std::optional<UpdateSchedule::Entry> due = m_schedule.takeDue(QDateTime::currentDateTime(), &error);
    if (m_schedule.size() == 0)
        m_scheduleTimer->stop();
    if (!error.isEmpty())
        showError(error);
    if (!due)
        return;
    const int row = m_model->rowOf(due->instance);
    if (row < 0) {
        showError(tr("The update of %1 to %2 scheduled for now was not applied: the instance is not in the "
                     "registry any more.")
                      .arg(due->instanceName, due->version));
        return;
    }
    m_instance = m_model->rowAt(row).instance;
    m_version = due->version;
    m_applyAt = QDateTime();
    m_model->setState(m_instance.uuid, UpdatesModel::State::Applying);
    m_progress->begin(tr("— Scheduled update of %1 to %2 —").arg(m_instance.name, due->version),
                      tr("Connecting to %1…").arg(m_instance.sshHost));
    setOperation(Operation::Applying);
    m_worker->startApply(m_instance, due->version, due->archive, due->checksums, rollbackDays(), due->runId);
}

bool UpdatesTab::confirmQuit()
{
    if (isBusy()) {
        MessageBox::warning(this, tr("Quit KKT Deploy"),
                            tr("An update check, update or roll back is running. Wait for it to end, or "
                               "cancel it in the Updates tab, then quit."));
        return false;
    }
    if (m_schedule.size() == 0)
        return true;
    return MessageBox::question(
               this, tr("Quit KKT Deploy"),
               tr("%n scheduled update(s) are applied only while KKT Deploy runs. The schedule is kept: "
                  "opened again before their time, KKT Deploy applies them then; if it is not running at "
                  "their time, they are not applied, and the next start says so. What is staged stays on "
                  "the servers, and nothing of the running instances has changed.\n\nQuit anyway?",
                  nullptr, m_schedule.size()),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void UpdatesTab::rollBackSelected()
{
    const int row = selectedRow();
    if (m_operation != Operation::None || row < 0)
        return;
    const InstanceRecord instance = m_model->rowAt(row).instance;
    if (MessageBox::question(
            this, tr("Roll back %1").arg(instance.name),
            tr("Return %1 (now %2) to the release it ran before its last update? When that update "
               "migrated the database, the database is restored from the backup taken before it, and "
               "what was written since is lost. Roll back is possible for %n day(s) after an update.",
               nullptr, rollbackDays())
                .arg(instance.name, m_model->rowAt(row).current),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_instance = instance;
    setOperation(Operation::RollingBack);
    m_model->setState(instance.uuid, UpdatesModel::State::RollingBack);
    m_progress->begin(tr("— Roll back of %1 —").arg(instance.name),
                      tr("Connecting to %1…").arg(instance.sshHost));
    m_worker->startRollBack(instance, rollbackDays());
}

void UpdatesTab::runnerFinished()
{
    const UpdateOutcome& o = m_worker->result().outcome;
    if (m_operation == Operation::Staging && o.status == UpdateOutcome::Status::Staged) {
        QString error;
        m_schedule.add(
            {m_instance.uuid, m_instance.name, m_version, m_archive, m_checksums, o.updateId, m_applyAt},
            &error);
        m_scheduleTimer->start();
        m_model->setScheduled(m_instance.uuid, m_applyAt);
        m_progress->finish(
            o.message + u' ' +
                tr("KKT Deploy applies it at %1 and must be running then: the schedule is kept "
                   "if you close it and picked up when you open it again, but an update whose "
                   "time comes while KKT Deploy is closed is not applied.")
                    .arg(QLocale().toString(m_applyAt, QLocale::ShortFormat)),
            true);
        if (!error.isEmpty())
            showError(error);
        setOperation(Operation::None);
        emit operationEnded();
        return;
    }
    const QUuid id = m_instance.uuid;
    for (const HealthCheck& check : o.health) {
        if (!check.passed)
            m_progress->appendLog(tr("✘ %1: %2").arg(check.title, check.detail));
    }
    bool ok = false;
    const QString text = m_model->setOutcome(id, o, m_operation == Operation::RollingBack, &ok);
    m_progress->finish(text, ok);
    setOperation(Operation::None);
    emit operationEnded();
}

void UpdatesTab::cancel()
{
    m_cancelled = true;
    // A running check, update or roll back was told by the panel (UpdateWorker::cancel); the
    // release list and the release download are stopped here, and end through their finished().
    if (m_operation == Operation::Checking && !m_worker->isRunning())
        m_catalog->cancel();
    if (m_operation == Operation::Fetching)
        m_provider->cancel();
}

void UpdatesTab::setOperation(Operation operation)
{
    if (m_operation == Operation::None)
        m_cancelled = false; // a new operation begins
    m_operation = operation;
    updateButtons();
}

void UpdatesTab::updateButtons()
{
    const bool idle = m_operation == Operation::None;
    const int row = selectedRow();
    const UpdatesModel::Row* r = row >= 0 && row < m_model->rowCount() ? &m_model->rowAt(row) : nullptr;
    m_ui->checkAllButton->setEnabled(idle && m_model->rowCount() > 0);
    m_ui->reloadButton->setEnabled(idle);
    // A refused update is reviewed too: the review offers the releases in between.
    m_ui->reviewButton->setEnabled(
        idle && r && r->check && r->check->updateAvailable() &&
        (r->state == UpdatesModel::State::UpdateAvailable || r->state == UpdatesModel::State::Refused));
    m_ui->fleetButton->setEnabled(idle && m_model->availableCount() > 0);
    m_ui->rollBackButton->setEnabled(idle && r && !r->instance.sshHost.isEmpty() &&
                                     !UpdatesModel::isBusy(r->state));
}

void UpdatesTab::updateSummary()
{
    QString text = tr("%n instance(s)", nullptr, m_model->rowCount());
    const int available = m_model->availableCount();
    if (available > 0)
        text += QStringLiteral(" · ") + tr("%n update(s) available", nullptr, available);
    text += QStringLiteral(" · ") + m_target.display();
    m_ui->summaryLabel->setText(text);
}

void UpdatesTab::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}
