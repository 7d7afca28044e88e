#include "ssh/RemoteShell.h"
#include "ssh/ServerFacts.h"
#include "ssh/SshSession.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QThread>

namespace {

// Every log line of the run, checked for the planted sudo password at the end.
QMutex s_logMutex;
QStringList s_logLines;
QtMessageHandler s_previousHandler = nullptr;

void keepLogLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_logLines << message;
    }
    // Debug lines (libssh's included) are kept for the leak check but not printed.
    if (s_previousHandler && type != QtDebugMsg)
        s_previousHandler(type, context, message);
}

const QString sudoPassword = QStringLiteral("Planted-Sudo-Pw-7319");
const QString wrongPassword = QStringLiteral("Wrong-Sudo-Pw-4402");
const QString passwordlessUser = QStringLiteral("kktnopw");
const QString passwordUser = QStringLiteral("kktpw");

} // namespace

// A non-root login user whose sudo works without a password, and one whose sudo asks for one,
// on a real Debian server with sudo (this machine has none): commands run as root, the password
// goes over stdin only, a wrong one is a clear error, and the server facts name the sudo mode.
class TestSudoLogin : public QObject
{
    Q_OBJECT

private:
    SystemdHost m_host{QStringLiteral("sudo-host")};
    QString m_knownHosts;
    QStringList m_texts; // every error text and output line seen, checked for the password at the end

    SshTarget target(const QString& user) const
    {
        SshTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = m_host.port();
        t.user = user;
        t.identityFile = m_host.clientKey();
        t.useAgent = false;
        t.useConfigFile = false;
        t.knownHostsFile = m_knownHosts;
        t.userKnownHostsFile = m_knownHosts + QStringLiteral(".user");
        t.acceptNewHostKey = true;
        t.connectTimeoutSeconds = 20;
        return t;
    }

    SshSession::Result runAsRoot(SshSession& session, const QString& command, const QString& password,
                                 const QByteArray& stdinData = QByteArray())
    {
        SshSession::RunOptions options;
        options.sudo = true;
        options.sudoPassword = password;
        options.stdinData = stdinData;
        options.timeoutSeconds = 60;
        QStringList lines;
        const auto out =
            connect(&session, &SshSession::stdoutLine, this, [&](const QString& l) { lines << l; });
        const auto err =
            connect(&session, &SshSession::stderrLine, this, [&](const QString& l) { lines << l; });
        SshSession::Result result = session.run(command, options);
        disconnect(out);
        disconnect(err);
        m_texts << lines << result.error.message << QString::fromUtf8(result.stdoutData)
                << QString::fromUtf8(result.stderrData);
        return result;
    }

    ServerFact sudoFact(SshSession& session)
    {
        SshError error;
        const ServerFactList facts =
            ServerFacts::collect(session, QString(), ServerFacts::Requirements(), &error);
        m_texts << error.message;
        for (const ServerFact& fact : facts) {
            m_texts << fact.value << fact.message;
            if (fact.id == QStringLiteral("sudo"))
                return fact;
        }
        return ServerFact();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kkt.*.debug=true"));
        s_previousHandler = qInstallMessageHandler(keepLogLine);
        m_knownHosts = TestEnvironment::freshDirectory(QStringLiteral("sudo-known-hosts")) +
                       QStringLiteral("/known_hosts");
        // Only one systemd host runs on this machine at a time; another test's host (for example a
        // busy port) makes the start fail, so wait for it to finish and try again.
        bool started = false;
        for (int attempt = 0; attempt < 6 && !started; ++attempt) {
            started = m_host.start();
            if (!started) {
                qWarning("systemd host did not start (attempt %d): %s", attempt + 1,
                         qPrintable(m_host.error()));
                m_host.stop();
                QThread::sleep(20);
            }
        }
        QVERIFY2(started, qPrintable(m_host.error()));

        // Two login users with the host's client key; the password is set before the command-line
        // capture starts (chpasswd reads it from stdin here, too).
        const QString setup =
            QStringLiteral(
                "set -e; for u in %1 %2; do useradd -m -s /bin/bash $u; install -d -m 700 -o $u -g $u "
                "/home/$u/.ssh; install -m 600 -o $u -g $u /root/.ssh/authorized_keys /home/$u/.ssh/; done; "
                "echo '%1 ALL=(ALL) NOPASSWD:ALL' >/etc/sudoers.d/%1; echo '%2 ALL=(ALL) ALL' "
                ">/etc/sudoers.d/%2; echo 'Defaults:%2 timestamp_type=global' >>/etc/sudoers.d/%2; chmod 440 "
                "/etc/sudoers.d/%1 /etc/sudoers.d/%2; visudo -c >/dev/null; "
                "printf '%2:%3\\n' | chpasswd")
                .arg(passwordlessUser, passwordUser, sudoPassword);
        QString output;
        QCOMPARE(m_host.run(setup, &output), 0);
        // Every command line on the server from now on, to prove the password is never on one.
        m_host.run(
            QStringLiteral("rm -f /root/kkt-ps.log; nohup sh -c 'while :; do ps -eo args >>/root/kkt-ps.log; "
                           "sleep 0.05; done' >/dev/null 2>&1 &"));
    }

