#include "core/DeploymentSecrets.h"
#include "gui/ReviewKeyCheck.h"
#include "registry/DeploymentKey.h"
#include "registry/DeploymentTokens.h"
#include "registry/RegistryTestDatabase.h"
#include "registry/SelfServiceRegistry.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

// Review asks the registry about the deployment key again before Deploy (a real PostgreSQL): a
// key still usable lets Deploy go on; one used by another server since Welcome is refused, with
// the reason next to the confirmation.
class TestReviewKeyCheck : public QObject
{
    Q_OBJECT

private slots:
    void asksAgainAndRefusesAKeyUsedMeanwhile();
};

void TestReviewKeyCheck::asksAgainAndRefusesAKeyUsedMeanwhile()
{
    QStandardPaths::setTestModeEnabled(true);
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString database = RegistryTestDatabase::freshDatabaseName();
    QVERIFY2(server.createDatabase(database), qPrintable(server.error()));
    QString error;
    QVERIFY2(RegistryTestDatabase::migrate(RegistryTestDatabase::postgres(server, database), &error),
             qPrintable(error));
    DeploymentKey key;
    QVERIFY2(DeploymentTokens(RegistryTestDatabase::postgres(server, database))
                 .issue(QDateTime::currentDateTimeUtc().addDays(1), QStringLiteral("ООО «Ревью»"), {}, &key,
                        &error),
             qPrintable(error));
    DeploymentSecrets secrets;
    secrets.deploymentKey = key.encode();
    secrets.deploymentToken = key.token;

    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* confirm = new QCheckBox(QStringLiteral("confirm"));
    layout->addWidget(confirm);
    ReviewKeyCheck check(confirm);
    QSignalSpy changed(&check, &ReviewKeyCheck::changed);
    auto* label = page.findChild<QLabel*>(QStringLiteral("keyCheckLabel"));
    QVERIFY(label);
    QVERIFY(layout->count() == 2); // shown next to the confirmation

    check.start(secrets, QStringLiteral("203.0.113.80"));
    QVERIFY(!check.usable()); // not before the registry answered
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 2, 20000);
    QVERIFY2(check.usable(), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("ООО «Ревью»")), qPrintable(label->text()));

    // Meanwhile another server used the key: Review refuses it and says why.
    InstanceRecord elsewhere;
    elsewhere.uuid = SelfServiceRegistry::instanceUuid(QStringLiteral("198.51.100.80"), key.token);
    elsewhere.name = QStringLiteral("INST-elsewhere");
    QString token;
    QVERIFY2(SelfServiceRegistry::forClient(secrets.deploymentKey, &token, &error)
                 .redeem(token, elsewhere, &error),
             qPrintable(error));
    changed.clear();
    check.start(secrets, QStringLiteral("203.0.113.80"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 2, 20000);
    QVERIFY(!check.usable());
    QVERIFY2(label->text().contains(QStringLiteral("already used for another instance")),
             qPrintable(label->text()));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("checkKeyAgainButton"))->isHidden());
    // The server the key was used for continues (a retry or a resumed deployment).
    changed.clear();
    check.start(secrets, QStringLiteral("198.51.100.80"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 2, 20000);
    QVERIFY2(check.usable(), qPrintable(label->text()));
}

QTEST_MAIN(TestReviewKeyCheck)
#include "TestReviewKeyCheck.moc"
