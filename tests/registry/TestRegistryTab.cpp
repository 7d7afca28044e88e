#include "RegistryTestDatabase.h"
#include "gui/FileDialogs.h"
#include "gui/RegistryTab.h"
#include "gui/WidgetDriver.h"
#include "registry/Registry.h"
#include "registry/RegistryTableModel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using DB = RegistryTestDatabase;

// The Registry tab on 10 000 instances in the embedded registry: search, filter, sort, details,
// export and charts, driven through the widgets.
class TestRegistryTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTenThousandInstancesLazily();
    void searchesAndFilters();
    void exportsWhatIsShown();
    void showsHistoryAndCharts();

private:
    RegistryTarget m_target;
    std::unique_ptr<RegistryTab> m_tab;
};

void TestRegistryTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_target = DB::sqlite();
    QString error;
    QVERIFY2(DB::migrate(m_target, &error), qPrintable(error));
    Registry registry(m_target);
    QSqlDatabase db = registry.database(&error);
    QVERIFY(db.transaction());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QUuid> withHistory;
    for (int i = 0; i < 10000; ++i) {
        InstanceRecord r;
        r.uuid = QUuid::createUuid();
        r.name = QStringLiteral("inst-%1").arg(i, 5, 10, QChar(u'0'));
        r.company = QStringLiteral("Company %1").arg(i % 50);
        r.domain = QStringLiteral("d%1.example.com").arg(i);
        r.ip = QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256);
        r.version = QStringLiteral("1.0.%1").arg(i % 3);
        r.status = i % 5 == 0 ? QStringLiteral("error") : QStringLiteral("active");
        r.lastHealthCheck = now.addSecs(-i * 60);
        r.hostKeyFingerprint = QStringLiteral("SHA256:key%1").arg(i);
        QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
        if (i < 20)
            withHistory << r.uuid;
    }
    QVERIFY(db.commit());
    for (int i = 0; i < withHistory.size(); ++i) {
        HistoryRecord h;
        h.operation = QUuid::createUuid();
        h.instance = withHistory.at(i);
        h.action = QStringLiteral("deploy");
        h.status = i % 4 == 0 ? QStringLiteral("failed") : QStringLiteral("success");
        h.startedAt = now.addDays(-i * 3);
        h.completedAt = h.startedAt.addSecs(300);
        QVERIFY2(registry.recordHistory(h, nullptr, &error), qPrintable(error));
    }
    m_tab = std::make_unique<RegistryTab>(m_target);
    m_tab->resize(1200, 800);
    m_tab->show();
}

void TestRegistryTab::showsTenThousandInstancesLazily()
{
    RegistryTableModel* model = m_tab->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 10000, 20000);
    QTRY_COMPARE(model->rowCount(), RegistryTableModel::pageSize);
    QCOMPARE(model->data(model->index(0, InstanceQuery::Name)).toString(), QStringLiteral("inst-00000"));
    auto* view = m_tab->findChild<QTableView*>(QStringLiteral("instancesView"));
    view->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > RegistryTableModel::pageSize);
    QVERIFY(model->rowCount() < 10000);
    QVERIFY(
        m_tab->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("10000")));
    // Sorting is the database's: the last name comes first in descending order.
    view->sortByColumn(InstanceQuery::Name, Qt::DescendingOrder);
    QTRY_COMPARE(model->data(model->index(0, InstanceQuery::Name)).toString(), QStringLiteral("inst-09999"));
    view->sortByColumn(InstanceQuery::LastHealthCheck, Qt::AscendingOrder);
    QTRY_COMPARE(model->data(model->index(0, InstanceQuery::Name)).toString(), QStringLiteral("inst-09999"));
    view->sortByColumn(InstanceQuery::Name, Qt::AscendingOrder);
    QTRY_COMPARE(model->data(model->index(0, InstanceQuery::Name)).toString(), QStringLiteral("inst-00000"));
}

void TestRegistryTab::searchesAndFilters()
{
    RegistryTableModel* model = m_tab->model();
    WidgetDriver driver(m_tab.get());
    driver.type(QStringLiteral("searchEdit"), QStringLiteral("INST-0012"));
    QTRY_COMPARE(model->totalCount(), 10); // inst-00120 … inst-00129
    QTRY_COMPARE(model->rowCount(), 10);
    auto* status = m_tab->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("error")));
    QTRY_COMPARE(model->totalCount(), 2); // inst-00120, inst-00125
    QCOMPARE(model->data(model->index(0, InstanceQuery::Status), Qt::ForegroundRole).value<QColor>(),
             QColor(0xd9, 0x3a, 0x3a));
    driver.type(QStringLiteral("searchEdit"), QString());
    QTRY_COMPARE(model->totalCount(), 2000);
    driver.type(QStringLiteral("searchEdit"), QStringLiteral("Company 5"));
    QTRY_COMPARE(model->totalCount(), 200); // i % 50 == 5: all of them are errors (i % 5 == 0)
    driver.type(QStringLiteral("searchEdit"), QStringLiteral("no such thing"));
    QTRY_COMPARE(model->totalCount(), 0);
    QCOMPARE(model->rowCount(), 0);
}

