#include "RegistryTestDatabase.h"
#include "gui/FileDialogs.h"
#include "gui/RegistryTab.h"
#include "gui/WidgetDriver.h"
#include "registry/Registry.h"
#include "registry/RegistryTableModel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFont>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

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
    void chartDatesAreNotElided();
    void searchesCyrillicAndIdn();
    void healthResultKeepsSelectionInColour();
    void marksAndFiltersTestInstances();

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
    file.close();

    // A name typed without the suffix gets ".csv"; the file starts with a UTF-8 byte order mark.
    const QString bare =
        TestEnvironment::freshDirectory(QStringLiteral("export")) + QStringLiteral("/registry");
    FileDialogs::setNextFileName(bare);
    driver.click(QStringLiteral("exportButton"));
    QTRY_COMPARE(exported.size(), 3);
    QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
    QFile withSuffix(bare + QStringLiteral(".csv"));
    QVERIFY(withSuffix.open(QIODevice::ReadOnly));
    QVERIFY(withSuffix.readAll().startsWith("\xEF\xBB\xBFinstance_uuid,"));
    QVERIFY(!QFile::exists(bare));
}

void TestRegistryTab::chartDatesAreNotElided()
{
    // The main window's default size (960 × 720) leaves the tab about this much.
    m_tab->resize(940, 640);
    m_tab->findChild<QTabWidget*>(QStringLiteral("viewTabs"))->setCurrentIndex(1);
    QSignalSpy overview(m_tab.get(), &RegistryTab::overviewLoaded);
    m_tab->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(overview.size() >= 1, 20000);
    auto* view = m_tab->findChild<QChartView*>(QStringLiteral("weeklyChart"));
    QTRY_VERIFY(view->isVisible() && view->width() > 100);
    QApplication::processEvents();
    int dates = 0;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item)) {
            const QString label = text->toPlainText();
            // Qt Charts elides with "..." (three dots).
            QVERIFY2(!label.contains(u'…') && !label.contains(QStringLiteral("...")), qPrintable(label));
            if (label.contains(u'.') && label.size() == 5)
                ++dates;
        }
    }
    auto* axis = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QVERIFY(axis->count() > 0);
    QCOMPARE(dates, axis->count());
    m_tab->findChild<QTabWidget*>(QStringLiteral("viewTabs"))->setCurrentIndex(0);
    m_tab->resize(1200, 800);
}

void TestRegistryTab::searchesCyrillicAndIdn()
{
    QString error;
    Registry registry(m_target);
    for (int i = 0; i < 3; ++i) {
        InstanceRecord r;
        r.uuid = QUuid::createUuid();
        r.name = QStringLiteral("ivanov-%1").arg(i);
        r.company = QStringLiteral("ИП Иванов");
        r.domain =
            QString::fromLatin1(QUrl::toAce(QStringLiteral("%1-пример.рф").arg(i))); // stored as punycode
        QVERIFY(r.domain.startsWith(QStringLiteral("xn--")));
        QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
    }
    RegistryTableModel* model = m_tab->model();
    WidgetDriver driver(m_tab.get());
    for (const QString& needle :
         {QStringLiteral("Иванов"), QStringLiteral("иванов"), QStringLiteral("ИВАНОВ")}) {
        driver.type(QStringLiteral("searchEdit"), needle);
        QTRY_COMPARE(model->totalCount(), 3);
    }
    driver.type(QStringLiteral("searchEdit"), QStringLiteral("1-ПРИМЕР.РФ"));
    QTRY_COMPARE(model->totalCount(), 1);
    QTRY_COMPARE(model->rowCount(), 1);
    const QString domain = model->data(model->index(0, InstanceQuery::Domain)).toString();
    QVERIFY2(domain.startsWith(QStringLiteral("1-пример.рф (xn--1-")), qPrintable(domain));
    // … and in the detail of the selected instance.
    m_tab->findChild<QTableView*>(QStringLiteral("instancesView"))->setCurrentIndex(model->index(0, 0));
    QTRY_COMPARE(m_tab->findChild<QLabel*>(QStringLiteral("domainValue"))->text(), domain);
    driver.type(QStringLiteral("searchEdit"), QString());
    QTRY_COMPARE(model->totalCount(), 10003);
}