    void passwordlessSudoRunsAsRoot()
    {
        SshSession session;
        session.setTarget(target(passwordlessUser));
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(QString::fromUtf8(session.run(QStringLiteral("id -u")).stdoutData).trimmed(),
                 QStringLiteral("1000"));
        const SshSession::Result result = runAsRoot(session, QStringLiteral("id -u"), QString());
        QVERIFY2(result.ok(), qPrintable(result.error.message + QString::fromUtf8(result.stderrData)));
        QCOMPARE(QString::fromUtf8(result.stdoutData).trimmed(), QStringLiteral("0"));
        // stdin still reaches the command.
        const SshSession::Result piped =
            runAsRoot(session, QStringLiteral("id -u; cat"), QString(), "data\n");
        QVERIFY(piped.ok());
        QCOMPARE(QString::fromUtf8(piped.stdoutData), QStringLiteral("0\ndata\n"));

        const ServerFact fact = sudoFact(session);
        QCOMPARE(fact.id, QStringLiteral("sudo"));
        QCOMPARE(fact.status, ServerFact::Pass);
        QVERIFY2(fact.value.contains(QStringLiteral("without password")), qPrintable(fact.value));
    }

    void passwordSudoGetsThePasswordOverStdin()
    {
        SshSession session;
        session.setTarget(target(passwordUser));
        const SshError error = session.open();
        QVERIFY2(error.ok(), qPrintable(error.message));
        // Twice: sudo's credential cache (shared by all sessions here: timestamp_type=global) must
        // not make the second run hand the password line to the command as its input.
        for (int round = 0; round < 2; ++round) {
            const SshSession::Result result =
                runAsRoot(session, QStringLiteral("id -u; cat"), sudoPassword, "script line\n");
            QVERIFY2(result.ok(), qPrintable(result.error.message + QString::fromUtf8(result.stderrData)));
            QCOMPARE(QString::fromUtf8(result.stdoutData), QStringLiteral("0\nscript line\n"));
        }

        const ServerFact fact = sudoFact(session);
        QCOMPARE(fact.id, QStringLiteral("sudo"));
        QCOMPARE(fact.status, ServerFact::Warn);
        QVERIFY2(fact.value.contains(QStringLiteral("asks for a password")), qPrintable(fact.value));
    }

    void wrongOrMissingSudoPasswordIsAClearError()
    {
        SshSession session;
        session.setTarget(target(passwordUser));
        QVERIFY(session.open().ok());
        const SshSession::Result wrong = runAsRoot(session, QStringLiteral("id -u"), wrongPassword);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.stdoutData.isEmpty());
        QVERIFY2(!wrong.error.ok(), "a refused sudo must be an error, not just an exit status");
        QVERIFY2(wrong.error.message.contains(QStringLiteral("sudo")) &&
                     wrong.error.message.contains(QStringLiteral("password")) &&
                     wrong.error.message.contains(passwordUser),
                 qPrintable(wrong.error.message));
        QVERIFY(!wrong.error.message.contains(wrongPassword));
        qInfo("wrong sudo password: %s", qPrintable(wrong.error.message));

