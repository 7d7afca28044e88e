#include "RegistryTab.h"

#include "TestInstanceAction.h"

#include "FileDialogs.h"
#include "IssueTokenDialog.h"
#include "RegistryCharts.h"
#include "SecretClipboard.h"
#include "UpdateHistoryTable.h"
#include "provisioning/InstanceHealthCheck.h"
#include "registry/InstanceCsv.h"
#include "registry/InstanceSearch.h"
#include "registry/Outbox.h"
#include "registry/RegistryKeyPair.h"
#include "registry/RegistryTableModel.h"
#include "registry/RegistryWorker.h"
#include "registry/SchemaMigrator.h"
#include "registry/SealedCredentials.h"
#include "ui_RegistryTab.h"

#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTimer>

namespace {

struct Overview
{
    QList<Registry::VersionCount> versions;
    QList<Registry::WeekCount> weeks;
    bool privateKeyHeld = false;
    int outboxPending = 0;
    QString error;
};

struct Detail
{
    QList<HistoryRecord> history;
    QString error;
};

constexpr int chartWeeks = 12;

} // namespace

RegistryTarget RegistryTab::configuredTarget()
{
    // Without the password: RegistryWorker reads it (environment, else keychain) on the registry
    // thread, so a slow keychain never holds up the window.
    QString note;
    return RegistryTarget::configuredWithoutPassword(&note);
}

QString RegistryTab::openRegistry(Registry& registry)
{
    QString error;
    if (!registry.target().isPostgres()) {
        QSqlDatabase db = registry.database(&error);
        if (db.isValid())
            SchemaMigrator(registry.target().kind).migrate(db, nullptr, &error);
    }
    if (error.isEmpty())
        registry.open(&error);
    return error;
}

RegistryTab::RegistryTab(const RegistryTarget& target, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RegistryTab>())
    , m_worker(new RegistryWorker(target, this))
    , m_model(new RegistryTableModel(m_worker, this))
    , m_searchDelay(new QTimer(this))
    , m_outboxTimer(new QTimer(this))
    , m_versionChart(new QChartView(this))
    , m_weeklyChart(new QChartView(this))
{
    m_ui->setupUi(this);
    m_ui->detailLayout->addWidget(m_updateHistory = new UpdateHistoryTable(m_ui->detailPanel));
    m_ui->statusFilter->addItem(tr("All statuses"), QString());
    for (const QString& status : {QStringLiteral("active"), QStringLiteral("inactive"),
                                  QStringLiteral("error"), QStringLiteral("removed")})
        m_ui->statusFilter->addItem(RegistryTableModel::statusText(status), status);
    m_ui->modeFilter->addItem(tr("All modes"), QString());
    for (const QString& mode : {QStringLiteral("production"), QStringLiteral("test")})
        m_ui->modeFilter->addItem(RegistryTableModel::modeText(mode), mode);
    m_ui->instancesView->setModel(m_model);
    m_ui->instancesView->horizontalHeader()->setSortIndicator(InstanceQuery::Name, Qt::AscendingOrder);
    // After the indicator: enabling sorting sorts by it at once, which is the model's own order.
    m_ui->instancesView->setSortingEnabled(true);
    m_ui->instancesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->instancesView->verticalHeader()->hide();
    m_ui->instancesView->setWordWrap(false);
    m_ui->historyTable->setColumnCount(5);
    m_ui->historyTable->setHorizontalHeaderLabels(
        {tr("Started"), tr("Action"), tr("Result"), tr("Version"), tr("By")});
    m_ui->historyTable->verticalHeader()->hide();
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    clearDetail();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #d93a3a"));
    m_versionChart->setObjectName(QStringLiteral("versionChart"));
    m_weeklyChart->setObjectName(QStringLiteral("weeklyChart"));
    m_versionChart->setRenderHint(QPainter::Antialiasing);
    m_weeklyChart->setRenderHint(QPainter::Antialiasing);
    m_ui->chartsLayout->addWidget(m_versionChart);
    m_ui->chartsLayout->addWidget(m_weeklyChart);
    IssueTokenDialog::addButton(m_ui->toolbarLayout, m_worker, this);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &RegistryTab::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &RegistryTab::applyFilter);
    connect(m_ui->modeFilter, &QComboBox::currentIndexChanged, this, &RegistryTab::applyFilter);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RegistryTab::refresh);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialogs::saveFileName(this, tr("Export the registry as CSV"),
                                      QStringLiteral("kkt-registry.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_model, &RegistryTableModel::totalCountChanged, this, &RegistryTab::updateSummary);
    connect(m_model, &RegistryTableModel::failed, this, &RegistryTab::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        clearDetail();
        m_ui->summaryLabel->setText(tr("Loading…"));
    });
    connect(m_model, &RegistryTableModel::firstPageLoaded, this, [this] {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_columnsSized = true;
            m_ui->instancesView->resizeColumnsToContents();
        }
        reselect();
    });
    connect(m_ui->instancesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showInstance(m_model->instanceAt(current.row()));
            });
    connect(m_ui->showCredentialsButton, &QPushButton::clicked, this, &RegistryTab::openCredentials);
    connect(m_ui->checkHealthButton, &QPushButton::clicked, this, &RegistryTab::checkHealth);
    m_testInstanceAction = new TestInstanceAction(target, this);
    m_ui->detailPanel->layout()->addWidget(m_testInstanceAction);
    connect(m_testInstanceAction, &TestInstanceAction::finished, this, &RegistryTab::refresh);
    connect(m_ui->copyUserButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->userValue->text()); });
    connect(m_ui->copyPasswordButton, &QPushButton::clicked, this,
            [this] { SecretClipboard::copy(m_ui->passwordValue->text()); });
    connect(this, &RegistryTab::exported, this, [this](bool ok, const QString& message) {
        if (ok)
            m_ui->summaryLabel->setText(message);
        else
            showError(message);
    });

    // Queued writes go out as soon as the registry answers again.
    m_outboxTimer->setInterval(60000);
    connect(m_outboxTimer, &QTimer::timeout, this, &RegistryTab::loadOverview);
    m_outboxTimer->start();
}

