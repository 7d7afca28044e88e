#include "WidgetDriver.h"
#include "gui/CompletePage.h"
#include "gui/ConnectionCheckPanel.h"
#include "gui/DeploymentWizard.h"
#include "gui/FileDialogs.h"
#include "gui/MessageBox.h"
#include "gui/ProgressPage.h"
#include "gui/ReviewPage.h"
#include "i18n/Localization.h"
#include "provisioning/PlanItem.h"
#include "support/FakeTelegramServer.h"
#include "support/SampleRelease.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

// The wizard from start to Complete against a real Debian 12 server with systemd, as a new user
// goes through it: connection test (trusting the host key), plan, deploy, health table, instance
// card, report. A second pass in Russian deploys the same configuration again: the plan has
// nothing left to do and the run changes nothing. With $KKT_SCREENSHOTS set, the plan, progress
// and Complete pages are saved there as PNGs in both languages.
class TestDeploymentWizardEndToEnd : public QObject
{
    Q_OBJECT

    const QString botToken = QStringLiteral("987654321:SentinelGuiTokenAAAAAAAAAAAAAAAAAAA");

    SystemdHost m_host{QStringLiteral("gui-e2e-host")};
    FakeTelegramServer m_telegram;
    QString m_dir;
    QString m_archive;
    QString m_checksums;
    QString m_journal;
    QString m_instanceId;
    QString m_password;

    DeploymentConfig config() const
    {
        return SampleRelease::config(m_archive, m_checksums, m_host.port(), m_host.clientKey(),
                                     QStringLiteral("kkt-gui.example.ru"));
    }

    static void shot(QWidget* window, const QString& language, const QString& name)
    {
        const QString dir = qEnvironmentVariable("KKT_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        window->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(language, name)));
    }

    static QString pdfText(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // What a page says on screen, for a failure message.
    static QString shownMessages(QWidget* page)
    {
        QStringList texts;
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->isVisible() && !label->text().isEmpty())
                texts << label->objectName() + QStringLiteral(": ") + label->text();
        }
        return texts.join(u'\n');
    }

