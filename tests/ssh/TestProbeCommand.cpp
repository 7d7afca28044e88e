#include "cli/ExitCode.h"
#include "cli/ProbeCommand.h"
#include "secrets/SecretStore.h"
#include "support/TestEnvironment.h"
#include "support/TestSshd.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestProbeCommand : public QObject
{
    Q_OBJECT

private:
    TestSshd m_sshd{QStringLiteral("sshd-probe")};
    QString m_dir;

    // Logged in and probed: every fact passed, or one failed (this machine need not meet KKT's
    // minimums; the exit code says which).
    static bool connected(int code) { return code == ExitOk || code == ExitChecksFailed; }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run probe(QStringList arguments, const QByteArray& input = {})
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        QBuffer in;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        CommandIo io{out, err, &in};
        arguments.prepend(QStringLiteral("probe"));
        ProbeCommand command;
        run.code = command.run(arguments, io);
        out.flush();
        err.flush();
        return run;
    }
    QStringList base(const QString& knownHosts) const
    {
        return {QStringLiteral("--host"),
                QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"),
                QString::number(m_sshd.port()),
                QStringLiteral("--known-hosts"),
                knownHosts,
                QStringLiteral("--user-known-hosts"),
                m_dir + QStringLiteral("/none"),
                QStringLiteral("--timeout"),
                QStringLiteral("5")};
    }
    QStringList rootKey()
    {
        return {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--identity"),
                m_sshd.clientKey(QStringLiteral("ed25519"))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("probe"));
        qunsetenv("SSH_AUTH_SOCK");
    }

    void badArguments()
    {
        QCOMPARE(probe({}).code, int(ExitUsage));
        QCOMPARE(probe({QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--port"),
                        QStringLiteral("0")})
                     .code,
                 int(ExitUsage));
        QCOMPARE(probe({QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--accept-new"),
                        QStringLiteral("--fingerprint"), QStringLiteral("SHA256:x")})
                     .code,
                 int(ExitUsage));
    }

    void unreachable()
    {
        const Run run = probe({QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"), QString::number(TestEnvironment::freePort()),
                               QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(run.code, int(ExitUnreachable));
    }

    void unknownThenAcceptedThenKnown()
    {
        const QString knownHosts = m_dir + QStringLiteral("/known_hosts");
        Run run = probe(base(knownHosts) + rootKey());
        QCOMPARE(run.code, int(ExitHostKeyUnknown));
        QVERIFY(run.err.contains(m_sshd.hostKeyFingerprint()));
        QVERIFY(run.err.contains(QStringLiteral("--accept-new")));

        run = probe(base(knownHosts) + rootKey() +
                    QStringList{QStringLiteral("--accept-new"), QStringLiteral("--json"),
                                QStringLiteral("--domain"), QStringLiteral("localhost")});
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        // A fact that fails (this machine need not meet KKT's minimums) gives its own exit code.
        const bool anyFails = json.value(QStringLiteral("overall")).toString() == QStringLiteral("fail");
        const int expected = anyFails ? int(ExitChecksFailed) : int(ExitOk);
        QCOMPARE(run.code, expected);
        QCOMPARE(
            json.value(QStringLiteral("hostKey")).toObject().value(QStringLiteral("fingerprint")).toString(),
            m_sshd.hostKeyFingerprint());
        QStringList ids;
        for (const QJsonValue& fact : json.value(QStringLiteral("facts")).toArray())
            ids << fact.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, (QStringList{"os", "arch", "cpus", "memory", "disk", "python", "systemd", "sudo",
                                   "port80", "port443", "packages", "dns"}));

        run = probe(base(knownHosts) + rootKey());
        QCOMPARE(run.code, expected);
        QVERIFY(run.out.contains(QStringLiteral("[pass] ")));
        QCOMPARE(run.out.contains(QStringLiteral("[fail] ")), anyFails);
        QCOMPARE(run.err.contains(QStringLiteral("failed — the server does not meet")), anyFails);
    }

    void changedOrMismatchedKey()
    {
        // A known-hosts file that holds another key for this host and port.
        const QString otherKey = m_dir + QStringLiteral("/other_host_key");
        QVERIFY(TestSshd::runTool(QStringLiteral("ssh-keygen"),
                                  {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                   QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey}));
        QFile pub(otherKey + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QString knownHosts = m_dir + QStringLiteral("/stale_known_hosts");
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port()).toUtf8() + pub.readAll());
        file.close();
        Run run = probe(base(knownHosts) + rootKey() + QStringList{QStringLiteral("--accept-new")});
        QCOMPARE(run.code, int(ExitHostKeyChanged));
        QVERIFY(run.err.contains(QStringLiteral("CHANGED")));

        run = probe(base(m_dir + QStringLiteral("/pin_known_hosts")) + rootKey() +
                    QStringList{QStringLiteral("--fingerprint"),
                                QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")});
        QCOMPARE(run.code, int(ExitHostKeyChanged));
        run = probe(base(m_dir + QStringLiteral("/pin_known_hosts")) + rootKey() +
                    QStringList{QStringLiteral("--fingerprint"), m_sshd.hostKeyFingerprint()});
        QVERIFY2(connected(run.code), qPrintable(run.err));
    }

    void passwordFromStdin()
    {
        const QString knownHosts = m_dir + QStringLiteral("/pw_known_hosts");
        const QStringList args =
            base(knownHosts) + QStringList{QStringLiteral("--user"), TestSshd::testUser(),
                                           QStringLiteral("--password-stdin"),
                                           QStringLiteral("--accept-new")};
        const QString wrong = QStringLiteral("Planted-Wrong-Pw-88");
        Run run = probe(args, wrong.toUtf8() + "\n");
        QCOMPARE(run.code, int(ExitAuthFailed));
        QVERIFY(run.err.contains(QStringLiteral("password")));
        QVERIFY(!run.err.contains(wrong) && !run.out.contains(wrong));

        run = probe(args + QStringList{QStringLiteral("--json")}, TestSshd::testPassword().toUtf8() + "\n");
        QVERIFY2(connected(run.code), qPrintable(run.err));
        QVERIFY(!run.out.contains(TestSshd::testPassword()));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("user")).toString(), TestSshd::testUser());
    }

    // Neither stdin nor the environment: the password the wizard remembered (real Secret Service
    // of scripts/test.sh).
    void passwordFromTheKeychain()
    {
        qunsetenv("KKT_SSH_PASSWORD");
        const QString key = SecretStore::keyFor(SecretStore::Kind::SshPassword, QStringLiteral("127.0.0.1"),
                                                m_sshd.port(), TestSshd::testUser());
        SecretStore store;
        bool done = false;
        SecretStore::Result written;
        store.write(key, TestSshd::testPassword(), [&](const SecretStore::Result& result) {
            written = result;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(written.ok(), qPrintable(written.message));
        const QStringList args =
            base(m_dir + QStringLiteral("/kc_known_hosts")) +
            QStringList{QStringLiteral("--user"), TestSshd::testUser(), QStringLiteral("--accept-new")};
        Run run = probe(args);
        QVERIFY2(connected(run.code), qPrintable(run.err));
        QVERIFY(!run.out.contains(TestSshd::testPassword()) && !run.err.contains(TestSshd::testPassword()));

        QCOMPARE(store.readNow(key).status, SecretStore::Status::Ok);
        done = false;
        store.remove(key, [&](const SecretStore::Result&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        run = probe(args);
        QCOMPARE(run.code, int(ExitAuthFailed));
    }
};

QTEST_GUILESS_MAIN(TestProbeCommand)
#include "TestProbeCommand.moc"
