// SshLogin through SshSession: keys of every type, passphrase, password, keyboard-interactive, agent;
// a refused login lists the methods tried; no secret in any log or message.
#include "ssh/SshSession.h"
#include "support/SshSessionFixture.h"
#include "support/TestSshAgent.h"
#include "support/TestSshd.h"

#include <QTest>

class TestSshLogin : public QObject
{
    Q_OBJECT

private:
    SshSessionFixture m_ssh{QStringLiteral("sshd-login")};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_ssh.start(), qPrintable(m_ssh.error())); }

    void keyLogins_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("ed25519") << QStringLiteral("ed25519");
        QTest::newRow("ecdsa") << QStringLiteral("ecdsa");
        QTest::newRow("rsa") << QStringLiteral("rsa");
    }
    void keyLogins()
    {
        QFETCH(QString, type);
        SshSession session;
        SshTarget t = m_ssh.target();
        t.identityFile = m_ssh.sshd().clientKey(type);
        session.setTarget(t);
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
        const SshSession::Result result = session.run(QStringLiteral("id -un"));
        QVERIFY(result.ok());
        QCOMPARE(result.stdoutData.trimmed(), QByteArray("root"));
    }

    void passphraseAskedThroughCallback()
    {
        const QString passphrase = m_ssh.sshd().userKeyPassphrase();
        SshSession session;
        SshTarget t = m_ssh.target();
        t.identityFile = m_ssh.sshd().clientKey(QStringLiteral("ed25519"), passphrase);
        session.setTarget(t);
        QStringList asked;
        session.setPassphraseProvider([&](const QString& file) {
            asked << file;
            return passphrase;
        });
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(asked, QStringList{t.identityFile});

        SshSession wrong;
        wrong.setTarget(t);
        wrong.setPassphraseProvider([](const QString&) { return QStringLiteral("wrong-passphrase-zz"); });
        const SshError refused = wrong.open();
        m_ssh.note(refused.message);
        QCOMPARE(refused.kind, SshError::AuthFailed);
        QVERIFY(refused.message.contains(QStringLiteral("wrong passphrase")));
    }

    void passwordLogin()
    {
        SshSession session;
        SshTarget t = m_ssh.target(TestSshd::testUser());
        t.password = TestSshd::testPassword();
        session.setTarget(t);
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(session.run(QStringLiteral("id -un")).stdoutData.trimmed(), TestSshd::testUser().toUtf8());
    }

    void keyboardInteractiveLogin()
    {
        // PAM asks for the password through keyboard-interactive; plain password login is off.
        TestSshd pam(QStringLiteral("sshd-kbdint"));
        QVERIFY2(pam.start({QStringLiteral("UsePAM yes"), QStringLiteral("KbdInteractiveAuthentication yes"),
                            QStringLiteral("PasswordAuthentication no")}),
                 qPrintable(pam.error()));
        SshSession session;
        SshTarget t = m_ssh.target(TestSshd::testUser());
        t.port = pam.port();
        t.password = TestSshd::testPassword();
        session.setTarget(t);
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(session.run(QStringLiteral("id -un")).stdoutData.trimmed(), TestSshd::testUser().toUtf8());

        SshSession wrong;
        t.password = QStringLiteral("Wrong-Kbdint-Pw-6");
        wrong.setTarget(t);
        const SshError refused = wrong.open();
        m_ssh.note(refused.message);
        QCOMPARE(refused.kind, SshError::AuthFailed);
        QVERIFY2(refused.message.contains(QStringLiteral("keyboard-interactive (refused)")),
                 qPrintable(refused.message));
    }

    void failedLoginListsMethods()
    {
        SshSession session;
        SshTarget t = m_ssh.target(TestSshd::testUser());
        t.password = TestSshd::testPassword() + QStringLiteral("-wrong");
        session.setTarget(t);
        const SshError error = session.open();
        m_ssh.note(error.message);
        QCOMPARE(error.kind, SshError::AuthFailed);
        QVERIFY2(error.message.contains(QStringLiteral("publickey, password")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("password (refused)")), qPrintable(error.message));
        QVERIFY(!error.message.contains(t.password));
    }

    void agentLogin()
    {
        TestSshAgent agent;
        QVERIFY(agent.start());
        QVERIFY(agent.addKey(m_ssh.sshd().clientKey(QStringLiteral("ecdsa"))));
        SshSession session;
        SshTarget t = m_ssh.target();
        t.useAgent = true;
        t.agentSocket = agent.socket();
        session.setTarget(t);
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
    }

    void plantedSecretsNeverLogged()
    {
        const QStringList leaks =
            m_ssh.secretLeaks({QStringLiteral("wrong-passphrase-zz"), QStringLiteral("Wrong-Kbdint-Pw-6")});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSshLogin)
#include "TestSshLogin.moc"
