#include "secrets/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <cstdio>

namespace {

struct Answer
{
    bool done = false;
    SecretStore::Result result;
};

// With KKT_SECRET_STORE_CHILD set, the test binary only writes one entry and prints the outcome:
// the parent runs it with a session bus address that leads nowhere.
int childMain(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    SecretStore store;
    store.setTimeout(5000);
    store.write(QStringLiteral("ssh-password/child@example.invalid:22"),
                QStringLiteral("Child-Planted-Secret-3"), [](const SecretStore::Result& result) {
                    std::printf("status=%d\nmessage=%s\n", int(result.status), qPrintable(result.message));
                    QCoreApplication::exit(0);
                });
    return app.exec();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    Answer wait(const std::function<void(SecretStore::Callback)>& start)
    {
        Answer answer;
        start([&answer](const SecretStore::Result& result) {
            answer.done = true;
            answer.result = result;
        });
        (void)QTest::qWaitFor([&answer] { return answer.done; }, 20000);
        return answer;
    }

private Q_SLOTS:
    void keyIsScopedPerKindHostAndUser()
    {
        QCOMPARE(SecretStore::keyFor(SecretStore::Kind::SshPassword, QStringLiteral("Example.COM "), 22,
                                     QStringLiteral("root")),
                 QStringLiteral("ssh-password/root@example.com:22"));
        QVERIFY(SecretStore::keyFor(SecretStore::Kind::SshPassword, QStringLiteral("h"), 22,
                                    QStringLiteral("a")) !=
                SecretStore::keyFor(SecretStore::Kind::SshPassword, QStringLiteral("h"), 22,
                                    QStringLiteral("b")));
        QVERIFY(SecretStore::keyFor(SecretStore::Kind::SshPassword, QStringLiteral("h"), 22,
                                    QStringLiteral("a")) !=
                SecretStore::keyFor(SecretStore::Kind::KeyPassphrase, QStringLiteral("h"), 22,
                                    QStringLiteral("a")));
        QVERIFY(SecretStore::keyFor(SecretStore::Kind::SshPassword, QStringLiteral("h"), 22,
                                    QStringLiteral("a")) !=
                SecretStore::keyFor(SecretStore::Kind::SshPassword, QStringLiteral("h"), 2222,
                                    QStringLiteral("a")));
    }

    // Needs the Secret Service that scripts/test.sh starts (dbus-run-session + with-keyring.sh).
    void writeReadDeleteWithRealKeyring()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside dbus-run-session -- scripts/with-keyring.sh (see scripts/test.sh)");
        SecretStore store;
        const QString key =
            SecretStore::keyFor(SecretStore::Kind::SshPassword,
                                QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".test"),
                                22, QStringLiteral("root"));
        const QString secret =
            QStringLiteral("Keyring-Planted-Secret-%1").arg(QUuid::createUuid().toString());
        Answer answer = wait([&](SecretStore::Callback done) { store.write(key, secret, done); });
        QVERIFY(answer.done);
        QVERIFY2(answer.result.ok(), qPrintable(answer.result.message));

        answer = wait([&](SecretStore::Callback done) { store.read(key, done); });
        QVERIFY2(answer.result.ok(), qPrintable(answer.result.message));
        QCOMPARE(answer.result.secret, secret);

        answer = wait([&](SecretStore::Callback done) { store.remove(key, done); });
        QVERIFY2(answer.result.ok(), qPrintable(answer.result.message));

        answer = wait([&](SecretStore::Callback done) { store.read(key, done); });
        QCOMPARE(answer.result.status, SecretStore::Status::NotFound);
        QVERIFY(!answer.result.message.contains(secret));
    }

    void noBackendGivesClearMessage()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KKT_SECRET_STORE_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/kkt-no-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath());
        QVERIFY(child.waitForFinished(30000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("status=%1").arg(int(SecretStore::Status::NoBackend))),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("No keychain is available")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("Child-Planted-Secret-3")));
        QVERIFY(!QString::fromUtf8(child.readAllStandardError())
                     .contains(QStringLiteral("Child-Planted-Secret-3")));
    }

    void everyErrorCodeHasAMessage()
    {
        for (int code = QKeychain::EntryNotFound; code <= QKeychain::OtherError; ++code) {
            const SecretStore::Result result = SecretStore::resultFor(code, QStringLiteral("detail"));
            QVERIFY(result.status != SecretStore::Status::Ok);
            QVERIFY(!result.message.isEmpty());
        }
        QCOMPARE(SecretStore::resultFor(QKeychain::NoBackendAvailable, {}).status,
                 SecretStore::Status::NoBackend);
        QCOMPARE(SecretStore::resultFor(QKeychain::AccessDenied, {}).status, SecretStore::Status::Denied);
        QCOMPARE(SecretStore::resultFor(QKeychain::AccessDeniedByUser, {}).status,
                 SecretStore::Status::Denied);
        QCOMPARE(SecretStore::resultFor(QKeychain::OtherError,
                                        QStringLiteral("The name org.freedesktop.secrets was not "
                                                       "provided by any .service files"))
                     .status,
                 SecretStore::Status::NoBackend);
        QCOMPARE(SecretStore::resultFor(QKeychain::OtherError, QStringLiteral("disk full")).status,
                 SecretStore::Status::Failed);
    }

    void timeoutAnswersOnce()
    {
        SecretStore store;
        store.setTimeout(0); // the timer fires before any D-Bus answer can arrive
        int calls = 0;
        SecretStore::Result last;
        store.read(QStringLiteral("ssh-password/timeout@example.invalid:22"),
                   [&](const SecretStore::Result& r) {
                       ++calls;
                       last = r;
                   });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QTest::qWait(500);
        QCOMPARE(calls, 1);
        QCOMPARE(last.status, SecretStore::Status::TimedOut);
        QVERIFY(last.message.contains(QStringLiteral("keychain")));
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("KKT_SECRET_STORE_CHILD"))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretStore.moc"
