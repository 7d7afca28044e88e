#include "WidgetDriver.h"
#include "gui/MessageBox.h"
#include "gui/ProgressPage.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QDialog>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTextBlock>

// The Progress page without a server: the log stays bounded, Cancel stops a run, a failure
// offers its choices. The real run is in TestDeploymentWizardEndToEnd.
class TestProgressPage : public QObject
{
    Q_OBJECT

    QString m_archive;
    QString m_checksums;
    QString m_journal;

    DeploymentConfig config(int port) const
    {
        return SampleRelease::config(m_archive, m_checksums, port,
                                     TestEnvironment::sourceDir() + QStringLiteral("/tests/data/no-such-key"),
                                     QStringLiteral("kkt-test.example.ru"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("progress-page"));
        QString error;
        QVERIFY2(SampleRelease::build(dir, &m_archive, &m_checksums, &error), qPrintable(error));
        m_journal = dir + QStringLiteral("/journal.sqlite");
    }

    void logStaysBoundedWith100000Lines()
    {
        DeploymentConfig c = config(1);
        DeploymentSecrets secrets;
        ProgressPage page(&c, &secrets);
        page.show();
        WidgetDriver ui(&page);
        auto* log = ui.find<QPlainTextEdit>(QStringLiteral("logView"));
        for (int i = 0; i < 100000; ++i)
            page.appendLog(QStringLiteral("line %1").arg(i));
        // Batched: nothing reached the screen line by line.
        QVERIFY(log->document()->blockCount() <= 1);
        QTRY_VERIFY(log->document()->lastBlock().text() == QStringLiteral("line 99999"));
        QVERIFY(log->document()->blockCount() <= ProgressPage::VisibleLogLines);
        QCOMPARE(page.fullLog().size(), 100000);
        QCOMPARE(page.fullLog().first(), QStringLiteral("line 0"));

        ui.click(QStringLiteral("viewLogButton"));
        auto* dialog = page.findChild<QDialog*>(QStringLiteral("fullLogDialog"));
        QVERIFY(dialog);
        auto* full = dialog->findChild<QPlainTextEdit*>(QStringLiteral("fullLogView"));
        QCOMPARE(full->document()->blockCount(), 100000);
        QCOMPARE(full->document()->firstBlock().text(), QStringLiteral("line 0"));
        dialog->close();

        // The whole-run log is bounded too: the oldest lines go and the view says so.
        for (int i = 100000; i < ProgressPage::FullLogLines + 50000; ++i)
            page.appendLog(QStringLiteral("line %1").arg(i));
        page.flushLog();
        QVERIFY(page.fullLog().size() <= ProgressPage::FullLogLines + ProgressPage::FullLogLines / 10);
        QVERIFY(page.droppedLogLines() > 0);
        QCOMPARE(page.fullLog().last(), QStringLiteral("line %1").arg(ProgressPage::FullLogLines + 49999));
        QVERIFY(log->document()->blockCount() <= ProgressPage::VisibleLogLines);
    }

    void unreachableServerOffersTheChoices()
    {
        DeploymentConfig c = config(TestEnvironment::freePort());
        DeploymentSecrets secrets;
        secrets.botToken = QStringLiteral("987654321:SentinelBotTokenAAAAAAAAAAAAAAAAAAAA");
        ProgressPage page(&c, &secrets);
        page.setJournalPath(m_journal);
        page.show();
        page.initializePage();
        WidgetDriver ui(&page);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
        QVERIFY(!page.isComplete());
        QVERIFY(ui.find<QGroupBox>(QStringLiteral("failureGroup"))->isVisible());
        QVERIFY(ui.text(QStringLiteral("failureLabel")).contains(QStringLiteral("127.0.0.1")) ||
                !ui.text(QStringLiteral("failureLabel")).isEmpty());
        QVERIFY(ui.find<QPushButton>(QStringLiteral("retryButton"))->isVisible());
        QVERIFY(ui.find<QPushButton>(QStringLiteral("leaveButton"))->isVisible());
        // It created nothing on the server: nothing to roll back.
        QVERIFY(!ui.find<QPushButton>(QStringLiteral("rollBackButton"))->isVisible());
        QVERIFY(!page.outcome().deploymentId.isEmpty());
        for (const QString& line : page.fullLog())
            QVERIFY(!line.contains(secrets.botToken));

        // Retry runs again (the journal never had a deployment that did not connect) and fails the
        // same way.
        ui.click(QStringLiteral("retryButton"));
        QVERIFY(page.isRunning());
        QVERIFY(!ui.find<QGroupBox>(QStringLiteral("failureGroup"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
        QVERIFY(ui.find<QGroupBox>(QStringLiteral("failureGroup"))->isVisible());
        QVERIFY(!page.fullLog().join(u'\n').contains(QStringLiteral("there is no deployment")));

        QSignalSpy leave(&page, &ProgressPage::leaveRequested);
        ui.click(QStringLiteral("leaveButton"));
        QCOMPARE(leave.size(), 1);
    }

    void cancelStopsTheRun()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        DeploymentConfig c = config(silent.serverPort());
        DeploymentSecrets secrets;
        ProgressPage page(&c, &secrets);
        page.setJournalPath(m_journal);
        page.show();
        page.initializePage();
        WidgetDriver ui(&page);
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 60000);
        QVERIFY(page.isRunning());
        QVERIFY(ui.find<QPushButton>(QStringLiteral("cancelButton"))->isEnabled());
        ui.click(QStringLiteral("cancelButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
        QVERIFY(!page.isComplete());
        QVERIFY(ui.find<QGroupBox>(QStringLiteral("failureGroup"))->isVisible());
        QVERIFY(!ui.find<QPushButton>(QStringLiteral("cancelButton"))->isEnabled());
        QVERIFY(ui.find<QPushButton>(QStringLiteral("retryButton"))->isEnabled());
        QCOMPARE(page.outcome().status, DeploymentOutcome::Status::Cancelled);
        QVERIFY(ui.text(QStringLiteral("failureLabel")).startsWith(QStringLiteral("Cancelled.")));
    }
};

QTEST_MAIN(TestProgressPage)
#include "TestProgressPage.moc"
