#include "gui/MessageBox.h"
#include "gui/TestInstanceAction.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUuid>

// The Registry tab's "Remove test instance…": offered for a test instance that still exists and has
// a pinned host key only, and asks first, naming the instance (the removal itself runs against a
// real server in TestProductionGuard).
class TestTestInstanceAction : public QObject
{
    Q_OBJECT

    static InstanceRecord instance(const QString& mode)
    {
        InstanceRecord r;
        r.name = QStringLiteral("INST-20261129130000");
        r.mode = mode;
        r.sshHost = QStringLiteral("203.0.113.10");
        r.hostKeyFingerprint = QStringLiteral("SHA256:abc");
        r.dbName = QStringLiteral("kkt_test_instance");
        return r;
    }

private slots:
    void offeredForTestInstancesOnly()
    {
        TestInstanceAction action{RegistryTarget()};
        auto* button = action.findChild<QPushButton*>(QStringLiteral("removeTestInstanceButton"));
        QVERIFY(!button->isEnabled());
        action.setInstance(instance(QStringLiteral("production")));
        QVERIFY(!button->isEnabled());
        action.setInstance(instance(QStringLiteral("test")));
        QVERIFY(button->isEnabled());
        InstanceRecord removed = instance(QStringLiteral("test"));
        removed.status = QStringLiteral("removed");
        action.setInstance(removed);
        QVERIFY(!button->isEnabled());
        InstanceRecord unpinned = instance(QStringLiteral("test"));
        unpinned.hostKeyFingerprint.clear();
        action.setInstance(unpinned);
        QVERIFY(!button->isEnabled());
    }

    void asksFirstNamingTheInstance()
    {
        TestInstanceAction action{RegistryTarget()};
        action.setInstance(instance(QStringLiteral("test")));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action.findChild<QPushButton*>(QStringLiteral("removeTestInstanceButton"))->click();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("INST-20261129130000")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("kkt_test_instance")));
        QVERIFY(!action.isRunning());
        QVERIFY(action.findChild<QLabel*>(QStringLiteral("removeTestInstanceStatus"))->text().isEmpty());
    }

    // The registry reloads after a removal and shows the same instance again: what the removal said
    // stays on screen; another instance starts with an empty line.
    void keepsItsResultForTheSameInstance()
    {
        TestInstanceAction action{RegistryTarget()};
        InstanceRecord r = instance(QStringLiteral("test"));
        r.uuid = QUuid::createUuid();
        r.payloadProfile = QStringLiteral("/no/such/profile.json"); // refused before any connection
        action.setInstance(r);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action.findChild<QPushButton*>(QStringLiteral("removeTestInstanceButton"))->click();
        auto* status = action.findChild<QLabel*>(QStringLiteral("removeTestInstanceStatus"));
        const QString said = status->text();
        QVERIFY(!said.isEmpty());
        action.setInstance(r);
        QCOMPARE(status->text(), said);
        InstanceRecord other = instance(QStringLiteral("test"));
        other.uuid = QUuid::createUuid();
        action.setInstance(other);
        QVERIFY(status->text().isEmpty());
    }
};

QTEST_MAIN(TestTestInstanceAction)
#include "TestTestInstanceAction.moc"
