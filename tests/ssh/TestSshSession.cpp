// SshSession itself: targets from the config file, unreachable and silent servers, cancel during the
// handshake, a frozen or killed server. Its parts have their own tests: TestHostKeyVerifier,
// TestSshLogin, TestRemoteCommand, TestSftpUpload.
#include "ssh/SshSession.h"
#include "support/SshSessionFixture.h"
#include "support/TestEnvironment.h"
#include "support/TestSshd.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTest>
#include <QtConcurrent>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A loopback port whose SYNs go unanswered: a listener with a backlog of one that nobody accepts
// from, filled by two connections. The kernel drops further SYNs, as a black-holed route would.
class BlackHole
{
public:
    BlackHole()
    {
        m_listener = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        bind(m_listener, reinterpret_cast<sockaddr*>(&address), size);
        listen(m_listener, 0);
        getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &size);
        m_port = ntohs(address.sin_port);
        for (int& filler : m_fillers) {
            filler = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(filler, reinterpret_cast<sockaddr*>(&address), size);
        }
        QThread::msleep(100);
    }
    ~BlackHole()
    {
        for (int fd : m_fillers)
            close(fd);
        close(m_listener);
    }
    int port() const { return m_port; }

private:
    int m_listener = -1;
    int m_fillers[2] = {-1, -1};
    int m_port = 0;
};

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

