#include "WidgetDriver.h"
#include "gui/IssueTokenDialog.h"
#include "registry/DeploymentKey.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistryTestDatabase.h"
#include "registry/RegistryWorker.h"
#include "registry/SchemaMigrator.h"
#include "registry/SelfServiceRegistry.h"
#include "support/PostgresServer.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

// Registry tab → Issue self-service token…, against a real PostgreSQL registry: the staff member's
// own role issues a token, sees it once with the instructions, and the list shows each state.
class TestIssueTokenDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void issuesATokenShownOnceAndListsItsState();

private:
    RegistryTarget target(const QString& role, const QString& password) const;

    PostgresServer m_server;
    QString m_database;
};

RegistryTarget TestIssueTokenDialog::target(const QString& role, const QString& password) const
{
    return RegistryTestDatabase::postgres(m_server, m_database, role, password);
}

void TestIssueTokenDialog::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_database = QStringLiteral("issue_tokens");
    QVERIFY2(m_server.createDatabase(m_database), qPrintable(m_server.error()));
    const RegistryTarget owner = target(m_server.superuser(), m_server.superuserPassword());
    QString error;
    QSqlDatabase db = RegistryConnection::open(owner, &error);
    QVERIFY2(db.isValid(), qPrintable(error));
    QVERIFY2(SchemaMigrator(owner.kind).migrate(db, nullptr, &error), qPrintable(error));
    QVERIFY2(
        m_server.runSql(m_database, QStringLiteral("CREATE ROLE issuing_staff LOGIN PASSWORD 'Issuing-1x' IN "
                                                   "ROLE kkt_deployer; CREATE ROLE issuing_client LOGIN "
                                                   "PASSWORD 'Client-1x' IN ROLE kkt_selfservice;")),
        qPrintable(m_server.error()));
}

void TestIssueTokenDialog::issuesATokenShownOnceAndListsItsState()
{
    RegistryWorker worker(target(QStringLiteral("issuing_staff"), QStringLiteral("Issuing-1x")));
    auto* dialog = new IssueTokenDialog(&worker);
    QSignalSpy loaded(dialog, &IssueTokenDialog::tokensLoaded);
    QSignalSpy issued(dialog, &IssueTokenDialog::issued);
    dialog->show();
    WidgetDriver ui(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(loaded.first().first().toInt(), 0);
    QVERIFY(!ui.find<QWidget>(QStringLiteral("resultGroup"))->isVisible());

    // The company is required: the client's instance is recorded under it.
    ui.click(QStringLiteral("issueButton"));
    QVERIFY(ui.text(QStringLiteral("messageLabel")).startsWith(QStringLiteral("Client company: empty")));
    QCOMPARE(issued.size(), 0);

    ui.type(QStringLiteral("companyEdit"), QStringLiteral("ООО «Ромашка»"));
    ui.find<QSpinBox>(QStringLiteral("expiryDaysSpin"))->setValue(3);
    ui.type(QStringLiteral("noteEdit"), QStringLiteral("VDS in Moscow"));
    loaded.clear();
    ui.click(QStringLiteral("issueButton"));
    QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 1, 20000);
    // Shown once: the deployment key, the one string the client pastes.
    const QString pasted = issued.first().first().toString();
    DeploymentKey key;
    QString problem;
    QVERIFY2(DeploymentKey::parse(pasted, &key, &problem), qPrintable(problem));
    const QString token = key.token;
    QVERIFY2(SelfServiceRegistry::formatProblem(token).isEmpty(), qPrintable(token));
    QCOMPARE(key.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(key.port, m_server.port());
    QCOMPARE(key.database, m_database);
    QVERIFY(key.login.startsWith(QStringLiteral("kkt_client_")));
    QVERIFY(ui.find<QWidget>(QStringLiteral("resultGroup"))->isVisible());
    QCOMPARE(ui.text(QStringLiteral("tokenEdit")), pasted);
    const QString instructions = ui.find<QPlainTextEdit>(QStringLiteral("instructionsText"))->toPlainText();
    QVERIFY(instructions.contains(pasted));
    QVERIFY(instructions.contains(QStringLiteral("kkt-deploy-client")));
    QVERIFY(!instructions.contains(QStringLiteral("Settings")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    auto* list = ui.find<QTreeWidget>(QStringLiteral("tokensView"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("ООО «Ромашка»"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("unused"));
    QVERIFY(!list->topLevelItem(0)->text(0).contains(token)); // the list never shows the token itself

    // Redeemed by a client: the list names the instance.
    InstanceRecord claimed;
    claimed.uuid = SelfServiceRegistry::instanceUuid(QStringLiteral("203.0.113.20"), token);
    claimed.name = QStringLiteral("INST-20261129151515");
    QString error;
    QVERIFY2(SelfServiceRegistry(target(QStringLiteral("issuing_client"), QStringLiteral("Client-1x")))
                 .redeem(token, claimed, &error),
             qPrintable(error));
    loaded.clear();
    dialog->reloadTokens();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("redeemed by instance INST-20261129151515"));

    // Its day for recording over, the next key issued prunes its login and says so.
    QVERIFY2(m_server.runSql(
                 m_database,
                 QStringLiteral("UPDATE deployment_tokens SET expires_at = now() - interval '2 days'")),
             qPrintable(m_server.error()));
    ui.type(QStringLiteral("companyEdit"), QStringLiteral("ООО «Лютик»"));
    issued.clear();
    ui.click(QStringLiteral("issueButton"));
    QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 1, 20000);
    const QString message = ui.text(QStringLiteral("messageLabel"));
    QVERIFY2(message.startsWith(QStringLiteral("Deployment key issued for ООО «Лютик»")) &&
                 message.contains(QStringLiteral("Pruned 1 login(s)")) && message.contains(key.login),
             qPrintable(message));
    delete dialog;
}

QTEST_MAIN(TestIssueTokenDialog)
#include "TestIssueTokenDialog.moc"
