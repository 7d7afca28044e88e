#include "WidgetDriver.h"
#include "WizardWalk.h"
#include "core/DeploymentConfig.h"
#include "gui/DeploymentWizard.h"
#include "gui/FileDialogs.h"
#include "gui/MessageBox.h"
#include "gui/ProgressPage.h"
#include "provisioning/DeploymentJournal.h"
#include "support/TestEnvironment.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The wizard as a whole: its defaults, Review's edit links and Back keeping what was typed, loading a
// configuration file (and refusing one with a secret), Escape, and the offer to resume. Every page's
// refusals: TestDeploymentWizardValidation.
class TestDeploymentWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithDefaults();
    void editLinksGoBackAndKeepValues();
    void backKeepsWhatWasTyped();
    void loadFillsEveryPageAndSavesTheSameFile();
    void loadRefusesAFileWithASecret();
    void escapeDoesNotCloseTheWizard();
    void offersToResumeAnUnfinishedDeployment();

private:
    bool nextEnabled() const { return m_walk->nextEnabled(); }
    void next() { m_walk->next(); }
    void fillValidPages() { m_walk->fillValidPages(); }
    QJsonObject savedJson() { return m_walk->savedJson(); }

    QString m_dir;
    std::unique_ptr<WizardWalk> m_walk;
    DeploymentWizard* m_wizard = nullptr;
    WidgetDriver* m_ui = nullptr;
};

void TestDeploymentWizard::init()
{
    m_dir = TestEnvironment::freshDirectory(QStringLiteral("gui-wizard"));
    m_walk = std::make_unique<WizardWalk>(m_dir);
    m_wizard = m_walk->wizard();
    m_ui = m_walk->ui();
}

void TestDeploymentWizard::cleanup()
{
    m_walk.reset();
    QVERIFY(!FileDialogs::hasNextFileName());
    QVERIFY(!MessageBox::hasNextAnswer());
}

void TestDeploymentWizard::startsWithDefaults()
{
    QCOMPARE(m_wizard->currentId(), int(WelcomePageId));
    QVERIFY(m_ui->find<QRadioButton>(QStringLiteral("productionRadio"))->isChecked());
    QVERIFY(nextEnabled());
    // No Finish and no Cancel: deploying comes later, and nothing shown may be dead.
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!m_wizard->button(QWizard::CancelButton)->isVisible());
    next();
    QCOMPARE(m_ui->text(QStringLiteral("userEdit")), QStringLiteral("root"));
    QCOMPARE(m_ui->text(QStringLiteral("portSpin")), QStringLiteral("22"));
    // Nothing typed yet: Next is off, but no message scolds the user before they start.
    QVERIFY(!nextEnabled());
    QVERIFY(!m_ui->shows(QStringLiteral("hostError")));
    QVERIFY(!m_ui->shows(QStringLiteral("domainError")));
    QCOMPARE(m_wizard->config().settings.timezone, DeploymentConfig::defaultTimezone());
}

void TestDeploymentWizard::editLinksGoBackAndKeepValues()
{
    fillValidPages();
    const std::pair<const char*, WizardPageId> links[] = {
        {"editModeButton", WelcomePageId},        {"editServerButton", ServerPageId},
        {"editAdminButton", AdministratorPageId}, {"editBotButton", TelegramBotPageId},
        {"editAdminIdsButton", AdminIdsPageId},   {"editSettingsButton", SystemSettingsPageId},
        {"editWebButton", WebSecurityPageId}};
    for (const auto& [button, page] : links) {
        m_ui->click(QString::fromLatin1(button));
        QCOMPARE(m_wizard->currentId(), int(page));
        while (m_wizard->currentId() != ReviewPageId)
            next();
    }
    m_ui->click(QStringLiteral("editAdminButton"));
    m_ui->type(QStringLiteral("companyEdit"), QStringLiteral("OOO Vasilek"));
    while (m_wizard->currentId() != ReviewPageId)
        next();
    QVERIFY(m_ui->text(QStringLiteral("adminSummary")).contains(QStringLiteral("OOO Vasilek")));
    QCOMPARE(m_ui->text(QStringLiteral("hostEdit")), QStringLiteral("203.0.113.10"));
    QCOMPARE(savedJson()[QStringLiteral("admin")][QStringLiteral("company")].toString(),
             QStringLiteral("OOO Vasilek"));
}

