#include "WidgetDriver.h"
#include "gui/AdminIdsPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

class TestAdminIdsPage : public QObject
{
    Q_OBJECT

private slots:
    void addsRefusesDuplicatesAndRemoves();
    void returnAddsAndNextAddsAPendingId();
    void loadDropsDuplicates();
};

void TestAdminIdsPage::addsRefusesDuplicatesAndRemoves()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    AdminIdsPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    auto* list = ui.find<QListWidget>(QStringLiteral("adminIdList"));
    auto* add = ui.find<QAbstractButton>(QStringLiteral("addAdminIdButton"));
    QVERIFY(!page.isComplete());
    QVERIFY(!add->isEnabled());
    ui.type(QStringLiteral("adminIdEdit"), QStringLiteral("12ab"));
    QVERIFY(ui.shows(QStringLiteral("adminIdError")));
    QVERIFY(!add->isEnabled());
    ui.type(QStringLiteral("adminIdEdit"), QStringLiteral(" 42 "));
    QVERIFY(!ui.shows(QStringLiteral("adminIdError")));
    ui.click(QStringLiteral("addAdminIdButton"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(config.telegram.adminIds, QList<qint64>{42});
    QVERIFY(page.isComplete());

    ui.type(QStringLiteral("adminIdEdit"), QStringLiteral("42"));
    QVERIFY(ui.shows(QStringLiteral("adminIdError")));
    QVERIFY(ui.text(QStringLiteral("adminIdError")).contains(QStringLiteral("42")));
    QVERIFY(!add->isEnabled());
    QVERIFY(!page.isComplete());
    ui.type(QStringLiteral("adminIdEdit"), QString());
    QVERIFY(page.isComplete());

    list->setCurrentRow(0);
    ui.click(QStringLiteral("removeAdminIdButton"));
    QCOMPARE(list->count(), 0);
    QVERIFY(config.telegram.adminIds.isEmpty());
    QVERIFY(!page.isComplete());
    QVERIFY(ui.shows(QStringLiteral("adminIdsError")));
}

void TestAdminIdsPage::returnAddsAndNextAddsAPendingId()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    AdminIdsPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    ui.type(QStringLiteral("adminIdEdit"), QStringLiteral("7"));
    QTest::keyClick(ui.find<QLineEdit>(QStringLiteral("adminIdEdit")), Qt::Key_Return);
    QCOMPARE(config.telegram.adminIds, QList<qint64>{7});
    ui.type(QStringLiteral("adminIdEdit"), QStringLiteral("8"));
    QVERIFY(page.isComplete());
    QVERIFY(page.validatePage());
    QCOMPARE(config.telegram.adminIds, (QList<qint64>{7, 8}));
}

void TestAdminIdsPage::loadDropsDuplicates()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    AdminIdsPage page(&config, &secrets);
    page.show();
    config.telegram.adminIds = {5, 6, 5};
    page.load(true);
    QCOMPARE(WidgetDriver(&page).find<QListWidget>(QStringLiteral("adminIdList"))->count(), 2);
    QCOMPARE(config.telegram.adminIds, (QList<qint64>{5, 6}));
    QVERIFY(page.isComplete());
    QVERIFY(!WidgetDriver(&page).shows(QStringLiteral("adminIdsError")));

    // A loaded file without IDs says so at once.
    config.telegram.adminIds.clear();
    page.load(true);
    QVERIFY(!page.isComplete());
    QVERIFY(WidgetDriver(&page).shows(QStringLiteral("adminIdsError")));
}

QTEST_MAIN(TestAdminIdsPage)
#include "TestAdminIdsPage.moc"
