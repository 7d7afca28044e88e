#include "WidgetDriver.h"
#include "core/DeploymentConfig.h"
#include "gui/DeploymentWizard.h"
#include "gui/FileDialogs.h"
#include "gui/MessageBox.h"
#include "gui/ProgressPage.h"
#include "provisioning/DeploymentJournal.h"
#include "support/TestEnvironment.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

// Walks the whole wizard as a user: every field gets a bad value first (Next must stay disabled and
// the inline message must name the problem), then a good one; Review saves the issue's JSON.
class TestDeploymentWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithDefaults();
    void everyPageRefusesBadInputAndSavesTheExpectedJson();
    void editLinksGoBackAndKeepValues();
    void backKeepsWhatWasTyped();
    void injectionLookingTextStaysIntact();
    void loadFillsEveryPageAndSavesTheSameFile();
    void loadRefusesAFileWithASecret();
    void escapeDoesNotCloseTheWizard();
    void offersToResumeAnUnfinishedDeployment();

private:
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }
    void next();
    void fillValidPages();
    QJsonObject savedJson();
    // Types `bad`, checks Next is disabled and `message` shows, then types `good`.
    void refuse(const QString& field, const QString& bad, const QString& message, const QString& expected);

    QString m_dir;
    DeploymentWizard* m_wizard = nullptr;
    WidgetDriver* m_ui = nullptr;
};

namespace {

const char expectedJson[] = R"({"mode": "production",
 "server": {"host": "203.0.113.10", "port": 22, "user": "root", "auth": "agent",
            "identityFile": "", "domain": "kkt.example.ru"},
 "admin": {"fullName": "Ivan Petrov", "email": "ivan@example.ru", "phone": "+79123456789",
           "company": "OOO Romashka", "passwordMode": "generate"},
 "telegram": {"adminIds": [123456789, 987654321]},
 "settings": {"notificationTime": "09:00", "timezone": "Europe/Moscow", "alertDays": [14, 7, 3],
              "backupTime": "03:00", "backupRetentionDays": 7},
 "release": {"source": "latest"}})";

const QString botToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0");
const QString adminPassword = QStringLiteral("Kx7#mq2!Vb9$wz");

} // namespace

void TestDeploymentWizard::init()
{
    m_dir = TestEnvironment::freshDirectory(QStringLiteral("gui-wizard"));
    m_wizard = new DeploymentWizard;
    m_wizard->resize(900, 700);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    m_ui = new WidgetDriver(m_wizard);
    // The Server page's Test connection has its own test (TestConnectionCheckPanel) against a real sshd.
    m_ui->find<QCheckBox>(QStringLiteral("skipConnectionCheckBox"))->setChecked(true);
}

void TestDeploymentWizard::cleanup()
{
    delete m_ui;
    delete m_wizard;
    QVERIFY(!FileDialogs::hasNextFileName());
    QVERIFY(!MessageBox::hasNextAnswer());
}

void TestDeploymentWizard::next()
{
    QVERIFY2(nextEnabled(),
             qPrintable(QStringLiteral("Next is disabled on page %1").arg(m_wizard->currentId())));
    const int before = m_wizard->currentId();
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(m_wizard->currentId() != before);
}

