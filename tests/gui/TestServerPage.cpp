#include "WidgetDriver.h"
#include "gui/FileDialogs.h"
#include "gui/ServerPage.h"
#include "support/TestEnvironment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QTest>

class TestServerPage : public QObject
{
    Q_OBJECT

private slots:
    void messagesWaitUntilTheUserTypes();
    void loginMethodShowsItsFields();
    void secretsStayOutOfTheConfig();
    void valuesAreNormalised();
    void loadedProblemsShowAtOnce();
    void browsePicksTheKeyFile();
    void hasARoomForTheConnectionCheck();
    void loadedIdnDomainReadsInUnicode();
};

void TestServerPage::messagesWaitUntilTheUserTypes()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    ServerPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(!page.isComplete());
    QVERIFY(!ui.shows(QStringLiteral("hostError")));
    ui.type(QStringLiteral("hostEdit"), QStringLiteral("10.0.0"));
    QVERIFY(ui.shows(QStringLiteral("hostError")));
    QVERIFY(ui.text(QStringLiteral("hostError")).startsWith(QStringLiteral("Host: ")));
    QVERIFY(!ui.shows(QStringLiteral("domainError")));
}

void TestServerPage::loginMethodShowsItsFields()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    ServerPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    auto* auth = ui.find<QComboBox>(QStringLiteral("authCombo"));
    auto visible = [&](const char* name) {
        return ui.find<QWidget>(QString::fromLatin1(name))->isVisible();
    };
    QVERIFY(!visible("identityFileEdit") && !visible("keyPassphraseEdit") && !visible("sshPasswordEdit"));
    auth->setCurrentIndex(1);
    QCOMPARE(config.server.auth, SshAuth::Key);
    QVERIFY(visible("identityFileEdit") && visible("keyPassphraseEdit") && !visible("sshPasswordEdit"));
    QVERIFY(visible("browseIdentityButton"));
    auth->setCurrentIndex(2);
    QCOMPARE(config.server.auth, SshAuth::Password);
    QVERIFY(!visible("identityFileEdit") && !visible("keyPassphraseEdit") && visible("sshPasswordEdit"));
    QCOMPARE(ui.find<QLineEdit>(QStringLiteral("sshPasswordEdit"))->echoMode(), QLineEdit::Password);
    QCOMPARE(ui.find<QLineEdit>(QStringLiteral("keyPassphraseEdit"))->echoMode(), QLineEdit::Password);
}

void TestServerPage::secretsStayOutOfTheConfig()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    ServerPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    ui.find<QComboBox>(QStringLiteral("authCombo"))->setCurrentIndex(2);
    ui.type(QStringLiteral("sshPasswordEdit"), QStringLiteral("hunter2-secret"));
    QCOMPARE(secrets.sshPassword, QStringLiteral("hunter2-secret"));
    QVERIFY(!QJsonDocument(config.toJson()).toJson().contains("hunter2-secret"));
    ui.find<QComboBox>(QStringLiteral("authCombo"))->setCurrentIndex(0);
    QVERIFY(secrets.sshPassword.isEmpty());
}

void TestServerPage::valuesAreNormalised()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    ServerPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    ui.type(QStringLiteral("hostEdit"), QStringLiteral(" [2001:db8::10] "));
    QCOMPARE(config.server.host, QStringLiteral("2001:db8::10"));
    ui.type(QStringLiteral("domainEdit"), QStringLiteral("Кассы.Пример.РФ"));
    QVERIFY(!ui.shows(QStringLiteral("domainError")));
    QCOMPARE(config.server.domain, QStringLiteral("xn--80atwa4c.xn--e1afmkfd.xn--p1ai"));
    QCOMPARE(ui.text(QStringLiteral("domainEdit")), QStringLiteral("Кассы.Пример.РФ"));
    QVERIFY(!page.isComplete()); // valid fields, but the connection is neither tested nor skipped
    ui.find<QCheckBox>(QStringLiteral("skipConnectionCheckBox"))->setChecked(true);
    QVERIFY(page.isComplete());
}

void TestServerPage::loadedProblemsShowAtOnce()
{
    DeploymentConfig config;
    config.server.host = QStringLiteral("256.1.1.1");
    config.server.port = 0;
    config.server.domain = QStringLiteral("localhost");
    DeploymentSecrets secrets;
    ServerPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(!ui.shows(QStringLiteral("hostError")));
    page.load(true);
    QVERIFY(ui.shows(QStringLiteral("hostError")));
    QVERIFY(ui.shows(QStringLiteral("portError")));
    QVERIFY(ui.shows(QStringLiteral("domainError")));
    QVERIFY(!ui.shows(QStringLiteral("userError")));
}

void TestServerPage::browsePicksTheKeyFile()
{
    const QString key =
        QDir(TestEnvironment::freshDirectory(QStringLiteral("gui-server"))).filePath(QStringLiteral("id"));
    QFile file(key);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    DeploymentConfig config;
    DeploymentSecrets secrets;
    ServerPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    ui.find<QComboBox>(QStringLiteral("authCombo"))->setCurrentIndex(1);
    FileDialogs::setNextFileName(QString()); // cancelled: nothing changes
    ui.click(QStringLiteral("browseIdentityButton"));
    QVERIFY(config.server.identityFile.isEmpty());
    FileDialogs::setNextFileName(key);
    ui.click(QStringLiteral("browseIdentityButton"));
    QCOMPARE(config.server.identityFile, key);
    QVERIFY(!ui.shows(QStringLiteral("identityFileError")));
    QVERIFY(!FileDialogs::hasNextFileName());
}

void TestServerPage::loadedIdnDomainReadsInUnicode()
{
    // A configuration file holds the ASCII form; the field shows the name as people write it.
    DeploymentConfig config;
    config.server.domain = QStringLiteral("xn--80atwa4c.xn--p1ai");
    DeploymentSecrets secrets;
    ServerPage page(&config, &secrets);
    page.show();
    page.load(true);
    WidgetDriver ui(&page);
    QCOMPARE(ui.text(QStringLiteral("domainEdit")), QStringLiteral("кассы.рф"));
    QVERIFY(!ui.shows(QStringLiteral("domainError")));
    QCOMPARE(config.server.domain, QStringLiteral("xn--80atwa4c.xn--p1ai"));
}

void TestServerPage::hasARoomForTheConnectionCheck()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    ServerPage page(&config, &secrets);
    QVERIFY(page.findChild<QLayout*>(QStringLiteral("connectionCheckLayout")));
}

QTEST_MAIN(TestServerPage)
#include "TestServerPage.moc"