    static PlanItem::State planState(QTableWidget* table, const QString& stepId)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toString() == stepId)
                return PlanItem::State(table->item(row, 1)->data(Qt::UserRole).toInt());
        }
        return PlanItem::State::Unknown;
    }

    // One pass through the wizard; `first`: a fresh server, else everything is already there.
    void deploy(const QString& language, bool first)
    {
        DeploymentWizard wizard;
        wizard.setJournalPath(m_journal);
        wizard.resize(1000, 800);
        wizard.show();
        WidgetDriver ui(&wizard);
        QCOMPARE(wizard.currentId(), int(WelcomePageId));
        wizard.setConfig(config());
        wizard.next();

        QCOMPARE(wizard.currentId(), int(ServerPageId));
        if (first)
            MessageBox::setNextAnswer(QMessageBox::Yes); // trust the new server's host key
        ui.click(QStringLiteral("testConnectionButton"));
        auto* panel = wizard.findChild<ConnectionCheckPanel*>();
        QTRY_VERIFY_WITH_TIMEOUT(panel->state() != ConnectionCheckPanel::State::Running, 120000);
        QVERIFY(panel->state() == ConnectionCheckPanel::State::Passed ||
                panel->state() == ConnectionCheckPanel::State::Problems);
        // A container is smaller than a real server: facts such as memory may warn.
        if (!panel->allowsNext())
            panel->skipCheckBox()->setChecked(true);
        QTRY_VERIFY2(wizard.currentPage()->isComplete(), qPrintable(shownMessages(wizard.currentPage())));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AdministratorPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TelegramBotPageId));
        ui.type(QStringLiteral("botTokenEdit"), botToken);
        QVERIFY2(wizard.currentPage()->isComplete(), qPrintable(shownMessages(wizard.currentPage())));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AdminIdsPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SystemSettingsPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WebSecurityPageId));
        QVERIFY2(wizard.currentPage()->isComplete(), qPrintable(shownMessages(wizard.currentPage())));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(ReviewPageId));
        auto* review = qobject_cast<ReviewPage*>(wizard.currentPage());
        QVERIFY(!review->isComplete());
        ui.click(QStringLiteral("checkPlanButton"));
        QTRY_VERIFY_WITH_TIMEOUT(review->isPlanReady() || ui.shows(QStringLiteral("planErrorLabel")), 300000);
        QVERIFY2(review->isPlanReady(), qPrintable(ui.text(QStringLiteral("planErrorLabel"))));
        auto* plan = ui.find<QTableWidget>(QStringLiteral("planTable"));
        QVERIFY(plan->rowCount() > 5);
        if (first) {
            QCOMPARE(planState(plan, QStringLiteral("release.unpack")), PlanItem::State::WillChange);
        } else {
            QCOMPARE(planState(plan, QStringLiteral("release.unpack")), PlanItem::State::Done);
            QCOMPARE(planState(plan, QStringLiteral("system.packages")), PlanItem::State::Done);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            ui.text(QStringLiteral("revalidationLabel")).contains(QStringLiteral("@kkt_gui_bot")), 30000);
        QVERIFY(!review->isComplete());
        ui.click(QStringLiteral("confirmCheck"));
        QVERIFY(review->isComplete());
        auto* scroll = ui.find<QScrollArea>(QStringLiteral("reviewScroll"));
        scroll->ensureWidgetVisible(ui.find<QTableWidget>(QStringLiteral("planTable")));
        shot(&wizard, language, QStringLiteral("7-review-plan"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(ProgressPageId));
        auto* progress = qobject_cast<ProgressPage*>(wizard.currentPage());
        auto* bar = ui.find<QProgressBar>(QStringLiteral("progressBar"));
        QVERIFY(progress->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 45 || !progress->isRunning(), 900000);
        shot(&wizard, language, QStringLiteral("8-progress"));
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isRunning(), 1200000);
        QVERIFY2(progress->isComplete(), qPrintable(ui.text(QStringLiteral("failureLabel"))));
        QCOMPARE(bar->value(), 100);
        auto* health = ui.find<QTableWidget>(QStringLiteral("healthTable"));
        QVERIFY(health->rowCount() >= 5);
        for (int row = 0; row < health->rowCount(); ++row)
            QVERIFY2(health->item(row, 1)->data(Qt::UserRole).toBool(),
                     qPrintable(health->item(row, 0)->text()));
        if (!first)
            QCOMPARE(progress->outcome().changedSteps, 0);
        for (const QString& line : progress->fullLog())
            QVERIFY(!line.contains(botToken));
        shot(&wizard, language, QStringLiteral("8-progress-done"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(CompletePageId));
        const QString instance = ui.text(QStringLiteral("instanceIdLabel"));
        QVERIFY2(instance.startsWith(QStringLiteral("INST-")), qPrintable(instance));
        QCOMPARE(ui.text(QStringLiteral("versionLabel")), SampleRelease::version());
        QCOMPARE(ui.text(QStringLiteral("adminEmailLabel")), QStringLiteral("admin"));
        QVERIFY(ui.text(QStringLiteral("botLinkLabel")).contains(QStringLiteral("t.me/kkt_gui_bot")));
        QVERIFY(!ui.text(QStringLiteral("webUrlLabel")).isEmpty());
        if (first) {
            m_instanceId = instance;
            // The password lives on the Complete page only.
            QVERIFY(progress->outcome().adminPassword.isEmpty());
            m_password = ui.text(QStringLiteral("adminPasswordLabel"));
            QVERIFY(m_password.size() >= 12);
        } else {
            QCOMPARE(instance, m_instanceId);
            QVERIFY(!ui.find<QPushButton>(QStringLiteral("copyPasswordButton"))->isEnabled());
        }
        shot(&wizard, language, QStringLiteral("9-complete"));

        const QString report = m_dir + QStringLiteral("/report-%1.pdf").arg(language);
        FileDialogs::setNextFileName(report);
        ui.click(QStringLiteral("saveReportButton"));
        const QString text = pdfText(report);
        QVERIFY2(text.contains(instance), qPrintable(text));
        QVERIFY(!text.contains(m_password));
        QVERIFY(!text.contains(botToken));
        if (first) {
            ui.click(QStringLiteral("includeCredentialsCheck"));
            const QString withPassword = m_dir + QStringLiteral("/report-with-password.pdf");
            FileDialogs::setNextFileName(withPassword);
            ui.click(QStringLiteral("saveReportButton"));
            QVERIFY(pdfText(withPassword).contains(m_password));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("gui-e2e"));
        QString error;
        QVERIFY2(SampleRelease::build(m_dir, &m_archive, &m_checksums, &error), qPrintable(error));
        QVERIFY(m_telegram.listen());
        m_telegram.addBot(botToken, 987654321, QStringLiteral("KKT GUI"), QStringLiteral("kkt_gui_bot"));
        qputenv("KKT_TELEGRAM_API_URL", m_telegram.baseUrl().toString().toUtf8());
        m_journal = m_dir + QStringLiteral("/journal.sqlite");
        // Known hosts of this test only (test-mode application data folder), from a clean start.
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/known_hosts"));
        QVERIFY2(m_host.start(), qPrintable(m_host.error()));
    }

    void deployFromStartToComplete() { deploy(QStringLiteral("en"), true); }

    void secondDeploymentChangesNothing()
    {
        Localization::install(qApp, QStringLiteral("ru"));
        deploy(QStringLiteral("ru"), false);
        Localization::install(qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDeploymentWizardEndToEnd)
#include "TestDeploymentWizardEndToEnd.moc"
