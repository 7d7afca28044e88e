// RemoteCommand through SshSession: large output with stderr apart, exit status and stdin, cancel and
// timeout leaving nothing running on the server.
#include "ssh/SshSession.h"
#include "support/SshSessionFixture.h"

#include <QTest>

class TestRemoteCommand : public QObject
{
    Q_OBJECT

private:
    SshSessionFixture m_ssh{QStringLiteral("sshd-command")};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_ssh.start(), qPrintable(m_ssh.error())); }

    void largeOutputWithStderrApart()
    {
        SshSession session;
        session.setTarget(m_ssh.rootTarget());
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
        session.setTarget(m_ssh.rootTarget());
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
        session.setTarget(m_ssh.rootTarget());
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
        session.setTarget(m_ssh.rootTarget());
        QVERIFY(session.open().ok());
        SshSession::RunOptions options;
        options.timeoutSeconds = 1;
        const SshSession::Result result = session.run(QStringLiteral("sleep 3172"), options);
        QCOMPARE(result.error.kind, SshError::TimedOut);
        QCOMPARE(session.run(QStringLiteral("pgrep -f 'slee[p] 3172'")).exitStatus, 1);
        QVERIFY(session.checkAlive());
    }
};

QTEST_GUILESS_MAIN(TestRemoteCommand)
#include "TestRemoteCommand.moc"
