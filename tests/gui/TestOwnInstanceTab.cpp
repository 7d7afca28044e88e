#include "WidgetDriver.h"
#include "gui/OwnInstanceTab.h"
#include "registry/DeploymentTokens.h"
#include "registry/RegistryTestDatabase.h"
#include "registry/SelfServiceRegistry.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

// The self-service edition's Registry tab against a real PostgreSQL registry: the client's role
// reads its own instance and history through the token, and nothing else is there to see.
class TestOwnInstanceTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsOnlyTheTokensInstance();
    void cleanupTestCase() { qunsetenv("KKT_REGISTRY_PASSWORD"); }

private:
    PostgresServer m_server;
    QString m_database = QStringLiteral("own_instance");
};

void TestOwnInstanceTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KKT"));
    QCoreApplication::setApplicationName(QStringLiteral("kkt-deploy-client-tab-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       TestEnvironment::freshDirectory(QStringLiteral("own-instance-tab")));
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY2(m_server.createDatabase(m_database), qPrintable(m_server.error()));
    QString error;
    QVERIFY2(RegistryTestDatabase::migrate(RegistryTestDatabase::postgres(m_server, m_database), &error),
             qPrintable(error));
    QVERIFY2(m_server.runSql(m_database,
                             QStringLiteral("CREATE ROLE tab_staff LOGIN PASSWORD 'Tab-Staff-1x' IN ROLE "
                                            "kkt_deployer; CREATE ROLE tab_client LOGIN PASSWORD "
                                            "'Tab-Client-1x' IN ROLE kkt_selfservice;")),
             qPrintable(m_server.error()));
    QSettings().setValue(
        QStringLiteral("registry/url"),
        RegistryTestDatabase::postgresUrl(m_server, m_database, QStringLiteral("tab_client")));
    qputenv("KKT_REGISTRY_PASSWORD", "Tab-Client-1x");
}

void TestOwnInstanceTab::showsOnlyTheTokensInstance()
{
    QString error;
    const RegistryTarget staff = RegistryTestDatabase::postgres(
        m_server, m_database, QStringLiteral("tab_staff"), QStringLiteral("Tab-Staff-1x"));
    const QString token = DeploymentTokens(staff).create(QDateTime::currentDateTimeUtc().addDays(1),
                                                         QStringLiteral("ООО «Ромашка»"), {}, &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    QString current;
    OwnInstanceTab tab([&current] { return current; });
    QSignalSpy loaded(&tab, &OwnInstanceTab::loaded);
    tab.show();
    WidgetDriver ui(&tab);
    // No token yet: the tab says where to enter it.
    QTRY_VERIFY(!loaded.isEmpty());
    QVERIFY(ui.text(QStringLiteral("messageLabel")).contains(QStringLiteral("deployment key")));
    // A token not used yet.
    current = token;
    loaded.clear();
    ui.click(QStringLiteral("refreshButton"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QVERIFY(!loaded.first().first().toBool());
    QVERIFY2(ui.text(QStringLiteral("messageLabel")).contains(QStringLiteral("not been used yet")),
             qPrintable(ui.text(QStringLiteral("messageLabel"))));

    // Redeemed and deployed by the client: its instance and history, read through the token.
    const RegistryTarget client = RegistryTestDatabase::postgres(
        m_server, m_database, QStringLiteral("tab_client"), QStringLiteral("Tab-Client-1x"));
    SelfServiceRegistry self(client);
    InstanceRecord mine;
    mine.uuid = SelfServiceRegistry::instanceUuid(QStringLiteral("203.0.113.30"), token);
    mine.name = QStringLiteral("INST-20261129173000");
    mine.domain = QStringLiteral("kassa.example.ru");
    mine.version = QStringLiteral("1.0.0");
    QVERIFY2(self.redeem(token, mine, &error), qPrintable(error));
    HistoryRecord h;
    h.operation = QUuid::createUuid();
    h.action = QStringLiteral("deploy");
    h.status = QStringLiteral("success");
    h.toVersion = QStringLiteral("1.0.0");
    QVERIFY2(self.recordHistory(token, h, &error), qPrintable(error));
    loaded.clear();
    ui.click(QStringLiteral("refreshButton"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QVERIFY(loaded.first().first().toBool());
    QCOMPARE(ui.text(QStringLiteral("nameValue")), QStringLiteral("INST-20261129173000"));
    QCOMPARE(ui.text(QStringLiteral("companyValue")), QStringLiteral("ООО «Ромашка»"));
    QCOMPARE(ui.text(QStringLiteral("domainValue")), QStringLiteral("kassa.example.ru"));
    auto* history = ui.find<QTreeWidget>(QStringLiteral("historyView"));
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("deploy"));
    QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("success"));
}

QTEST_MAIN(TestOwnInstanceTab)
#include "TestOwnInstanceTab.moc"
