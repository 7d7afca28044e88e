#include "ssh/ServerFacts.h"
#include "ssh/SshSession.h"
#include "support/TestEnvironment.h"
#include "support/TestSshd.h"

#include <QFile>
#include <QTest>

namespace {

QMap<QString, QString> goodServer()
{
    return ServerFacts::parse(
        "os_id=ubuntu\nos_version=24.04\nos_name=Ubuntu 24.04.1 LTS\narch=x86_64\ncpus=2\n"
        "memory_kib=4015000\ndisk_total_kib=41152736\ndisk_free_kib=38000000\n"
        "python3=3.12.3\npython3.12=3.12.3\nsystemd=running\nsudo=root\nport_80=free\n"
        "port_443=free\npackage_manager_busy=\n");
}

ServerFact find(const ServerFactList& facts, const QString& id)
{
    for (const ServerFact& fact : facts) {
        if (fact.id == id)
            return fact;
    }
    return {};
}

} // namespace

class TestServerFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodServerPasses()
    {
        const ServerFactList facts = ServerFacts::evaluate(goodServer(), {});
        QCOMPARE(facts.size(), 11);
        for (const ServerFact& fact : facts)
            QVERIFY2(fact.status == ServerFact::Pass, qPrintable(fact.id + u' ' + fact.message));
        QCOMPARE(ServerFacts::overall(facts), ServerFact::Pass);
    }

    void problemsAreJudged_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::newRow("centos refused") << "os_id"
                                        << "centos"
                                        << "os" << int(ServerFact::Fail);
        QTest::newRow("debian 11 refused") << "os_version"
                                           << "11"
                                           << "os" << int(ServerFact::Fail);
        QTest::newRow("one cpu") << "cpus"
                                 << "1"
                                 << "cpus" << int(ServerFact::Warn);
        QTest::newRow("2 GB") << "memory_kib"
                              << "2000000"
                              << "memory" << int(ServerFact::Warn);
        QTest::newRow("512 MB") << "memory_kib"
                                << "500000"
                                << "memory" << int(ServerFact::Fail);
        QTest::newRow("20 GB disk") << "disk_total_kib"
                                    << "20000000"
                                    << "disk" << int(ServerFact::Warn);
        QTest::newRow("disk full") << "disk_free_kib"
                                   << "1000000"
                                   << "disk" << int(ServerFact::Fail);
        QTest::newRow("no python3.12") << "python3.12"
                                       << ""
                                       << "python" << int(ServerFact::Pass); // python3 is 3.12
        QTest::newRow("no python") << "python3"
                                   << ""
                                   << "python" << int(ServerFact::Fail);
        QTest::newRow("degraded") << "systemd"
                                  << "degraded"
                                  << "systemd" << int(ServerFact::Warn);
        QTest::newRow("no systemd") << "systemd"
                                    << "absent"
                                    << "systemd" << int(ServerFact::Fail);
        QTest::newRow("sudo password") << "sudo"
                                       << "password"
                                       << "sudo" << int(ServerFact::Warn);
        QTest::newRow("sudo passwordless") << "sudo"
                                           << "passwordless"
                                           << "sudo" << int(ServerFact::Pass);
        QTest::newRow("no sudo") << "sudo"
                                 << "missing"
                                 << "sudo" << int(ServerFact::Fail);
        QTest::newRow("apache on 80") << "port_80"
                                      << "used:apache2"
                                      << "port80" << int(ServerFact::Fail);
        QTest::newRow("nginx on 443") << "port_443"
                                      << "used:nginx"
                                      << "port443" << int(ServerFact::Warn);
        QTest::newRow("apt busy") << "package_manager_busy"
                                  << "unattended-upgr"
                                  << "packages" << int(ServerFact::Warn);
    }
    void problemsAreJudged()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, id);
        QFETCH(int, status);
        QMap<QString, QString> raw = goodServer();
        raw.insert(key, value);
        const ServerFact fact = find(ServerFacts::evaluate(raw, {}), id);
        QCOMPARE(int(fact.status), status);
        QVERIFY(!fact.message.isEmpty());
    }

    void pythonBelowMinimumFails()
    {
        QMap<QString, QString> raw = goodServer();
        raw.insert(QStringLiteral("python3"), QStringLiteral("3.11.2"));
        raw.insert(QStringLiteral("python3.12"), QString());
        ServerFacts::Requirements kkt10;
        kkt10.profileName = QStringLiteral("kkt-1.0");
        kkt10.pythonMinimum = QStringLiteral("3.12");
        kkt10.pythonInterpreter = QStringLiteral("python3.12");
        const ServerFact fact = find(ServerFacts::evaluate(raw, kkt10), QStringLiteral("python"));
        QCOMPARE(fact.status, ServerFact::Fail);
        QVERIFY(fact.message.contains(QStringLiteral("3.12")));
        QVERIFY(fact.message.contains(QStringLiteral("kkt-1.0")));
        // A profile that makes its venv with python3 and needs 3.11 passes on Debian 12.
        ServerFacts::Requirements older;
        older.pythonMinimum = QStringLiteral("3.11");
        QCOMPARE(find(ServerFacts::evaluate(raw, older), QStringLiteral("python")).status, ServerFact::Pass);
        // The profile's interpreter is the one judged, not any Python on the server.
        raw.insert(QStringLiteral("python3"), QStringLiteral("3.12.3"));
        QCOMPARE(find(ServerFacts::evaluate(raw, kkt10), QStringLiteral("python")).status, ServerFact::Fail);
        raw.insert(QStringLiteral("python3.12"), QStringLiteral("3.12.3"));
        QCOMPARE(find(ServerFacts::evaluate(raw, kkt10), QStringLiteral("python")).status, ServerFact::Pass);
    }

    void systemsOfTheProfile()
    {
        QMap<QString, QString> raw = goodServer();
        raw.insert(QStringLiteral("os_id"), QStringLiteral("debian"));
        raw.insert(QStringLiteral("os_version"), QStringLiteral("12"));
        raw.insert(QStringLiteral("os_name"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        ServerFacts::Requirements kkt10;
        kkt10.profileName = QStringLiteral("kkt-1.0");
        kkt10.systems = QStringList{QStringLiteral("ubuntu 24.04")};
        const ServerFact os = find(ServerFacts::evaluate(raw, kkt10), QStringLiteral("os"));
        QCOMPARE(os.status, ServerFact::Fail);
        QVERIFY2(os.message.contains(QStringLiteral("ubuntu 24.04")), qPrintable(os.message));
        kkt10.systems << QStringLiteral("Debian 12");
        QCOMPARE(find(ServerFacts::evaluate(raw, kkt10), QStringLiteral("os")).status, ServerFact::Pass);
    }

    void failuresNameTheFacts()
    {
        QMap<QString, QString> raw = goodServer();
        raw.insert(QStringLiteral("python3.12"), QString());
        raw.insert(QStringLiteral("python3"), QStringLiteral("3.11.2"));
        raw.insert(QStringLiteral("cpus"), QStringLiteral("1"));
        ServerFacts::Requirements kkt10;
        kkt10.pythonMinimum = QStringLiteral("3.12");
        kkt10.pythonInterpreter = QStringLiteral("python3.12");
        const ServerFactList facts = ServerFacts::evaluate(raw, kkt10);
        QVERIFY(ServerFacts::failures(facts, {QStringLiteral("os")}).isEmpty());
        QVERIFY(
            ServerFacts::failures(facts, {QStringLiteral("python")}).startsWith(QStringLiteral("Python: ")));
        QVERIFY(!ServerFacts::failures(facts).contains(QStringLiteral("CPUs"))); // a warning, not a failure
    }

    void scriptAsksForTheProfilesInterpreter()
    {
        ServerFacts::Requirements r;
        r.pythonInterpreter = QStringLiteral("python3.12");
        QVERIFY(ServerFacts::script(r).startsWith(QStringLiteral("KKT_PYTHON='python3.12'\n")));
        r.pythonInterpreter = QStringLiteral("python3; rm -rf /");
        QVERIFY(ServerFacts::script(r).startsWith(QStringLiteral("KKT_PYTHON=''\n")));
    }

    void dns()
    {
        QCOMPARE(ServerFacts::checkDns(QStringLiteral("localhost"), QStringLiteral("127.0.0.1")).status,
                 ServerFact::Pass);
        QCOMPARE(
            ServerFacts::checkDns(QStringLiteral("no-such-host.invalid"), QStringLiteral("127.0.0.1")).status,
            ServerFact::Warn);
        QCOMPARE(ServerFacts::checkDns(QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1")).status,
                 ServerFact::Warn);
        QCOMPARE(ServerFacts::checkDns(QString(), QStringLiteral("127.0.0.1")).status, ServerFact::Warn);
    }

    void collectFromRealServer()
    {
        TestSshd sshd(QStringLiteral("sshd-facts"));
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("facts"));
        SshTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = sshd.port();
        t.user = QStringLiteral("root");
        t.identityFile = sshd.clientKey(QStringLiteral("ed25519"));
        t.useAgent = false;
        t.useConfigFile = false;
        t.knownHostsFile = dir + QStringLiteral("/known_hosts");
        t.userKnownHostsFile = dir + QStringLiteral("/none");
        t.acceptNewHostKey = true;
        SshSession session;
        session.setTarget(t);
        QVERIFY(session.open().ok());
        SshError error;
        const ServerFactList facts = ServerFacts::collect(session, QStringLiteral("localhost"), {}, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(facts.size(), 12);
        QFile osRelease(QStringLiteral("/etc/os-release"));
        QVERIFY(osRelease.open(QIODevice::ReadOnly));
        const QString os = QString::fromUtf8(osRelease.readAll());
        QVERIFY(os.contains(find(facts, QStringLiteral("os")).value));
        QCOMPARE(find(facts, QStringLiteral("cpus")).value.toInt(), QThread::idealThreadCount());
        QCOMPARE(find(facts, QStringLiteral("sudo")).status, ServerFact::Pass);
        QCOMPARE(find(facts, QStringLiteral("dns")).status, ServerFact::Pass);
        QVERIFY(find(facts, QStringLiteral("python")).value.contains(QStringLiteral("python3 3.")));
    }
};

QTEST_GUILESS_MAIN(TestServerFacts)
#include "TestServerFacts.moc"
