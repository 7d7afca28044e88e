#include "WidgetDriver.h"
#include "gui/DeploymentWizard.h"
#include "gui/MessageBox.h"
#include "gui/WizardPageId.h"
#include "secrets/SecretStore.h"
#include "ssh/SshSession.h"
#include "support/TestEnvironment.h"
#include "support/TestSshd.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

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

// Set in the child process that runs without any Secret Service.
const char* const noKeychainChild = "KKT_SERVER_PAGE_NO_KEYCHAIN_CHILD";

} // namespace

// The Server page's "Remember in the keychain" under the real Secret Service that scripts/test.sh
// provides (an unlocked gnome-keyring on the test's session bus), against a real sshd; and the same
// page with no Secret Service at all.
class TestServerPageKeychain : public QObject
{
    Q_OBJECT

private:
    TestSshd m_sshd{QStringLiteral("sshd-keychain")};
    QString m_dataDir;
    QString m_configDir;
    DeploymentWizard* m_wizard = nullptr;
    WidgetDriver* m_ui = nullptr;

    void openWizard()
    {
        m_wizard = new DeploymentWizard;
        m_wizard->resize(900, 800);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        m_ui = new WidgetDriver(m_wizard);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ServerPageId));
    }
    void closeWizard()
    {
        delete m_ui;
        delete m_wizard;
        m_ui = nullptr;
        m_wizard = nullptr;
    }
    void fillServer(int authIndex, const QString& identityFile = QString())
    {
        m_ui->type(QStringLiteral("hostEdit"), QStringLiteral("127.0.0.1"));
        m_ui->find<QSpinBox>(QStringLiteral("portSpin"))->setValue(m_sshd.port());
        m_ui->type(QStringLiteral("userEdit"), TestSshd::testUser());
        m_ui->find<QComboBox>(QStringLiteral("authCombo"))->setCurrentIndex(authIndex);
        if (!identityFile.isEmpty())
            m_ui->type(QStringLiteral("identityFileEdit"), identityFile);
        m_ui->type(QStringLiteral("domainEdit"), QStringLiteral("kkt.example.invalid"));
    }
    // Runs Test connection and waits until it has logged in and shown the facts.
    void testConnection()
    {
        if (!QFile::exists(SshSession::defaultKnownHostsFile()))
            MessageBox::setNextAnswer(QMessageBox::Yes);
        m_ui->click(QStringLiteral("testConnectionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find<QTableWidget>(QStringLiteral("factsTable"))->isVisible(), 30000);
    }
    static QString screenshot(const QString& name)
    {
        const QString dir = TestEnvironment::scratchRoot() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        return dir + u'/' + name;
    }
    QString message() const { return m_ui->text(QStringLiteral("keychainMessageLabel")); }

    static SecretStore::Result readKeychain(const QString& key)
    {
        SecretStore store;
        return store.readNow(key);
    }
    QString passwordKey() const
    {
        return SecretStore::keyFor(SecretStore::Kind::SshPassword, QStringLiteral("127.0.0.1"), m_sshd.port(),
                                   TestSshd::testUser());
    }
    // No file written during the test holds the secret (settings, known hosts, config …).
    void verifyNoFileHolds(const QString& secret)
    {
        for (const QString& dir : {m_dataDir, m_configDir}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
        QMutexLocker lock(&s_logMutex);
        QVERIFY2(!s_logLines.join(u'\n').contains(secret), "a remembered secret is in a log line");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kkt.*.debug=true"));
        s_previousHandler = qInstallMessageHandler(keepLogLine);
        QString error;
        QVERIFY2(TestSshd::ensureTestUser(&error), qPrintable(error));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        // Known hosts and settings go to fresh folders; the keyring daemon keeps its own.
        m_dataDir = TestEnvironment::freshDirectory(QStringLiteral("keychain-data"));
        m_configDir = TestEnvironment::freshDirectory(QStringLiteral("keychain-config"));
        qputenv("XDG_DATA_HOME", m_dataDir.toUtf8());
        qputenv("XDG_CONFIG_HOME", m_configDir.toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        if (!qEnvironmentVariableIsSet(noKeychainChild))
            QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                     "run under scripts/with-keyring.sh inside dbus-run-session");
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previousHandler); }

    void cleanup()
    {
        closeWizard();
        QVERIFY(!MessageBox::hasNextAnswer());
    }

    void passwordIsRememberedAfterATestThenFilledInThenForgotten()
    {
        openWizard();
        fillServer(2);
        m_ui->type(QStringLiteral("sshPasswordEdit"), TestSshd::testPassword());
        auto* remember = m_ui->find<QCheckBox>(QStringLiteral("rememberPasswordCheck"));
        QVERIFY(remember->isVisible());
        QVERIFY(!remember->isChecked());
        m_ui->click(QStringLiteral("rememberPasswordCheck"));
        QVERIFY(remember->isChecked());
        QVERIFY(message().contains(QStringLiteral("once Test connection has logged in")));
        // Never before a successful test.
        QTest::qWait(500);
        QCOMPARE(readKeychain(passwordKey()).status, SecretStore::Status::NotFound);

        testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(message().contains(QStringLiteral("remembered in the keychain")), 20000);
        SecretStore::Result stored = readKeychain(passwordKey());
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.secret, TestSshd::testPassword());
        closeWizard();

        // A new wizard fills the password in once host, port and user are known.
        openWizard();
        fillServer(2);
        auto* password = m_ui->find<QLineEdit>(QStringLiteral("sshPasswordEdit"));
        remember = m_ui->find<QCheckBox>(QStringLiteral("rememberPasswordCheck"));
        QTRY_COMPARE_WITH_TIMEOUT(password->text(), TestSshd::testPassword(), 20000);
        QVERIFY(remember->isChecked());
        QVERIFY(message().contains(QStringLiteral("filled in from the keychain")));
        QVERIFY(m_wizard->grab().save(screenshot(QStringLiteral("keychain-1-filled-in.png"))));
        // … and that password logs in.
        testConnection();
        QVERIFY(m_ui->text(QStringLiteral("checkStatusLabel")).startsWith(QStringLiteral("Connected")));

        // Unticking forgets it.
        m_ui->click(QStringLiteral("rememberPasswordCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(message().contains(QStringLiteral("Removed from the keychain")), 20000);
        QCOMPARE(readKeychain(passwordKey()).status, SecretStore::Status::NotFound);
        QCOMPARE(password->text(), TestSshd::testPassword()); // still usable for this session
        closeWizard();

        openWizard();
        fillServer(2);
        QTest::qWait(1000);
        QVERIFY(m_ui->find<QLineEdit>(QStringLiteral("sshPasswordEdit"))->text().isEmpty());
        QVERIFY(!m_ui->find<QCheckBox>(QStringLiteral("rememberPasswordCheck"))->isChecked());
        verifyNoFileHolds(TestSshd::testPassword());
    }

    void passphraseIsRememberedPerKeyFile()
    {
        const QString key = m_sshd.clientKey(QStringLiteral("ecdsa"), m_sshd.userKeyPassphrase());
        QVERIFY(!key.isEmpty());
        const QString entry = SecretStore::passphraseKeyFor(QStringLiteral("127.0.0.1"), m_sshd.port(),
                                                            TestSshd::testUser(), key);
        openWizard();
        fillServer(1, key);
        m_ui->type(QStringLiteral("keyPassphraseEdit"), m_sshd.userKeyPassphrase());
        m_ui->click(QStringLiteral("rememberPassphraseCheck"));
        testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(message().contains(QStringLiteral("remembered in the keychain")), 20000);
        QCOMPARE(readKeychain(entry).secret, m_sshd.userKeyPassphrase());
        closeWizard();

        openWizard();
        fillServer(1, key);
        QTRY_COMPARE_WITH_TIMEOUT(m_ui->find<QLineEdit>(QStringLiteral("keyPassphraseEdit"))->text(),
                                  m_sshd.userKeyPassphrase(), 20000);
        QVERIFY(m_ui->find<QCheckBox>(QStringLiteral("rememberPassphraseCheck"))->isChecked());
        m_ui->click(QStringLiteral("rememberPassphraseCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(message().contains(QStringLiteral("Removed from the keychain")), 20000);
        QCOMPARE(readKeychain(entry).status, SecretStore::Status::NotFound);
        verifyNoFileHolds(m_sshd.userKeyPassphrase());
    }

    // The parent runs this function again in a child whose session bus address leads nowhere.
    void noSecretServiceShowsAMessageAndThePageWorks()
    {
        if (!qEnvironmentVariableIsSet(noKeychainChild)) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(noKeychainChild), QStringLiteral("1"));
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/kkt-no-bus"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("noSecretServiceShowsAMessageAndThePageWorks")});
            QVERIFY(child.waitForFinished(120000));
            const QString out = QString::fromUtf8(child.readAll());
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("PASS   : TestServerPageKeychain::"
                                                 "noSecretServiceShowsAMessageAndThePageWorks()")),
                     qPrintable(out));
            QVERIFY(!out.contains(TestSshd::testPassword()));
            return;
        }
        openWizard();
        fillServer(2);
        m_ui->type(QStringLiteral("sshPasswordEdit"), TestSshd::testPassword());
        m_ui->click(QStringLiteral("rememberPasswordCheck"));
        testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(message().contains(QStringLiteral("Could not remember it")), 30000);
        QVERIFY(m_ui->shows(QStringLiteral("keychainMessageLabel")));
        QVERIFY2(message().contains(QStringLiteral("No keychain is available")), qPrintable(message()));
        QVERIFY(m_wizard->grab().save(screenshot(QStringLiteral("keychain-2-no-keychain.png"))));
        QVERIFY(!message().contains(TestSshd::testPassword()));
        QVERIFY(!m_ui->find<QCheckBox>(QStringLiteral("rememberPasswordCheck"))->isChecked());
        // The page still works: the test logged in, and the user can go on.
        QVERIFY(m_ui->text(QStringLiteral("checkStatusLabel")).startsWith(QStringLiteral("Connected")));
        m_ui->find<QCheckBox>(QStringLiteral("skipConnectionCheckBox"))->setChecked(true);
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        verifyNoFileHolds(TestSshd::testPassword());
    }
};

QTEST_MAIN(TestServerPageKeychain)
#include "TestServerPageKeychain.moc"
