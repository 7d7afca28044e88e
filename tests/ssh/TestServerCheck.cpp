#include "ssh/ServerCheck.h"
#include "support/TestEnvironment.h"
#include "support/TestSshd.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestServerCheck : public QObject
{
    Q_OBJECT

private:
    TestSshd m_sshd{QStringLiteral("sshd-check")};

    SshTarget target(const QString& knownHosts) const
    {
        SshTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = m_sshd.port();
        t.user = TestSshd::testUser();
        t.password = TestSshd::testPassword();
        t.useAgent = false;
        t.useConfigFile = false;
        t.knownHostsFile = knownHosts;
        t.userKnownHostsFile = knownHosts + QStringLiteral(".user");
        t.connectTimeoutSeconds = 5;
        return t;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error())); }

    void unknownKeyAcceptedThenFacts()
    {
        const QString knownHosts =
            TestEnvironment::freshDirectory(QStringLiteral("check")) + QStringLiteral("/known_hosts");
        ServerCheck check;
        QSignalSpy key(&check, &ServerCheck::hostKeyUnknown);
        QSignalSpy finished(&check, &ServerCheck::finished);
        QSignalSpy failed(&check, &ServerCheck::failed);
        check.start(target(knownHosts), QStringLiteral("localhost"));
        QVERIFY(check.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(key.size(), 1, 20000);
        QCOMPARE(key.first().first().value<HostKey>().fingerprint, m_sshd.hostKeyFingerprint());
        check.acceptHostKey();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!check.isRunning());
        QCOMPARE(finished.first().first().value<ServerFactList>().size(), 12);

        // Remembered: the second run asks nothing.
        check.start(target(knownHosts), QString());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(key.size(), 1);
    }

    void rejectedKeyFails()
    {
        const QString knownHosts =
            TestEnvironment::freshDirectory(QStringLiteral("check")) + QStringLiteral("/known_hosts");
        ServerCheck check;
        QSignalSpy key(&check, &ServerCheck::hostKeyUnknown);
        QSignalSpy failed(&check, &ServerCheck::failed);
        check.start(target(knownHosts), QString());
        QTRY_COMPARE_WITH_TIMEOUT(key.size(), 1, 20000);
        check.rejectHostKey();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<SshError>().kind, SshError::HostKeyUnknown);
    }

    void wrongPasswordFails()
    {
        const QString knownHosts =
            TestEnvironment::freshDirectory(QStringLiteral("check")) + QStringLiteral("/known_hosts");
        ServerCheck check;
        QSignalSpy failed(&check, &ServerCheck::failed);
        SshTarget t = target(knownHosts);
        t.password = QStringLiteral("not-the-password");
        t.acceptNewHostKey = true;
        check.start(t, QString());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.first().first().value<SshError>().kind, SshError::AuthFailed);
    }

    void cancelAnswersAtOnce()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ServerCheck check;
        QSignalSpy cancelled(&check, &ServerCheck::cancelled);
        QSignalSpy failed(&check, &ServerCheck::failed);
        SshTarget t =
            target(TestEnvironment::freshDirectory(QStringLiteral("check")) + QStringLiteral("/known_hosts"));
        t.port = silent.serverPort();
        t.connectTimeoutSeconds = 2;
        check.start(t, QString());
        check.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!check.isRunning());
        QTest::qWait(2500); // the worker gives up on its own; its late answer must be dropped
        QCOMPARE(failed.size(), 0);
    }

    // Closing the window while a check connects destroys the check: its worker, stuck in a key
    // exchange with a server that never answers, is cut loose at once instead of keeping the
    // window (and the process) waiting for the connect timeout — here longer than the test may run.
    void destroyedMidConnectDoesNotWait()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        auto check = std::make_unique<ServerCheck>();
        SshTarget t =
            target(TestEnvironment::freshDirectory(QStringLiteral("check")) + QStringLiteral("/known_hosts"));
        t.port = silent.serverPort();
        t.connectTimeoutSeconds = 600;
        check->start(t, QString());
        QTRY_VERIFY(silent.hasPendingConnections()); // the worker is in the handshake now
        QElapsedTimer timer;
        timer.start();
        check.reset();
        qInfo("destroyed mid-connect in %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestServerCheck)
#include "TestServerCheck.moc"