        const SshSession::Result missing = runAsRoot(session, QStringLiteral("id -u"), QString());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.message.contains(QStringLiteral("needs a password")),
                 qPrintable(missing.error.message));
        qInfo("no sudo password: %s", qPrintable(missing.error.message));

        // The connection is still usable afterwards.
        const SshSession::Result right = runAsRoot(session, QStringLiteral("id -u"), sudoPassword);
        QVERIFY2(right.ok(), qPrintable(right.error.message));
        QCOMPARE(QString::fromUtf8(right.stdoutData).trimmed(), QStringLiteral("0"));
    }

    // The persistent shell of a deployment as root through sudo: the password only when sudo asks
    // (a NOPASSWD rule never does, and the line must not reach the shell), a wrong one refused
    // before any script is sent, and every script of the run in the one shell.
    void remoteShellRunsAsRootThroughSudo()
    {
        SshSession::RunOptions asRoot;
        asRoot.sudo = true;
        asRoot.timeoutSeconds = 60;
        const auto keepTexts = [this](const SshSession::Result& r) {
            m_texts << r.error.message << QString::fromUtf8(r.stdoutData) << QString::fromUtf8(r.stderrData);
        };

        SshSession nopasswd;
        nopasswd.setTarget(target(passwordlessUser));
        QVERIFY(nopasswd.open().ok());
        RemoteShell nopasswdShell(&nopasswd);
        asRoot.sudoPassword = sudoPassword; // given, but never asked for
        for (int i = 0; i < 3; ++i) {
            const SshSession::Result r = nopasswdShell.run("id -u; echo \"$SUDO_USER\"", asRoot);
            keepTexts(r);
            QVERIFY2(r.ok(), qPrintable(r.error.message + QString::fromUtf8(r.stderrData)));
            QCOMPARE(QString::fromUtf8(r.stdoutData), QStringLiteral("0\n") + passwordlessUser + u'\n');
            QVERIFY(r.stderrData.isEmpty()); // the password line never reached the shell
        }
        QCOMPARE(nopasswdShell.shellsStarted(), 1);

        SshSession withPassword;
        withPassword.setTarget(target(passwordUser));
        QVERIFY(withPassword.open().ok());
        RemoteShell shell(&withPassword);
        asRoot.sudoPassword = wrongPassword;
        const SshSession::Result wrong = shell.run("echo SCRIPT-RAN", asRoot);
        keepTexts(wrong);
        QCOMPARE(wrong.error.kind, SshError::AuthFailed);
        QVERIFY2(wrong.error.message.contains(QStringLiteral("did not accept")),
                 qPrintable(wrong.error.message));
        QVERIFY(!wrong.stdoutData.contains("SCRIPT-RAN"));
        QVERIFY(!shell.isOpen());
        asRoot.sudoPassword.clear();
        const SshSession::Result missing = shell.run("id -u", asRoot);
        keepTexts(missing);
        QVERIFY2(missing.error.message.contains(QStringLiteral("needs a password")),
                 qPrintable(missing.error.message));
        asRoot.sudoPassword = sudoPassword;
        for (int i = 0; i < 3; ++i) {
            const SshSession::Result r = shell.run("id -u; cat", asRoot);
            keepTexts(r);
            QVERIFY2(r.ok(), qPrintable(r.error.message + QString::fromUtf8(r.stderrData)));
            QCOMPARE(QString::fromUtf8(r.stdoutData), QStringLiteral("0\n"));
        }
        QCOMPARE(shell.shellsStarted(), 3); // wrong, missing, then one for the three runs
    }

    void passwordLeaksNowhere()
    {
        QString commandLines;
        m_host.run(QStringLiteral("cat /root/kkt-ps.log"), &commandLines, 300000);
        QVERIFY2(commandLines.contains(QStringLiteral("sudo -S")), "the capture did not see the sudo runs");
        QString journal;
        m_host.run(
            QStringLiteral("journalctl --no-pager -q 2>/dev/null | tail -n 20000; cat /var/log/auth.log "
                           "/home/*/.bash_history 2>/dev/null"),
            &journal, 300000);
        QStringList logLines;
        {
            QMutexLocker lock(&s_logMutex);
            logLines = s_logLines;
        }
        QVERIFY(!logLines.isEmpty());
        for (const QString& secret : {sudoPassword, wrongPassword}) {
            QVERIFY2(!commandLines.contains(secret), "the sudo password was on a remote command line");
            QVERIFY2(!journal.contains(secret), "the sudo password is in the server's journal or history");
            QVERIFY2(!logLines.join(u'\n').contains(secret), "the sudo password is in a log line");
            QVERIFY2(!m_texts.join(u'\n').contains(secret),
                     "the sudo password is in an error or output text");
        }
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previousHandler);
        m_host.stop();
    }
};

QTEST_GUILESS_MAIN(TestSudoLogin)
#include "TestSudoLogin.moc"
