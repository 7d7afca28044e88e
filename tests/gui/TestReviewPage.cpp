#include "WidgetDriver.h"
#include "gui/ReviewPage.h"
#include "support/FakeGitHubServer.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QWizard>

// Stands in for the Server page: the wizard fields Review reads after Test connection.
class ConnectionFields : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(ServerFactList failedFacts READ failedFacts NOTIFY changed)
    Q_PROPERTY(bool tested MEMBER tested NOTIFY changed)
    Q_PROPERTY(bool skipped MEMBER skipped NOTIFY changed)

public:
    ConnectionFields()
    {
        registerField(QStringLiteral("failedServerChecks"), this, "failedFacts", SIGNAL(changed()));
        registerField(QStringLiteral("connectionTested"), this, "tested", SIGNAL(changed()));
        registerField(QStringLiteral("connectionCheckSkipped"), this, "skipped", SIGNAL(changed()));
    }
    ServerFactList failedFacts() const { return failed; }
    ServerFactList failed;
    bool tested = false;
    bool skipped = true;

signals:
    void changed();
};

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
    void planFetchesTheLatestRelease();
    void offlineReleaseNamesTheNetwork();
    void wrongLayoutIsAnArchiveProblem();
    void failedChecksNeedAnOverrideEach();
    void webSectionWarnsAboutPlainHttp();
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

// Presses Check plan and returns the inline error it ends with (empty if none); Deploy stays off.
QString planError(DeploymentConfig config)
{
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.show();
    page.initializePage();
    WidgetDriver ui(&page);
    ui.click(QStringLiteral("checkPlanButton"));
    if (!QTest::qWaitFor([&] { return ui.shows(QStringLiteral("planErrorLabel")); }, 60000) ||
        page.isComplete())
        return {};
    return ui.text(QStringLiteral("planErrorLabel"));
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

void TestReviewPage::planFetchesTheLatestRelease()
{
    // The default choice, "the latest release", served by a local GitHub.
    FakeGitHubServer github;
    QVERIFY(github.listen());
    QFile archive(g_archive);
    QFile sums(g_checksums);
    QVERIFY(archive.open(QIODevice::ReadOnly) && sums.open(QIODevice::ReadOnly));
    github.addRelease(QStringLiteral("v") + SampleRelease::version(), QDateTime::currentDateTimeUtc(),
                      {{QFileInfo(g_archive).fileName(), archive.readAll()},
                       {QStringLiteral("checksums.txt"), sums.readAll()}});
    qputenv("KKT_GITHUB_API_URL", github.baseUrl().toEncoded());
    qputenv("KKT_GITHUB_TOKEN", "test-token");
    const QString cache = TestEnvironment::freshDirectory(QStringLiteral("review-cache"));
    qputenv("KKT_CACHE_DIR", cache.toUtf8());

    DeploymentConfig config = local(TestEnvironment::freePort()); // no server there
    config.release = {};
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.show();
    page.initializePage();
    WidgetDriver ui(&page);
    QSignalSpy verified(&page, &ReviewPage::releaseVerified);
    ui.click(QStringLiteral("checkPlanButton"));
    QVERIFY(ui.find<QPushButton>(QStringLiteral("cancelPlanButton"))->isVisible());
    QVERIFY(verified.wait(60000));
    const VerifiedRelease release = page.verifiedRelease();
    QCOMPARE(release.tag, QStringLiteral("v") + SampleRelease::version());
    QVERIFY(release.archivePath.startsWith(cache));
    QVERIFY(release.answers(config.release));
    // The verified release went on into the plan: what stops it now is the server, not the release.
    QTRY_VERIFY_WITH_TIMEOUT(ui.find<QPushButton>(QStringLiteral("checkPlanButton"))->isEnabled(), 60000);
    const QString error = ui.text(QStringLiteral("planErrorLabel"));
    QVERIFY2(error.contains(QStringLiteral("The server could not be reached")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("release")));

    // A second check does not fetch again.
    ui.click(QStringLiteral("checkPlanButton"));
    QTRY_VERIFY_WITH_TIMEOUT(ui.find<QPushButton>(QStringLiteral("checkPlanButton"))->isEnabled(), 60000);
    QCOMPARE(verified.size(), 1);
    qunsetenv("KKT_GITHUB_TOKEN");
}

void TestReviewPage::offlineReleaseNamesTheNetwork()
{
    // Nothing listens at GitHub's address: as without a network.
    qputenv("KKT_GITHUB_API_URL",
            QStringLiteral("http://127.0.0.1:%1").arg(TestEnvironment::freePort()).toUtf8());
    qputenv("KKT_GITHUB_TOKEN", "test-token");
    const QString error = planError(sample()); // release: a tag, not fetched yet
    QVERIFY2(error.contains(QStringLiteral("Network problem")), qPrintable(error));
    // A GUI user is never sent to the command line.
    QVERIFY2(!error.contains(QStringLiteral("kkt-deploy")), qPrintable(error));
    qunsetenv("KKT_GITHUB_TOKEN");
}

void TestReviewPage::wrongLayoutIsAnArchiveProblem()
{
    // A release packed wrongly: only VERSION and CHANGELOG.md at the top.
    const QString dir = TestEnvironment::freshDirectory(QStringLiteral("review-wrong-layout"));
    QDir().mkpath(dir + QStringLiteral("/tree"));
    for (const char* name : {"VERSION", "CHANGELOG.md"}) {
        QFile file(dir + QStringLiteral("/tree/") + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1.0.0");
    }
    const QString archive = dir + QStringLiteral("/kkt-app-v1.0.0.tar.gz");
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"),
                                      dir + QStringLiteral("/tree"), QStringLiteral(".")});
    QVERIFY(tar.waitForFinished(30000) && tar.exitCode() == 0);
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadOnly));
    DeploymentConfig config = local(TestEnvironment::freePort());
    config.release = {
        ReleaseSource::File,
        {},
        archive,
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex())};
    const QString error = planError(config);
    // The archive is named as the cause, with every one of its problems.
    QVERIFY2(error.contains(QStringLiteral("The release archive cannot be used")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("server")), qPrintable(error));
    for (const char* missing : {"requirements.txt", "bot/", "database/", "deployment/", "web/"})
        QVERIFY2(error.contains(QLatin1String(missing)), qPrintable(error));
    QVERIFY(error.count(QStringLiteral("• ")) >= 5);
}

