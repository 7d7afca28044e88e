#include "FleetUpdateDialog.h"

#include "FleetUpdateWorker.h"
#include "UpdatesModel.h"
#include "provisioning/PayloadProfile.h"
#include "releases/ReleaseProvider.h"
#include "ui_FleetUpdateDialog.h"

#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

namespace {
enum Column
{
    WaveColumn,
    InstanceColumn,
    HostColumn,
    VersionColumn,
    ResultColumn,
    ColumnCount
};
} // namespace

FleetUpdateDialog::FleetUpdateDialog(const QList<FleetWavePlan::Candidate>& candidates,
                                     const QList<ReleaseManifest>& releases, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FleetUpdateDialog>())
    , m_candidates(candidates)
    , m_provider(new ReleaseProvider(this))
    , m_worker(new FleetUpdateWorker(this))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #d93a3a"));
    m_ui->errorLabel->hide();
    m_ui->logView->hide();
    m_ui->cancelButton->setEnabled(false);
    m_ui->planTable->setColumnCount(ColumnCount);
    m_ui->planTable->setHorizontalHeaderLabels(
        {tr("Wave"), tr("Instance"), tr("Server"), tr("From → to"), tr("Result")});
    m_ui->planTable->verticalHeader()->hide();
    m_ui->planTable->horizontalHeader()->setStretchLastSection(true);

    // Newer releases than the oldest version of the fleet, the newest first.
    std::optional<SemanticVersion> oldest;
    for (const FleetWavePlan::Candidate& c : candidates) {
        const std::optional<SemanticVersion> v = SemanticVersion::parse(c.current);
        if (v && (!oldest || *v < *oldest))
            oldest = v;
    }
    QList<ReleaseManifest> offered;
    for (const ReleaseManifest& m : releases) {
        if (m.version && (!oldest || *m.version > *oldest))
            offered << m;
    }
    std::sort(offered.begin(), offered.end(),
              [](const ReleaseManifest& a, const ReleaseManifest& b) { return *a.version > *b.version; });
    for (const ReleaseManifest& m : std::as_const(offered))
        m_ui->releaseCombo->addItem(
            tr("%1 (%2)").arg(m.version->toString(), ReleaseManifest::severityText(m.severity)),
            m.version->toString());
    m_ui->canaryCombo->addItem(tr("Automatic"), QString());
    for (const FleetWavePlan::Candidate& c : candidates)
        m_ui->canaryCombo->addItem(c.instance.name, c.instance.uuid.toString(QUuid::WithoutBraces));

    connect(m_ui->releaseCombo, &QComboBox::currentIndexChanged, this, &FleetUpdateDialog::refreshPlan);
    connect(m_ui->canaryCombo, &QComboBox::currentIndexChanged, this, &FleetUpdateDialog::refreshPlan);
    for (QSpinBox* spin : {m_ui->shareSpin, m_ui->concurrencySpin, m_ui->maxFailuresSpin})
        connect(spin, &QSpinBox::valueChanged, this, &FleetUpdateDialog::refreshPlan);
    connect(m_ui->startButton, &QPushButton::clicked, this, &FleetUpdateDialog::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FleetUpdateDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &FleetUpdateDialog::reject);
    connect(m_provider, &ReleaseProvider::stage, m_ui->logView, &QPlainTextEdit::appendPlainText);
    connect(m_provider, &ReleaseProvider::finished, this, &FleetUpdateDialog::releaseFetched);
    connect(m_worker, &FleetUpdateWorker::logLine, m_ui->logView, &QPlainTextEdit::appendPlainText);
    connect(m_worker, &FleetUpdateWorker::instanceStarted, this,
            [this](const QUuid& id, int) { setResult(id, tr("updating…")); });
    connect(m_worker, &FleetUpdateWorker::instanceFinished, this,
            [this](const QUuid& id, const QString& status, const QString& message) {
                setResult(id, statusText(status), message);
            });
    connect(m_worker, &FleetUpdateWorker::finished, this, &FleetUpdateDialog::fleetFinished);
    refreshPlan();
}

FleetUpdateDialog::~FleetUpdateDialog() = default;

QList<FleetWavePlan::Candidate> FleetUpdateDialog::candidatesFrom(const UpdatesModel& model)
{
    QList<FleetWavePlan::Candidate> candidates;
    for (int row = 0; row < model.rowCount(); ++row) {
        const UpdatesModel::Row& r = model.rowAt(row);
        if (r.check)
            candidates << FleetWavePlan::Candidate{r.instance, r.check->current, r.check->error};
    }
    return candidates;
}

void FleetUpdateDialog::setJournalPath(const QString& path)
{
    m_worker->setJournalPath(path);
}

QString FleetUpdateDialog::statusText(const QString& statusName)
{
    if (statusName == QStringLiteral("updated"))
        return tr("updated");
    if (statusName == QStringLiteral("rolled_back"))
        return tr("failed, rolled back");
    if (statusName == QStringLiteral("refused"))
        return tr("refused");
    if (statusName == QStringLiteral("cancelled"))
        return tr("cancelled");
    if (statusName == QStringLiteral("not_started"))
        return tr("not started");
    return tr("failed");
}

