#include "WidgetDriver.h"
#include "core/Edition.h"
#include "gui/WelcomePage.h"
#include "registry/DeploymentKey.h"
#include "registry/DeploymentTokens.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistryKeychain.h"
#include "registry/RegistryTestDatabase.h"
#include "registry/SchemaMigrator.h"
#include "registry/SelfServiceRegistry.h"
#include "support/PostgresServer.h"
#include "support/TestEnvironment.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modeFollowsTheRadioButtons();
    void loadButtonAsksTheWizard();
    void loadMessageShowsOnlyWhenThereIsOne();
    void embeddedRegistryNeedsNoSignIn();
    void staffSignInWithTheirOwnRole();
    void selfServiceRequiresAUsableToken();
    void cleanupTestCase();

private:
    RegistryTarget target(const QString& role, const QString& password) const;
    QString issue(int seconds);

    PostgresServer m_server;
    QString m_database;
};

// The staff sign-in and the self-service token against a real PostgreSQL registry, with the
// real Secret Service of scripts/test.sh.
void TestWelcomePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KKT"));
    QCoreApplication::setApplicationName(QStringLiteral("kkt-deploy-welcome-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       TestEnvironment::freshDirectory(QStringLiteral("welcome-page")));
    QSettings().clear();
    qunsetenv("KKT_REGISTRY_PASSWORD");
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_database = QStringLiteral("welcome_registry");
    QVERIFY2(m_server.createDatabase(m_database), qPrintable(m_server.error()));
    RegistryTarget owner = target(m_server.superuser(), m_server.superuserPassword());
    QString error;
    QSqlDatabase db = RegistryConnection::open(owner, &error);
    QVERIFY2(db.isValid(), qPrintable(error));
    QVERIFY2(SchemaMigrator(owner.kind).migrate(db, nullptr, &error), qPrintable(error));
    QVERIFY2(
        m_server.runSql(m_database,
                        QStringLiteral("CREATE ROLE welcome_staff LOGIN PASSWORD 'Welcome-Staff-1x' IN ROLE "
                                       "kkt_deployer; CREATE ROLE welcome_client LOGIN PASSWORD "
                                       "'Welcome-Client-1x' IN ROLE kkt_selfservice;")),
        qPrintable(m_server.error()));
}

void TestWelcomePage::cleanupTestCase()
{
    Edition::set(Edition::Kind::Staff);
    QString error;
    RegistryKeychain::remove(target(QStringLiteral("welcome_staff"), {}).passwordKeychainKey(), &error);
    qunsetenv("KKT_REGISTRY_PASSWORD");
}

RegistryTarget TestWelcomePage::target(const QString& role, const QString& password) const
{
    return RegistryTestDatabase::postgres(m_server, m_database, role, password);
}

QString TestWelcomePage::issue(int seconds)
{
    QString error;
    const QString token =
        DeploymentTokens(target(QStringLiteral("welcome_staff"), QStringLiteral("Welcome-Staff-1x")))
            .create(QDateTime::currentDateTimeUtc().addSecs(seconds), QStringLiteral("ООО «Ромашка»"), {},
                    &error);
    if (token.isEmpty())
        qWarning() << error;
    return token;
}

void TestWelcomePage::embeddedRegistryNeedsNoSignIn()
{
    QSettings().remove(RegistryTarget::settingsKey());
    DeploymentConfig config;
    DeploymentSecrets secrets;
    WelcomePage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(ui.find<QWidget>(QStringLiteral("registryGroup"))->isVisible());
    QVERIFY(!ui.find<QWidget>(QStringLiteral("signInFields"))->isVisible());
    QVERIFY(!ui.find<QWidget>(QStringLiteral("tokenGroup"))->isVisible());
    QVERIFY(ui.text(QStringLiteral("registryStateLabel")).contains(QStringLiteral("Embedded registry")));
    QSignalSpy settings(&page, &WelcomePage::settingsRequested);
    ui.click(QStringLiteral("registrySettingsButton"));
    QCOMPARE(settings.size(), 1);
}

void TestWelcomePage::staffSignInWithTheirOwnRole()
{
    // The central registry chosen in Settings; the staff member signs in on Welcome.
    QSettings().setValue(RegistryTarget::settingsKey(), target(QStringLiteral("someone_else"), {}).url());
    DeploymentConfig config;
    DeploymentSecrets secrets;
    WelcomePage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(ui.find<QWidget>(QStringLiteral("signInFields"))->isVisible());
    QCOMPARE(ui.text(QStringLiteral("registryRoleEdit")), QStringLiteral("someone_else"));
    QSignalSpy changed(&page, &WelcomePage::registryChanged);
    ui.find<QLineEdit>(QStringLiteral("registryRoleEdit"))->clear();
    ui.type(QStringLiteral("registryRoleEdit"), QStringLiteral("welcome_staff"));
    ui.click(QStringLiteral("signInButton"));
    QVERIFY(ui.text(QStringLiteral("registryMessageLabel")).startsWith(QStringLiteral("Password: empty")));
    ui.type(QStringLiteral("registryPasswordEdit"), QStringLiteral("wrong-password"));
    ui.click(QStringLiteral("signInButton"));
    // Off the GUI thread: the button waits, the page answers.
    QVERIFY(!ui.find<QPushButton>(QStringLiteral("signInButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(ui.find<QPushButton>(QStringLiteral("signInButton"))->isEnabled(), 20000);
    QVERIFY2(ui.text(QStringLiteral("registryMessageLabel"))
                 .startsWith(QStringLiteral("Password: PostgreSQL refused")),
             qPrintable(ui.text(QStringLiteral("registryMessageLabel"))));
    QCOMPARE(changed.size(), 0);
    ui.find<QLineEdit>(QStringLiteral("registryPasswordEdit"))->clear();
    ui.type(QStringLiteral("registryPasswordEdit"), QStringLiteral("Welcome-Staff-1x"));
    ui.click(QStringLiteral("signInButton"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
    QVERIFY(ui.text(QStringLiteral("registryMessageLabel")).startsWith(QStringLiteral("Signed in")));
    QVERIFY(ui.text(QStringLiteral("registryPasswordEdit")).isEmpty());
    // The role is the registry's from now on, its password in the keychain only.
    const QString url = QSettings().value(RegistryTarget::settingsKey()).toString();
    QVERIFY2(url.startsWith(QStringLiteral("postgresql://welcome_staff@")), qPrintable(url));
    QVERIFY(!url.contains(QStringLiteral("Welcome-Staff-1x")));
    QByteArray stored;
    QString error;
    QVERIFY2(RegistryKeychain::read(target(QStringLiteral("welcome_staff"), {}).passwordKeychainKey(),
                                    &stored, &error),
             qPrintable(error));
    QCOMPARE(stored, QByteArray("Welcome-Staff-1x"));
    // Staff may choose a test deployment.
    QVERIFY(ui.find<QWidget>(QStringLiteral("testRadio"))->isVisible());
}

void TestWelcomePage::selfServiceRequiresAUsableToken()
{
    Edition::set(Edition::Kind::SelfService);
    QSettings().setValue(RegistryTarget::settingsKey(), target(QStringLiteral("welcome_client"), {}).url());
    qputenv("KKT_REGISTRY_PASSWORD", "Welcome-Client-1x");
    const QString valid = issue(3600);
    const QString expired = issue(-60);
    const QString used = issue(3600);
    QVERIFY(!valid.isEmpty() && !expired.isEmpty() && !used.isEmpty());
    InstanceRecord elsewhere;
    elsewhere.uuid = SelfServiceRegistry::instanceUuid(QStringLiteral("198.51.100.1"), used);
    elsewhere.name = QStringLiteral("INST-elsewhere");
    QString error;
    QVERIFY2(
        SelfServiceRegistry(target(QStringLiteral("welcome_client"), QStringLiteral("Welcome-Client-1x")))
            .redeem(used, elsewhere, &error),
        qPrintable(error));

    DeploymentConfig config;
    config.mode = DeploymentMode::Test; // e.g. from a loaded file: the client edition deploys production
    DeploymentSecrets secrets;
    WelcomePage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QCOMPARE(config.mode, DeploymentMode::Production);
    QVERIFY(!ui.find<QWidget>(QStringLiteral("modeGroup"))->isVisible());
    QVERIFY(!ui.find<QWidget>(QStringLiteral("testRadio"))->isVisible());
    QVERIFY(!ui.find<QWidget>(QStringLiteral("registryGroup"))->isVisible());
    QVERIFY(ui.find<QWidget>(QStringLiteral("tokenGroup"))->isVisible());
    // No token, no deployment.
    QVERIFY(!page.isComplete());
    QSignalSpy checked(&page, &WelcomePage::tokenChecked);
    ui.click(QStringLiteral("checkTokenButton"));
    QVERIFY(ui.text(QStringLiteral("tokenMessageLabel")).startsWith(QStringLiteral("Deployment key: empty")));
    ui.type(QStringLiteral("tokenEdit"), QStringLiteral("kkt_not-a-token"));
    ui.click(QStringLiteral("checkTokenButton"));
    QVERIFY(ui.text(QStringLiteral("tokenMessageLabel"))
                .contains(QStringLiteral("not a complete deployment key")));
    QVERIFY(!page.isComplete());

    const auto tryToken = [&](const QString& token, const QString& expected, bool usable) {
        ui.find<QLineEdit>(QStringLiteral("tokenEdit"))->clear();
        ui.type(QStringLiteral("tokenEdit"), token);
        checked.clear();
        ui.click(QStringLiteral("checkTokenButton"));
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
        QCOMPARE(checked.first().first().toBool(), usable);
        QVERIFY2(ui.text(QStringLiteral("tokenMessageLabel")).contains(expected),
                 qPrintable(ui.text(QStringLiteral("tokenMessageLabel"))));
        QCOMPARE(page.isComplete(), usable);
        QCOMPARE(secrets.deploymentToken, usable ? token : QString());
    };
    tryToken(QStringLiteral("kkt_") + QString(43, u'x'), QStringLiteral("does not know it"), false);
    tryToken(expired, QStringLiteral("it expired on"), false);
    tryToken(used, QStringLiteral("already used for another instance"), false);
    tryToken(valid, QStringLiteral("ООО «Ромашка»"), true);
    // Checking spends nothing; changing the token needs a new check.
    QCOMPARE(DeploymentTokens(target(m_server.superuser(), m_server.superuserPassword())).list(&error).size(),
             3);
    ui.type(QStringLiteral("tokenEdit"), QStringLiteral("x"));
    QVERIFY(!page.isComplete());
    QVERIFY(secrets.deploymentToken.isEmpty());

    // The deployment key alone: no registry chosen in the settings, no password anywhere else.
    QSettings().remove(RegistryTarget::settingsKey());
    qunsetenv("KKT_REGISTRY_PASSWORD");
    DeploymentKey key;
    QVERIFY2(DeploymentTokens(target(QStringLiteral("welcome_staff"), QStringLiteral("Welcome-Staff-1x")))
                 .issue(QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("ООО «Ключ»"), {}, &key,
                        &error),
             qPrintable(error));
    ui.find<QLineEdit>(QStringLiteral("tokenEdit"))->clear();
    ui.type(QStringLiteral("tokenEdit"), key.encode());
    checked.clear();
    ui.click(QStringLiteral("checkTokenButton"));
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
    QVERIFY2(checked.first().first().toBool(), qPrintable(ui.text(QStringLiteral("tokenMessageLabel"))));
    QVERIFY(ui.text(QStringLiteral("tokenMessageLabel")).contains(QStringLiteral("ООО «Ключ»")));
    QVERIFY(page.isComplete());
    QCOMPARE(secrets.deploymentKey, key.encode());
    QCOMPARE(secrets.deploymentToken, key.token);
    Edition::set(Edition::Kind::Staff);
}

void TestWelcomePage::modeFollowsTheRadioButtons()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    WelcomePage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(page.isComplete());
    QVERIFY(ui.find<QRadioButton>(QStringLiteral("productionRadio"))->isChecked());
    ui.click(QStringLiteral("testRadio"));
    QCOMPARE(config.mode, DeploymentMode::Test);
    ui.click(QStringLiteral("productionRadio"));
    QCOMPARE(config.mode, DeploymentMode::Production);

    config.mode = DeploymentMode::Test;
    page.load(true);
    QVERIFY(ui.find<QRadioButton>(QStringLiteral("testRadio"))->isChecked());
}

void TestWelcomePage::loadButtonAsksTheWizard()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    WelcomePage page(&config, &secrets);
    page.show();
    QSignalSpy load(&page, &WelcomePage::loadRequested);
    WidgetDriver(&page).click(QStringLiteral("loadConfigButton"));
    QCOMPARE(load.size(), 1);
}

void TestWelcomePage::loadMessageShowsOnlyWhenThereIsOne()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    WelcomePage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(!ui.shows(QStringLiteral("loadMessageLabel")));
    page.setLoadMessage(QStringLiteral("Nothing was loaded."), true);
    QVERIFY(ui.shows(QStringLiteral("loadMessageLabel")));
    page.setLoadMessage(QString(), false);
    QVERIFY(!ui.shows(QStringLiteral("loadMessageLabel")));
}

QTEST_MAIN(TestWelcomePage)
#include "TestWelcomePage.moc"