void TestDeploymentWizard::refuse(const QString& field, const QString& bad, const QString& message,
                                  const QString& expected)
{
    m_ui->type(field, bad);
    QVERIFY2(!nextEnabled(), qPrintable(field + QStringLiteral(" accepted ") + bad));
    QVERIFY2(m_ui->shows(message), qPrintable(message + QStringLiteral(" is not shown for ") + bad));
    // The message names a problem and a fix, never only the field.
    QVERIFY(m_ui->text(message).contains(QStringLiteral(" — ")));
    m_ui->type(field, expected);
    QVERIFY2(!m_ui->shows(message), qPrintable(message + QStringLiteral(": ") + m_ui->text(message)));
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

void TestDeploymentWizard::fillValidPages()
{
    next();
    m_ui->type(QStringLiteral("hostEdit"), QStringLiteral("203.0.113.10"));
    m_ui->type(QStringLiteral("domainEdit"), QStringLiteral("kkt.example.ru"));
    next();
    m_ui->type(QStringLiteral("fullNameEdit"), QStringLiteral("Ivan Petrov"));
    m_ui->type(QStringLiteral("emailEdit"), QStringLiteral("ivan@example.ru"));
    m_ui->type(QStringLiteral("phoneEdit"), QStringLiteral("+7 912 345-67-89"));
    m_ui->type(QStringLiteral("companyEdit"), QStringLiteral("OOO Romashka"));
    next();
    m_ui->type(QStringLiteral("botTokenEdit"), botToken);
    next();
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("123456789"));
    m_ui->click(QStringLiteral("addAdminIdButton"));
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("987654321"));
    m_ui->click(QStringLiteral("addAdminIdButton"));
    next();
    m_ui->type(QStringLiteral("timezoneCombo"), QStringLiteral("Europe/Moscow"));
    next();
    next(); // Web server and security: the defaults
    QCOMPARE(m_wizard->currentId(), int(ReviewPageId));
}

