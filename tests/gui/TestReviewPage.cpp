#include "WidgetDriver.h"
#include "gui/ReviewPage.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

class TestReviewPage : public QObject
{
    Q_OBJECT

private slots:
    void summarisesEverySection();
    void secretsShowOnlyAsSetOrNotSet();
    void userTextIsNotMarkup();
    void editLinksNameTheirPage();
    void saveButtonAsksTheWizard();
    void deployNeedsAPlan();
    void planNeedsALocalRelease();
    void unreachableServerShowsInline();
    void cancelStopsThePlan();
    void initTestCase();
};

namespace {

DeploymentConfig sample()
{
    DeploymentConfig c;
    c.mode = DeploymentMode::Test;
    c.server.host = QStringLiteral("203.0.113.10");
    c.server.port = 2222;
    c.server.auth = SshAuth::Password;
    c.server.domain = QStringLiteral("kkt.example.ru");
    c.admin.fullName = QStringLiteral("Ivan Petrov");
    c.admin.email = QStringLiteral("ivan@example.ru");
    c.admin.phone = QStringLiteral("+79123456789");
    c.admin.company = QStringLiteral("OOO Romashka");
    c.telegram.adminIds = {123456789, 987654321};
    c.settings.timezone = QStringLiteral("Asia/Yekaterinburg");
    c.settings.backupRetentionDays = 1;
    c.release.source = ReleaseSource::Tag;
    c.release.tag = QStringLiteral("v1.0.1");
    return c;
}

} // namespace

void TestReviewPage::summarisesEverySection()
{
    DeploymentConfig config = sample();
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.initializePage();
    WidgetDriver ui(&page);
    QVERIFY(ui.text(QStringLiteral("modeSummary")).contains(QStringLiteral("Test deployment")));
    const QString server = ui.text(QStringLiteral("serverSummary"));
    for (const char* part : {"203.0.113.10", "2222", "root", "password", "kkt.example.ru"})
        QVERIFY2(server.contains(QString::fromLatin1(part)), part);
    const QString admin = ui.text(QStringLiteral("adminSummary"));
    for (const char* part : {"Ivan Petrov", "ivan@example.ru", "+79123456789", "OOO Romashka", "generated"})
        QVERIFY2(admin.contains(QString::fromLatin1(part)), part);
    QVERIFY(ui.text(QStringLiteral("adminIdsSummary")).contains(QStringLiteral("123456789, 987654321")));
    const QString settings = ui.text(QStringLiteral("settingsSummary"));
    for (const char* part : {"09:00", "Asia/Yekaterinburg", "14, 7, 3", "03:00", "days:", ">1<", "v1.0.1"})
        QVERIFY2(settings.contains(QString::fromLatin1(part)), part);
    // No plan yet: Deploy stays disabled.
    QVERIFY(!page.isComplete());
}

void TestReviewPage::secretsShowOnlyAsSetOrNotSet()
{
    DeploymentConfig config = sample();
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    WidgetDriver ui(&page);
    page.initializePage();
    QVERIFY(ui.text(QStringLiteral("botSummary")).contains(QStringLiteral(">not set<")));
    QVERIFY(ui.text(QStringLiteral("serverSummary")).contains(QStringLiteral(">not set<")));
    secrets.botToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0");
    secrets.sshPassword = QStringLiteral("ssh-secret-value");
    config.admin.passwordMode = PasswordMode::Typed;
    secrets.adminPassword = QStringLiteral("Admin-secret-1");
    page.initializePage();
    QVERIFY(ui.text(QStringLiteral("botSummary")).contains(QStringLiteral(">set<")));
    for (QLabel* label : page.findChildren<QLabel*>()) {
        for (const QString& secret : {secrets.botToken, secrets.sshPassword, secrets.adminPassword})
            QVERIFY(!label->text().contains(secret));
    }
}

void TestReviewPage::userTextIsNotMarkup()
{
    DeploymentConfig config = sample();
    config.admin.company = QStringLiteral("<b>OOO</b> & \"Sons\"");
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.initializePage();
    const QString admin = WidgetDriver(&page).text(QStringLiteral("adminSummary"));
    QVERIFY(admin.contains(QStringLiteral("&lt;b&gt;OOO&lt;/b&gt; &amp; &quot;Sons&quot;")));
}

void TestReviewPage::editLinksNameTheirPage()
{
    DeploymentConfig config = sample();
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.show();
    QSignalSpy edits(&page, &ReviewPage::editRequested);
    WidgetDriver ui(&page);
    const QStringList buttons{QStringLiteral("editModeButton"),     QStringLiteral("editServerButton"),
                              QStringLiteral("editAdminButton"),    QStringLiteral("editBotButton"),
                              QStringLiteral("editAdminIdsButton"), QStringLiteral("editSettingsButton")};
    for (const QString& button : buttons)
        ui.click(button);
    QCOMPARE(edits.size(), 6);
    const QList<WizardPageId> expected{WelcomePageId,     ServerPageId,   AdministratorPageId,
                                       TelegramBotPageId, AdminIdsPageId, SystemSettingsPageId};
    for (int i = 0; i < 6; ++i)
        QCOMPARE(edits.at(i).at(0).value<WizardPageId>(), expected.at(i));
}