void TestDeploymentWizard::backKeepsWhatWasTyped()
{
    next();
    m_ui->type(QStringLiteral("hostEdit"), QStringLiteral("vds1.example.ru"));
    m_ui->type(QStringLiteral("portSpin"), QStringLiteral("2222"));
    m_ui->type(QStringLiteral("domainEdit"), QStringLiteral("кассы.пример.рф"));
    next();
    m_ui->type(QStringLiteral("fullNameEdit"), QStringLiteral("Ivan Petrov"));
    m_ui->type(QStringLiteral("phoneEdit"), QStringLiteral("+7 (912) 345-67-89"));
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ServerPageId));
    QCOMPARE(m_ui->text(QStringLiteral("hostEdit")), QStringLiteral("vds1.example.ru"));
    QCOMPARE(m_ui->text(QStringLiteral("portSpin")), QStringLiteral("2222"));
    // The field keeps what was typed; the config holds the ASCII form the server needs.
    QCOMPARE(m_ui->text(QStringLiteral("domainEdit")), QStringLiteral("кассы.пример.рф"));
    QVERIFY(m_wizard->config().server.domain.startsWith(QStringLiteral("xn--")));
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    next();
    next();
    QCOMPARE(m_ui->text(QStringLiteral("fullNameEdit")), QStringLiteral("Ivan Petrov"));
    QCOMPARE(m_ui->text(QStringLiteral("phoneEdit")), QStringLiteral("+7 (912) 345-67-89"));
    QCOMPARE(m_wizard->config().server.port, 2222);
}

void TestDeploymentWizard::loadFillsEveryPageAndSavesTheSameFile()
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("example.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QJsonObject example = WizardWalk::expectedJson();
    QJsonObject server = example[QStringLiteral("server")].toObject();
    server[QStringLiteral("port")] = 2222;
    example[QStringLiteral("server")] = server;
    QJsonObject release{{QStringLiteral("source"), QStringLiteral("tag")},
                        {QStringLiteral("tag"), QStringLiteral("v1.2.3")}};
    example[QStringLiteral("release")] = release;
    file.write(QJsonDocument(example).toJson());
    file.close();

    FileDialogs::setNextFileName(path);
    m_ui->click(QStringLiteral("loadConfigButton"));
    QCOMPARE(m_wizard->config().server.port, 2222);
    QVERIFY(m_ui->shows(QStringLiteral("loadMessageLabel")));
    QCOMPARE(m_wizard->currentId(), int(WelcomePageId));
    next();
    QCOMPARE(m_ui->text(QStringLiteral("hostEdit")), QStringLiteral("203.0.113.10"));
    QCOMPARE(m_ui->text(QStringLiteral("portSpin")), QStringLiteral("2222"));
    next();
    QCOMPARE(m_ui->text(QStringLiteral("companyEdit")), QStringLiteral("OOO Romashka"));
    next();
    // The token is a secret, never in the file: it has to be entered again.
    QVERIFY(!nextEnabled());
    m_ui->type(QStringLiteral("botTokenEdit"), WizardWalk::botToken());
    next();
    QCOMPARE(m_ui->find<QListWidget>(QStringLiteral("adminIdList"))->count(), 2);
    next();
    QVERIFY(m_ui->find<QRadioButton>(QStringLiteral("tagReleaseRadio"))->isChecked());
    QCOMPARE(m_ui->text(QStringLiteral("releaseTagEdit")), QStringLiteral("v1.2.3"));
    next();
    QCOMPARE(savedJson(), example);

    // Loading over what was entered asks first; Cancel keeps everything.
    m_ui->click(QStringLiteral("editModeButton"));
    FileDialogs::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_ui->click(QStringLiteral("loadConfigButton"));
    QCOMPARE(m_wizard->secrets().botToken, WizardWalk::botToken());
    FileDialogs::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_ui->click(QStringLiteral("loadConfigButton"));
    QVERIFY(m_wizard->secrets().botToken.isEmpty());

    // A file with a bad value loads, and the page shows the problem at once.
    QJsonObject bad = example;
    server[QStringLiteral("host")] = QStringLiteral("999.1.1.1");
    bad[QStringLiteral("server")] = server;
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(bad).toJson());
    file.close();
    FileDialogs::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_ui->click(QStringLiteral("loadConfigButton"));
    next();
    QVERIFY(m_ui->shows(QStringLiteral("hostError")));
    QVERIFY(!nextEnabled());
}