void FleetUpdateDialog::refreshPlan()
{
    FleetWavePlan::Parameters p;
    const QString canary = m_ui->canaryCombo->currentData().toString();
    p.canary = canary;
    p.sharePercent = m_ui->shareSpin->value();
    p.concurrency = m_ui->concurrencySpin->value();
    p.maxFailures = m_ui->maxFailuresSpin->value();
    QString error;
    m_plan = m_ui->releaseCombo->count() == 0
                 ? std::nullopt
                 : FleetWavePlan::make(m_candidates, m_ui->releaseCombo->currentData().toString(), p, &error);
    if (m_ui->releaseCombo->count() == 0)
        error = tr("No checked instance has a newer release — check all first.");
    else if (m_plan && m_plan->instanceCount() == 0)
        error = tr("Every checked instance already runs %1; nothing to update.").arg(m_plan->target);
    // The canary is shown by name, not by UUID.
    if (!canary.isEmpty())
        error.replace(canary, m_ui->canaryCombo->currentText());
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_ui->startButton->setEnabled(!m_running && m_plan && m_plan->instanceCount() > 0);
    showPlan();
}

void FleetUpdateDialog::showPlan()
{
    QTableWidget* table = m_ui->planTable;
    table->setRowCount(0);
    if (!m_plan)
        return;
    const auto add = [table](const QStringList& cells, const QUuid& id) {
        const int row = table->rowCount();
        table->insertRow(row);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, id);
            table->setItem(row, c, item);
        }
    };
    for (const QList<FleetWavePlan::Entry>& wave : std::as_const(m_plan->waves)) {
        for (const FleetWavePlan::Entry& e : wave)
            add({QStringLiteral("%1/%2").arg(e.wave).arg(m_plan->waves.size()), e.instance.name,
                 e.instance.sshHost, QStringLiteral("%1 → %2").arg(e.from, m_plan->target),
                 e.checkError.isEmpty() ? QString() : tr("check failed: %1").arg(e.checkError)},
                e.instance.uuid);
    }
    for (const FleetWavePlan::Skipped& s : std::as_const(m_plan->skipped))
        add({tr("skipped"), s.instance.name, s.instance.sshHost, s.current, s.reason}, s.instance.uuid);
    table->resizeColumnsToContents();
}

void FleetUpdateDialog::setResult(const QUuid& instance, const QString& text, const QString& detail)
{
    for (int row = 0; row < m_ui->planTable->rowCount(); ++row) {
        QTableWidgetItem* item = m_ui->planTable->item(row, ResultColumn);
        if (item && item->data(Qt::UserRole).toUuid() == instance) {
            item->setText(text);
            item->setToolTip(detail);
        }
    }
}

void FleetUpdateDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->releaseCombo, m_ui->canaryCombo, m_ui->shareSpin,
                                                      m_ui->concurrencySpin, m_ui->maxFailuresSpin})
        w->setEnabled(!running);
    m_ui->startButton->setEnabled(false);
    m_ui->cancelButton->setEnabled(running);
    m_ui->closeButton->setEnabled(!running);
}

void FleetUpdateDialog::start()
{
    if (!m_plan || m_plan->instanceCount() == 0 || m_running)
        return;
    setRunning(true);
    m_ui->logView->show();
    m_ui->summaryLabel->setText(tr("Fetching release %1…").arg(m_plan->target));
    // The archive is inspected against the layout of the canary's payload profile.
    QString error;
    const PayloadProfile profile =
        PayloadProfile::forConfig(m_plan->waves.first().first().instance.payloadProfile, &error);
    if (!error.isEmpty()) {
        m_ui->summaryLabel->setText(error);
        setRunning(false);
        refreshPlan();
        return;
    }
    m_provider->setLayout(profile.releaseLayout());
    ReleaseChoice choice; // tags are usually v<version>: the provider tries that too
    choice.source = ReleaseSource::Tag;
    choice.tag = m_plan->target;
    m_provider->start(choice);
}

void FleetUpdateDialog::releaseFetched()
{
    if (m_provider->failure() != ReleaseProvider::Failure::None) {
        m_ui->summaryLabel->setText(
            m_provider->failure() == ReleaseProvider::Failure::Cancelled
                ? tr("Cancelled: nothing was changed on any server.")
                : tr("The release could not be fetched: %1").arg(m_provider->errorText()));
        setRunning(false);
        refreshPlan();
        return;
    }
    const VerifiedRelease& release = m_provider->release();
    m_ui->logView->appendPlainText(
        tr("Release %1 fetched and verified: %2").arg(release.tag, release.archivePath));
    m_ui->summaryLabel->setText(tr("Updating the fleet to %1…").arg(m_plan->target));
    m_worker->start(*m_plan, release.archivePath, release.checksumsPath);
}

void FleetUpdateDialog::cancel()
{
    m_ui->cancelButton->setEnabled(false);
    m_ui->summaryLabel->setText(
        tr("Cancelling: no further instance starts; running updates stop at a safe point…"));
    if (m_provider->isRunning())
        m_provider->cancel();
    if (m_worker->isRunning())
        m_worker->cancel();
}

void FleetUpdateDialog::fleetFinished()
{
    const FleetUpdateRunner::Report& report = m_worker->report();
    for (const FleetUpdateRunner::InstanceResult& r : report.results) {
        if (!r.started)
            setResult(r.entry.instance.uuid, statusText(r.statusName()));
    }
    m_ui->summaryLabel->setText(tr("Fleet update to %1: %2").arg(report.target, report.summaryText()));
    setRunning(false);
}

void FleetUpdateDialog::reject()
{
    if (m_running)
        return;
    QDialog::reject();
}