void TestRegistryTab::healthResultKeepsSelectionInColour()
{
    // A pinned instance whose server does not answer: the check fails at once, in red.
    QString error;
    Registry registry(m_target);
    InstanceRecord r;
    r.uuid = QUuid::createUuid();
    r.name = QStringLiteral("aaa-unreachable");
    r.sshHost = QStringLiteral("127.0.0.1");
    r.sshPort = TestEnvironment::freePort();
    r.hostKeyFingerprint = QStringLiteral("SHA256:unreachable");
    QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
    RegistryTableModel* model = m_tab->model();
    WidgetDriver driver(m_tab.get());
    driver.type(QStringLiteral("searchEdit"), QStringLiteral("aaa-"));
    QTRY_COMPARE(model->totalCount(), 1);
    QTRY_COMPARE(model->rowCount(), 1);
    auto* view = m_tab->findChild<QTableView*>(QStringLiteral("instancesView"));
    view->setCurrentIndex(model->index(0, 0));
    auto* label = m_tab->findChild<QLabel*>(QStringLiteral("healthStatusLabel"));
    QTRY_VERIFY(m_tab->findChild<QPushButton*>(QStringLiteral("checkHealthButton"))->isEnabled());
    driver.click(QStringLiteral("checkHealthButton"));
    QTRY_VERIFY(label->text().startsWith(QStringLiteral("Checking")));
    QTRY_VERIFY_WITH_TIMEOUT(
        label->text().contains(QStringLiteral("0 of")) ||
            (!label->text().isEmpty() && !label->text().startsWith(QStringLiteral("Checking"))),
        60000);
    // After the reload: the same instance selected, its detail enabled, the result in red.
    QTRY_VERIFY(view->currentIndex().isValid());
    QCOMPARE(model->instanceAt(view->currentIndex().row()).uuid, r.uuid);
    QTRY_VERIFY(m_tab->findChild<QWidget*>(QStringLiteral("detailPanel"))->isEnabled());
    QVERIFY(label->isEnabled());
    QVERIFY2(label->styleSheet().contains(QStringLiteral("#d93a3a")), qPrintable(label->styleSheet()));
    QVERIFY(!label->text().isEmpty());
    QTRY_COMPARE(model->data(model->index(0, InstanceQuery::Status)).toString(), QStringLiteral("error"));
    driver.type(QStringLiteral("searchEdit"), QString());
}

void TestRegistryTab::showsHistoryAndCharts()
{
    RegistryTableModel* model = m_tab->model();
    QTRY_COMPARE(model->totalCount(), 10000);
    auto* view = m_tab->findChild<QTableView*>(QStringLiteral("instancesView"));
    view->setCurrentIndex(model->index(0, 0)); // inst-00000 has one failed deploy
    QTRY_COMPARE(m_tab->findChild<QTableWidget*>(QStringLiteral("historyTable"))->rowCount(), 1);
    auto* history = m_tab->findChild<QTableWidget*>(QStringLiteral("historyTable"));
    // In words (translated), while the database keeps "deploy" and "failed".
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("deployment"));
    QCOMPARE(history->item(0, 1)->text(), HistoryRecord::actionText(QStringLiteral("deploy")));
    QCOMPARE(history->item(0, 2)->text(), HistoryRecord::statusText(QStringLiteral("failed")));
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

void TestRegistryTab::marksAndFiltersTestInstances()
{
    // Two test instances: one running with its bot, one removed by an earlier KKT Deploy that
    // cleared its bot.
    QString error;
    Registry registry(m_target);
    InstanceRecord running;
    running.uuid = QUuid::createUuid();
    running.name = QStringLiteral("mode-test-running");
    running.mode = QStringLiteral("test");
    running.botUsername = QStringLiteral("kkt_test_bot");
    InstanceRecord removed = running;
    removed.uuid = QUuid::createUuid();
    removed.name = QStringLiteral("mode-test-removed");
    removed.botUsername.clear();
    removed.status = QStringLiteral("removed");
    for (const InstanceRecord& r : {running, removed})
        QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
    RegistryTableModel* model = m_tab->model();
    WidgetDriver driver(m_tab.get());
    auto* status = m_tab->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(0);
    driver.type(QStringLiteral("searchEdit"), QString());
    auto* mode = m_tab->findChild<QComboBox*>(QStringLiteral("modeFilter"));
    QVERIFY(mode);
    QCOMPARE(mode->itemText(mode->findData(QStringLiteral("test"))), QStringLiteral("TEST"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("test")));
    QTRY_COMPARE(model->totalCount(), 2);
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->headerData(InstanceQuery::Mode, Qt::Horizontal).toString(), QStringLiteral("Mode"));
    QCOMPARE(model->data(model->index(0, InstanceQuery::Mode)).toString(), QStringLiteral("TEST"));
    QVERIFY(model->data(model->index(0, InstanceQuery::Mode), Qt::FontRole).value<QFont>().bold());
    // The search combines with the mode, as with the status.
    driver.type(QStringLiteral("searchEdit"), QStringLiteral("removed"));
    QTRY_COMPARE(model->totalCount(), 1);
    QTRY_COMPARE(model->data(model->index(0, InstanceQuery::Name)).toString(), removed.name);
    auto* view = m_tab->findChild<QTableView*>(QStringLiteral("instancesView"));
    view->setCurrentIndex(model->index(0, 0));
    auto* bot = m_tab->findChild<QLabel*>(QStringLiteral("botValue"));
    QTRY_VERIFY2(bot->text().startsWith(QStringLiteral("not kept")), qPrintable(bot->text()));
    QCOMPARE(m_tab->findChild<QLabel*>(QStringLiteral("modeValue"))->text(), QStringLiteral("test"));
    driver.type(QStringLiteral("searchEdit"), QStringLiteral("running"));
    QTRY_COMPARE(model->data(model->index(0, InstanceQuery::Name)).toString(), running.name);
    QCOMPARE(model->totalCount(), 1);
    view->setCurrentIndex(model->index(0, 0));
    QTRY_COMPARE(bot->text(), QStringLiteral("kkt_test_bot"));
    // Production only: none of the 10 000 record a mode, nor do these two count.
    mode->setCurrentIndex(mode->findData(QStringLiteral("production")));
    QTRY_COMPARE(model->totalCount(), 0);
    mode->setCurrentIndex(0);
    driver.type(QStringLiteral("searchEdit"), QString());
}

QTEST_MAIN(TestRegistryTab)
#include "TestRegistryTab.moc"
