#include "WidgetDriver.h"
#include "gui/UpdatesModel.h"
#include "gui/UpdatesTab.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/FakeGitHubServer.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

// The Updates tab without a server to update: the registry's active instances are listed, Check
// all reads the release list from the local GitHub server and reaches for each server — here one
// that refuses the connection, so the check fails for it and says why — with the live log; the
// review and roll back buttons follow the selection and what the check found. The update itself
// runs in GuiAcceptanceUpdates on a real host. A schedule saved by an earlier session is picked up;
// one whose time passed meanwhile is reported as missed.
class TestUpdatesTab : public QObject
{
    Q_OBJECT

    RegistryTarget m_target;
    InstanceRecord m_instance;
    FakeGitHubServer m_github;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(UpdateSchedule().path()); // a schedule left by an earlier run
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("updates-tab"));
        m_target.sqlitePath = dir + QStringLiteral("/registry.sqlite");
        QString error;
        Registry registry(m_target);
        QSqlDatabase db = registry.database(&error);
        QVERIFY2(SchemaMigrator(m_target.kind).migrate(db, nullptr, &error), qPrintable(error));
        QVERIFY2(registry.open(&error), qPrintable(error));
        // A port nothing listens on: the check's connection is refused at once.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        m_instance.uuid = QUuid::createUuid();
        m_instance.name = QStringLiteral("INST-20261129120000");
        m_instance.company = QStringLiteral("OOO Romashka");
        m_instance.version = SampleRelease::version();
        m_instance.sshHost = QStringLiteral("127.0.0.1");
        m_instance.sshPort = port;
        m_instance.sshUser = QStringLiteral("root");
        m_instance.hostKeyFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        m_instance.payloadProfile = SampleRelease::profile();
        m_instance.deployedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(registry.upsertInstance(m_instance, &error), qPrintable(error));
        InstanceRecord removed = m_instance;
        removed.uuid = QUuid::createUuid();
        removed.name = QStringLiteral("INST-20261129120001");
        removed.status = QStringLiteral("inactive");
        QVERIFY2(registry.upsertInstance(removed, &error), qPrintable(error));

        QVERIFY(m_github.listen());
        m_github.addRelease(
            QStringLiteral("v1.1.0-e2e"), QDateTime::currentDateTimeUtc(),
            {{QStringLiteral("kkt-app-v1.1.0-e2e.tar.gz"), QByteArray("not fetched by a check")},
             {QStringLiteral("manifest.json"),
              R"({"version": "1.1.0-e2e", "severity": "minor", "database_migration": true,
                                  "migration_steps": [{"type": "sql", "file": "database/migrations/012.sql",
                                                       "description": "Adds support_requests.tag"}]})"}},
            true);
        qputenv("KKT_GITHUB_API_URL", m_github.baseUrl().toString().toUtf8());
        qputenv("KKT_GITHUB_TOKEN", "test-token"); // keeps the keychain out
    }

    void listsAndChecksTheActiveInstances()
    {
        UpdatesTab tab(m_target);
        tab.show();
        WidgetDriver ui(&tab);
        UpdatesModel* model = tab.model();
        QTRY_COMPARE(model->rowCount(), 1); // the inactive instance is not offered
        QCOMPARE(model->rowAt(0).instance.uuid, m_instance.uuid);
        QCOMPARE(model->rowAt(0).current, SampleRelease::version());
        QVERIFY(ui.text(QStringLiteral("summaryLabel")).startsWith(QStringLiteral("1 instance")));
        auto* review = ui.find<QPushButton>(QStringLiteral("reviewButton"));
        auto* rollBack = ui.find<QPushButton>(QStringLiteral("rollBackButton"));
        auto* check = ui.find<QPushButton>(QStringLiteral("checkAllButton"));
        QVERIFY(!review->isEnabled());
        QVERIFY(!rollBack->isEnabled());
        auto* view = ui.find<QTableView>(QStringLiteral("instancesView"));
        view->setCurrentIndex(model->index(0, 0));
        QVERIFY(rollBack->isEnabled());
        QVERIFY(!review->isEnabled()); // nothing known to update to yet

        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(tab.isBusy());
        QVERIFY(!check->isEnabled());
        QVERIFY(!rollBack->isEnabled());
        QVERIFY(ui.find<QPushButton>(QStringLiteral("cancelButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isBusy(), 60000);
        QCOMPARE(model->rowAt(0).state, UpdatesModel::State::CheckFailed);
        QVERIFY(!model->rowAt(0).message.isEmpty());
        QVERIFY(ui.text(QStringLiteral("resultLabel")).contains(QStringLiteral("could not be checked")));
        const QString log = ui.find<QPlainTextEdit>(QStringLiteral("logView"))->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("1 release")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("INST-20261129120000: the check failed")), qPrintable(log));
        QVERIFY(check->isEnabled());
        QVERIFY(!review->isEnabled());
        // What it looked like, for a person to look at (not compared).
        tab.resize(960, 640);
        tab.grab().save(TestEnvironment::freshDirectory(QStringLiteral("updates-tab-screen")) +
                        QStringLiteral("/updates-tab.png"));
    }

    void cancelStopsTheCheck()
    {
        UpdatesTab tab(m_target);
        tab.show();
        WidgetDriver ui(&tab);
        QTRY_COMPARE(tab.model()->rowCount(), 1);
        ui.click(QStringLiteral("checkAllButton"));
        ui.click(QStringLiteral("cancelButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isBusy(), 60000);
        QVERIFY(tab.model()->rowAt(0).state != UpdatesModel::State::Checking);
        QVERIFY(ui.text(QStringLiteral("resultLabel")).startsWith(QStringLiteral("Check cancelled.")));
    }

    void aSavedScheduleIsPickedUpAndAMissedOneSaidSo()
    {
        // What an earlier session scheduled: one update still ahead, one whose time passed while
        // KKT Deploy was closed.
        QString error;
        UpdateSchedule saved;
        QVERIFY2(saved.add({m_instance.uuid,
                            m_instance.name,
                            QStringLiteral("1.1.0-e2e"),
                            {},
                            {},
                            QStringLiteral("run-1"),
                            QDateTime::currentDateTime().addSecs(3600)},
                           &error),
                 qPrintable(error));
        QVERIFY(saved.add({QUuid::createUuid(),
                           QStringLiteral("INST-20261129120002"),
                           QStringLiteral("1.1.0-e2e"),
                           {},
                           {},
                           QStringLiteral("run-2"),
                           QDateTime::currentDateTime().addSecs(-600)},
                          &error));
        UpdatesTab tab(m_target);
        tab.show();
        WidgetDriver ui(&tab);
        QTRY_COMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(tab.model()->rowAt(0).state, UpdatesModel::State::Scheduled);
        QCOMPARE(tab.scheduledCount(), 1);
        QVERIFY(ui.find<QLabel>(QStringLiteral("errorLabel"))->isVisible());
        const QString missed = ui.text(QStringLiteral("errorLabel"));
        QVERIFY2(missed.contains(QStringLiteral("INST-20261129120002")) &&
                     missed.contains(QStringLiteral("was not applied")),
                 qPrintable(missed));
        // The live log shows its lines in batches.
        auto* log = ui.find<QPlainTextEdit>(QStringLiteral("logView"));
        QTRY_VERIFY2(log->toPlainText().contains(
                         QStringLiteral("INST-20261129120000: the update to 1.1.0-e2e scheduled for")) &&
                         log->toPlainText().contains(QStringLiteral("picked up again")),
                     qPrintable(log->toPlainText()));
        QFile::remove(saved.path());
    }
};

QTEST_MAIN(TestUpdatesTab)
#include "TestUpdatesTab.moc"