private:
    SshSessionFixture m_ssh{QStringLiteral("sshd-session")};

    // Starts `server` (one of the test's own, to be stopped or broken) and logs `session` in as root.
    void openOwnServer(TestSshd& server, SshSession& session)
    {
        QVERIFY2(server.start(), qPrintable(server.error()));
        SshTarget t = m_ssh.target();
        t.port = server.port();
        t.identityFile = server.clientKey(QStringLiteral("ed25519"));
        session.setTarget(t);
        QVERIFY(session.open().ok());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_ssh.start(), qPrintable(m_ssh.error())); }

    void configFileAliasWithExplicitSettingsWinning()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("ssh-config"));
        QFile config(dir + QStringLiteral("/config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("Host kkt-alias\n  HostName 127.0.0.1\n  Port %1\n  User %2\n  IdentityFile %3\n")
                .arg(m_ssh.sshd().port())
                .arg(TestSshd::testUser(), m_ssh.sshd().clientKey(QStringLiteral("rsa")))
                .toUtf8());
        config.close();
        SshTarget t = m_ssh.target(QString());
        t.host = QStringLiteral("kkt-alias");
        t.port = 0;
        t.useConfigFile = true;
        t.configFile = config.fileName();
        {
            SshSession session;
            session.setTarget(t);
            const SshError error = session.open();
            QVERIFY2(error.ok(), qPrintable(error.message));
            QCOMPARE(session.resolvedHost(), QStringLiteral("127.0.0.1"));
            QCOMPARE(session.run(QStringLiteral("id -un")).stdoutData.trimmed(),
                     TestSshd::testUser().toUtf8());
        }
        t.user = QStringLiteral("root"); // explicit wins over the file's User
        SshSession session;
        session.setTarget(t);
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(session.run(QStringLiteral("id -un")).stdoutData.trimmed(), QByteArray("root"));
    }

    void closedPortIsUnreachable()
    {
        SshSession session;
        SshTarget t = m_ssh.rootTarget();
        t.port = TestEnvironment::freePort();
        session.setTarget(t);
        const SshError error = session.open();
        m_ssh.note(error.message);
        QCOMPARE(error.kind, SshError::Unreachable);
        QVERIFY(error.message.contains(QString::number(t.port)));
    }

    void silentListenerTimesOut()
    {
        QTcpServer silent; // accepts at the TCP level (backlog) but never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshSession session;
        SshTarget t = m_ssh.rootTarget();
        t.port = silent.serverPort();
        t.connectTimeoutSeconds = 1;
        session.setTarget(t);
        const SshError error = session.open();
        m_ssh.note(error.message);
        QCOMPARE(error.kind, SshError::Unreachable);
    }

    // Cancel while connecting returns at once, not after the connect timeout: at the TCP level
    // (a black-holed port) and during the key exchange (a listener that never speaks).
    void cancelDuringHandshake_data()
    {
        QTest::addColumn<bool>("blackHole");
        QTest::newRow("TCP connect to a black hole") << true;
        QTest::newRow("key exchange with a silent listener") << false;
    }
    void cancelDuringHandshake()
    {
        QFETCH(bool, blackHole);
        BlackHole hole;
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshSession session;
        SshTarget t = m_ssh.rootTarget();
        t.port = blackHole ? hole.port() : silent.serverPort();
        t.connectTimeoutSeconds = 600; // longer than this test may take: only the cancel can end it
        session.setTarget(t);
        QElapsedTimer timer;
        timer.start();
        QFuture<SshError> opened = QtConcurrent::run([&session] { return session.open(); });
        QTest::qWait(500);
        QVERIFY(!opened.isFinished());
        timer.restart();
        session.cancel();
        const SshError error = opened.result();
        qInfo("cancelled %s after %lld ms", blackHole ? "TCP connect" : "key exchange", timer.elapsed());
        QCOMPARE(error.kind, SshError::Cancelled);
        QVERIFY(!session.isConnected());
        // A fresh start after the cancel connects normally.
        session.resetCancel();
        session.setTarget(m_ssh.rootTarget());
        QVERIFY(session.open().ok());
    }

    // A server that stops answering while a command runs (its processes stopped: TCP still
    // acknowledges, so TCP keepalive sees nothing) is given up by SSH keepalive requests, with the
    // default settings, long before the command's own time limit.
    void frozenServerDetectedByKeepalive()
    {
        TestSshd frozen(QStringLiteral("sshd-frozen"));
        SshSession session;
        openOwnServer(frozen, session);
        if (QTest::currentTestFailed())
            return;
        const SshTarget t = session.target();
        // Silence longer than the keepalive interval on a live server is no loss.
        QCOMPARE(session.run(QStringLiteral("sleep %1; echo done").arg(t.keepaliveSeconds * 2)).stdoutData,
                 QByteArray("done\n"));
        QElapsedTimer timer;
        connect(&session, &SshSession::stdoutLine, this, [&](const QString& line) {
            if (line == QStringLiteral("started")) {
                frozen.freeze();
                timer.start();
            }
        });
        SshSession::RunOptions options;
        options.timeoutSeconds = 300;
        const SshSession::Result result = session.run(QStringLiteral("echo started; sleep 3174"), options);
        qInfo("frozen server given up after %lld ms: %s", timer.elapsed(), qPrintable(result.error.message));
        frozen.thaw();
        frozen.kill();
        TestSshd::runTool(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 3174")});
        QCOMPARE(result.error.kind, SshError::ConnectionLost);
        QVERIFY(result.error.message.contains(QStringLiteral("keepalive")));
        QVERIFY(!session.isConnected());
        QVERIFY(!session.checkAlive());
    }

    void killedServerMidCommand()
    {
        TestSshd doomed(QStringLiteral("sshd-doomed"));
        SshSession session;
        openOwnServer(doomed, session);
        if (QTest::currentTestFailed())
            return;
        connect(&session, &SshSession::stdoutLine, this, [&](const QString& line) {
            if (line == QStringLiteral("started"))
                doomed.kill();
        });
        const SshSession::Result result = session.run(QStringLiteral("echo started; sleep 3173"));
        m_ssh.note(result.error.message);
        QCOMPARE(result.error.kind, SshError::ConnectionLost);
        QVERIFY(!session.checkAlive());
        TestSshd::runTool(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 3173")});

        // The server comes back (same port, same key): reconnect resumes.
        QVERIFY(doomed.restart());
        const SshError again = session.reconnect();
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(session.run(QStringLiteral("echo back")).stdoutData.trimmed(), QByteArray("back"));
    }

    void plantedSecretsNeverLogged()
    {
        const QStringList leaks = m_ssh.secretLeaks({});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "TestSshSession.moc"