RegistryTab::~RegistryTab() = default;

void RegistryTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_started)
        return;
    m_started = true;
    // Nothing touches a database before the tab is first shown.
    // The embedded registry is KKT Deploy's own: it is created and migrated on first use. The
    // central one is migrated deliberately (kkt-deploy registry migrate).
    m_worker->call<QString>(this, &RegistryTab::openRegistry, [this](const QString& error) {
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
        refresh();
    });
}

void RegistryTab::refresh()
{
    if (m_selected && m_reselect.isNull())
        m_reselect = m_selected->uuid;
    m_ui->errorLabel->hide();
    applyFilter();
    loadOverview();
}

void RegistryTab::applyFilter()
{
    InstanceQuery query = m_model->query();
    query.search = m_ui->searchEdit->text();
    query.status = m_ui->statusFilter->currentData().toString();
    query.mode = m_ui->modeFilter->currentData().toString();
    m_model->setQuery(query);
}

void RegistryTab::clearDetail()
{
    m_selectedName.clear();
    m_selectedSealed.clear();
    for (QLabel* label : {m_ui->nameValue, m_ui->uuidValue, m_ui->sshValue, m_ui->hostKeyValue,
                          m_ui->modeValue, m_ui->botValue, m_ui->domainValue})
        label->clear();
    m_ui->userValue->clear();
    m_ui->passwordValue->clear();
    m_ui->credentialsBox->hide();
    m_ui->historyTable->setRowCount(0);
    m_updateHistory->setHistory({});
    m_ui->detailPanel->setEnabled(false);
}

void RegistryTab::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void RegistryTab::updateSummary()
{
    const int total = m_model->totalCount();
    QString text =
        tr("%n instance(s)", nullptr, qMax(total, 0)) + QStringLiteral(" · ") + m_worker->target().display();
    if (m_outboxPending > 0)
        text += QStringLiteral(" · ") + tr("%n write(s) waiting to be sent", nullptr, m_outboxPending);
    m_ui->summaryLabel->setText(text);
}

void RegistryTab::reselect()
{
    // A reload (refresh, or after a health check) keeps the instance that was selected.
    const QUuid uuid = std::exchange(m_reselect, QUuid());
    if (uuid.isNull())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->instanceAt(row).uuid == uuid) {
            m_ui->instancesView->setCurrentIndex(m_model->index(row, InstanceQuery::Name));
            m_ui->instancesView->scrollTo(m_model->index(row, InstanceQuery::Name));
            return;
        }
    }
}

