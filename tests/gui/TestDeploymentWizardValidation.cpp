#include "WidgetDriver.h"
#include "WizardWalk.h"
#include "core/DeploymentConfig.h"
#include "gui/DeploymentWizard.h"
#include "gui/FileDialogs.h"
#include "gui/MessageBox.h"
#include "support/TestEnvironment.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

#include <memory>

// Walks the whole wizard as a user: every field gets a bad value first (Next must stay disabled and
// the inline message must name the problem), then a good one; Review saves the issue's JSON.
// Text that looks like an injection stays text.
class TestDeploymentWizardValidation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyPageRefusesBadInputAndSavesTheExpectedJson();
    void injectionLookingTextStaysIntact();

private:
    bool nextEnabled() const { return m_walk->nextEnabled(); }
    void next() { m_walk->next(); }
    QJsonObject savedJson() { return m_walk->savedJson(); }
    void refuse(const QString& field, const QString& bad, const QString& message, const QString& expected)
    {
        m_walk->refuse(field, bad, message, expected);
    }

    QString m_dir;
    std::unique_ptr<WizardWalk> m_walk;
    DeploymentWizard* m_wizard = nullptr;
    WidgetDriver* m_ui = nullptr;
};

void TestDeploymentWizardValidation::init()
{
    m_dir = TestEnvironment::freshDirectory(QStringLiteral("gui-wizard-validation"));
    m_walk = std::make_unique<WizardWalk>(m_dir);
    m_wizard = m_walk->wizard();
    m_ui = m_walk->ui();
}

void TestDeploymentWizardValidation::cleanup()
{
    m_walk.reset();
    QVERIFY(!FileDialogs::hasNextFileName());
    QVERIFY(!MessageBox::hasNextAnswer());
}

void TestDeploymentWizardValidation::everyPageRefusesBadInputAndSavesTheExpectedJson()
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
           WizardWalk::adminPassword());
    refuse(QStringLiteral("passwordEdit"), QStringLiteral("alllowercase1!x"), QStringLiteral("passwordError"),
           WizardWalk::adminPassword());
    refuse(QStringLiteral("passwordEdit"), QStringLiteral("NoDigitsHere!!"), QStringLiteral("passwordError"),
           WizardWalk::adminPassword());
    refuse(QStringLiteral("passwordEdit"), QStringLiteral("NoSpecial1234a"), QStringLiteral("passwordError"),
           WizardWalk::adminPassword());
    refuse(QStringLiteral("passwordConfirmEdit"), QStringLiteral("Kx7#mq2!Vb9$w"),
           QStringLiteral("passwordConfirmError"), WizardWalk::adminPassword());
    // The message never repeats the password.
    m_ui->type(QStringLiteral("passwordEdit"), QStringLiteral("Secretpass1x"));
    QVERIFY(m_ui->shows(QStringLiteral("passwordError")));
    QVERIFY(!m_ui->text(QStringLiteral("passwordError")).contains(QStringLiteral("Secretpass1x")));
    m_ui->type(QStringLiteral("passwordEdit"), WizardWalk::adminPassword());
    QVERIFY(nextEnabled());
    QCOMPARE(m_wizard->secrets().adminPassword, WizardWalk::adminPassword());
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
           WizardWalk::botToken());
    refuse(QStringLiteral("botTokenEdit"), QStringLiteral("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"),
           QStringLiteral("botTokenError"), WizardWalk::botToken());
    QVERIFY(
        m_ui->text(QStringLiteral("instructionsLabel")).contains(QStringLiteral("https://t.me/BotFather")));
    QCOMPARE(m_wizard->secrets().botToken, WizardWalk::botToken());
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
        QVERIFY(!label->text().contains(WizardWalk::botToken()));

    const QJsonObject saved = savedJson();
    QCOMPARE(saved, WizardWalk::expectedJson());
    QVERIFY(m_ui->shows(QStringLiteral("saveMessageLabel")));
}

void TestDeploymentWizardValidation::injectionLookingTextStaysIntact()
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
    m_ui->type(QStringLiteral("botTokenEdit"), WizardWalk::botToken());
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

QTEST_MAIN(TestDeploymentWizardValidation)
#include "TestDeploymentWizardValidation.moc"
