#include "ssh/SshSession.h"
#include "support/TestEnvironment.h"
#include "support/TestSshAgent.h"
#include "support/TestSshd.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTest>
#include <QtConcurrent>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << message;
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

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

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

private:
    TestSshd m_sshd{QStringLiteral("sshd-session")};
    QString m_knownHosts;
    QString m_noUserKnownHosts;
    QStringList m_errorTexts; // every error message seen, checked for planted secrets at the end

    SshTarget target(const QString& user = QStringLiteral("root")) const
    {
        SshTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = m_sshd.port();
        t.user = user;
        t.useAgent = false;
        t.useConfigFile = false;
        t.knownHostsFile = m_knownHosts;
        t.userKnownHostsFile = m_noUserKnownHosts;
        t.acceptNewHostKey = true;
        t.connectTimeoutSeconds = 5;
        return t;
    }
    SshTarget rootTarget()
    {
        SshTarget t = target();
        t.identityFile = m_sshd.clientKey(QStringLiteral("ed25519"));
        return t;
    }
    void note(const SshError& error) { m_errorTexts << error.message; }
    // Starts `server` (one of the test's own, to be stopped or broken) and logs `session` in as root.
    void openOwnServer(TestSshd& server, SshSession& session)
    {
        QVERIFY2(server.start(), qPrintable(server.error()));
        SshTarget t = target();
        t.port = server.port();
        t.identityFile = server.clientKey(QStringLiteral("ed25519"));
        session.setTarget(t);
        QVERIFY(session.open().ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kkt.ssh.debug=true"));
        previousHandler = qInstallMessageHandler(captureMessages);
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("ssh-client"));
        m_knownHosts = dir + QStringLiteral("/known_hosts");
        m_noUserKnownHosts = dir + QStringLiteral("/user_known_hosts");
    }

    void unknownHostKeyIsShownThenRemembered()
    {
        const QString knownHosts =
            TestEnvironment::freshDirectory(QStringLiteral("kh")) + QStringLiteral("/sub/known_hosts");
        SshSession session;
        SshTarget t = rootTarget();
        t.knownHostsFile = knownHosts;
        t.acceptNewHostKey = false;
        session.setTarget(t);
        const SshError error = session.connectToHost();
        QCOMPARE(error.kind, SshError::HostKeyUnknown);
        QCOMPARE(session.hostKey().fingerprint, m_sshd.hostKeyFingerprint());
        QCOMPARE(session.hostKey().type, m_sshd.hostKeyType());
        QVERIFY(error.message.contains(m_sshd.hostKeyFingerprint()));
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
        SshTarget t = target();
        t.identityFile = m_sshd.clientKey(type);
        session.setTarget(t);
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
        const SshSession::Result result = session.run(QStringLiteral("id -un"));
        QVERIFY(result.ok());
        QCOMPARE(result.stdoutData.trimmed(), QByteArray("root"));
    }

    void passphraseAskedThroughCallback()
    {
        const QString passphrase = m_sshd.userKeyPassphrase();
        SshSession session;
        SshTarget t = target();
        t.identityFile = m_sshd.clientKey(QStringLiteral("ed25519"), passphrase);
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
        note(refused);
        QCOMPARE(refused.kind, SshError::AuthFailed);
        QVERIFY(refused.message.contains(QStringLiteral("wrong passphrase")));
    }

    void passwordLogin()
    {
        SshSession session;
        SshTarget t = target(TestSshd::testUser());
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
        SshTarget t = target(TestSshd::testUser());
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
        note(refused);
        QCOMPARE(refused.kind, SshError::AuthFailed);
        QVERIFY2(refused.message.contains(QStringLiteral("keyboard-interactive (refused)")),
                 qPrintable(refused.message));
    }

    void failedLoginListsMethods()
    {
        SshSession session;
        SshTarget t = target(TestSshd::testUser());
        t.password = TestSshd::testPassword() + QStringLiteral("-wrong");
        session.setTarget(t);
        const SshError error = session.open();
        note(error);
        QCOMPARE(error.kind, SshError::AuthFailed);
        QVERIFY2(error.message.contains(QStringLiteral("publickey, password")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("password (refused)")), qPrintable(error.message));
        QVERIFY(!error.message.contains(t.password));
    }

    void agentLogin()
    {
        TestSshAgent agent;
        QVERIFY(agent.start());
        QVERIFY(agent.addKey(m_sshd.clientKey(QStringLiteral("ecdsa"))));
        SshSession session;
        SshTarget t = target();
        t.useAgent = true;
        t.agentSocket = agent.socket();
        session.setTarget(t);
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
    }

    void configFileAliasWithExplicitSettingsWinning()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("ssh-config"));
        QFile config(dir + QStringLiteral("/config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("Host kkt-alias\n  HostName 127.0.0.1\n  Port %1\n  User %2\n  IdentityFile %3\n")
                .arg(m_sshd.port())
                .arg(TestSshd::testUser(), m_sshd.clientKey(QStringLiteral("rsa")))
                .toUtf8());
        config.close();
        SshTarget t = target(QString());
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

    void hashedUserKnownHostsReadOnly()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("hashed"));
        const QString userFile = dir + QStringLiteral("/known_hosts");
        QFile pub(m_sshd.directory() + QStringLiteral("/ssh_host_ed25519_key.pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QFile file(userFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port()).toUtf8() + pub.readAll());
        file.close();
        QVERIFY(TestSshd::runTool(QStringLiteral("ssh-keygen"),
                                  {QStringLiteral("-H"), QStringLiteral("-f"), userFile}));
        QFile hashed(userFile);
        QVERIFY(hashed.open(QIODevice::ReadOnly));
        const QByteArray before = hashed.readAll();
        QVERIFY(before.startsWith("|1|"));
        hashed.close();

        SshSession session;
        SshTarget t = rootTarget();
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
        SshTarget t = rootTarget();
        t.knownHostsFile =
            TestEnvironment::freshDirectory(QStringLiteral("pin")) + QStringLiteral("/known_hosts");
        t.acceptNewHostKey = false;
        t.expectedFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        SshSession wrong;
        wrong.setTarget(t);
        const SshError error = wrong.open();
        QCOMPARE(error.kind, SshError::HostKeyChanged);
        t.expectedFingerprint = m_sshd.hostKeyFingerprint();
        SshSession right;
        right.setTarget(t);
        QVERIFY(right.open().ok());
    }

    void largeOutputWithStderrApart()
    {
        SshSession session;
        session.setTarget(rootTarget());
        QVERIFY(session.open().ok());
        qint64 outBytes = 0;
        int outLines = 0;
        QStringList errLines;
        connect(&session, &SshSession::stdoutLine, this, [&](const QString& line) {
            outBytes += line.size() + 1;
            ++outLines;
        });
        connect(&session, &SshSession::stderrLine, this, [&](const QString& line) { errLines << line; });
        SshSession::RunOptions options;
        options.captureOutput = false;
        // 10 MiB of 64-byte lines on stdout, two lines on stderr in between.
        const SshSession::Result result = session.run(
            QStringLiteral(
                "echo first-error >&2; yes 012345678901234567890123456789012345678901234567890123456789012 "
                "| head -n 163840; echo second-error >&2; exit 3"),
            options);
        QVERIFY2(result.error.ok(), qPrintable(result.error.message));
        QCOMPARE(result.exitStatus, 3);
        QCOMPARE(outLines, 163840);
        QCOMPARE(outBytes, qint64(10 * 1024 * 1024));
        QCOMPARE(errLines, (QStringList{QStringLiteral("first-error"), QStringLiteral("second-error")}));
    }

    void exitStatusAndStdin()
    {
        SshSession session;
        session.setTarget(rootTarget());
        QVERIFY(session.open().ok());
        QCOMPARE(session.run(QStringLiteral("true")).exitStatus, 0);
        QCOMPARE(session.run(QStringLiteral("exit 42")).exitStatus, 42);
        QCOMPARE(session.run(QStringLiteral("nonexistent-command-kkt")).exitStatus, 127);
        SshSession::RunOptions options;
        QByteArray data;
        for (int i = 0; i < 20000; ++i)
            data += "line " + QByteArray::number(i) + "\n";
        options.stdinData = data;
        const SshSession::Result result = session.run(QStringLiteral("cat"), options);
        QVERIFY(result.ok());
        QCOMPARE(result.stdoutData, data);
    }

    void cancelKillsRemoteProcess()
    {
        SshSession session;
        session.setTarget(rootTarget());
        QVERIFY(session.open().ok());
        connect(&session, &SshSession::stdoutLine, this, [&](const QString& line) {
            if (line == QStringLiteral("started"))
                session.cancel();
        });
        const SshSession::Result result = session.run(QStringLiteral("echo started; sleep 3171; echo never"));
        QCOMPARE(result.error.kind, SshError::Cancelled);
        QVERIFY(!result.stdoutData.contains("never"));
        session.resetCancel();
        const SshSession::Result check = session.run(QStringLiteral("pgrep -f 'slee[p] 3171'"));
        QVERIFY(check.error.ok());
        QCOMPARE(check.exitStatus, 1); // nothing left running
    }

    void commandTimeoutStopsIt()
    {
        SshSession session;
        session.setTarget(rootTarget());
        QVERIFY(session.open().ok());
        SshSession::RunOptions options;
        options.timeoutSeconds = 1;
        const SshSession::Result result = session.run(QStringLiteral("sleep 3172"), options);
        QCOMPARE(result.error.kind, SshError::TimedOut);
        QCOMPARE(session.run(QStringLiteral("pgrep -f 'slee[p] 3172'")).exitStatus, 1);
        QVERIFY(session.checkAlive());
    }

    void uploadArrivesIdentical()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("upload"));
        const QString local = dir + QStringLiteral("/payload.bin");
        {
            QFile file(local);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (int i = 0; i < 50; ++i) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()),
                                                      block.size() / 4);
                file.write(block);
            }
        }
        const QString remote = dir + QStringLiteral("/remote/target.bin");
        QDir().mkpath(dir + QStringLiteral("/remote"));
        QFile old(remote);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();

        SshSession session;
        session.setTarget(rootTarget());
        QVERIFY(session.open().ok());
        qint64 lastSent = -1, total = 0;
        const auto progress =
            connect(&session, &SshSession::uploadProgress, this, [&](qint64 sent, qint64 all) {
                QVERIFY(sent >= lastSent);
                lastSent = sent;
                total = all;
            });
        SshSession::UploadOptions options;
        options.mode = 0640;
        options.owner = TestSshd::testUser();
        const SshError error = session.upload(local, remote, options);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(lastSent, qint64(50 << 20));
        QCOMPARE(total, qint64(50 << 20));
        QCOMPARE(sha256Of(remote), sha256Of(local));
        const QFileInfo info(remote);
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(remote).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0640));
        QCOMPARE(info.owner(), TestSshd::testUser());
        QCOMPARE(QDir(dir + QStringLiteral("/remote")).entryList(QDir::Files | QDir::Hidden).size(), 1);

        disconnect(progress);
        // Without owner change and check the upload needs no remote shell (SFTP setstat + posix-rename);
        // it replaces the file in place.
        SshSession::UploadOptions plain;
        plain.mode = 0600;
        plain.verifySha256 = false;
        QVERIFY(session.upload(local, remote, plain).ok());
        QCOMPARE(sha256Of(remote), sha256Of(local));
        QCOMPARE(::stat(QFile::encodeName(remote).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0600));
        QCOMPARE(QDir(dir + QStringLiteral("/remote")).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // Cancel: nothing half-written stays behind.
        const QString other = dir + QStringLiteral("/remote/other.bin");
        connect(&session, &SshSession::uploadProgress, this, [&](qint64 sent, qint64) {
            if (sent > 0)
                session.cancel();
        });
        QCOMPARE(session.upload(local, other, options).kind, SshError::Cancelled);
        QVERIFY(!QFile::exists(other));
        QCOMPARE(QDir(dir + QStringLiteral("/remote")).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void closedPortIsUnreachable()
    {
        SshSession session;
        SshTarget t = rootTarget();
        t.port = TestEnvironment::freePort();
        session.setTarget(t);
        const SshError error = session.open();
        note(error);
        QCOMPARE(error.kind, SshError::Unreachable);
        QVERIFY(error.message.contains(QString::number(t.port)));
    }

    void silentListenerTimesOut()
    {
        QTcpServer silent; // accepts at the TCP level (backlog) but never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshSession session;
        SshTarget t = rootTarget();
        t.port = silent.serverPort();
        t.connectTimeoutSeconds = 1;
        session.setTarget(t);
        const SshError error = session.open();
        note(error);
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
        SshTarget t = rootTarget();
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
        session.setTarget(rootTarget());
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
        note(result.error);
        QCOMPARE(result.error.kind, SshError::ConnectionLost);
        QVERIFY(!session.checkAlive());
        TestSshd::runTool(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 3173")});

        // The server comes back (same port, same key): reconnect resumes.
        QVERIFY(doomed.restart());
        const SshError again = session.reconnect();
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(session.run(QStringLiteral("echo back")).stdoutData.trimmed(), QByteArray("back"));
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
        SshTarget t = target();
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
        note(error);
        QCOMPARE(error.kind, SshError::HostKeyChanged);
        QVERIFY(error.message.contains(changing.hostKeyFingerprint()));
        QVERIFY(!session.isAuthenticated());
    }

    void plantedSecretsNeverLogged()
    {
        QMutexLocker lock(&logMutex);
        QVERIFY(!capturedLog.isEmpty());
        const QStringList planted{TestSshd::testPassword(), m_sshd.userKeyPassphrase(),
                                  QStringLiteral("wrong-passphrase-zz")};
        for (const QString& secret : planted) {
            for (const QString& line : std::as_const(capturedLog))
                QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("log leaks a secret: ") + line));
            for (const QString& text : std::as_const(m_errorTexts))
                QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("error leaks a secret: ") + text));
        }
        // The server never saw a password on a command line either (sshd logs every exec at VERBOSE).
        QFile log(m_sshd.directory() + QStringLiteral("/sshd.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray serverLog = log.readAll();
        for (const QString& secret : planted)
            QVERIFY(!serverLog.contains(secret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "TestSshSession.moc"
