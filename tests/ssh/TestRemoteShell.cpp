#include "ssh/RemoteShell.h"
#include "ssh/SshSession.h"
#include "support/SshSessionFixture.h"
#include "support/TestSshd.h"

#include <QTest>

namespace {

const QByteArray plantedSecret = "Planted-Shell-Secret-8Qz4";

} // namespace

// The persistent shell against a real OpenSSH server: many scripts over one channel and one shell,
// exit statuses and both streams exactly as SshSession::run() gives them, input that cannot leak
// into the protocol, cancel and time limit killing what runs, a dropped connection, and secrets that
// never reach a command line or a log.
class TestRemoteShell : public QObject
{
    Q_OBJECT

private:
    SshSessionFixture m_ssh{QStringLiteral("sshd-shell")};

    void open(SshSession& session)
    {
        session.setTarget(m_ssh.rootTarget());
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_ssh.start(), qPrintable(m_ssh.error())); }

    void scriptsShareOneShell()
    {
        SshSession session;
        open(session);
        RemoteShell shell(&session);
        QByteArray firstShellPid;
        for (int i = 0; i < 40; ++i) {
            const SshSession::Result result = shell.run("echo \"$$\"; echo run " + QByteArray::number(i) +
                                                            "; exit " + QByteArray::number(i % 5),
                                                        SshSession::RunOptions());
            QVERIFY2(result.error.ok(), qPrintable(result.error.message));
            QCOMPARE(result.exitStatus, i % 5);
            const QList<QByteArray> lines = result.stdoutData.split('\n');
            QCOMPARE(lines.value(1), "run " + QByteArray::number(i));
            if (i == 0)
                firstShellPid = lines.value(0);
            QCOMPARE(lines.value(0), firstShellPid); // the same shell every time
        }
        QCOMPARE(shell.shellsStarted(), 1);
        QVERIFY(shell.isOpen());
    }

    void streamsAndStatusAsSshSessionGivesThem()
    {
        SshSession session;
        open(session);
        RemoteShell shell(&session);
        QStringList outLines, errLines;
        connect(&shell, &RemoteShell::stdoutLine, this, [&](const QString& l) { outLines << l; });
        connect(&shell, &RemoteShell::stderrLine, this, [&](const QString& l) { errLines << l; });
        // The last line has no newline; the script's own errors stop it under set -e.
        const SshSession::Result result = shell.run("set -e\necho one\necho first-error >&2\nprintf 'no "
                                                    "newline'\necho second-error >&2\nfalse\necho never\n",
                                                    SshSession::RunOptions());
        QVERIFY(result.error.ok());
        QCOMPARE(result.exitStatus, 1);
        QCOMPARE(result.stdoutData, QByteArray("one\nno newline\n"));
        QCOMPARE(result.stderrData, QByteArray("first-error\nsecond-error\n"));
        QCOMPARE(outLines, (QStringList{QStringLiteral("one"), QStringLiteral("no newline")}));
        QCOMPARE(errLines, (QStringList{QStringLiteral("first-error"), QStringLiteral("second-error")}));

        // A script that changes the shell's state changes nothing for the next one.
        QCOMPARE(shell.run("cd /tmp; KKT_LEFT=1; set -u; exit 0", {}).exitStatus, 0);
        const SshSession::Result next = shell.run("echo \"${KKT_LEFT:-unset} $(pwd) $-\"", {});
        QVERIFY(next.stdoutData.startsWith("unset "));
        QVERIFY(!next.stdoutData.contains("/tmp"));
        QVERIFY(!next.stdoutData.split(' ').value(2).contains('u'));
    }

    void scriptsCannotReadTheProtocol()
    {
        SshSession session;
        open(session);
        RemoteShell shell(&session);
        // Its input is /dev/null: reading it can never swallow the next script.
        const SshSession::Result reader = shell.run("cat; read -r line || echo eof", {});
        QCOMPARE(reader.exitStatus, 0);
        QCOMPARE(reader.stdoutData, QByteArray("eof\n"));
        // Text that looks like the protocol is only output.
        const SshSession::Result lookalike =
            shell.run("echo '::kkt-end-00000000000000000000000000000000 5'; echo ok", {});
        QCOMPARE(lookalike.exitStatus, 0);
        QVERIFY(lookalike.stdoutData.endsWith("ok\n"));
        // A script of 2 MiB (a value as large as any template) and 10 MiB of output.
        QByteArray big = "KKT_BIG='";
        big += QByteArray(2 * 1024 * 1024, 'x');
        big += "'\necho ${#KKT_BIG}\nyes 0123456789012345678901234567890123456789012345678901234567890 | "
               "head -n "
               "163840\n";
        SshSession::RunOptions options;
        const SshSession::Result large = shell.run(big, options);
        QVERIFY2(large.error.ok(), qPrintable(large.error.message));
        QCOMPARE(large.exitStatus, 0);
        QVERIFY(large.stdoutData.startsWith(QByteArray::number(2 * 1024 * 1024) + '\n'));
        QCOMPARE(large.stdoutData.count('\n'), 163841);
        QCOMPARE(shell.run("echo still", {}).stdoutData, QByteArray("still\n"));
        QCOMPARE(shell.shellsStarted(), 1);
    }

    void cancelStopsTheScriptAndTheShell()
    {
        SshSession session;
        open(session);
        RemoteShell shell(&session);
        // Cancelled before it was sent: it never runs.
        const QByteArray flag =
            "/tmp/kkt-shell-cancelled-" + QByteArray::number(QCoreApplication::applicationPid());
        session.cancel();
        QCOMPARE(shell.run("touch " + flag, {}).error.kind, SshError::Cancelled);
        session.resetCancel();
        QCOMPARE(shell.run("test -e " + flag, {}).exitStatus, 1);
        connect(&shell, &RemoteShell::stdoutLine, this, [&](const QString& line) {
            if (line == QStringLiteral("started"))
                session.cancel();
        });
        const SshSession::Result result = shell.run("echo started; sleep 3181; echo never", {});
        QCOMPARE(result.error.kind, SshError::Cancelled);
        QVERIFY(!result.stdoutData.contains("never"));
        QVERIFY(!shell.isOpen());
        session.resetCancel();
        const SshSession::Result check = shell.run("pgrep -f 'slee[p] 3181'", {});
        QVERIFY2(check.error.ok(), qPrintable(check.error.message));
        QCOMPARE(check.exitStatus, 1); // nothing left running
        QCOMPARE(shell.shellsStarted(), 2);
    }

    void timeLimitStopsTheScript()
    {
        SshSession session;
        open(session);
        RemoteShell shell(&session);
        SshSession::RunOptions options;
        options.timeoutSeconds = 1;
        const SshSession::Result result = shell.run("sleep 3182", options);
        QCOMPARE(result.error.kind, SshError::TimedOut);
        QCOMPARE(shell.run("pgrep -f 'slee[p] 3182'", {}).exitStatus, 1);
    }

    void disconnectAndReconnect()
    {
        SshSession session;
        open(session);
        RemoteShell shell(&session);
        QVERIFY(shell.run("true", {}).ok());
        session.disconnectFromHost(); // frees the channel: the shell must not touch it again
        QVERIFY(!shell.isOpen());
        QCOMPARE(shell.run("true", {}).error.kind, SshError::ConnectionLost);
        QVERIFY(session.open().ok());
        QCOMPARE(shell.run("echo back", {}).stdoutData, QByteArray("back\n"));
        QCOMPARE(shell.shellsStarted(), 2);
    }

    void killedServerIsALostConnection()
    {
        TestSshd doomed(QStringLiteral("sshd-shell-doomed"));
        QVERIFY2(doomed.start(), qPrintable(doomed.error()));
        SshSession session;
        SshTarget t = m_ssh.target();
        t.port = doomed.port();
        t.identityFile = doomed.clientKey(QStringLiteral("ed25519"));
        session.setTarget(t);
        QVERIFY(session.open().ok());
        RemoteShell shell(&session);
        connect(&shell, &RemoteShell::stdoutLine, this, [&](const QString& line) {
            if (line == QStringLiteral("started"))
                doomed.kill();
        });
        const SshSession::Result result = shell.run("echo started; sleep 3183", {});
        QCOMPARE(result.error.kind, SshError::ConnectionLost);
        QVERIFY(!shell.isOpen());
        TestSshd::runTool(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 3183")});
    }

    // A script that prints nothing for long on a server that froze (TCP still acknowledges) ends
    // as a lost connection through keepalives, not after the script's own time limit.
    void frozenServerDetectedByKeepalive()
    {
        TestSshd frozen(QStringLiteral("sshd-shell-frozen"));
        QVERIFY2(frozen.start(), qPrintable(frozen.error()));
        SshSession session;
        SshTarget t = m_ssh.target();
        t.port = frozen.port();
        t.identityFile = frozen.clientKey(QStringLiteral("ed25519"));
        session.setTarget(t);
        QVERIFY(session.open().ok());
        RemoteShell shell(&session);
        // Silence longer than the keepalive interval on a live server is no loss.
        const QByteArray quiet = QStringLiteral("sleep %1; echo done").arg(t.keepaliveSeconds * 2).toUtf8();
        QCOMPARE(shell.run(quiet, {}).stdoutData, QByteArray("done\n"));
        connect(&shell, &RemoteShell::stdoutLine, this, [&](const QString& line) {
            if (line == QStringLiteral("started"))
                frozen.freeze();
        });
        SshSession::RunOptions options;
        options.timeoutSeconds = 300;
        const SshSession::Result result = shell.run("echo started; sleep 3191", options);
        frozen.thaw();
        frozen.kill();
        TestSshd::runTool(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 3191")});
        QCOMPARE(result.error.kind, SshError::ConnectionLost);
        QVERIFY2(result.error.message.contains(QStringLiteral("keepalive")),
                 qPrintable(result.error.message));
        QVERIFY(!shell.isOpen());
        QVERIFY(!session.isConnected());
    }

    void sudoRefusedIsAnAuthenticationError()
    {
        QString error;
        QVERIFY2(TestSshd::ensureTestUser(&error), qPrintable(error));
        SshSession session;
        SshTarget t = m_ssh.target(TestSshd::testUser());
        t.password = TestSshd::testPassword();
        session.setTarget(t);
        QVERIFY(session.open().ok());
        RemoteShell shell(&session);
        QCOMPARE(shell.run("id -un", {}).stdoutData, TestSshd::testUser().toUtf8() + '\n');
        // This machine has no sudo at all (TestSudoLogin covers real sudo on a systemd host).
        SshSession::RunOptions asRoot;
        asRoot.sudo = true;
        const SshSession::Result refused = shell.run("id -un", asRoot);
        QCOMPARE(refused.error.kind, SshError::AuthFailed);
        QVERIFY(!refused.error.message.contains(TestSshd::testPassword()));
        QCOMPARE(shell.run("echo as-user", {}).stdoutData, QByteArray("as-user\n"));
    }

    void secretsNeverOnACommandLineOrInALog()
    {
        SshSession session;
        open(session);
        RemoteShell shell(&session);
        // Every process's command line while a script holding the secret runs.
        const SshSession::Result result = shell.run(
            "KKT_SECRET='" + plantedSecret + "'\nps -eo args; cat /proc/$PPID/environ | tr '\\0' '\\n'", {});
        QVERIFY(result.ok());
        QVERIFY(result.stdoutData.contains("ps -eo args"));
        QVERIFY(result.stdoutData.contains("bash --noprofile --norc")); // the shell itself is listed
        QVERIFY(!result.stdoutData.contains(plantedSecret));
        const QStringList leaks = m_ssh.secretLeaks({QString::fromUtf8(plantedSecret)});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRemoteShell)
#include "TestRemoteShell.moc"