QJsonObject TestDeploymentWizard::savedJson()
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("saved.json"));
    QFile::remove(path);
    FileDialogs::setNextFileName(path);
    m_ui->click(QStringLiteral("saveConfigButton"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    // Secrets never reach the file.
    if (data.contains(botToken.toUtf8()) || data.contains(adminPassword.toUtf8()) ||
        data.contains("ssh-secret") || data.contains("key-secret"))
        return {};
    return QJsonDocument::fromJson(data).object();
}

void TestDeploymentWizard::everyPageRefusesBadInputAndSavesTheExpectedJson()
{
    const QString keyFile = QDir(m_dir).filePath(QStringLiteral("id_ed25519"));
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("not really a key, only a readable file\n");
    key.close();

    next();
    refuse(QStringLiteral("hostEdit"), QStringLiteral("203.0.113.300"), QStringLiteral("hostError"),
           QStringLiteral("203.0.113.10"));
    refuse(QStringLiteral("hostEdit"), QStringLiteral("bad host!"), QStringLiteral("hostError"),
           QStringLiteral("203.0.113.10"));
    refuse(QStringLiteral("portSpin"), QStringLiteral("0"), QStringLiteral("portError"),
           QStringLiteral("22"));
    refuse(QStringLiteral("userEdit"), QStringLiteral("1root"), QStringLiteral("userError"),
           QStringLiteral("root"));
    refuse(QStringLiteral("userEdit"), QString(), QStringLiteral("userError"), QStringLiteral("root"));
    refuse(QStringLiteral("domainEdit"), QStringLiteral("kkt"), QStringLiteral("domainError"),
           QStringLiteral("kkt.example.ru"));
    QVERIFY(m_ui->text(QStringLiteral("domainError")).isEmpty());
    QVERIFY(nextEnabled());

    auto* auth = m_ui->find<QComboBox>(QStringLiteral("authCombo"));
    auth->setFocus();
    QTest::keyClick(auth, Qt::Key_Down); // ssh-agent → key file
    QCOMPARE(m_wizard->config().server.auth, SshAuth::Key);
    QVERIFY(m_ui->find<QLineEdit>(QStringLiteral("identityFileEdit"))->isVisible());
    QVERIFY(!m_ui->find<QLineEdit>(QStringLiteral("sshPasswordEdit"))->isVisible());
    QVERIFY(!nextEnabled());
    refuse(QStringLiteral("identityFileEdit"), QDir(m_dir).filePath(QStringLiteral("missing_key")),
           QStringLiteral("identityFileError"), keyFile);
    m_ui->type(QStringLiteral("keyPassphraseEdit"), QStringLiteral("key-secret"));
    QCOMPARE(m_wizard->secrets().keyPassphrase, QStringLiteral("key-secret"));
    QVERIFY(nextEnabled());
    FileDialogs::setNextFileName(keyFile);
    m_ui->type(QStringLiteral("identityFileEdit"), QString());
    QVERIFY(!nextEnabled());
    m_ui->click(QStringLiteral("browseIdentityButton"));
    QCOMPARE(m_ui->text(QStringLiteral("identityFileEdit")), keyFile);
    QVERIFY(nextEnabled());

    QTest::keyClick(auth, Qt::Key_Down); // key file → password
    QCOMPARE(m_wizard->config().server.auth, SshAuth::Password);
    QVERIFY(m_ui->find<QLineEdit>(QStringLiteral("sshPasswordEdit"))->isVisible());
    QVERIFY(!m_ui->find<QLineEdit>(QStringLiteral("identityFileEdit"))->isVisible());
    QCOMPARE(m_ui->find<QLineEdit>(QStringLiteral("sshPasswordEdit"))->echoMode(), QLineEdit::Password);
    QVERIFY(m_wizard->secrets().keyPassphrase.isEmpty());
    refuse(QStringLiteral("sshPasswordEdit"), QString(), QStringLiteral("sshPasswordError"),
           QStringLiteral("ssh-secret"));
    QCOMPARE(m_wizard->secrets().sshPassword, QStringLiteral("ssh-secret"));
    QTest::keyClick(auth, Qt::Key_Up);
    QTest::keyClick(auth, Qt::Key_Up); // back to ssh-agent, as in the expected file
    QCOMPARE(m_wizard->config().server.auth, SshAuth::Agent);
    QVERIFY(m_wizard->secrets().sshPassword.isEmpty());
    QVERIFY(m_wizard->config().server.identityFile.isEmpty());
    next();

    // Administrator
    QVERIFY(!nextEnabled());
    refuse(QStringLiteral("fullNameEdit"), QString(), QStringLiteral("fullNameError"),
           QStringLiteral("Ivan Petrov"));
    refuse(QStringLiteral("fullNameEdit"), QStringLiteral("   "), QStringLiteral("fullNameError"),
           QStringLiteral("Ivan Petrov"));
    refuse(QStringLiteral("emailEdit"), QStringLiteral("ivan@"), QStringLiteral("emailError"),
           QStringLiteral("ivan@example.ru"));
    refuse(QStringLiteral("emailEdit"), QStringLiteral("ivan.example.ru"), QStringLiteral("emailError"),
           QStringLiteral("ivan@example.ru"));
    refuse(QStringLiteral("phoneEdit"), QStringLiteral("89123456789"), QStringLiteral("phoneError"),
           QStringLiteral("+7 (912) 345-67-89"));
    refuse(QStringLiteral("phoneEdit"), QStringLiteral("+7 912 abc"), QStringLiteral("phoneError"),
           QStringLiteral("+7 (912) 345-67-89"));
    refuse(QStringLiteral("companyEdit"), QString(), QStringLiteral("companyError"),
           QStringLiteral("OOO Romashka"));
    QCOMPARE(m_wizard->config().admin.phone, QStringLiteral("+79123456789"));
    QVERIFY(nextEnabled());
    QVERIFY(!m_ui->find<QLineEdit>(QStringLiteral("passwordEdit"))->isEnabled());
    m_ui->click(QStringLiteral("typedPasswordRadio"));
    QVERIFY(m_ui->find<QLineEdit>(QStringLiteral("passwordEdit"))->isEnabled());
    QVERIFY(!nextEnabled());
    refuse(QStringLiteral("passwordEdit"), QStringLiteral("Short1!"), QStringLiteral("passwordError"),
           adminPassword);
    refuse(QStringLiteral("passwordEdit"), QStringLiteral("alllowercase1!x"), QStringLiteral("passwordError"),
           adminPassword);
    refuse(QStringLiteral("passwordEdit"), QStringLiteral("NoDigitsHere!!"), QStringLiteral("passwordError"),
           adminPassword);
    refuse(QStringLiteral("passwordEdit"), QStringLiteral("NoSpecial1234a"), QStringLiteral("passwordError"),
           adminPassword);
    refuse(QStringLiteral("passwordConfirmEdit"), QStringLiteral("Kx7#mq2!Vb9$w"),
           QStringLiteral("passwordConfirmError"), adminPassword);
    // The message never repeats the password.
    m_ui->type(QStringLiteral("passwordEdit"), QStringLiteral("Secretpass1x"));
    QVERIFY(m_ui->shows(QStringLiteral("passwordError")));
    QVERIFY(!m_ui->text(QStringLiteral("passwordError")).contains(QStringLiteral("Secretpass1x")));
    m_ui->type(QStringLiteral("passwordEdit"), adminPassword);
    QVERIFY(nextEnabled());
    QCOMPARE(m_wizard->secrets().adminPassword, adminPassword);
    QCOMPARE(m_wizard->config().admin.passwordMode, PasswordMode::Typed);
    m_ui->click(QStringLiteral("generatePasswordRadio"));
    QCOMPARE(m_wizard->config().admin.passwordMode, PasswordMode::Generate);
    QVERIFY(m_wizard->secrets().adminPassword.isEmpty());
    next();

    // Telegram bot
    auto* token = m_ui->find<QLineEdit>(QStringLiteral("botTokenEdit"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    m_ui->click(QStringLiteral("showTokenCheck"));
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    m_ui->click(QStringLiteral("showTokenCheck"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!nextEnabled());
    refuse(QStringLiteral("botTokenEdit"), QStringLiteral("123456789:short"), QStringLiteral("botTokenError"),
           botToken);
    refuse(QStringLiteral("botTokenEdit"), QStringLiteral("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"),
           QStringLiteral("botTokenError"), botToken);
    QVERIFY(
        m_ui->text(QStringLiteral("instructionsLabel")).contains(QStringLiteral("https://t.me/BotFather")));
    QCOMPARE(m_wizard->secrets().botToken, botToken);
    next();

    // Administrator Telegram IDs
    QVERIFY(!nextEnabled());
    refuse(QStringLiteral("adminIdEdit"), QStringLiteral("abc"), QStringLiteral("adminIdError"), QString());
    refuse(QStringLiteral("adminIdEdit"), QStringLiteral("-5"), QStringLiteral("adminIdError"), QString());
    refuse(QStringLiteral("adminIdEdit"), QStringLiteral("99999999999999999"), QStringLiteral("adminIdError"),
           QString());
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("123456789"));
    m_ui->click(QStringLiteral("addAdminIdButton"));
    auto* list = m_ui->find<QListWidget>(QStringLiteral("adminIdList"));
    QCOMPARE(list->count(), 1);
    QVERIFY(m_ui->text(QStringLiteral("adminIdEdit")).isEmpty());
    QVERIFY(nextEnabled());
    refuse(QStringLiteral("adminIdEdit"), QStringLiteral("123456789"), QStringLiteral("adminIdError"),
           QString());
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("123456789"));
    QVERIFY(!m_ui->find<QAbstractButton>(QStringLiteral("addAdminIdButton"))->isEnabled());
    QTest::keyClick(m_ui->find<QLineEdit>(QStringLiteral("adminIdEdit")), Qt::Key_Return);
    QCOMPARE(list->count(), 1);
    QCOMPARE(m_wizard->currentId(), int(AdminIdsPageId)); // Return did not press Next
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("555"));
    QTest::keyClick(m_ui->find<QLineEdit>(QStringLiteral("adminIdEdit")), Qt::Key_Return);
    QCOMPARE(list->count(), 2);
    QCOMPARE(m_wizard->currentId(), int(AdminIdsPageId));
    QVERIFY(!m_ui->find<QAbstractButton>(QStringLiteral("removeAdminIdButton"))->isEnabled());
    list->setCurrentRow(1);
    m_ui->click(QStringLiteral("removeAdminIdButton"));
    list->setCurrentRow(0);
    m_ui->click(QStringLiteral("removeAdminIdButton"));
    QCOMPARE(list->count(), 0);
    QVERIFY(!nextEnabled());
    QVERIFY(m_ui->shows(QStringLiteral("adminIdsError")));
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("123456789"));
    m_ui->click(QStringLiteral("addAdminIdButton"));
    QVERIFY(!m_ui->shows(QStringLiteral("adminIdsError")));
    // An ID typed but not added yet goes in with Next.
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("987654321"));
    QVERIFY(nextEnabled());
    next();
    QCOMPARE(m_wizard->config().telegram.adminIds, (QList<qint64>{123456789, 987654321}));

    // System settings
    QCOMPARE(m_ui->text(QStringLiteral("notificationTimeEdit")), QStringLiteral("09:00"));
    QCOMPARE(m_ui->text(QStringLiteral("alertDaysEdit")), QStringLiteral("14, 7, 3"));
    QCOMPARE(m_ui->text(QStringLiteral("timezoneCombo")), DeploymentConfig::defaultTimezone());
    refuse(QStringLiteral("notificationTimeEdit"), QStringLiteral("25:00"),
           QStringLiteral("notificationTimeError"), QStringLiteral("09:00"));
    refuse(QStringLiteral("notificationTimeEdit"), QStringLiteral("9am"),
           QStringLiteral("notificationTimeError"), QStringLiteral("09:00"));
    refuse(QStringLiteral("timezoneCombo"), QStringLiteral("Mars/Olympus_Mons"),
           QStringLiteral("timezoneError"), QStringLiteral("Europe/Moscow"));
    refuse(QStringLiteral("timezoneCombo"), QStringLiteral("UTC+03:00"), QStringLiteral("timezoneError"),
           QStringLiteral("Europe/Moscow"));
    refuse(QStringLiteral("alertDaysEdit"), QStringLiteral("14, 0"), QStringLiteral("alertDaysError"),
           QStringLiteral("3, 14, 7, 7"));
    refuse(QStringLiteral("alertDaysEdit"), QStringLiteral("400"), QStringLiteral("alertDaysError"),
           QStringLiteral("3, 14, 7, 7"));
    refuse(QStringLiteral("alertDaysEdit"), QStringLiteral("seven"), QStringLiteral("alertDaysError"),
           QStringLiteral("3, 14, 7, 7"));
    refuse(QStringLiteral("backupTimeEdit"), QStringLiteral("3:60"), QStringLiteral("backupTimeError"),
           QStringLiteral("03:00"));
    refuse(QStringLiteral("retentionSpin"), QStringLiteral("0"), QStringLiteral("retentionError"),
           QStringLiteral("7"));
    refuse(QStringLiteral("retentionSpin"), QStringLiteral("400"), QStringLiteral("retentionError"),
           QStringLiteral("7"));
    QCOMPARE(m_wizard->config().settings.alertDays, (QList<int>{14, 7, 3}));

    QVERIFY(!m_ui->find<QLineEdit>(QStringLiteral("releaseTagEdit"))->isEnabled());
    m_ui->click(QStringLiteral("tagReleaseRadio"));
    QVERIFY(!nextEnabled());
    refuse(QStringLiteral("releaseTagEdit"), QStringLiteral("newest"), QStringLiteral("releaseTagError"),
           QStringLiteral("v1.0.1"));
    QVERIFY(nextEnabled());
    QCOMPARE(m_wizard->config().release.tag, QStringLiteral("v1.0.1"));
    m_ui->click(QStringLiteral("fileReleaseRadio"));
    QVERIFY(!nextEnabled());
    refuse(QStringLiteral("releaseFileEdit"), QDir(m_dir).filePath(QStringLiteral("missing.tar.gz")),
           QStringLiteral("releaseFileError"), keyFile);
    refuse(QStringLiteral("checksumsEdit"), QStringLiteral("abc123"), QStringLiteral("checksumsError"),
           QString(64, u'a'));
    QVERIFY(nextEnabled());
    FileDialogs::setNextFileName(keyFile);
    m_ui->click(QStringLiteral("browseChecksumsButton"));
    QCOMPARE(m_ui->text(QStringLiteral("checksumsEdit")), keyFile);
    m_ui->click(QStringLiteral("latestReleaseRadio"));
    QVERIFY(!m_ui->shows(QStringLiteral("releaseFileError")));
    next();

    // Web server and security: plain HTTP in production only when acknowledged.
    QCOMPARE(m_wizard->currentId(), int(WebSecurityPageId));
    QVERIFY(nextEnabled());
    m_ui->click(QStringLiteral("noTlsRadio"));
    QVERIFY(!nextEnabled());
    QVERIFY(m_ui->shows(QStringLiteral("tlsError")));
    m_ui->click(QStringLiteral("acceptNoTlsCheck"));
    QVERIFY(nextEnabled());
    m_ui->click(QStringLiteral("letsEncryptRadio"));
    QVERIFY(nextEnabled());
    next();

    // Review: every section, secrets only as set / not set.
    QCOMPARE(m_wizard->currentId(), int(ReviewPageId));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isVisible());
    QVERIFY(m_ui->text(QStringLiteral("serverSummary")).contains(QStringLiteral("203.0.113.10")));
    QVERIFY(m_ui->text(QStringLiteral("adminSummary")).contains(QStringLiteral("+79123456789")));
    QVERIFY(m_ui->text(QStringLiteral("adminIdsSummary")).contains(QStringLiteral("987654321")));
    QVERIFY(m_ui->text(QStringLiteral("settingsSummary")).contains(QStringLiteral("Europe/Moscow")));
    QVERIFY(m_ui->text(QStringLiteral("botSummary")).contains(QStringLiteral(">set<")));
    for (QLabel* label : m_wizard->findChildren<QLabel*>())
        QVERIFY(!label->text().contains(botToken));

    const QJsonObject saved = savedJson();
    QCOMPARE(saved, QJsonDocument::fromJson(expectedJson).object());
    QVERIFY(m_ui->shows(QStringLiteral("saveMessageLabel")));
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