void TestRegistryTab::exportsWhatIsShown()
{
    RegistryTableModel* model = m_tab->model();
    WidgetDriver driver(m_tab.get());
    driver.type(QStringLiteral("searchEdit"), QStringLiteral("inst-0012"));
    QTRY_COMPARE(model->totalCount(), 2);
    const QString path =
        TestEnvironment::freshDirectory(QStringLiteral("export")) + QStringLiteral("/reg.csv");
    QSignalSpy exported(m_tab.get(), &RegistryTab::exported);
    FileDialogs::setNextFileName(path);
    driver.click(QStringLiteral("exportButton"));
    QTRY_COMPARE(exported.size(), 1);
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the end
    QVERIFY(lines.at(1).contains("inst-00120"));
    QVERIFY(lines.at(2).contains("inst-00125"));
    auto* status = m_tab->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(0);
    driver.type(QStringLiteral("searchEdit"), QString());
    QTRY_COMPARE(model->totalCount(), 10000);
    FileDialogs::setNextFileName(path);
    driver.click(QStringLiteral("exportButton"));
    QTRY_COMPARE(exported.size(), 2);
    QVERIFY(file.open(QIODevice::ReadOnly) || file.isOpen());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 10001);
}

void TestRegistryTab::showsHistoryAndCharts()
{
    RegistryTableModel* model = m_tab->model();
    QTRY_COMPARE(model->totalCount(), 10000);
    auto* view = m_tab->findChild<QTableView*>(QStringLiteral("instancesView"));
    view->setCurrentIndex(model->index(0, 0)); // inst-00000 has one failed deploy
    QTRY_COMPARE(m_tab->findChild<QTableWidget*>(QStringLiteral("historyTable"))->rowCount(), 1);
    auto* history = m_tab->findChild<QTableWidget*>(QStringLiteral("historyTable"));
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("deploy"));
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("failed"));
    QCOMPARE(m_tab->findChild<QLabel*>(QStringLiteral("hostKeyValue"))->text(),
             QStringLiteral("SHA256:key0"));
    // No private key in this test's keychain: no credentials box.
    QVERIFY(!m_tab->findChild<QWidget*>(QStringLiteral("credentialsBox"))->isVisible());

    QSignalSpy overview(m_tab.get(), &RegistryTab::overviewLoaded);
    m_tab->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(overview.size() >= 1, 20000);
    QChart* versions = m_tab->findChild<QChartView*>(QStringLiteral("versionChart"))->chart();
    QCOMPARE(versions->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(versions->series().first());
    QCOMPARE(bars->barSets().first()->count(), 3);
    QCOMPARE(bars->barSets().first()->at(0) + bars->barSets().first()->at(1) + bars->barSets().first()->at(2),
             10000.0);
    QChart* weekly = m_tab->findChild<QChartView*>(QStringLiteral("weeklyChart"))->chart();
    auto* stacked = qobject_cast<QAbstractBarSeries*>(weekly->series().first());
    double success = 0, failed = 0;
    for (int i = 0; i < stacked->barSets().at(0)->count(); ++i) {
        success += stacked->barSets().at(0)->at(i);
        failed += stacked->barSets().at(1)->at(i);
    }
    QCOMPARE(success + failed, 20.0);
    QCOMPARE(failed, 5.0);
    if (!qEnvironmentVariableIsEmpty("KKT_SCREENSHOTS")) {
        QTRY_COMPARE(model->totalCount(), 10000);
        view->setCurrentIndex(model->index(0, 0));
        QTRY_COMPARE(history->rowCount(), 1);
        m_tab->grab().save(qEnvironmentVariable("KKT_SCREENSHOTS") +
                           QStringLiteral("/registry-instances.png"));
        m_tab->findChild<QTabWidget*>(QStringLiteral("viewTabs"))->setCurrentIndex(1);
        m_tab->grab().save(qEnvironmentVariable("KKT_SCREENSHOTS") + QStringLiteral("/registry-charts.png"));
    }
}

QTEST_MAIN(TestRegistryTab)
#include "TestRegistryTab.moc"