void TestReviewPage::saveButtonAsksTheWizard()
{
    DeploymentConfig config = sample();
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.show();
    QSignalSpy save(&page, &ReviewPage::saveRequested);
    WidgetDriver ui(&page);
    ui.click(QStringLiteral("saveConfigButton"));
    QCOMPARE(save.size(), 1);
    page.setSaveMessage(QStringLiteral("Saved."), false);
    QVERIFY(ui.shows(QStringLiteral("saveMessageLabel")));
}

namespace {

QString g_archive;
QString g_checksums;

// A configuration whose release is a real local archive, aimed at 127.0.0.1:`port`.
DeploymentConfig local(int port)
{
    DeploymentConfig c = sample();
    c.server.host = QStringLiteral("127.0.0.1");
    c.server.port = port;
    c.server.auth = SshAuth::Key;
    c.server.identityFile = TestEnvironment::sourceDir() + QStringLiteral("/tests/data/no-such-key");
    c.release = {ReleaseSource::File, {}, g_archive, g_checksums};
    c.profile = SampleRelease::profile();
    return c;
}

} // namespace

void TestReviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(SampleRelease::build(TestEnvironment::freshDirectory(QStringLiteral("review-page")), &g_archive,
                                  &g_checksums, &error),
             qPrintable(error));
}

void TestReviewPage::deployNeedsAPlan()
{
    DeploymentConfig config = sample();
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.show();
    page.initializePage();
    WidgetDriver ui(&page);
    QVERIFY(page.isCommitPage());
    QVERIFY(!page.isPlanReady());
    QVERIFY(!ui.find<QCheckBox>(QStringLiteral("confirmCheck"))->isEnabled());
    QCOMPARE(ui.find<QTableWidget>(QStringLiteral("planTable"))->rowCount(), 0);
    QVERIFY(!page.isComplete());
}

void TestReviewPage::planNeedsALocalRelease()
{
    DeploymentConfig config = sample(); // release: a tag, not downloaded yet
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.show();
    page.initializePage();
    WidgetDriver ui(&page);
    ui.click(QStringLiteral("checkPlanButton"));
    QVERIFY(ui.shows(QStringLiteral("planErrorLabel")));
    QVERIFY(ui.text(QStringLiteral("planErrorLabel")).contains(QStringLiteral("v1.0.1")));
    QVERIFY(!page.isComplete());
}

void TestReviewPage::unreachableServerShowsInline()
{
    DeploymentConfig config = local(TestEnvironment::freePort());
    DeploymentSecrets secrets;
    secrets.botToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0");
    ReviewPage page(&config, &secrets);
    page.show();
    page.initializePage();
    WidgetDriver ui(&page);
    ui.click(QStringLiteral("checkPlanButton"));
    QVERIFY(ui.find<QProgressBar>(QStringLiteral("planBusy"))->isVisible());
    QVERIFY(!ui.find<QPushButton>(QStringLiteral("checkPlanButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(ui.find<QPushButton>(QStringLiteral("checkPlanButton"))->isEnabled(), 60000);
    QVERIFY(ui.shows(QStringLiteral("planErrorLabel")));
    QVERIFY(!ui.find<QProgressBar>(QStringLiteral("planBusy"))->isVisible());
    QCOMPARE(ui.find<QTableWidget>(QStringLiteral("planTable"))->rowCount(), 0);
    QVERIFY(!ui.text(QStringLiteral("planErrorLabel")).contains(secrets.botToken));
    QVERIFY(!page.isComplete());
}

void TestReviewPage::cancelStopsThePlan()
{
    // A server that accepts the connection and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    DeploymentConfig config = local(silent.serverPort());
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.show();
    page.initializePage();
    WidgetDriver ui(&page);
    ui.click(QStringLiteral("checkPlanButton"));
    QTRY_VERIFY(silent.hasPendingConnections());
    QVERIFY(ui.find<QPushButton>(QStringLiteral("cancelPlanButton"))->isVisible());
    ui.click(QStringLiteral("cancelPlanButton"));
    QTRY_VERIFY_WITH_TIMEOUT(ui.find<QPushButton>(QStringLiteral("checkPlanButton"))->isEnabled(), 60000);
    QVERIFY(ui.text(QStringLiteral("planStatusLabel")).contains(QStringLiteral("Cancelled")));
    QVERIFY(!page.isPlanReady());
    QVERIFY(!page.isComplete());
}

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