void TestReviewPage::failedChecksNeedAnOverrideEach()
{
    DeploymentConfig config = sample();
    DeploymentSecrets secrets;
    QWizard wizard;
    auto* server = new ConnectionFields;
    server->failed = {{QStringLiteral("python"), QStringLiteral("Python"), QStringLiteral("3.9"),
                       ServerFact::Fail, QStringLiteral("KKT needs Python 3.11 or newer")},
                      {QStringLiteral("systemd"), QStringLiteral("systemd"), QStringLiteral("not running"),
                       ServerFact::Fail, QStringLiteral("the services cannot be started")}};
    auto* review = new ReviewPage(&config, &secrets);
    wizard.addPage(server);
    wizard.addPage(review);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentPage(), review);
    WidgetDriver ui(review);
    QVERIFY(ui.find<QWidget>(QStringLiteral("serverChecksGroup"))->isVisible());
    // Each failing check with its reason, and an override of its own.
    auto* python = ui.find<QCheckBox>(QStringLiteral("acceptCheck_python"));
    auto* systemd = ui.find<QCheckBox>(QStringLiteral("acceptCheck_systemd"));
    QVERIFY(python->text().contains(QStringLiteral("KKT needs Python 3.11 or newer")));
    QVERIFY(python->text().contains(QStringLiteral("3.9")));
    QVERIFY(systemd->text().contains(QStringLiteral("not running")));
    QVERIFY(!python->isChecked() && !systemd->isChecked());
    QVERIFY(review->acceptedChecks().isEmpty());

    QSignalSpy accepted(review, &ReviewPage::checksAccepted);
    ui.click(QStringLiteral("acceptCheck_python"));
    QCOMPARE(review->acceptedChecks(),
             QStringList{QStringLiteral("python: 3.9 — KKT needs Python 3.11 or newer")});
    QVERIFY(!review->isComplete()); // no plan yet, and systemd is not accepted
    // Refreshing the page (Edit and back) keeps what was accepted.
    review->initializePage();
    QVERIFY(ui.find<QCheckBox>(QStringLiteral("acceptCheck_python"))->isChecked());
    ui.click(QStringLiteral("acceptCheck_systemd"));
    QCOMPARE(review->acceptedChecks().size(), 2);
    QVERIFY(review->validatePage());
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().first().toStringList().size(), 2);

    // A new test without failures: nothing to accept, nothing shown.
    server->failed.clear();
    emit server->changed();
    review->initializePage();
    QVERIFY(!ui.find<QWidget>(QStringLiteral("serverChecksGroup"))->isVisible());
    QVERIFY(review->acceptedChecks().isEmpty());

    // A resumed deployment brings what its interrupted run accepted (from the journal): the same
    // failing check is not asked again, one that fails differently now is.
    review->setPreviouslyAccepted({QStringLiteral("python: 3.9 — KKT needs Python 3.11 or newer"),
                                   QStringLiteral("systemd: degraded — the services cannot be started")});
    server->failed = {{QStringLiteral("python"), QStringLiteral("Python"), QStringLiteral("3.9"),
                       ServerFact::Fail, QStringLiteral("KKT needs Python 3.11 or newer")},
                      {QStringLiteral("systemd"), QStringLiteral("systemd"), QStringLiteral("not running"),
                       ServerFact::Fail, QStringLiteral("the services cannot be started")}};
    emit server->changed();
    review->initializePage();
    QVERIFY(ui.find<QCheckBox>(QStringLiteral("acceptCheck_python"))->isChecked());
    QVERIFY(!ui.find<QCheckBox>(QStringLiteral("acceptCheck_systemd"))->isChecked());
    QCOMPARE(review->acceptedChecks(),
             QStringList{QStringLiteral("python: 3.9 — KKT needs Python 3.11 or newer")});
}