void TestDeploymentWizard::loadRefusesAFileWithASecret()
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("secret.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QJsonObject withSecret = WizardWalk::expectedJson();
    withSecret[QStringLiteral("telegram")] = QJsonObject{
        {QStringLiteral("adminIds"), QJsonArray{1}}, {QStringLiteral("botToken"), WizardWalk::botToken()}};
    file.write(QJsonDocument(withSecret).toJson());
    file.close();

    const DeploymentConfig before = m_wizard->config();
    FileDialogs::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_ui->click(QStringLiteral("loadConfigButton"));
    QCOMPARE(m_wizard->config(), before);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("telegram.botToken")));
    QVERIFY(!MessageBox::lastText().contains(WizardWalk::botToken()));
    QVERIFY(m_ui->shows(QStringLiteral("loadMessageLabel")));

    FileDialogs::setNextFileName(QDir(m_dir).filePath(QStringLiteral("does-not-exist.json")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_ui->click(QStringLiteral("loadConfigButton"));
    QCOMPARE(m_wizard->config(), before);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("does-not-exist.json")));

    // A cancelled dialog changes nothing and asks nothing.
    FileDialogs::setNextFileName(QString());
    m_ui->click(QStringLiteral("loadConfigButton"));
    QCOMPARE(m_wizard->config(), before);
}

void TestDeploymentWizard::escapeDoesNotCloseTheWizard()
{
    QTest::keyClick(m_wizard, Qt::Key_Escape);
    QVERIFY(m_wizard->isVisible());
}

void TestDeploymentWizard::offersToResumeAnUnfinishedDeployment()
{
    const QString journalPath = m_dir + QStringLiteral("/journal.sqlite");
    DeploymentConfig config;
    config.server.host = QStringLiteral("203.0.113.77");
    config.server.domain = QStringLiteral("resume.example.ru");
    config.admin.email = QStringLiteral("ivan@example.ru");
    {
        DeploymentJournal journal(journalPath);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        DeploymentJournal::Deployment d;
        d.id = QStringLiteral("resume-me-1");
        d.instanceId = QStringLiteral("INST-20261126010203");
        d.configJson = QString::fromUtf8(QJsonDocument(config.toJson()).toJson());
        d.host = config.server.host;
        d.status = QStringLiteral("running");
        d.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(journal.startDeployment(d));
        QVERIFY(journal.finishDeployment(d.id, QStringLiteral("failed"), QStringLiteral("connection lost")));
    }
    DeploymentWizard wizard;
    wizard.setJournalPath(journalPath);
    wizard.show();
    WidgetDriver ui(&wizard);
    QTRY_VERIFY(ui.find<QWidget>(QStringLiteral("resumeGroup"))->isVisible());
    const QString offer = ui.text(QStringLiteral("resumeLabel"));
    for (const char* part : {"resume-me-1", "203.0.113.77", "INST-20261126010203", "failed"})
        QVERIFY2(offer.contains(QString::fromLatin1(part)), part);
    ui.click(QStringLiteral("resumeButton"));
    QCOMPARE(wizard.currentId(), int(ServerPageId));
    QCOMPARE(wizard.config().server.host, QStringLiteral("203.0.113.77"));
    QCOMPARE(wizard.config().server.domain, QStringLiteral("resume.example.ru"));
    QVERIFY(wizard.secrets().botToken.isEmpty());
    QCOMPARE(wizard.findChild<ProgressPage*>()->resumeId(), QStringLiteral("resume-me-1"));

    // A finished journal offers nothing.
    {
        DeploymentJournal journal(journalPath);
        QString error;
        QVERIFY(journal.open(&error));
        QVERIFY(journal.finishDeployment(QStringLiteral("resume-me-1"), QStringLiteral("rolled-back")));
    }
    DeploymentWizard fresh;
    QSignalSpy checked(&fresh, &DeploymentWizard::unfinishedDeploymentChecked);
    fresh.setJournalPath(journalPath);
    fresh.show();
    QTRY_COMPARE(checked.size(), 1);
    QVERIFY(!WidgetDriver(&fresh).find<QWidget>(QStringLiteral("resumeGroup"))->isVisible());
}

QTEST_MAIN(TestDeploymentWizard)
#include "TestDeploymentWizard.moc"
