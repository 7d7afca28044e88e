#include "provisioning/DeploymentJournal.h"
#include "provisioning/ExistingInstanceGuard.h"

#include <QTemporaryDir>
#include <QTest>

// A production deployment onto a server that already runs a production instance goes on only when
// the operator names that instance, or when this computer's journal has the deployment that made it.
class TestExistingInstanceGuard : public QObject
{
    Q_OBJECT

    const QString id = QStringLiteral("INST-20261129120000");

private slots:
    void refusedUntilTheInstanceIsNamed()
    {
        QTemporaryDir dir;
        DeploymentJournal journal(dir.filePath(QStringLiteral("journal.sqlite")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        const QString refusal = ExistingInstanceGuard::refusal(journal, QStringLiteral("203.0.113.10"), id,
                                                               QStringLiteral("kkt.example.ru"), QString());
        QVERIFY2(refusal.contains(id) && refusal.contains(QStringLiteral("kkt.example.ru")) &&
                     refusal.contains(QStringLiteral("--confirm-instance ") + id),
                 qPrintable(refusal));
        const QString wrong = ExistingInstanceGuard::refusal(journal, QStringLiteral("203.0.113.10"), id,
                                                             QStringLiteral("kkt.example.ru"),
                                                             QStringLiteral("INST-20260101000000"));
        QVERIFY2(wrong.contains(QStringLiteral("INST-20260101000000")), qPrintable(wrong));
        QVERIFY(ExistingInstanceGuard::refusal(journal, QStringLiteral("203.0.113.10"), id,
                                               QStringLiteral("kkt.example.ru"), id)
                    .isEmpty());
    }

    void theInstancesOwnDeploymentsGoOn()
    {
        QTemporaryDir dir;
        DeploymentJournal journal(dir.filePath(QStringLiteral("journal.sqlite")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        DeploymentJournal::Deployment d;
        d.id = QStringLiteral("d1");
        d.host = QStringLiteral("203.0.113.10");
        d.configJson = QStringLiteral("{}");
        QVERIFY(journal.startDeployment(d));
        QVERIFY(journal.setInstance(d.id, id, true));
        QVERIFY(ExistingInstanceGuard::refusal(journal, QStringLiteral("203.0.113.10"), id,
                                               QStringLiteral("kkt.example.ru"), QString())
                    .isEmpty());
        // The same instance name on another host is another instance.
        QVERIFY(!ExistingInstanceGuard::refusal(journal, QStringLiteral("203.0.113.11"), id,
                                                QStringLiteral("kkt.example.ru"), QString())
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExistingInstanceGuard)
#include "TestExistingInstanceGuard.moc"