void TestDeploymentWizard::injectionLookingTextStaysIntact()
{
    const QString name = QStringLiteral("Ivan \"Vanya\" O'Petrov $(reboot) `id`; rm -rf / <b>x</b>");
    const QString company = QStringLiteral("OOO 'Romashka'; DROP TABLE admin_users; -- $HOME `uname`");
    next();
    m_ui->type(QStringLiteral("hostEdit"), QStringLiteral("203.0.113.10"));
    m_ui->type(QStringLiteral("domainEdit"), QStringLiteral("kkt.example.ru"));
    next();
    m_ui->type(QStringLiteral("fullNameEdit"), name);
    m_ui->type(QStringLiteral("emailEdit"), QStringLiteral("ivan@example.ru"));
    m_ui->type(QStringLiteral("phoneEdit"), QStringLiteral("+79123456789"));
    m_ui->type(QStringLiteral("companyEdit"), company);
    QVERIFY(!m_ui->shows(QStringLiteral("fullNameError")));
    QVERIFY(!m_ui->shows(QStringLiteral("companyError")));
    QCOMPARE(m_wizard->config().admin.fullName, name);
    QCOMPARE(m_wizard->config().admin.company, company);
    next();
    m_ui->type(QStringLiteral("botTokenEdit"), botToken);
    next();
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("123456789"));
    next();
    next();
    next();
    // Review shows the text as text: the <b> is not markup.
    QVERIFY(m_ui->text(QStringLiteral("adminSummary")).contains(name.toHtmlEscaped()));
    QVERIFY(m_ui->text(QStringLiteral("adminSummary")).contains(company.toHtmlEscaped()));
    const QJsonObject saved = savedJson();
    QCOMPARE(saved[QStringLiteral("admin")][QStringLiteral("fullName")].toString(), name);
    QCOMPARE(saved[QStringLiteral("admin")][QStringLiteral("company")].toString(), company);
}

void TestDeploymentWizard::loadFillsEveryPageAndSavesTheSameFile()
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("example.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QJsonObject example = QJsonDocument::fromJson(expectedJson).object();
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
    m_ui->type(QStringLiteral("botTokenEdit"), botToken);
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
    QCOMPARE(m_wizard->secrets().botToken, botToken);
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
    QJsonObject withSecret = QJsonDocument::fromJson(expectedJson).object();
    withSecret[QStringLiteral("telegram")] =
        QJsonObject{{QStringLiteral("adminIds"), QJsonArray{1}}, {QStringLiteral("botToken"), botToken}};
    file.write(QJsonDocument(withSecret).toJson());
    file.close();

    const DeploymentConfig before = m_wizard->config();
    FileDialogs::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_ui->click(QStringLiteral("loadConfigButton"));
    QCOMPARE(m_wizard->config(), before);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("telegram.botToken")));
    QVERIFY(!MessageBox::lastText().contains(botToken));
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
