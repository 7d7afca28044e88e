#include "WidgetDriver.h"
#include "gui/SettingsDialog.h"
#include "registry/RegistryKeychain.h"
#include "registry/RegistryTarget.h"
#include "secrets/SecretStore.h"
#include "support/PostgresServer.h"
#include "support/TestEnvironment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>

namespace {

QMutex s_logMutex;
QStringList s_logLines;
QtMessageHandler s_previousHandler = nullptr;

void keepLogLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_logLines << message;
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

const QString staffRole = QStringLiteral("settings_staff");
const QString staffPassword = QStringLiteral("Settings-Staff-Secret-3x");
const QString githubToken = QStringLiteral("ghp_SettingsDialogTestToken0123456789");
// The token's keychain entry is per API host: a host no other test uses.
const QString githubApi = QStringLiteral("https://github-settings-test.example/api/v3");

} // namespace

// The Settings dialog driven like a user, against a real PostgreSQL for the registry sign-in and
// the real Secret Service of scripts/test.sh for the password and the token.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QString m_database;
    QString m_settingsDir;
    SettingsDialog* m_dialog = nullptr;
    WidgetDriver* m_ui = nullptr;

    void openDialog()
    {
        m_dialog = new SettingsDialog;
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
        m_ui = new WidgetDriver(m_dialog);
    }
    void closeDialog()
    {
        delete m_ui;
        delete m_dialog;
        m_ui = nullptr;
        m_dialog = nullptr;
    }
    void save()
    {
        QTest::mouseClick(
            m_ui->find<QDialogButtonBox>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    }
    void fillCentral(int port, const QString& password)
    {
        m_ui->click(QStringLiteral("centralRadio"));
        m_ui->type(QStringLiteral("registryHostEdit"), QStringLiteral("127.0.0.1"));
        m_ui->find<QSpinBox>(QStringLiteral("registryPortSpin"))->setValue(port);
        m_ui->type(QStringLiteral("registryDatabaseEdit"), m_database);
        m_ui->type(QStringLiteral("registryRoleEdit"), staffRole);
        // The test server's own CA: TLS is verified (verify-full) as against a real registry.
        m_ui->type(QStringLiteral("registryCaEdit"), m_server.caFile());
        m_ui->type(QStringLiteral("registryPasswordEdit"), password);
    }
    QString registryUrl(int port) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(staffRole).arg(port).arg(m_database);
    }
    QString keychainKey(int port) const
    {
        QString error;
        return RegistryTarget::parse(registryUrl(port), &error).passwordKeychainKey();
    }
    static bool stored(const QString& key, QByteArray* value = nullptr)
    {
        QByteArray ignored;
        QString error;
        return RegistryKeychain::read(key, value ? value : &ignored, &error);
    }
    void verifyNothingHolds(const QString& secret)
    {
        QDirIterator it(m_settingsDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
        QMutexLocker lock(&s_logMutex);
        QVERIFY2(!s_logLines.join(u'\n').contains(secret), "a secret is in a log line");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kkt.*.debug=true"));
        s_previousHandler = qInstallMessageHandler(keepLogLine);
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/with-keyring.sh inside dbus-run-session");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KKT"));
        QCoreApplication::setApplicationName(QStringLiteral("kkt-deploy"));
        m_settingsDir = TestEnvironment::freshDirectory(QStringLiteral("settings-dialog"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir);
        qunsetenv("KKT_REGISTRY_PASSWORD");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_database = QStringLiteral("settings_registry");
        QVERIFY2(m_server.createDatabase(m_database), qPrintable(m_server.error()));
        QVERIFY2(m_server.runSql(
                     QStringLiteral("postgres"),
                     QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(staffRole, staffPassword)),
                 qPrintable(m_server.error()));
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previousHandler); }

    void cleanup()
    {
        closeDialog();
        QSettings().clear();
    }

    void signInRefusesWrongPasswordThenStoresTheRightOne()
    {
        openDialog();
        auto* embedded = m_ui->find<QRadioButton>(QStringLiteral("embeddedRadio"));
        QVERIFY(embedded->isChecked());
        QVERIFY(!m_ui->find<QWidget>(QStringLiteral("centralFields"))->isEnabled());
        QVERIFY(m_ui->text(QStringLiteral("embeddedPathLabel")).contains(QStringLiteral("registry.sqlite")));

        const QString wrong = QStringLiteral("Wrong-Settings-Password-8w");
        fillCentral(m_server.port(), wrong);
        m_ui->click(QStringLiteral("signInButton"));
        // The connect runs on a worker thread; meanwhile the spinner and Cancel show.
        QVERIFY(m_ui->find<QProgressBar>(QStringLiteral("signInProgress"))->isVisible());
        QVERIFY(m_ui->find<QPushButton>(QStringLiteral("cancelSignInButton"))->isVisible());
        QVERIFY(!m_ui->find<QPushButton>(QStringLiteral("signInButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ui->text(QStringLiteral("registryMessageLabel")).contains(QStringLiteral("refused")), 20000);
        QVERIFY(m_ui->text(QStringLiteral("registryMessageLabel")).startsWith(QStringLiteral("Password:")));
        QVERIFY(!m_ui->find<QProgressBar>(QStringLiteral("signInProgress"))->isVisible());
        QVERIFY(!stored(keychainKey(m_server.port())));
        // A typed password that did not sign in is not silently dropped by Save.
        save();
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_ui->text(QStringLiteral("registryMessageLabel")).contains(QStringLiteral("not signed in")));

        m_ui->type(QStringLiteral("registryPasswordEdit"), staffPassword);
        m_ui->click(QStringLiteral("signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ui->text(QStringLiteral("registryMessageLabel")).startsWith(QStringLiteral("Signed in")),
            20000);
        QVERIFY(m_ui->text(QStringLiteral("registryPasswordEdit")).isEmpty());
        QByteArray value;
        QVERIFY(stored(keychainKey(m_server.port()), &value));
        QCOMPARE(QString::fromUtf8(value), staffPassword);

        QSignalSpy changed(m_dialog, &SettingsDialog::registryChanged);
        save();
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QSettings().value(RegistryTarget::settingsKey()).toString(),
                 registryUrl(m_server.port()) + QStringLiteral("?sslrootcert=") + m_server.caFile());
        // What the Registry tab and the command line read: the setting, the password from the keychain.
        QString note;
        const RegistryTarget configured = RegistryTarget::configured(&note);
        QCOMPARE(configured.display(), registryUrl(m_server.port()));
        QCOMPARE(configured.password, staffPassword);
        closeDialog();

        // Reopened: the central registry's fields, no password shown.
        openDialog();
        QVERIFY(m_ui->find<QRadioButton>(QStringLiteral("centralRadio"))->isChecked());
        QCOMPARE(m_ui->text(QStringLiteral("registryRoleEdit")), staffRole);
        QCOMPARE(m_ui->text(QStringLiteral("registryDatabaseEdit")), m_database);
        QCOMPARE(m_ui->find<QSpinBox>(QStringLiteral("registryPortSpin"))->value(), int(m_server.port()));
        QCOMPARE(m_ui->text(QStringLiteral("registryCaEdit")), m_server.caFile());
        QVERIFY(m_ui->text(QStringLiteral("registryPasswordEdit")).isEmpty());
        // Back to the embedded registry.
        QSignalSpy back(m_dialog, &SettingsDialog::registryChanged);
        m_ui->click(QStringLiteral("embeddedRadio"));
        save();
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(back.count(), 1);
        QVERIFY(!QSettings().contains(RegistryTarget::settingsKey()));

        QString error;
        QVERIFY(RegistryKeychain::remove(keychainKey(m_server.port()), &error));
        verifyNothingHolds(staffPassword);
        verifyNothingHolds(wrong);
    }

    void signInNamesAnUnreachableServer()
    {
        openDialog();
        const quint16 port = TestEnvironment::freePort();
        fillCentral(port, staffPassword);
        m_ui->click(QStringLiteral("signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ui->text(QStringLiteral("registryMessageLabel")).contains(QStringLiteral("did not answer")),
            20000);
        QVERIFY(!stored(keychainKey(port)));
        // Empty fields are named before anything connects.
        m_ui->type(QStringLiteral("registryRoleEdit"), QString());
        m_ui->click(QStringLiteral("signInButton"));
        QVERIFY(m_ui->text(QStringLiteral("registryMessageLabel")).startsWith(QStringLiteral("Role: empty")));
        QVERIFY(!m_ui->find<QProgressBar>(QStringLiteral("signInProgress"))->isVisible());
        m_ui->type(QStringLiteral("registryHostEdit"), QString());
        save();
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_ui->text(QStringLiteral("registryMessageLabel")).startsWith(QStringLiteral("Host: empty")));
        QVERIFY(!QSettings().contains(RegistryTarget::settingsKey()));
        verifyNothingHolds(staffPassword);
    }

    void signInCanBeCancelled()
    {
        // A server that accepts the connection and never answers: the sign-in waits.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const quint16 port = silent.serverPort();
        openDialog();
        fillCentral(port, staffPassword);
        m_ui->click(QStringLiteral("signInButton"));
        QVERIFY(m_ui->find<QProgressBar>(QStringLiteral("signInProgress"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 20000);
        m_ui->click(QStringLiteral("cancelSignInButton"));
        QVERIFY(!m_ui->find<QProgressBar>(QStringLiteral("signInProgress"))->isVisible());
        QVERIFY(m_ui->find<QPushButton>(QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(m_ui->text(QStringLiteral("registryMessageLabel")).contains(QStringLiteral("cancelled")));
        // The abandoned attempt ends when the server goes away; its answer changes nothing.
        delete silent.nextPendingConnection();
        silent.close();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::processEvents();
        QVERIFY(m_ui->text(QStringLiteral("registryMessageLabel")).contains(QStringLiteral("cancelled")));
        QVERIFY(!stored(keychainKey(port)));
    }

    void releaseAndTelegramFieldsAreValidated()
    {
        openDialog();
        m_ui->type(QStringLiteral("githubApiEdit"), QStringLiteral("ftp://mirror.example/api"));
        m_ui->type(QStringLiteral("githubRepositoryEdit"), QStringLiteral("not a repository"));
        m_ui->type(QStringLiteral("telegramApiEdit"), QStringLiteral("https://user:pw@bots.example"));
        save();
        QVERIFY(m_dialog->isVisible());
        const QString releases = m_ui->text(QStringLiteral("releasesMessageLabel"));
        QVERIFY2(releases.contains(
                     QStringLiteral("GitHub API URL: “ftp://mirror.example/api” is not a web address")),
                 qPrintable(releases));
        QVERIFY2(
            releases.contains(QStringLiteral("Repository: “not a repository” is not a GitHub repository")),
            qPrintable(releases));
        QVERIFY(m_ui->shows(QStringLiteral("telegramMessageLabel")));
        QVERIFY(
            m_ui->text(QStringLiteral("telegramMessageLabel")).startsWith(QStringLiteral("Bot API URL:")));
        QVERIFY(m_ui->text(QStringLiteral("telegramMessageLabel"))
                    .contains(QStringLiteral("user name or password")));
        QVERIFY(!QSettings().contains(QStringLiteral("releases/apiBaseUrl")));

        m_ui->type(QStringLiteral("githubApiEdit"), QStringLiteral("https://github.example.com/api/v3?x=1"));
        m_ui->type(QStringLiteral("githubRepositoryEdit"), QStringLiteral("kkt/releases"));
        m_ui->type(QStringLiteral("telegramApiEdit"), QStringLiteral("http://127.0.0.1:8081/"));
        save();
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_ui->find<QLabel>(QStringLiteral("telegramMessageLabel"))->isVisible());
        QVERIFY(m_ui->text(QStringLiteral("releasesMessageLabel")).contains(QStringLiteral("“?” or “#”")));

        m_ui->type(QStringLiteral("githubApiEdit"), QStringLiteral("https://github.example.com/api/v3/"));
        save();
        QTRY_VERIFY(!m_dialog->isVisible());
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("releases/apiBaseUrl")).toString(),
                 QStringLiteral("https://github.example.com/api/v3"));
        QCOMPARE(settings.value(QStringLiteral("releases/repository")).toString(),
                 QStringLiteral("kkt/releases"));
        QCOMPARE(settings.value(QStringLiteral("telegram/apiBaseUrl")).toString(),
                 QStringLiteral("http://127.0.0.1:8081"));
    }

    void tokenIsStoredShownAndRemoved()
    {
        const QString key = QStringLiteral("github-token/github-settings-test.example");
        openDialog();
        m_ui->type(QStringLiteral("githubApiEdit"), githubApi);
        QTest::keyClick(m_ui->find<QLineEdit>(QStringLiteral("githubApiEdit")), Qt::Key_Tab);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ui->text(QStringLiteral("tokenStateLabel")).endsWith(QStringLiteral("not stored")), 20000);
        QVERIFY(!m_ui->find<QPushButton>(QStringLiteral("removeTokenButton"))->isEnabled());
        m_ui->type(QStringLiteral("githubTokenEdit"), githubToken);
        save();
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
        SecretStore keychain;
        SecretStore::Result r = keychain.readNow(key);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, githubToken);
        QCOMPARE(QSettings().value(QStringLiteral("releases/apiBaseUrl")).toString(), githubApi);
        closeDialog();

        openDialog();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ui->text(QStringLiteral("tokenStateLabel")).endsWith(QStringLiteral(": stored")), 20000);
        QVERIFY(m_ui->text(QStringLiteral("githubTokenEdit")).isEmpty());
        QVERIFY(m_ui->find<QPushButton>(QStringLiteral("removeTokenButton"))->isEnabled());
        m_ui->click(QStringLiteral("removeTokenButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ui->text(QStringLiteral("tokenStateLabel")).endsWith(QStringLiteral("not stored")), 20000);
        QCOMPARE(keychain.readNow(key).status, SecretStore::Status::NotFound);
        verifyNothingHolds(githubToken);
    }

    void languageIsStored()
    {
        QCOMPARE(SettingsDialog::storedLanguage(), QString());
        openDialog();
        auto* language = m_ui->find<QComboBox>(QStringLiteral("languageCombo"));
        QCOMPARE(language->currentData().toString(), QString());
        language->setCurrentIndex(language->findData(QStringLiteral("ru")));
        QSignalSpy changed(m_dialog, &SettingsDialog::registryChanged);
        save();
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(changed.count(), 0); // the registry stayed as it was
        QCOMPARE(SettingsDialog::storedLanguage(), QStringLiteral("ru"));
        closeDialog();
        openDialog();
        QCOMPARE(m_ui->find<QComboBox>(QStringLiteral("languageCombo"))->currentData().toString(),
                 QStringLiteral("ru"));
        // Cancel changes nothing.
        m_ui->find<QComboBox>(QStringLiteral("languageCombo"))->setCurrentIndex(0);
        QTest::mouseClick(
            m_ui->find<QDialogButtonBox>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QCOMPARE(SettingsDialog::storedLanguage(), QStringLiteral("ru"));
        // Anything else in the file is not a language.
        QSettings().setValue(SettingsDialog::languageSettingsKey(), QStringLiteral("de"));
        QCOMPARE(SettingsDialog::storedLanguage(), QString());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
