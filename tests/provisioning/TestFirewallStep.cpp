#include "provisioning/InstanceLayout.h"
#include "provisioning/PayloadProfile.h"
#include "provisioning/RemoteScript.h"
#include "provisioning/StepCatalog.h"
#include "ssh/SshSession.h"
#include "support/SampleRelease.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

// The system.firewall step on a real systemd server whose network is its own (a veth in its own
// namespace), so enabling ufw there can never touch this machine. sshd listens on a port other
// than 22: the step must allow the real SSH port, or the second connection is locked out.
class TestFirewallStep : public QObject
{
    Q_OBJECT

private:
    static constexpr quint16 sshPort = 2222;
    static constexpr quint16 otherPort = 8081;
    SystemdHost m_host{QStringLiteral("firewall-host")};
    QString m_knownHosts;

    SshTarget target() const
    {
        SshTarget t;
        t.host = m_host.address();
        t.port = sshPort;
        t.user = QStringLiteral("root");
        t.identityFile = m_host.clientKey();
        t.useAgent = false;
        t.useConfigFile = false;
        t.knownHostsFile = m_knownHosts;
        t.acceptNewHostKey = true;
        return t;
    }

    DeploymentConfig config() const
    {
        DeploymentConfig c = SampleRelease::config(QStringLiteral("/nonexistent/release.tar.gz"),
                                                   QStringLiteral("/nonexistent/SHA256SUMS"), sshPort,
                                                   m_host.clientKey(), QStringLiteral("kkt-fw.example.ru"));
        c.server.host = m_host.address();
        c.firewall = FirewallMode::Manage;
        return c;
    }

    // Reaches address:port with a TCP handshake. ufw drops what it does not allow, so a refused
    // port answers at once and a dropped one is given a few seconds.
    bool reachable(quint16 port) const
    {
        QTcpSocket socket;
        socket.connectToHost(m_host.address(), port);
        const bool connected = socket.waitForConnected(5000);
        socket.abort();
        return connected;
    }

    // Runs the step exactly as DeploymentRunner does: variables + prelude + step body over stdin.
    SshSession::Result runStep(SshSession& ssh, const ProvisioningStep& step, const DeploymentConfig& c)
    {
        QString error;
        const PayloadProfile profile = PayloadProfile::load(SampleRelease::profile(), &error);
        if (!error.isEmpty())
            qWarning() << "profile:" << error;
        const InstanceLayout layout(c, profile, InstanceLayout::newInstanceId());
        const RemoteScript::Variables variables = layout.scriptVariables({}, &error);
        if (!error.isEmpty())
            qWarning() << "variables:" << error;
        SshSession::RunOptions options;
        options.stdinData = RemoteScript::compose(variables, RemoteScript::stepBody(step)).toUtf8();
        options.timeoutSeconds = 300;
        return ssh.run(QStringLiteral("bash -s"), options);
    }

    static QString state(const SshSession::Result& result)
    {
        const QStringList lines = QString::fromUtf8(result.stdoutData).split(u'\n');
        for (const QString& line : lines) {
            if (line.startsWith(QStringLiteral("::kkt-state ")))
                return line.mid(12).trimmed();
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        m_knownHosts = TestEnvironment::freshDirectory(QStringLiteral("firewall-known")) +
                       QStringLiteral("/known_hosts");
        QVERIFY2(m_host.startIsolated(sshPort), qPrintable(m_host.error()));
        QVERIFY(m_host.address().startsWith(QStringLiteral("10.99.")));
    }

    void cleanupTestCase() { m_host.stop(); }

    void firewallAllowsSshWebAndNothingElse()
    {
        const DeploymentConfig c = config();
        QString error;
        const QList<ProvisioningStep> steps = StepCatalog::steps(c, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto found = std::find_if(steps.begin(), steps.end(), [](const ProvisioningStep& s) {
            return s.id == QStringLiteral("system.firewall");
        });
        QVERIFY2(found != steps.end(), "the firewall step is missing with firewall Manage");
        const ProvisioningStep step = *found;

        // A port the step does not allow, reachable from this machine before the step.
        QString output;
        QCOMPARE(
            m_host.run(
                QStringLiteral("systemd-run --unit=kkt-other-port python3 -m http.server %1").arg(otherPort),
                &output),
            0);
        QVERIFY2(m_host.run(QStringLiteral("for i in $(seq 100); do ss -ltn | grep -q ':%1 ' && exit 0; "
                                           "sleep 0.1; done; exit 1")
                                .arg(otherPort),
                            &output) == 0,
                 qPrintable(output));
        QVERIFY(reachable(otherPort));
        QCOMPARE(m_host.run(QStringLiteral("ufw status"), &output), 0);
        QVERIFY2(output.contains(QStringLiteral("Status: inactive")), qPrintable(output));

        SshSession ssh;
        ssh.setTarget(target());
        const SshError opened = ssh.open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));

        const SshSession::Result first = runStep(ssh, step, c);
        const QString firstOutput = QString::fromUtf8(first.stdoutData + first.stderrData);
        QVERIFY2(first.ok(), qPrintable(firstOutput));
        QCOMPARE(state(first), QStringLiteral("change"));
        QVERIFY2(firstOutput.contains(QStringLiteral("::kkt-stage action")), qPrintable(firstOutput));
        QVERIFY2(firstOutput.contains(QStringLiteral("::kkt-stage ok")), qPrintable(firstOutput));

        // A NEW connection on the custom port: not locked out.
        QCOMPARE(m_host.run(QStringLiteral("ufw status"), &output), 0);
        QVERIFY2(output.contains(QStringLiteral("Status: active")), qPrintable(output));
        for (const QString& port : {QString::number(sshPort), QStringLiteral("80"), QStringLiteral("443")}) {
            const QRegularExpression allowed(QStringLiteral("^%1/tcp +ALLOW").arg(port),
                                             QRegularExpression::MultilineOption);
            QVERIFY2(output.contains(allowed), qPrintable(port + QStringLiteral(": ") + output));
        }
        QVERIFY2(!output.contains(QString::number(otherPort)), qPrintable(output));
        SshSession fresh;
        fresh.setTarget(target());
        const SshError reopened = fresh.open();
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        const SshSession::Result hello = fresh.run(QStringLiteral("echo still-in"));
        QVERIFY(hello.ok());
        QCOMPARE(QString::fromUtf8(hello.stdoutData).trimmed(), QStringLiteral("still-in"));

        // The server still listens on the other port, but this machine can no longer reach it.
        QCOMPARE(m_host.run(QStringLiteral("ss -ltn | grep -q ':%1 '").arg(otherPort)), 0);
        QVERIFY(!reachable(otherPort));

        // Second run: done, no action, nothing changed.
        QString before;
        QCOMPARE(m_host.run(QStringLiteral("ufw status verbose"), &before), 0);
        const SshSession::Result second = runStep(fresh, step, c);
        const QString secondOutput = QString::fromUtf8(second.stdoutData + second.stderrData);
        QVERIFY2(second.ok(), qPrintable(secondOutput));
        QCOMPARE(state(second), QStringLiteral("done"));
        QVERIFY2(!secondOutput.contains(QStringLiteral("::kkt-stage action")), qPrintable(secondOutput));
        QString after;
        QCOMPARE(m_host.run(QStringLiteral("ufw status verbose"), &after), 0);
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestFirewallStep)
#include "TestFirewallStep.moc"
