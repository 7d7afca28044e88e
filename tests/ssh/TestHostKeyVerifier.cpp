// HostKeyVerifier through SshSession: unknown keys shown and remembered, hashed user files read only,
// pinned fingerprints, changed keys refused.
#include "ssh/SshSession.h"
#include "support/SshSessionFixture.h"
#include "support/TestEnvironment.h"
#include "support/TestSshd.h"

#include <QFile>
#include <QTest>

class TestHostKeyVerifier : public QObject
{
    Q_OBJECT

private:
    SshSessionFixture m_ssh{QStringLiteral("sshd-hostkey")};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_ssh.start(), qPrintable(m_ssh.error())); }

    void unknownHostKeyIsShownThenRemembered()
    {
        const QString knownHosts =
            TestEnvironment::freshDirectory(QStringLiteral("kh")) + QStringLiteral("/sub/known_hosts");
        SshSession session;
        SshTarget t = m_ssh.rootTarget();
        t.knownHostsFile = knownHosts;
        t.acceptNewHostKey = false;
        session.setTarget(t);
        const SshError error = session.connectToHost();
        QCOMPARE(error.kind, SshError::HostKeyUnknown);
        QCOMPARE(session.hostKey().fingerprint, m_ssh.sshd().hostKeyFingerprint());
        QCOMPARE(session.hostKey().type, m_ssh.sshd().hostKeyType());
        QVERIFY(error.message.contains(m_ssh.sshd().hostKeyFingerprint()));
        QVERIFY(!QFile::exists(knownHosts));

        QCOMPARE(session.acceptHostKey(QStringLiteral("SHA256:not-the-key")).kind, SshError::HostKeyChanged);
        QVERIFY(session.acceptHostKey(session.hostKey().fingerprint).ok());
        QVERIFY(session.authenticate().ok());
        QVERIFY(QFile::exists(knownHosts));

        SshSession again;
        again.setTarget(t); // still not accepting new keys: the remembered one must do
        const SshError second = again.open();
        QVERIFY2(second.ok(), qPrintable(second.message));
    }

    void hashedUserKnownHostsReadOnly()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("hashed"));
        const QString userFile = dir + QStringLiteral("/known_hosts");
        QFile pub(m_ssh.sshd().directory() + QStringLiteral("/ssh_host_ed25519_key.pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QFile file(userFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_ssh.sshd().port()).toUtf8() + pub.readAll());
        file.close();
        QVERIFY(TestSshd::runTool(QStringLiteral("ssh-keygen"),
                                  {QStringLiteral("-H"), QStringLiteral("-f"), userFile}));
        QFile hashed(userFile);
        QVERIFY(hashed.open(QIODevice::ReadOnly));
        const QByteArray before = hashed.readAll();
        QVERIFY(before.startsWith("|1|"));
        hashed.close();

        SshSession session;
        SshTarget t = m_ssh.rootTarget();
        t.acceptNewHostKey = false;
        t.knownHostsFile = dir + QStringLiteral("/own_known_hosts");
        t.userKnownHostsFile = userFile;
        session.setTarget(t);
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
        QVERIFY(hashed.open(QIODevice::ReadOnly));
        QCOMPARE(hashed.readAll(), before);
        QVERIFY(!QFile::exists(t.knownHostsFile));
    }

    void pinnedFingerprint()
    {
        SshTarget t = m_ssh.rootTarget();
        t.knownHostsFile =
            TestEnvironment::freshDirectory(QStringLiteral("pin")) + QStringLiteral("/known_hosts");
        t.acceptNewHostKey = false;
        t.expectedFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        SshSession wrong;
        wrong.setTarget(t);
        const SshError error = wrong.open();
        QCOMPARE(error.kind, SshError::HostKeyChanged);
        t.expectedFingerprint = m_ssh.sshd().hostKeyFingerprint();
        SshSession right;
        right.setTarget(t);
        QVERIFY(right.open().ok());
    }

    void changedHostKeyRefused_data()
    {
        QTest::addColumn<QString>("newType");
        QTest::newRow("same type, new key") << QStringLiteral("ed25519");
        QTest::newRow("other type") << QStringLiteral("ecdsa");
    }
    void changedHostKeyRefused()
    {
        QFETCH(QString, newType);
        TestSshd changing(QStringLiteral("sshd-changing"));
        QVERIFY2(changing.start(), qPrintable(changing.error()));
        SshTarget t = m_ssh.target();
        t.port = changing.port();
        t.identityFile = changing.clientKey(QStringLiteral("ed25519"));
        t.knownHostsFile =
            TestEnvironment::freshDirectory(QStringLiteral("kh-change")) + QStringLiteral("/known_hosts");
        {
            SshSession first;
            first.setTarget(t);
            QVERIFY(first.open().ok());
        }
        QVERIFY(changing.replaceHostKey(newType));
        QVERIFY(changing.restart());
        SshSession session;
        session.setTarget(t); // acceptNewHostKey stays on: a changed key is never "new"
        const SshError error = session.open();
        m_ssh.note(error.message);
        QCOMPARE(error.kind, SshError::HostKeyChanged);
        QVERIFY(error.message.contains(changing.hostKeyFingerprint()));
        QVERIFY(!session.isAuthenticated());
    }

    void plantedSecretsNeverLogged()
    {
        const QStringList leaks = m_ssh.secretLeaks({});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestHostKeyVerifier)
#include "TestHostKeyVerifier.moc"
