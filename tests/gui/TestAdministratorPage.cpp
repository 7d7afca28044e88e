#include "WidgetDriver.h"
#include "gui/AdministratorPage.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

class TestAdministratorPage : public QObject
{
    Q_OBJECT

private slots:
    void contactsAreCheckedAndNormalised();
    void typedPasswordLivesInSecretsOnly();
    void generatedPasswordNeedsNothingTyped();
};

namespace {

void fillContacts(const WidgetDriver& ui)
{
    ui.type(QStringLiteral("fullNameEdit"), QStringLiteral("Пётр Иванов"));
    ui.type(QStringLiteral("emailEdit"), QStringLiteral("petr@пример.рф"));
    ui.type(QStringLiteral("phoneEdit"), QStringLiteral("+7 (912) 345-67-89"));
    ui.type(QStringLiteral("companyEdit"), QStringLiteral("ООО «Ромашка»"));
}

} // namespace

void TestAdministratorPage::contactsAreCheckedAndNormalised()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    AdministratorPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(!page.isComplete());
    fillContacts(ui);
    QVERIFY(page.isComplete());
    QCOMPARE(config.admin.fullName, QStringLiteral("Пётр Иванов"));
    QCOMPARE(config.admin.email, QStringLiteral("petr@xn--e1afmkfd.xn--p1ai"));
    QCOMPARE(config.admin.phone, QStringLiteral("+79123456789"));
    QCOMPARE(config.admin.company, QStringLiteral("ООО «Ромашка»"));
    ui.type(QStringLiteral("phoneEdit"), QStringLiteral("8 912 345 67 89"));
    QVERIFY(!page.isComplete());
    QVERIFY(ui.text(QStringLiteral("phoneError")).startsWith(QStringLiteral("Phone: ")));
}

void TestAdministratorPage::typedPasswordLivesInSecretsOnly()
{
    const QString password = QStringLiteral("Zq8!rT5#pLm2");
    DeploymentConfig config;
    DeploymentSecrets secrets;
    AdministratorPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    fillContacts(ui);
    ui.click(QStringLiteral("typedPasswordRadio"));
    QCOMPARE(config.admin.passwordMode, PasswordMode::Typed);
    QVERIFY(!page.isComplete());
    ui.type(QStringLiteral("passwordEdit"), password);
    QVERIFY(!page.isComplete()); // not confirmed yet
    ui.type(QStringLiteral("passwordConfirmEdit"), password);
    QVERIFY(page.isComplete());
    QCOMPARE(secrets.adminPassword, password);
    QVERIFY(!QJsonDocument(config.toJson()).toJson().contains(password.toUtf8()));
    ui.type(QStringLiteral("passwordEdit"), QStringLiteral("Zq8!rT5#pLm"));
    QVERIFY(ui.shows(QStringLiteral("passwordError")));
    QVERIFY(secrets.adminPassword.isEmpty());
    QVERIFY(!page.isComplete());
}

void TestAdministratorPage::generatedPasswordNeedsNothingTyped()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    AdministratorPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    fillContacts(ui);
    ui.click(QStringLiteral("typedPasswordRadio"));
    ui.type(QStringLiteral("passwordEdit"), QStringLiteral("short"));
    QVERIFY(ui.shows(QStringLiteral("passwordError")));
    ui.click(QStringLiteral("generatePasswordRadio"));
    QVERIFY(!ui.shows(QStringLiteral("passwordError")));
    QVERIFY(!ui.find<QLineEdit>(QStringLiteral("passwordEdit"))->isEnabled());
    QVERIFY(page.isComplete());
    QCOMPARE(config.admin.passwordMode, PasswordMode::Generate);
    QVERIFY(secrets.adminPassword.isEmpty());
}

QTEST_MAIN(TestAdministratorPage)
#include "TestAdministratorPage.moc"