void TestReviewPage::webSectionWarnsAboutPlainHttp()
{
    // As loaded from a file: an internationalised domain in its ASCII form, "tls": "none".
    DeploymentConfig config = sample();
    config.mode = DeploymentMode::Production;
    config.server.domain = QStringLiteral("xn--80atwa4c.xn--p1ai");
    config.web.tls = TlsMode::None;
    config.firewall = FirewallMode::Leave;
    DeploymentSecrets secrets;
    ReviewPage page(&config, &secrets);
    page.show();
    page.initializePage();
    WidgetDriver ui(&page);
    QVERIFY(ui.text(QStringLiteral("serverSummary"))
                .contains(QStringLiteral("кассы.рф (xn--80atwa4c.xn--p1ai)")));
    const QString web = ui.text(QStringLiteral("webSummary"));
    QVERIFY2(web.contains(QStringLiteral("plain HTTP")), qPrintable(web));
    QVERIFY(web.contains(QStringLiteral("#b00020"))); // in the warning colour
    QVERIFY(web.contains(QStringLiteral("NOT acknowledged")));
    QVERIFY(web.contains(QStringLiteral("left as it is")));
    QVERIFY(web.contains(QStringLiteral("built in")));

    QSignalSpy edit(&page, &ReviewPage::editRequested);
    ui.click(QStringLiteral("editWebButton"));
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.first().first().value<WizardPageId>(), WebSecurityPageId);

    config.web.tls = TlsMode::LetsEncrypt;
    page.initializePage();
    QVERIFY(ui.text(QStringLiteral("webSummary"))
                .contains(QStringLiteral("Let’s Encrypt certificate for кассы.рф")));
    QVERIFY(!ui.text(QStringLiteral("webSummary")).contains(QStringLiteral("#b00020")));
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