void RegistryTab::showHealth(const QUuid& instance)
{
    if (instance.isNull() || instance != m_health.instance) {
        m_ui->healthStatusLabel->clear();
        return;
    }
    m_ui->healthStatusLabel->setStyleSheet(m_health.ok ? QStringLiteral("color: #2e9d4f")
                                                       : QStringLiteral("color: #d93a3a"));
    m_ui->healthStatusLabel->setText(m_health.text);
}

void RegistryTab::showInstance(const InstanceRecord& r)
{
    m_selected = std::make_shared<InstanceRecord>(r);
    showHealth(r.uuid);
    m_ui->checkHealthButton->setEnabled(!r.hostKeyFingerprint.isEmpty());
    m_testInstanceAction->setInstance(r);
    m_ui->detailPanel->setEnabled(true);
    m_ui->nameValue->setText(r.company.isEmpty() ? r.name : QStringLiteral("%1 — %2").arg(r.name, r.company));
    m_ui->uuidValue->setText(r.uuid.toString(QUuid::WithoutBraces));
    m_ui->sshValue->setText(r.sshHost.isEmpty()
                                ? tr("not recorded")
                                : QStringLiteral("%1@%2:%3").arg(r.sshUser, r.sshHost).arg(r.sshPort));
    m_ui->hostKeyValue->setText(r.hostKeyFingerprint.isEmpty() ? tr("not pinned") : r.hostKeyFingerprint);
    m_ui->modeValue->setText(r.mode == QStringLiteral("test")         ? tr("test")
                             : r.mode == QStringLiteral("production") ? tr("production")
                                                                      : tr("not recorded"));
    m_ui->botValue->setText(
        !r.botUsername.isEmpty() ? r.botUsername
        : r.status == QStringLiteral("removed")
            ? tr("not kept — an earlier KKT Deploy cleared it when the instance was removed, "
                 "or it was never recorded")
            : tr("not recorded"));
    m_ui->domainValue->setText(r.domain.isEmpty() ? tr("not recorded")
                                                  : InstanceSearch::displayDomain(r.domain));
    m_selectedSealed = r.sealedCredentials;
    m_selectedName = r.uuid.toString(QUuid::WithoutBraces);
    m_ui->userValue->clear();
    m_ui->passwordValue->clear();
    m_ui->credentialsBox->setVisible(m_privateKeyHeld && !r.sealedCredentials.isEmpty());
    m_ui->copyUserButton->setEnabled(false);
    m_ui->copyPasswordButton->setEnabled(false);
    m_ui->historyTable->setRowCount(0);
    const QUuid uuid = r.uuid;
    m_worker->call<Detail>(
        this,
        [uuid](Registry& registry) {
            Detail d;
            d.history = registry.history(uuid, &d.error);
            return d;
        },
        [this, uuid](const Detail& d) {
            if (m_selectedName != uuid.toString(QUuid::WithoutBraces))
                return; // another instance was selected meanwhile
            if (!d.error.isEmpty()) {
                showError(d.error);
                return;
            }
            m_ui->historyTable->setRowCount(int(d.history.size()));
            for (int row = 0; row < d.history.size(); ++row) {
                const HistoryRecord& h = d.history.at(row);
                const QString version = h.fromVersion.isEmpty()
                                            ? h.toVersion
                                            : QStringLiteral("%1 → %2").arg(h.fromVersion, h.toVersion);
                const QStringList cells{QLocale().toString(h.startedAt.toLocalTime(), QLocale::ShortFormat),
                                        HistoryRecord::actionText(h.action),
                                        HistoryRecord::statusText(h.status), version, h.initiatedBy};
                for (int column = 0; column < cells.size(); ++column) {
                    auto* item = new QTableWidgetItem(cells.at(column));
                    if (!h.logExcerpt.isEmpty() || !h.errorLog.isEmpty())
                        item->setToolTip(h.errorLog.isEmpty() ? h.logExcerpt : h.errorLog);
                    if (column == 2 && h.status == QStringLiteral("failed"))
                        item->setForeground(QColor(0xd9, 0x3a, 0x3a));
                    m_ui->historyTable->setItem(row, column, item);
                }
            }
            m_ui->historyTable->resizeColumnsToContents();
            m_updateHistory->setHistory(d.history);
        });
}

void RegistryTab::openCredentials()
{
    const QString sealed = m_selectedSealed;
    const QString target = m_selectedName;
    struct Opened
    {
        SealedCredentials credentials;
        QString error;
    };
    m_ui->showCredentialsButton->setEnabled(false);
    m_worker->call<Opened>(
        this,
        [sealed, target](Registry& registry) {
            Opened result;
            if (auto opened = RegistryKeyPair::open(registry, sealed, target, &result.error))
                result.credentials = *opened;
            return result;
        },
        [this, target](const Opened& result) {
            m_ui->showCredentialsButton->setEnabled(true);
            if (!result.error.isEmpty()) {
                showError(result.error);
                return;
            }
            if (m_selectedName != target)
                return;
            m_ui->userValue->setText(result.credentials.username);
            m_ui->passwordValue->setText(result.credentials.password);
            m_ui->copyUserButton->setEnabled(true);
            m_ui->copyPasswordButton->setEnabled(true);
        });
}

void RegistryTab::exportCsv(const QString& chosenPath)
{
    // A file dialog without a native suffix policy returns the name as typed.
    const QString path = InstanceCsv::withSuffix(chosenPath);
    const InstanceQuery query = m_model->query();
    struct Result
    {
        bool ok = false;
        int rows = 0;
        QString error;
    };
    m_ui->exportButton->setEnabled(false);
    m_worker->call<Result>(
        this,
        [path, query](Registry& registry) {
            Result r;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                r.error = tr("Cannot write %1: %2 — choose another folder")
                              .arg(QDir::toNativeSeparators(path), file.errorString());
                return r;
            }
            r.ok = InstanceCsv::write(registry, query, &file, &r.error) && file.commit();
            if (r.ok)
                r.rows = registry.countInstances(query, &r.error);
            else if (r.error.isEmpty())
                r.error = file.errorString();
            return r;
        },
        [this, path](const Result& r) {
            m_ui->exportButton->setEnabled(true);
            emit exported(
                r.ok,
                r.ok
                    ? tr("Exported %n instance(s) to %1", nullptr, r.rows).arg(QDir::toNativeSeparators(path))
                    : r.error);
        });
}

void RegistryTab::loadOverview()
{
    m_worker->call<Overview>(
        this,
        [](Registry& registry) {
            Overview o;
            // The outbox is sent first, so the charts include what was waiting.
            Outbox outbox;
            if (outbox.pending() > 0)
                outbox.flush(registry);
            o.outboxPending = qMax(outbox.pending(), 0);
            o.versions = registry.instancesPerVersion(&o.error);
            if (o.error.isEmpty())
                o.weeks = registry.deploymentsPerWeek(chartWeeks, &o.error);
            o.privateKeyHeld = RegistryKeyPair::privateKeyHeld(registry);
            return o;
        },
        [this](const Overview& o) {
            m_outboxPending = o.outboxPending;
            m_privateKeyHeld = o.privateKeyHeld;
            updateSummary();
            if (!o.error.isEmpty()) {
                showError(o.error);
                return;
            }
            for (auto [view, chart] : {std::pair{m_versionChart, RegistryCharts::versions(o.versions)},
                                       std::pair{m_weeklyChart, RegistryCharts::weekly(o.weeks)}}) {
                QChart* old = view->chart();
                view->setChart(chart);
                delete old;
            }
            emit overviewLoaded();
        });
}

void RegistryTab::checkHealth()
{
    if (!m_selected)
        return;
    const InstanceRecord instance = *m_selected;
    m_ui->checkHealthButton->setEnabled(false);
    m_ui->healthStatusLabel->setStyleSheet(QString());
    m_ui->healthStatusLabel->setText(tr("Checking %1 over SSH …").arg(instance.name));
    // On the registry thread: SSH and the database both stay off the GUI thread.
    m_worker->call<InstanceHealthCheck::Result>(
        this, [instance](Registry& registry) { return InstanceHealthCheck::run(registry, instance); },
        [this, uuid = instance.uuid](const InstanceHealthCheck::Result& result) {
            m_health = {uuid, result.ok, result.text};
            m_ui->checkHealthButton->setEnabled(true);
            // The reload shows the new status and check time; the instance stays selected.
            refresh();
        });
}
